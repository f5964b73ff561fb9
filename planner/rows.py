"""Posts, series and channels as table rows, and back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.approval import Review
from planner.model import Channel, ContentType, FollowUp, Post, Series, Status, normalize_tags

POST_FIELDS = (
    "uid",
    "channel_id",
    "content_type",
    "title",
    "body",
    "date",
    "time",
    "status",
    "tags",
    "notes",
    "followup_done",
    "followup_note",
    "conversations",
    "series_uid",
    "occurrence",
    "review",
    "review_comment",
    "review_date",
    "suggested_title",
    "suggested_body",
)
POST_COLUMNS = ", ".join(POST_FIELDS)
SERIES_COLUMNS = (
    "uid, rule, start, time, channel_id, content_type, title, body, status, tags, notes, skips"
)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _time_text(value: dt.time | None) -> str | None:
    return f"{value.hour:02d}:{value.minute:02d}" if value else None


def post_tuple(post: Post) -> tuple[Any, ...]:
    """The post as a row in ``POST_FIELDS`` order, as a query of them returns it. Built
    directly (not through :func:`post_row`): an import writes 100,000s of them."""
    followup = post.followup
    return (
        post.uid,
        post.channel_id,
        post.content_type.value,
        post.title,
        post.body,
        post.date.isoformat() if post.date else None,
        _time_text(post.time),
        post.status.value,
        ", ".join(post.tags),
        post.notes,
        int(followup.done),
        followup.note,
        followup.conversations,
        post.series_uid,
        post.occurrence.isoformat() if post.occurrence else None,
        post.review.value,
        post.review_comment,
        post.review_date.isoformat() if post.review_date else None,
        post.suggested_title,
        post.suggested_body,
    )


def post_row(post: Post) -> dict[str, Any]:
    return dict(zip(POST_FIELDS, post_tuple(post), strict=True))


def row_order(row: tuple[Any, ...]) -> tuple[str, bool, str]:
    """The time order of post rows (``POST_COLUMNS``): by day, "any time" first."""
    return (row[5] or "", row[6] is not None, row[6] or "")


def post_from_row(row: dict[str, Any]) -> Post:
    return Post(
        uid=row["uid"],
        channel_id=row["channel_id"],
        content_type=ContentType(row["content_type"]),
        title=row["title"],
        body=row["body"],
        date=_date(row["date"]),
        time=_time(row["time"]),
        status=Status(row["status"]),
        tags=normalize_tags(row["tags"]),
        notes=row["notes"],
        followup=FollowUp(bool(row["followup_done"]), row["followup_note"], row["conversations"]),
        series_uid=row["series_uid"],
        occurrence=_date(row["occurrence"]),
        review=Review(row["review"]),
        review_comment=row["review_comment"],
        review_date=_date(row["review_date"]),
        suggested_title=row["suggested_title"],
        suggested_body=row["suggested_body"],
    )


def series_row(series: Series) -> dict[str, Any]:
    template = series.template
    return {
        "uid": series.uid,
        "rule": series.rule,
        "start": series.start.isoformat(),
        "time": _time_text(template.time),
        "channel_id": template.channel_id,
        "content_type": template.content_type.value,
        "title": template.title,
        "body": template.body,
        "status": template.status.value,
        "tags": ", ".join(template.tags),
        "notes": template.notes,
        "skips": ",".join(sorted(day.isoformat() for day in series.skips)),
    }


def series_from_row(row: dict[str, Any]) -> Series:
    template = Post(
        uid=row["uid"],
        channel_id=row["channel_id"],
        content_type=ContentType(row["content_type"]),
        title=row["title"],
        body=row["body"],
        date=dt.date.fromisoformat(row["start"]),
        time=_time(row["time"]),
        status=Status(row["status"]),
        tags=normalize_tags(row["tags"]),
        notes=row["notes"],
    )
    skips = frozenset(dt.date.fromisoformat(day) for day in row["skips"].split(",") if day)
    return Series(template, row["rule"], skips)


def channel_row(channel: Channel) -> dict[str, Any]:
    return {
        "id": channel.id,
        "name": channel.name,
        "char_limit": channel.char_limit,
        "weekly_target": channel.weekly_target,
        "reply_hours": channel.reply_hours,
    }
