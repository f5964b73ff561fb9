"""Follow-ups: after a post is published, the business is there to answer.

A published post's follow-up is done, pending, or overdue once a day has passed since the
post without the replies done. Times are wall-clock times in the plan's time zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.model import Post

OVERDUE_AFTER = dt.timedelta(days=1)


class FollowUpState(StrEnum):
    DONE = "done"
    PENDING = "pending"
    OVERDUE = "overdue"


def posted_at(post: Post) -> dt.datetime:
    """When the post goes out: its time, or the start of its day when it has none."""
    assert post.date is not None
    return dt.datetime.combine(post.date, post.time or dt.time.min)


def overdue_from(post: Post) -> dt.datetime:
    return posted_at(post) + OVERDUE_AFTER


def state(post: Post, now: dt.datetime) -> FollowUpState | None:
    """The post's follow-up state now; None for a post that has no follow-up."""
    if not post.has_followup:
        return None
    if post.followup.done:
        return FollowUpState.DONE
    return FollowUpState.OVERDUE if now >= overdue_from(post) else FollowUpState.PENDING


@dataclass(frozen=True)
class FollowUpCounts:
    done: int = 0
    pending: int = 0
    overdue: int = 0
    conversations: int = 0

    @property
    def total(self) -> int:
        return self.done + self.pending + self.overdue


def count_followups(posts: Iterable[Post], now: dt.datetime) -> FollowUpCounts:
    counts = dict.fromkeys(FollowUpState, 0)
    conversations = 0
    for post in posts:
        current = state(post, now)
        if current is not None:
            counts[current] += 1
            conversations += post.followup.conversations
    return FollowUpCounts(
        counts[FollowUpState.DONE],
        counts[FollowUpState.PENDING],
        counts[FollowUpState.OVERDUE],
        conversations,
    )


def next_change(posts: Iterable[Post], now: dt.datetime) -> dt.datetime | None:
    """The next moment a pending follow-up among ``posts`` turns overdue, if any."""
    moments = [overdue_from(post) for post in posts if state(post, now) is FollowUpState.PENDING]
    return min(moments, default=None)
