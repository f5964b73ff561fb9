"""Channels: how a channel is named, its usual character limit, how it counts characters.

Every part of the app that names or creates a channel (the post dialog, settings, import,
the sample week) goes through :func:`new_channel` and :func:`name_problem`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Grapheme clusters (\X) and Unicode emoji properties, which the standard ``re`` lacks.
import regex

from planner.model import Channel

MAX_CHANNEL_NAME = 60

# Character limits as scheduling tools enforce them (None: no practical limit).
KNOWN_LIMITS: dict[str, int | None] = {
    "Instagram": 2200,
    "Facebook": 5000,
    "LinkedIn": 3000,
    "X": 280,
    "TikTok": 2200,
    "Threads": 500,
    "Bluesky": 300,
    "Pinterest": 500,
    "Mastodon": 500,
    "YouTube": 5000,
    "Google Business": 1500,
    "Newsletter": None,
    "Blog": None,
}

# X shortens every link to a 23-character t.co address, whatever its real length.
X_LINK_LENGTH = 23
# A link: its scheme and everything up to a space, less the punctuation that ends a sentence.
_LINK = regex.compile(r"https?://\S+?(?=[.,;:!?)\]'\"]*(?:\s|$))", regex.IGNORECASE)
# X weighs each code point (twitter-text, configuration v3): those in these ranges (Latin,
# Greek, Cyrillic, Hebrew, Arabic, Indic scripts..., general punctuation) count 1, all
# others (CJK, most symbols) 2; an emoji counts 2 however many code points make it.
_X_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
# An emoji as twitter-text's parser sees one: a grapheme shown as emoji (an emoji-style
# character, one made emoji by U+FE0F, a flag, a keycap, a sequence joined by U+200D).
_EMOJI = regex.compile(r"\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{RI}{2}|\u20E3")
# Channels that count what a reader sees as one character (a grapheme cluster).
_GRAPHEME_CHANNELS = frozenset({"Bluesky", "Threads"})


def known_name(name: str) -> str | None:
    """The catalogue's spelling of ``name`` (case-insensitive), if it is a known channel."""
    key = name.strip().casefold()
    return next((known for known in KNOWN_LIMITS if known.casefold() == key), None)


def default_limit(name: str) -> int | None:
    known = known_name(name)
    return KNOWN_LIMITS[known] if known else None


def name_key(name: str) -> str:
    """What two channel names are compared by: "instagram " is Instagram."""
    return name.strip().casefold()


def find_named(channels: Iterable[Channel], name: str) -> Channel | None:
    key = name_key(name)
    return next((channel for channel in channels if name_key(channel.name) == key), None)


def new_channel(
    channel_id: int,
    name: str,
    char_limit: int | None = None,
    weekly_target: int | None = None,
    reply_hours: int | None = None,
) -> Channel:
    """A channel as the plan names it: a known channel in the catalogue's spelling and,
    unless given, with its usual character limit."""
    known = known_name(name)
    limit = char_limit if char_limit is not None else default_limit(name)
    return Channel(channel_id, known or name.strip(), limit, weekly_target, reply_hours)


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a channel, or None."""
    if not name.strip():
        return "a channel needs a name"
    if len(name.strip()) > MAX_CHANNEL_NAME:
        return f"a channel name has at most {MAX_CHANNEL_NAME} characters"
    return None


def channel_problem(channel: Channel) -> str | None:
    """Why ``channel`` cannot be saved as it is (its name or a number), or None."""
    numbers = (
        (channel.char_limit, "limit"),
        (channel.weekly_target, "target"),
        (channel.reply_hours, "reply window"),
    )
    for number, what in numbers:
        if number is not None and number < 1:
            return f"a channel's {what} must be at least 1"
    return name_problem(channel.name)


def character_count(text: str, channel_name: str) -> int:
    """Characters ``text`` uses on the channel, as the network counts them: on X by
    twitter-text's weights (links 23, emoji and most CJK 2); on Bluesky and Threads by
    graphemes (an emoji with its skin tone is one); elsewhere by code points."""
    known = known_name(channel_name)
    if known == "X":
        return x_weighted_length(text)
    if known in _GRAPHEME_CHANNELS:
        return len(regex.findall(r"\X", text))
    return len(text)


def x_weighted_length(text: str) -> int:
    """The length X gives ``text`` (twitter-text's ``weightedLength``, configuration v3)."""
    normal = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    length = 0
    for part in _LINK.split(normal):
        length += _x_plain_length(part)
    return length + X_LINK_LENGTH * len(_LINK.findall(normal))


def _x_plain_length(text: str) -> int:
    length = 0
    for cluster in regex.findall(r"\X", text):
        if _EMOJI.search(cluster):
            length += 2
        else:
            length += sum(_x_weight(ord(char)) for char in cluster)
    return length


def _x_weight(code_point: int) -> int:
    return 1 if any(low <= code_point <= high for low, high in _X_LIGHT) else 2
