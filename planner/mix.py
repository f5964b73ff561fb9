"""The week's content mix and the warnings of the mix rules (exact fractions throughout)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction
from itertools import groupby

from planner.followups import FollowUpCounts, FollowUpState, count_followups, state
from planner.model import Channel, ContentType, Post, Settings
from planner.rules import Rule, over_limit, rule_for
from planner.weeks import Week, day_label

# A promotional share is judged (for the week, and for a channel's own posts) only once
# there are this many posts: one sale in a week of two posts is no billboard yet.
SHARE_MIN_POSTS = 3
STREAK_LENGTH = 3
NO_CONVERSATION_MIN_POSTS = 3


class Code(StrEnum):
    """Stable warning codes: scripts and the window rely on them."""

    PROMO_SHARE_HIGH = "promo_share_high"
    PROMO_SHARE_HIGH_CHANNEL = "promo_share_high_channel"
    PROMO_STREAK = "promo_streak"
    NO_CONVERSATION = "no_conversation"
    BELOW_CADENCE = "below_cadence"
    FOLLOWUPS_OVERDUE = "followups_overdue"


@dataclass(frozen=True)
class MixWarning:
    """A warning is its code and its figures; its words come from them, in English here
    (:attr:`message`, for the command line) and in the user's language in the window."""

    code: Code
    figures: Mapping[str, object] = field(default_factory=dict)
    channel_id: int | None = None
    # The posts the warning is about (a streak's posts), for marking them on the grid.
    post_uids: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return _ENGLISH[self.code](dict(self.figures))


def _promo_text(f: dict[str, object]) -> str:
    verb = "is" if f["promo"] == 1 else "are"
    prefix = f"{f['channel']}: " if "channel" in f else ""
    return (
        f"{prefix}{f['promo']} of {f['total']} posts this week {verb} promotional "
        f"({f['share']}); your limit is {f['limit']} ({f['rule_label']})."
    )


def _streak_text(f: dict[str, object]) -> str:
    first, last = f["first"], f["last"]
    assert isinstance(first, dt.date)
    assert isinstance(last, dt.date)
    when = day_label(first) if first == last else f"{day_label(first)} – {day_label(last)}"
    return (
        f"{f['channel']}: {f['count']} promotional posts in a row ({when}); "
        "put a value or conversation post between them."
    )


def _overdue_text(f: dict[str, object]) -> str:
    count = f["count"]
    return (
        f"{count} follow-up{'s' if count != 1 else ''} overdue: published posts whose "
        "replies were not done within a day."
    )


_ENGLISH = {
    Code.PROMO_SHARE_HIGH: _promo_text,
    Code.PROMO_SHARE_HIGH_CHANNEL: _promo_text,
    Code.PROMO_STREAK: _streak_text,
    Code.NO_CONVERSATION: lambda f: (
        f"None of this week's {f['total']} posts invites a reply; "
        "plan a question, a poll or a behind-the-scenes post."
    ),
    Code.BELOW_CADENCE: lambda f: (
        f"{f['channel']}: {f['count']} of {f['target']} posts this week, below your target."
    ),
    Code.FOLLOWUPS_OVERDUE: _overdue_text,
}


@dataclass(frozen=True)
class Cadence:
    """A channel with a weekly target, and how many posts the week has on it."""

    channel_id: int
    channel: str
    count: int
    target: int

    @property
    def met(self) -> bool:
        return self.count >= self.target


@dataclass(frozen=True)
class MixReport:
    week: Week
    rule: Rule
    counts: Mapping[ContentType, int]
    warnings: Sequence[MixWarning] = field(default_factory=tuple)
    followups: FollowUpCounts = field(default_factory=FollowUpCounts)
    cadence: Sequence[Cadence] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, content_type: ContentType) -> Fraction:
        return Fraction(self.counts[content_type], self.total) if self.total else Fraction(0)

    @property
    def over_limit(self) -> bool:
        return over_limit(self.counts[ContentType.PROMOTIONAL], self.total, self.rule.limit)


@dataclass(frozen=True)
class WeekMix:
    """A week's posts (in time order) and their mix: what the window, the PDF and the
    command line show of a week."""

    week: Week
    posts: Sequence[Post]
    report: MixReport


def rounded_percent(value: Fraction, decimals: int = 0) -> Fraction:
    """``value`` in percent, rounded half up to ``decimals`` places from the exact fraction
    (no float drift): 3/7 gives 43."""
    scaled = value * 100 * 10**decimals
    return Fraction((scaled + Fraction(1, 2)).__floor__(), 10**decimals)


def percent(value: Fraction, decimals: int = 0) -> str:
    """``43%`` (for the command line; the window writes it in the user's locale)."""
    return f"{float(rounded_percent(value, decimals)):.{decimals}f}%"


def percent_decimals(share: Fraction, limit: Fraction) -> int:
    """How many decimals tell a share from its limit: none, unless whole percentages
    would read as equal (33% over a limit of 33%)."""
    return 1 if rounded_percent(share) == rounded_percent(limit) else 0


def share_and_limit(share: Fraction, limit: Fraction) -> tuple[str, str]:
    """Both as percentages, with one decimal when whole numbers would read as equal."""
    decimals = percent_decimals(share, limit)
    return percent(share, decimals), percent(limit, decimals)


def count_types(posts: Iterable[Post]) -> dict[ContentType, int]:
    counts = dict.fromkeys(ContentType, 0)
    for post in posts:
        counts[post.content_type] += 1
    return counts


def compute_mix(
    week: Week,
    posts: Iterable[Post],
    settings: Settings,
    channels: Mapping[int, Channel],
    now: dt.datetime | None = None,
) -> MixReport:
    """The mix of the dated posts in ``week`` and every warning the rules raise for it.

    ``now`` (wall-clock time in the plan's zone) decides which follow-ups are overdue;
    without it, none are.
    """
    dated = sorted((p for p in posts if p.date is not None and p.date in week), key=Post.sort_key)
    rule = rule_for(settings.rule, settings.custom_limit)
    counts = count_types(dated)
    followups = count_followups(dated, now) if now else FollowUpCounts()
    warnings = [
        *_share_warnings(dated, counts, rule, channels),
        *_streak_warnings(dated, channels),
        *_conversation_warnings(dated, counts),
        *_cadence_warnings(dated, channels),
        *(_followup_warnings(dated, now) if now else []),
    ]
    return MixReport(week, rule, counts, tuple(warnings), followups, cadence(dated, channels))


def _promo_warning(code: Code, promo: int, total: int, rule: Rule, channel: str = "") -> MixWarning:
    share, limit = share_and_limit(Fraction(promo, total), rule.limit)
    figures: dict[str, object] = {
        "promo": promo,
        "total": total,
        "share": share,
        "limit": limit,
        "rule": rule.id,
        "rule_label": rule.label,
        "limit_value": rule.limit,
    }
    if channel:
        figures["channel"] = channel
    return MixWarning(code, figures)


def _by_channel(posts: Sequence[Post]) -> dict[int, list[Post]]:
    grouped: dict[int, list[Post]] = {}
    for post in posts:
        grouped.setdefault(post.channel_id, []).append(post)
    return grouped


def _channel_name(channels: Mapping[int, Channel], channel_id: int) -> str:
    channel = channels.get(channel_id)
    return channel.name if channel else "?"


def _share_warnings(
    posts: Sequence[Post],
    counts: Mapping[ContentType, int],
    rule: Rule,
    channels: Mapping[int, Channel],
) -> list[MixWarning]:
    warnings = []
    promo, total = counts[ContentType.PROMOTIONAL], len(posts)
    if total >= SHARE_MIN_POSTS and over_limit(promo, total, rule.limit):
        warnings.append(_promo_warning(Code.PROMO_SHARE_HIGH, promo, total, rule))
    for channel_id, channel_posts in _by_channel(posts).items():
        promo = count_types(channel_posts)[ContentType.PROMOTIONAL]
        total = len(channel_posts)
        if total >= SHARE_MIN_POSTS and over_limit(promo, total, rule.limit):
            name = _channel_name(channels, channel_id)
            warning = _promo_warning(Code.PROMO_SHARE_HIGH_CHANNEL, promo, total, rule, name)
            warnings.append(replace(warning, channel_id=channel_id))
    return warnings


def _streak_warnings(posts: Sequence[Post], channels: Mapping[int, Channel]) -> list[MixWarning]:
    warnings = []
    for channel_id, channel_posts in _by_channel(posts).items():
        runs = groupby(channel_posts, key=lambda p: p.content_type is ContentType.PROMOTIONAL)
        for is_promo, run in runs:
            streak = list(run)
            if not is_promo or len(streak) < STREAK_LENGTH:
                continue
            first, last = streak[0].date, streak[-1].date
            # Only dated posts reach here.
            name = _channel_name(channels, channel_id)
            uids = tuple(p.uid for p in streak)
            figures = {"channel": name, "count": len(streak), "first": first, "last": last}
            warnings.append(MixWarning(Code.PROMO_STREAK, figures, channel_id, uids))
    return warnings


def _conversation_warnings(
    posts: Sequence[Post], counts: Mapping[ContentType, int]
) -> list[MixWarning]:
    if len(posts) < NO_CONVERSATION_MIN_POSTS or counts[ContentType.CONVERSATION]:
        return []
    return [MixWarning(Code.NO_CONVERSATION, {"total": len(posts)})]


def cadence(posts: Sequence[Post], channels: Mapping[int, Channel]) -> tuple[Cadence, ...]:
    """Each channel with a weekly target: its posts in the week against the target."""
    planned = _by_channel(posts)
    return tuple(
        Cadence(channel.id, channel.name, len(planned.get(channel.id, ())), channel.weekly_target)
        for channel in sorted(channels.values(), key=lambda c: c.name.casefold())
        if channel.weekly_target
    )


def _cadence_warnings(posts: Sequence[Post], channels: Mapping[int, Channel]) -> list[MixWarning]:
    warnings = []
    for row in cadence(posts, channels):
        if not row.met:
            figures = {"channel": row.channel, "count": row.count, "target": row.target}
            warnings.append(MixWarning(Code.BELOW_CADENCE, figures, row.channel_id))
    return warnings


def _followup_warnings(posts: Sequence[Post], now: dt.datetime) -> list[MixWarning]:
    overdue = tuple(p.uid for p in posts if state(p, now) is FollowUpState.OVERDUE)
    if not overdue:
        return []
    return [MixWarning(Code.FOLLOWUPS_OVERDUE, {"count": len(overdue)}, None, overdue)]


def report_json(report: MixReport) -> dict[str, object]:
    """The ``mix --json`` object: shares and limit rounded to 4 places, all 0 for an
    empty week; warnings as code and message."""
    return {
        "week_start": report.week.start.isoformat(),
        "week_end": report.week.end.isoformat(),
        "total": report.total,
        "counts": {t.value: report.counts[t] for t in ContentType},
        "shares": {t.value: round(float(report.share(t)), 4) for t in ContentType},
        "rule": report.rule.id,
        "limit": round(float(report.rule.limit), 4),
        "over_limit": report.over_limit,
        "warnings": [{"code": w.code, "message": w.message} for w in report.warnings],
    }
