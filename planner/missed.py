"""Missed posts: a post whose time has passed and that is still not marked published.

Either it went out and nobody marked it, or it never went out; both want a look. Times are
wall-clock times in the plan's zone, as ``now`` is.
"""

from __future__ import annotations

import datetime as dt

from planner.model import Post, Status


def time_passed(post: Post, now: dt.datetime) -> bool:
    """Whether the post's time is past: its time today or before, or, for an "any time"
    post, once its day is over. An idea without a date has no time to pass."""
    if post.date is None:
        return False
    if post.time is None:
        return post.date < now.date()
    return dt.datetime.combine(post.date, post.time) <= now


def is_missed(post: Post, now: dt.datetime) -> bool:
    return post.status is not Status.PUBLISHED and time_passed(post, now)
