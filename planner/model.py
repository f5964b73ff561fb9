"""The plain data of a plan: posts, channels, settings. No storage, no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from planner.approval import Review
from planner.rules import RuleId

if TYPE_CHECKING:
    from planner.staging import StagedPosts


class ContentType(StrEnum):
    PROMOTIONAL = "promotional"
    VALUE = "value"
    CONVERSATION = "conversation"


class Status(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"


# Statuses that only make sense for a post with a date.
DATED_STATUSES = frozenset({Status.SCHEDULED, Status.PUBLISHED})
# Conversations held after one post: more is a typo (and would not fit SQLite's integers).
MAX_CONVERSATIONS = 100_000


def new_uid() -> str:
    import uuid  # loaded with the first new post: the window's start does without it

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Channel:
    id: int
    name: str
    char_limit: int | None = None
    weekly_target: int | None = None
    # Replies to this channel's posts are planned within this many hours (None: the day).
    reply_hours: int | None = None


@dataclass(frozen=True)
class Starter:
    """A conversation starter: a prompt that becomes an idea in one click."""

    id: int
    content_type: ContentType
    text: str


@dataclass(frozen=True)
class FollowUp:
    """After a post is published: the replies to it, done or not, and what came of them."""

    done: bool = False
    note: str = ""
    conversations: int = 0


@dataclass(frozen=True)
class Post:
    """One planned piece of content. A post with no date is an idea in the backlog.

    ``date`` and ``time`` are wall-clock values in the plan's time zone.
    """

    channel_id: int
    content_type: ContentType
    title: str
    body: str = ""
    date: dt.date | None = None
    time: dt.time | None = None
    status: Status = Status.DRAFT
    tags: tuple[str, ...] = ()
    notes: str = ""
    uid: str = field(default_factory=new_uid)
    # Kept whatever the status; it shows, and counts, while the post is published.
    followup: FollowUp = field(default_factory=FollowUp)
    # A post of a recurring series: the series, and the date the series gave it.
    series_uid: str | None = None
    occurrence: dt.date | None = None
    # True for an occurrence computed from its series and not stored; saving such a post
    # (an edit by hand) stores it, and it then overrides its occurrence.
    virtual: bool = False
    # The client's review (planner.approval): its state, comment and date, and a title or
    # text the client rewrote, waiting beside the post's own until accepted (None: none).
    review: Review = Review.NONE
    review_comment: str = ""
    review_date: dt.date | None = None
    suggested_title: str | None = None
    suggested_body: str | None = None

    @property
    def has_suggestion(self) -> bool:
        return self.suggested_title is not None or self.suggested_body is not None

    @property
    def has_followup(self) -> bool:
        return self.status is Status.PUBLISHED and self.date is not None

    def sort_key(self) -> tuple[dt.date, bool, dt.time]:
        """Time order within a plan: by day, "any time" posts first, then by time."""
        return (
            self.date or dt.date.max,
            self.time is not None,
            self.time or dt.time.min,
        )


@dataclass(frozen=True)
class Series:
    """A recurring post: a template (whose date is the first day the rule starts from and
    whose uid is the series's) and an RFC 5545 RRULE, less the dates skipped."""

    template: Post
    rule: str
    skips: frozenset[dt.date] = frozenset()

    @property
    def uid(self) -> str:
        return self.template.uid

    @property
    def start(self) -> dt.date:
        assert self.template.date is not None  # a series always has its first date
        return self.template.date


class Part(StrEnum):
    """What a change can touch, so that views refresh only what changed."""

    POSTS = "posts"  # dated posts and series: the week, the mix
    IDEAS = "ideas"  # posts without a date: the backlog
    CHANNELS = "channels"
    SETTINGS = "settings"
    STARTERS = "starters"
    DATES = "dates"  # the plan's own dates: the day headers


@dataclass(frozen=True)
class PlanDate:
    """A day (or span of days) that matters to the business, kept in the plan and shown in
    the day headers beside the public holidays: "Black Friday", "our 10th birthday"."""

    id: int
    name: str
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class Change:
    """What one user action does to a plan, so it can be applied and reverted whole.

    Each kind of thing has a "before" and an "after": what is only before is deleted, what
    is after is saved (added or replaced, by uid or id). ``settings_after`` None leaves the
    settings alone.
    """

    posts_before: tuple[Post, ...] = ()
    posts_after: tuple[Post, ...] = ()
    series_before: tuple[Series, ...] = ()
    series_after: tuple[Series, ...] = ()
    channels_before: tuple[Channel, ...] = ()
    channels_after: tuple[Channel, ...] = ()
    settings_before: Settings | None = None
    settings_after: Settings | None = None
    starters_before: tuple[Starter, ...] = ()
    starters_after: tuple[Starter, ...] = ()
    dates_before: tuple[PlanDate, ...] = ()
    dates_after: tuple[PlanDate, ...] = ()
    staged: StagedPosts | None = None

    def reversed(self) -> Change:
        return Change(
            self.posts_after,
            self.posts_before,
            self.series_after,
            self.series_before,
            self.channels_after,
            self.channels_before,
            self.settings_after,
            self.settings_before,
            self.starters_after,
            self.starters_before,
            self.dates_after,
            self.dates_before,
            replace(self.staged, reverse=not self.staged.reverse) if self.staged else None,
        )

    def __add__(self, other: Change) -> Change:
        """Both changes as one (they must not touch the same thing; the settings of
        ``other`` win if both change them; at most one may stage posts)."""
        assert not (self.staged and other.staged)
        return Change(
            self.posts_before + other.posts_before,
            self.posts_after + other.posts_after,
            self.series_before + other.series_before,
            self.series_after + other.series_after,
            self.channels_before + other.channels_before,
            self.channels_after + other.channels_after,
            self.settings_before or other.settings_before,
            other.settings_after or self.settings_after,
            self.starters_before + other.starters_before,
            self.starters_after + other.starters_after,
            self.dates_before + other.dates_before,
            self.dates_after + other.dates_after,
            self.staged or other.staged,
        )

    def __bool__(self) -> bool:
        """False for a change that changes nothing (an action with nothing to do)."""
        return self.touched() != frozenset()

    def touched(self) -> frozenset[Part]:
        posts = (*self.posts_before, *self.posts_after)
        staged = self.staged
        parts = {
            Part.POSTS: bool(self.series_before or self.series_after)
            or any(p.date is not None for p in posts)
            or bool(staged and staged.dated),
            Part.IDEAS: any(p.date is None for p in posts) or bool(staged and staged.undated),
            Part.CHANNELS: bool(self.channels_before or self.channels_after),
            Part.SETTINGS: self.settings_after is not None
            and self.settings_after != self.settings_before,
            Part.STARTERS: bool(self.starters_before or self.starters_after),
            Part.DATES: bool(self.dates_before or self.dates_after),
        }
        return frozenset(part for part, touched in parts.items() if touched)


def normalize_tags(tags: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Tags as a clean tuple: split on commas, trimmed, no empties, no repeats."""
    text = tags if isinstance(tags, str) else ",".join(tags)
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class WeekStart:
    """Days a week may start on, as Python weekday numbers (Monday is 0)."""

    MONDAY = 0
    SATURDAY = 5
    SUNDAY = 6
    ALLOWED = (MONDAY, SATURDAY, SUNDAY)


@dataclass(frozen=True)
class Settings:
    """Per-plan settings, stored in the plan file (UI state lives in QSettings instead)."""

    name: str
    time_zone: str
    week_start: int = WeekStart.MONDAY
    rule: RuleId = RuleId.THIRDS
    custom_limit: int = 30
    # Whose public holidays the day headers show: an ISO country code ("IT") and optionally
    # one of its regions ("BZ"); None: the computer's region's; "": none at all.
    holiday_country: str | None = None
    holiday_region: str | None = None


def post_problems(post: Post) -> list[tuple[str, str]]:
    """What makes ``post`` unfit to save, as (field, reason) pairs; empty when it is fine."""
    return field_problems(
        post.title, post.date, post.time, post.status, post.followup.conversations
    )


def field_problems(
    title: str, date: dt.date | None, time: dt.time | None, status: Status, conversations: int
) -> list[tuple[str, str]]:
    """:func:`post_problems` of a post with these values, for a post not (yet) built."""
    problems: list[tuple[str, str]] = []
    if not title.strip():
        problems.append(("title", "a title is required"))
    if date is None:
        if time is not None:
            problems.append(("time", "a post without a date cannot have a time"))
        if status in DATED_STATUSES:
            problems.append(("status", f"a {status} post needs a date"))
    if conversations < 0:
        problems.append(("conversations", "conversations cannot be fewer than 0"))
    elif conversations > MAX_CONVERSATIONS:
        problems.append(("conversations", f"at most {MAX_CONVERSATIONS:,} conversations"))
    return problems
