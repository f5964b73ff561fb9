"""What an import remembers while it reads a file, and how it finds the post a row
changes: SQLite temporary tables (on disk, so memory does not grow with the file) for the
uids taken and the uids the file names; the plan's posts and series occurrences read a day
or a month at a time, for the last ones asked."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from planner.csv_cells import Row, parse_uid
from planner.csv_read import CsvRows, CsvSource, Header
from planner.errors import CsvImportError
from planner.model import Post
from planner.store import Plan

T = TypeVar("T")
# Rows are checked and written this many at a time.
CHUNK = 1000


def batches(items: Iterable[T]) -> Iterator[list[T]]:
    """``items`` in lists of :data:`CHUNK`."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, CHUNK)):
        yield chunk


# A new post's row, with the line of the file it comes from and the uid the file gave it.
NewPost = tuple[int, str | None, tuple[Any, ...]]


def uids_json(uids: list[str]) -> str:
    """Uids as a JSON array, for ``json_each``: one parameter for any number of them."""
    return "[" + ",".join(f'"{uid}"' for uid in uids) + "]"  # UUIDs: nothing to escape


def unrepeated(created: list[NewPost], taken: set[str]) -> tuple[list[NewPost], list[NewPost]]:
    """The new posts whose uid is not ``taken`` (nor an earlier one's of them), and the
    others; ``taken`` gets the uids kept."""
    kept, refused = [], []
    for new in created:
        uid = new[1]
        if uid is None or uid not in taken:
            kept.append(new)
            if uid is not None:
                taken.add(uid)
        else:
            refused.append(new)
    return kept, refused


_numbers = itertools.count(1)


class Tables:
    """The import's temporary tables: the uids taken (of the posts rows changed or matched,
    of rows refused, and, where the new posts are not stored, of those too); the uids the
    whole file names, read from it when first asked."""

    def __init__(self, conn: sqlite3.Connection, source: CsvSource, header: Header) -> None:
        self._conn = conn
        self._source = source
        self._header = header
        number = next(_numbers)
        self.claimed = f"temp.import_claimed_{number}"
        self.named_table = f"temp.import_named_{number}"
        self._named_read = False
        self._conn.execute(f"CREATE TABLE {self.claimed} (uid TEXT PRIMARY KEY) WITHOUT ROWID")

    def claim(self, uid: str) -> bool:
        """Take ``uid``; False if it was taken already."""
        cursor = self._conn.execute(f"INSERT OR IGNORE INTO {self.claimed} VALUES (?)", (uid,))
        return cursor.rowcount == 1

    def claim_new(self, created: list[NewPost]) -> tuple[list[NewPost], list[NewPost]]:
        """Take the uids of new posts: those whose uid was taken are returned apart."""
        given = [uid for _line, uid, _row in created if uid]
        if not given:
            return created, []
        query = f"SELECT uid FROM {self.claimed} WHERE uid IN (SELECT value FROM json_each(?))"
        taken = {uid for (uid,) in self._conn.execute(query, [uids_json(given)])}
        kept, refused = unrepeated(created, taken)
        insert = f"INSERT INTO {self.claimed} VALUES (?)"
        self._conn.executemany(insert, [(uid,) for _line, uid, _row in kept if uid])
        return kept, refused

    def named(self) -> str:
        """The table of the uids the file names, read from it the first time."""
        if not self._named_read:
            self._named_read = True
            self._conn.execute(
                f"CREATE TABLE {self.named_table} (uid TEXT PRIMARY KEY) WITHOUT ROWID"
            )
            if self._header.index("uid") is not None:
                insert = f"INSERT OR IGNORE INTO {self.named_table} VALUES (?)"
                for chunk in batches(_uids_in(self._source)):
                    self._conn.executemany(insert, [(uid,) for _line, uid in chunk])
        return self.named_table

    def drop(self) -> None:
        for table in (self.claimed, self.named_table):
            self._conn.execute(f"DROP TABLE IF EXISTS {table}")


def _uids_in(source: CsvSource) -> Iterator[tuple[int, str]]:
    """Each uid the file gives, with its line (read again from the start)."""
    try:
        with CsvRows(source) as rows:
            index = rows.header.index("uid")
            assert index is not None
            for line, cells in rows:
                try:
                    uid = parse_uid(cells[index])
                except ValueError:
                    continue  # the import names it
                if uid:
                    yield line, uid
    except CsvImportError:
        return  # the import itself comes to the same problem, and names it


def first_lines(source: CsvSource, uids: set[str]) -> dict[str, int]:
    """The line where each of ``uids`` first stands in the file."""
    found: dict[str, int] = {}
    for line, uid in _uids_in(source):
        if uid in uids:
            found.setdefault(uid, line)
    return found


class Matcher:
    """Finds the post a row without a uid already made, so that importing the same file
    twice does not double it: the same date, time, channel and title. Each post is matched
    once, and never one that another row names by its uid. The plan's posts are read a day
    at a time, for the last days asked."""

    DAYS_KEPT = 400

    def __init__(self, plan: Plan, tables: Tables, last_id: int) -> None:
        self._plan = plan
        self._tables = tables
        # Only the posts there were before the import (up to this id) can match.
        self._last_id = last_id
        self._series = plan.has_series()
        self._days: dict[dt.date | None, dict[tuple[Any, ...], list[Post]]] = {}

    def match(self, row: Row, channel_id: int | None) -> Post | None:
        """The post the row matches, if any; ``channel_id`` is the id of its channel,
        None for one the plan lacks (which has no posts yet)."""
        if channel_id is None:
            return None
        values = row.values
        day = values.get("date")
        candidates = self._days.get(day)
        if candidates is None:
            candidates = self._load(day)
        found = candidates.get((values.get("time"), channel_id, values.get("title")))
        if not found:
            return None
        post = found.pop(0)
        self._tables.claim(post.uid)
        return post

    def _load(self, day: dt.date | None) -> dict[tuple[Any, ...], list[Post]]:
        """The day's posts that rows may still match (for None: the ideas), by what a
        row is matched by."""
        named, claimed = self._tables.named(), self._tables.claimed
        posts: list[Post] = []
        if self._last_id:
            free = (
                f"id <= ? AND uid NOT IN (SELECT uid FROM {named}) "
                f"AND uid NOT IN (SELECT uid FROM {claimed})"
            )
            if day is None:
                posts += self._plan.posts_where(f"date IS NULL AND {free}", [self._last_id])
            else:
                posts += self._plan.posts_where(
                    f"date = ? AND {free}", [day.isoformat(), self._last_id]
                )
        if day is not None and self._series:
            taken = (
                f"SELECT 1 FROM {named} WHERE uid = ? "
                f"UNION ALL SELECT 1 FROM {claimed} WHERE uid = ?"
            )
            for post in self._plan.posts_between(day, day):
                if post.virtual and not self._plan.conn.execute(taken, (post.uid,) * 2).fetchone():
                    posts.append(post)
        candidates: dict[tuple[Any, ...], list[Post]] = {}
        for post in posts:
            candidates.setdefault((post.time, post.channel_id, post.title), []).append(post)
        if len(self._days) >= self.DAYS_KEPT:
            del self._days[next(iter(self._days))]
        self._days[day] = candidates
        return candidates


# An exported occurrence may come back moved by up to this much; its uid still finds it.
OCCURRENCE_REACH = dt.timedelta(days=62)


class Occurrences:
    """The occurrences of the plan's series, by uid, near a day (a row naming one by its
    uid is an export of a series coming back), computed a month at a time."""

    BLOCK = 31
    BLOCKS_KEPT = 64

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._blocks: dict[int, dict[str, Post]] = {}

    def named(self, uid: str, day: dt.date) -> Post | None:
        first = (day - OCCURRENCE_REACH).toordinal() // self.BLOCK
        last = (day + OCCURRENCE_REACH).toordinal() // self.BLOCK
        for block in range(first, last + 1):
            found = self._block(block).get(uid)
            if found is not None:
                return found
        return None

    def _block(self, number: int) -> dict[str, Post]:
        found = self._blocks.get(number)
        if found is None:
            start = dt.date.fromordinal(max(number * self.BLOCK, 1))
            end = dt.date.fromordinal(number * self.BLOCK + self.BLOCK - 1)
            found = self._plan.occurrences_between(start, end)
            if len(self._blocks) >= self.BLOCKS_KEPT:
                del self._blocks[next(iter(self._blocks))]
            self._blocks[number] = found
        return found
