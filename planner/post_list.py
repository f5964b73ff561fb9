"""Every post of a plan as one list, filtered and sorted in SQL: what the List view shows and
``content-planner list`` prints.

Nothing here holds a post per row of the plan: :meth:`PostList.ids` answers a filter with
the matching posts' row ids in order (eight bytes each), and :meth:`PostList.page` reads the
few rows a view shows. Series occurrences (computed, not stored) are listed up to a year
ahead, as an export writes them, from a temporary table of this connection. With a word
index (``planner.word_index``), a word few posts hold is looked for among those only.

The text filter matches title, body, tags and notes ignoring case and accents ("caffe"
finds "Caffè"): SQLite's ``LIKE`` ignores the case of ASCII letters, and a row with other
letters is also compared folded (:func:`fold`, registered on the connection).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from planner.model import ContentType, Post, Series, Status
from planner.recurrence import occurrences
from planner.rows import POST_COLUMNS, POST_FIELDS, post_from_row, post_tuple
from planner.word_index import WordIndex

# How far ahead a series that never ends is listed.
SERIES_HORIZON = dt.timedelta(days=365)
_OCCURRENCES = "temp.listed_occurrences"
_CANDIDATES = "temp.listed_candidates"
# A word the index finds in more posts than this is looked for in every post, in order.
MOST_CANDIDATES = 5_000


def fold(text: str | None) -> str:
    """``text`` compared loosely: lower case, accents taken off (``Caffè`` → ``caffe``)."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    parts = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in parts if not unicodedata.combining(c))


class Column(StrEnum):
    """What the list can be sorted by."""

    DATE = "date"
    TIME = "time"
    CHANNEL = "channel"
    TYPE = "type"
    TITLE = "title"
    STATUS = "status"
    FOLLOWUP = "followup"
    REVIEW = "review"


_THEN = "date, time, id"
_ORDER = {
    Column.DATE: "date {d}, time {d}, id {d}",
    Column.TIME: f"time {{d}}, {_THEN}",
    Column.CHANNEL: (
        f"(SELECT name FROM channels WHERE id = channel_id) COLLATE NOCASE {{d}}, {_THEN}"
    ),
    Column.TYPE: f"content_type {{d}}, {_THEN}",
    Column.TITLE: f"title COLLATE NOCASE {{d}}, {_THEN}",
    Column.STATUS: (
        "CASE status WHEN 'idea' THEN 0 WHEN 'draft' THEN 1 WHEN 'scheduled' THEN 2 ELSE 3 END "
        f"{{d}}, {_THEN}"
    ),
    Column.FOLLOWUP: f"status = 'published' {{d}}, followup_done {{d}}, {_THEN}",
    # Where the client stands: not sent, awaiting, changes asked for, approved.
    Column.REVIEW: (
        "CASE review WHEN 'none' THEN 0 WHEN 'awaiting' THEN 1 WHEN 'changes' THEN 2 ELSE 3 END "
        f"{{d}}, {_THEN}"
    ),
}
# A row whose text is not all ASCII: SQLite counts its characters and bytes differently.
_NOT_ASCII = " OR ".join(
    f"length({c}) <> length(CAST({c} AS BLOB))" for c in ("title", "body", "tags", "notes")
)
_LIKE = " OR ".join(f"{c} LIKE :{{n}} ESCAPE '\\'" for c in ("title", "tags", "notes", "body"))
_ALL_TEXT = "title || ' ' || tags || ' ' || notes || ' ' || body"
_FOLDED = f"(({_NOT_ASCII}) AND fold({_ALL_TEXT}) LIKE :{{n}} ESCAPE '\\')"


@dataclass(frozen=True)
class ListFilter:
    """What the list shows: every condition given must hold (empty sets: any)."""

    text: str = ""
    types: frozenset[ContentType] = frozenset()
    channel_ids: frozenset[int] = frozenset()
    statuses: frozenset[Status] = frozenset()
    first: dt.date | None = None  # a range leaves the ideas (no date) out
    last: dt.date | None = None

    def words(self) -> list[str]:
        """The text's words, folded: each must appear (in any order)."""
        return fold(self.text).split()


@dataclass(frozen=True)
class ListOrder:
    column: Column = Column.DATE
    descending: bool = False


@dataclass
class _Query:
    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def add(self, condition: str, **params: Any) -> None:
        self.where.append(condition)
        self.params.update(params)

    def sql(self) -> str:
        return " AND ".join(f"({c})" for c in self.where) or "1"


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _query(chosen: ListFilter) -> _Query:
    query = _Query()
    for number, word in enumerate(chosen.words()):
        name = f"w{number}"
        like = _LIKE.format(n=name)
        folded = _FOLDED.format(n=name)
        query.add(f"{like} OR {folded}", **{name: _like_pattern(word)})
    for column, values in (
        ("content_type", chosen.types),
        ("channel_id", chosen.channel_ids),
        ("status", chosen.statuses),
    ):
        if values:
            marks = ", ".join(f":{column}{i}" for i in range(len(values)))
            query.add(
                f"{column} IN ({marks})",
                **{
                    f"{column}{i}": str(v) if isinstance(v, str) else v
                    for i, v in enumerate(sorted(values))
                },
            )
    if chosen.first is not None:
        query.add("date >= :first", first=chosen.first.isoformat())
    if chosen.last is not None:
        query.add("date <= :last", last=chosen.last.isoformat())
    return query


class PostList:
    """The plan's posts (on ``conn``, a plan's connection) as one filtered, sorted list.

    ``series`` and ``today`` give the occurrences to list; call :meth:`set_series` again
    when the series change."""

    def __init__(self, conn: sqlite3.Connection, *, indexed: bool = False) -> None:
        """``indexed``: keep a word index (on a connection of its own: the index knows a
        change only when another connection made it)."""
        self.conn = conn
        conn.create_function("fold", 1, fold, deterministic=True)
        self._source = "posts"
        self.index = WordIndex(conn) if indexed else None

    def set_series(self, series: Sequence[Series], today: dt.date) -> None:
        """List the occurrences of ``series`` (from each one's start to a year after
        ``today``) that no stored post replaces."""
        self.conn.execute(f"DROP TABLE IF EXISTS {_OCCURRENCES}")
        if not series:
            self._set_source("posts")
            self.conn.commit()
            return
        columns = ", ".join(POST_FIELDS)
        self.conn.execute(f"CREATE TABLE {_OCCURRENCES} (id INTEGER PRIMARY KEY, {columns})")
        first = min(one.start for one in series)
        last = max(max(one.start for one in series), today + SERIES_HORIZON)
        replaced = {
            (uid, dt.date.fromisoformat(day))
            for uid, day in self.conn.execute(
                "SELECT series_uid, occurrence FROM posts WHERE occurrence IS NOT NULL"
            )
        }
        stored = {
            uid
            for (uid,) in self.conn.execute("SELECT uid FROM posts WHERE series_uid IS NOT NULL")
        }
        computed = occurrences(list(series), first, last, replaced, stored)
        marks = ", ".join("?" * (len(POST_FIELDS) + 1))
        # Negative ids: never a stored post's; the order of ties stays the computed one.
        self.conn.executemany(
            f"INSERT INTO {_OCCURRENCES} VALUES ({marks})",
            ((-number, *post_tuple(post)) for number, post in enumerate(computed, start=1)),
        )
        self.conn.commit()  # a temporary table: the plan file is not written
        self._set_source(
            f"(SELECT id, {POST_COLUMNS} FROM posts "
            f"UNION ALL SELECT id, {POST_COLUMNS} FROM {_OCCURRENCES})"
        )

    def _set_source(self, source: str) -> None:
        self._source = source
        if self.index is not None:
            self.index.set_source(source)

    def ids(
        self, chosen: ListFilter, order: ListOrder = ListOrder(), limit: int | None = None
    ) -> array[int]:
        """The row ids of the posts ``chosen`` lets through, in ``order`` (the first
        ``limit`` of them: a word most posts hold fills a page after a few rows)."""
        query = _query(chosen)
        candidates = self.index.candidates(chosen.words(), MOST_CANDIDATES) if self.index else None
        if candidates is not None:
            self.conn.execute(f"CREATE TABLE IF NOT EXISTS {_CANDIDATES} (id INTEGER PRIMARY KEY)")
            self.conn.execute(f"DELETE FROM {_CANDIDATES}")
            self.conn.executemany(
                f"INSERT INTO {_CANDIDATES} VALUES (?)", ((i,) for i in candidates)
            )
            query.add(f"id IN (SELECT id FROM {_CANDIDATES})")
        direction = "DESC" if order.descending else "ASC"
        sql = (
            f"SELECT id FROM {self._source} WHERE {query.sql()} "
            f"ORDER BY {_ORDER[order.column].format(d=direction)}"
            + ("" if limit is None else f" LIMIT {int(limit)}")
        )
        found = array("q")
        cursor = self.conn.execute(sql, query.params)
        while rows := cursor.fetchmany(4096):
            found.extend(row[0] for row in rows)
        if candidates is not None:
            self.conn.commit()  # the temporary table's; the plan is not written
        return found

    def page(self, ids: Sequence[int]) -> list[Post]:
        """The posts with these row ids, in the same order (a post deleted since is left
        out)."""
        wanted = list(ids)
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        cursor = self.conn.execute(
            f"SELECT id, {POST_COLUMNS} FROM {self._source} WHERE id IN ({marks})", wanted
        )
        columns = [column[0] for column in cursor.description]
        by_id: dict[int, Post] = {}
        for row in cursor:
            values = dict(zip(columns, row, strict=True))
            post = post_from_row(values)
            by_id[values["id"]] = replace(post, virtual=True) if values["id"] < 0 else post
        return [by_id[i] for i in wanted if i in by_id]

    def posts(self, chosen: ListFilter, order: ListOrder = ListOrder()) -> Iterator[Post]:
        """Every post ``chosen`` lets through, in ``order``, read a page at a time."""
        ids = self.ids(chosen, order)
        for start in range(0, len(ids), 500):
            yield from self.page(ids[start : start + 500])


def post_json(post: Post, channel_name: str) -> dict[str, Any]:
    """A post for ``list --json``: the CSV's columns by their names (a date or time left
    empty is null; tags a list), then the client's review."""
    return {
        "uid": post.uid,
        "date": post.date.isoformat() if post.date else None,
        "time": f"{post.time:%H:%M}" if post.time else None,
        "channel": channel_name,
        "content_type": post.content_type.value,
        "title": post.title,
        "body": post.body,
        "status": post.status.value,
        "tags": list(post.tags),
        "notes": post.notes,
        "followup_done": post.followup.done,
        "followup_note": post.followup.note,
        "conversations": post.followup.conversations,
        "review": post.review.value,
        "review_comment": post.review_comment,
    }
