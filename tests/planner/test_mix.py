"""The content-mix rules of PRODUCT.md §3: presets, exact limits, every warning."""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.mix import Code, compute_mix, percent, report_json
from planner.model import Channel, ContentType, Post, Settings
from planner.rules import PRESETS, rule_for
from planner.weeks import week_containing
from tests.conftest import TODAY, codes, make_post

WEEK = week_containing(TODAY, 0)
INSTAGRAM, FACEBOOK = Channel(1, "Instagram"), Channel(2, "Facebook")
CHANNELS = {1: INSTAGRAM, 2: FACEBOOK}
P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION


def posts_of(*kinds: ContentType, channel: int | None = None, day: dt.date = TODAY) -> list[Post]:
    """Posts of the given types, spread over two channels unless one is named, at distinct
    times, so that no streak arises unless a test builds one."""
    return [
        Post(
            channel_id=channel or 1 + i % 2,
            content_type=kind,
            title=f"post {i}",
            date=day,
            time=dt.time(6 + i // 60, i % 60),
        )
        for i, kind in enumerate(kinds)
    ]


def mix(posts: list[Post], rule: str = "thirds", custom: int = 30, channels=CHANNELS):
    settings = Settings(name="t", time_zone="UTC", rule=rule, custom_limit=custom)
    return compute_mix(WEEK, posts, settings, channels)


@pytest.mark.parametrize(
    ("rule", "custom", "at_limit", "just_over"),
    [
        ("thirds", 30, (1, 3), (2, 5)),
        ("thirds", 30, (3, 9), (4, 9)),
        ("80-20", 30, (1, 5), (2, 9)),
        ("4-1-1", 30, (1, 6), (2, 11)),
        ("custom", 25, (1, 4), (2, 7)),
        ("custom", 1, (1, 100), (2, 100)),
        ("custom", 99, (99, 100), (1, 1)),
    ],
)
def test_exactly_at_the_limit_is_not_over(rule, custom, at_limit, just_over) -> None:
    for (promo, total), expected in ((at_limit, False), (just_over, True)):
        kinds = [P] * promo + [V, C] * total
        report = mix(posts_of(*kinds[:total]), rule, custom)
        assert report.over_limit is expected, (promo, total)
        assert (Code.PROMO_SHARE_HIGH in codes(report)) is (expected and total >= 3)


def test_a_week_of_fewer_than_three_posts_shows_its_share_without_a_warning() -> None:
    for kinds, warned in (([P], False), ([P, P], False), ([P, P, V], True)):
        report = mix(posts_of(*kinds))
        assert report.over_limit
        assert (Code.PROMO_SHARE_HIGH in codes(report)) is warned, kinds


def test_preset_limits_are_exact_fractions() -> None:
    assert {rule.id: rule.limit for rule in PRESETS.values()} == {
        "thirds": Fraction(1, 3),
        "80-20": Fraction(1, 5),
        "4-1-1": Fraction(1, 6),
    }
    assert rule_for("custom", 37).limit == Fraction(37, 100)


def test_promotional_warning_states_counts_share_and_limit() -> None:
    report = mix(posts_of(P, P, P, V, V, C, C))
    assert report.warnings[0].code == Code.PROMO_SHARE_HIGH
    assert report.warnings[0].message == (
        "3 of 7 posts this week are promotional (43%); your limit is 33% (rule of thirds)."
    )


def test_promotional_warning_names_the_custom_limit() -> None:
    report = mix(posts_of(P, V, V), "custom", 25)
    assert report.warnings[0].message == (
        "1 of 3 posts this week is promotional (33%); your limit is 25% (custom limit)."
    )


def test_share_and_limit_that_round_alike_are_shown_with_a_decimal() -> None:
    # 1 of 3 is over a 33% limit, but "33%; your limit is 33%" would read as a contradiction.
    report = mix(posts_of(P, V, C), "custom", 33)
    assert "(33.3%); your limit is 33.0%" in report.warnings[0].message


def test_channel_warning_needs_three_posts_on_the_channel() -> None:
    two = mix(posts_of(P, P, channel=1) + posts_of(V, V, V, C, C, C, channel=2))
    assert Code.PROMO_SHARE_HIGH_CHANNEL not in codes(two)
    three = mix(posts_of(P, P, V, channel=1) + posts_of(V, V, V, C, C, C, channel=2))
    (warning,) = [w for w in three.warnings if w.code == Code.PROMO_SHARE_HIGH_CHANNEL]
    assert warning.channel_id == 1
    assert warning.message == (
        "Instagram: 2 of 3 posts this week are promotional (67%); "
        "your limit is 33% (rule of thirds)."
    )
    assert Code.PROMO_SHARE_HIGH not in codes(three)  # 2 of 9 overall is fine


def test_streak_runs_across_days_in_time_order_on_one_channel() -> None:
    monday, tuesday, wednesday = WEEK.days[:3]
    posts = [
        Post(1, P, "late Tuesday", date=tuesday, time=dt.time(20)),
        Post(1, P, "Monday", date=monday, time=dt.time(9)),
        Post(2, V, "Facebook in between", date=tuesday, time=dt.time(10)),
        Post(1, P, "Wednesday any time", date=wednesday),
        Post(1, V, "Wednesday noon", date=wednesday, time=dt.time(12)),
        *posts_of(C, C, C, C, C, C, channel=2, day=WEEK.days[4]),
    ]
    report = mix(posts)
    (streak,) = [w for w in report.warnings if w.code == Code.PROMO_STREAK]
    assert streak.channel_id == 1
    assert streak.post_uids == (posts[1].uid, posts[0].uid, posts[3].uid)
    assert streak.message == (
        "Instagram: 3 promotional posts in a row (Mon 23 Nov – Wed 25 Nov); "
        "put a value or conversation post between them."
    )


def test_untimed_posts_come_first_in_their_day_for_the_streak() -> None:
    monday = WEEK.days[0]
    posts = [
        Post(1, P, "9:00", date=monday, time=dt.time(9)),
        Post(1, V, "any time", date=monday),  # before 9:00: the three promos are in a row
        Post(1, P, "10:00", date=monday, time=dt.time(10)),
        Post(1, P, "11:00", date=monday, time=dt.time(11)),
        *posts_of(C, C, C, C, V, channel=2),
    ]
    assert Code.PROMO_STREAK in codes(mix(posts))
    broken = [*posts[:1], Post(1, V, "9:30", date=monday, time=dt.time(9, 30)), *posts[2:]]
    assert Code.PROMO_STREAK not in codes(mix(broken))


def test_no_conversation_from_three_posts() -> None:
    assert Code.NO_CONVERSATION not in codes(mix(posts_of(V, V)))
    report = mix(posts_of(V, V, V))
    assert codes(report) == [Code.NO_CONVERSATION]
    assert report.warnings[0].message.startswith("None of this week's 3 posts invites a reply")
    assert Code.NO_CONVERSATION not in codes(mix(posts_of(V, V, C)))


def test_below_cadence_for_channels_with_a_target() -> None:
    channels = {1: Channel(1, "Instagram", weekly_target=3), 2: Channel(2, "Facebook")}
    report = mix(posts_of(V, C, channel=1), channels=channels)
    (warning,) = report.warnings
    assert warning.code == Code.BELOW_CADENCE
    assert warning.channel_id == 1
    assert warning.message == "Instagram: 2 of 3 posts this week, below your target."
    assert mix(posts_of(V, C, V, channel=1), channels=channels).warnings == ()


def test_empty_week() -> None:
    report = mix([])
    assert (report.total, report.over_limit, report.warnings) == (0, False, ())
    data = report_json(report)
    assert data["shares"] == {"promotional": 0, "value": 0, "conversation": 0}
    assert data["counts"] == {"promotional": 0, "value": 0, "conversation": 0}


def test_ideas_and_other_weeks_do_not_count(plan) -> None:
    make_post(plan, P)
    make_post(plan, P, None)
    make_post(plan, P, TODAY - dt.timedelta(days=1))
    make_post(plan, P, TODAY + dt.timedelta(days=7))
    make_post(plan, V, TODAY + dt.timedelta(days=6))
    assert plan.week_mix(WEEK).report.total == 2


def test_json_matches_the_contract(plan) -> None:
    for kind in (P, P, P, V, V, C, C):
        make_post(plan, kind, channel="Instagram" if kind is P else "Facebook")
    data = report_json(plan.week_mix(WEEK).report)
    assert data == {
        "week_start": "2026-11-23",
        "week_end": "2026-11-29",
        "total": 7,
        "counts": {"promotional": 3, "value": 2, "conversation": 2},
        "shares": {"promotional": 0.4286, "value": 0.2857, "conversation": 0.2857},
        "rule": "thirds",
        "limit": 0.3333,
        "over_limit": True,
        "warnings": data["warnings"],
    }
    assert [w["code"] for w in data["warnings"]] == [
        Code.PROMO_SHARE_HIGH,
        Code.PROMO_SHARE_HIGH_CHANNEL,
        Code.PROMO_STREAK,
    ]
    assert all(set(w) == {"code", "message"} for w in data["warnings"])


@given(
    promo=st.integers(0, 40),
    value=st.integers(0, 40),
    conversation=st.integers(0, 40),
    rule=st.sampled_from(["thirds", "80-20", "4-1-1", "custom"]),
    custom=st.integers(1, 99),
)
def test_mix_arithmetic_is_exact(promo, value, conversation, rule, custom) -> None:
    kinds = list(itertools.chain([P] * promo, [V] * value, [C] * conversation))
    report = mix(posts_of(*kinds), rule, custom)
    total = promo + value + conversation
    limit = rule_for(rule, custom).limit
    assert report.total == total
    assert report.over_limit == (total > 0 and Fraction(promo, total) > limit)
    assert (Code.PROMO_SHARE_HIGH in codes(report)) == (report.over_limit and total >= 3)
    shares = report_json(report)["shares"]
    if total:
        assert abs(sum(shares.values()) - 1) < 0.0003
        assert shares["promotional"] == round(promo / total, 4)
    else:
        assert set(shares.values()) == {0}


@given(st.fractions(min_value=0, max_value=1))
def test_percent_rounds_half_up_from_the_exact_value(value: Fraction) -> None:
    shown = int(percent(value).rstrip("%"))
    assert abs(Fraction(shown) - value * 100) <= Fraction(1, 2)
    if value * 100 - int(value * 100) == Fraction(1, 2):
        assert shown == int(value * 100) + 1
