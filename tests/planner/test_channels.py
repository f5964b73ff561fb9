"""Characters counted as each network counts them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.channels import character_count

# Cases of twitter-text's conformance suite (conformance/validate.yml,
# WeightedTweetsWithDiscountedEmojiCounterTest), with the weighted length X gives them.
TWITTER_TEXT_CASES = [
    ("Hi http://test.co", 26),
    ("http://test.co", 23),
    ("H🐱☺👨‍👩‍👧‍👦", 7),
    ("😷👾😡🔥💩", 10),
    ("🙋🏽👨‍🎤", 4),
    ("😷" * 160, 320),
    ("the故人西辞黄鹤楼，烟花三月下扬州。", 3 + 2 * 16),  # noqa: RUF001
    (
        "This is a tweet with general punctuation characters: "
        "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b "
        "‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷",  # noqa: RUF001
        110,
    ),
    ("https://www.twitter.com/aloha " * 10, 240),
]


@pytest.mark.parametrize(("text", "length"), TWITTER_TEXT_CASES)
def test_x_counts_as_twitter_text_does(text: str, length: int) -> None:
    assert character_count(text, "x") == length


def test_x_counts_a_decomposed_accent_once_and_a_link_without_its_full_stop() -> None:
    assert character_count("Caffe\u0301", "X") == 5  # NFC first, as X does
    assert character_count("Menu: https://bakery.example/menu.", "X") == 6 + 23 + 1
    assert character_count("Flags 🇮🇹 and keycaps 1️⃣", "X") == 6 + 2 + 13 + 2


def test_bluesky_and_threads_count_graphemes_others_code_points() -> None:
    text = "Buongiorno! 👋🏽 🇮🇹 👨‍👩‍👧"
    assert character_count(text, "Bluesky") == 17
    assert character_count(text, "Threads") == 17
    assert character_count(text, "Instagram") == len(text) == 23


@given(st.text(max_size=60))
def test_x_never_counts_less_than_the_graphemes_without_links(text: str) -> None:
    """Whatever the text, each grapheme costs at least 1 on X (links aside)."""
    if "://" not in text:
        assert character_count(text, "X") >= character_count(text, "Bluesky")
