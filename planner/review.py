"""A week in review: what was published, the replies done, the conversations held."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from planner.followups import FollowUpCounts, count_followups
from planner.missed import is_missed
from planner.mix import count_types
from planner.model import Channel, ContentType, Post, Settings, Status
from planner.rules import Rule, over_limit, rule_for
from planner.weeks import Week


@dataclass(frozen=True)
class WeekReview:
    week: Week
    rule: Rule
    published: Mapping[ContentType, int]
    by_channel: tuple[tuple[str, int], ...]  # published posts per channel, most first
    followups: FollowUpCounts
    missed: int  # posts of the week whose time has passed, not marked published

    @property
    def total_published(self) -> int:
        return sum(self.published.values())

    def share(self, content_type: ContentType) -> Fraction:
        total = self.total_published
        return Fraction(self.published[content_type], total) if total else Fraction(0)

    @property
    def over_limit(self) -> bool:
        promo = self.published[ContentType.PROMOTIONAL]
        return over_limit(promo, self.total_published, self.rule.limit)


def review_week(
    week: Week,
    posts: Iterable[Post],
    settings: Settings,
    channels: Mapping[int, Channel],
    now: dt.datetime,
) -> WeekReview:
    in_week = [p for p in posts if p.date is not None and p.date in week]
    published = [p for p in in_week if p.status is Status.PUBLISHED]
    per_channel = Counter(
        channels[p.channel_id].name if p.channel_id in channels else "?" for p in published
    )
    return WeekReview(
        week=week,
        rule=rule_for(settings.rule, settings.custom_limit),
        published=count_types(published),
        by_channel=tuple(sorted(per_channel.items(), key=lambda item: (-item[1], item[0]))),
        followups=count_followups(published, now),
        missed=sum(is_missed(post, now) for post in in_week),
    )
