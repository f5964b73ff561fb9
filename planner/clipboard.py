"""Posts as they travel on the clipboard and in drags: each post whole, with its channel's
name, so that a paste works in another week, after the post was deleted, or in another
plan (whose channel of that name may have another id, or be missing)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from planner.model import Channel, Post
from planner.rows import POST_FIELDS, post_from_row, post_row

FORMAT = "content-planner-posts"
VERSION = 1


@dataclass(frozen=True)
class Carried:
    """A copied or dragged post, and the name of its channel."""

    post: Post
    channel: str


def carried(posts: Iterable[Post], channels: Mapping[int, Channel]) -> list[Carried]:
    return [
        Carried(post, channels[post.channel_id].name if post.channel_id in channels else "")
        for post in posts
    ]


def to_json(posts: Iterable[Carried]) -> str:
    rows = [
        {**post_row(item.post), "virtual": item.post.virtual, "channel": item.channel}
        for item in posts
    ]
    import json  # with the first copy or paste: the window starts without it

    return json.dumps({"format": FORMAT, "version": VERSION, "posts": rows}, ensure_ascii=False)


def from_json(text: str) -> list[Carried]:
    """The posts in ``text``; none when it is not what :func:`to_json` writes (another
    program's data on the clipboard, a newer version, a damaged row)."""
    import json

    try:
        data: Any = json.loads(text)
    except ValueError:
        return []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return []
    if data.get("version") != VERSION or not isinstance(data.get("posts"), list):
        return []
    found = []
    for row in data["posts"]:
        if not isinstance(row, dict) or not isinstance(row.get("channel"), str):
            return []
        try:
            post = post_from_row({name: row[name] for name in POST_FIELDS})
        except (KeyError, TypeError, ValueError):
            return []
        # An occurrence a series computes (not stored) is found again by its series.
        found.append(Carried(replace(post, virtual=row.get("virtual") is True), row["channel"]))
    return found
