"""Posts set aside for a change too large to hold in memory: a temporary table of the
plan's connection, which SQLite keeps on disk and drops when the plan is closed. A large
import stages its posts here; ``plan.apply`` writes them, and writes them back for the
undo, each as a few SQL statements over the whole table."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from planner.model import Channel, Post
from planner.rows import ON_SAME_UID, POST_COLUMNS, POST_FIELDS, post_tuple


@dataclass(frozen=True)
class StagedPosts:
    """Posts a change saves and replaces that are too many to hold in memory (a large
    import): set aside in ``table``, a temporary table of the plan's connection (SQLite
    keeps it on disk), with the posts as they were ("before") and as the change saves them
    ("after"). ``plan.apply`` writes them in its transaction; ``reverse`` swaps the sides,
    for the undo. ``dated`` and ``undated`` say which posts it holds, for the views."""

    table: str
    dated: bool
    undated: bool
    reverse: bool = False


BEFORE, AFTER = 0, 1
DATE = POST_FIELDS.index("date")
_numbers = itertools.count(1)


def staging_table(conn: sqlite3.Connection) -> str:
    """A new, empty table to stage posts in; its name."""
    table = f"temp.staged_posts_{next(_numbers)}"
    conn.execute(
        f"CREATE TABLE {table} (side INTEGER NOT NULL, virtual INTEGER NOT NULL, {POST_COLUMNS})"
    )
    return table


def stage(
    conn: sqlite3.Connection,
    table: str,
    after: Iterable[Sequence[Any]],
    before: Iterable[Post],
) -> None:
    """Set aside post rows as a change saves them, and the posts they replace as they were
    (a computed occurrence of a series is marked virtual: undone, it is computed again)."""
    marks = ", ".join("?" * (len(POST_FIELDS) + 2))
    insert = f"INSERT INTO {table} VALUES ({marks})"
    conn.executemany(insert, ((AFTER, 0, *row) for row in after))
    conn.executemany(insert, ((BEFORE, int(p.virtual), *post_tuple(p)) for p in before))


def apply_staged(conn: sqlite3.Connection, staged: StagedPosts) -> None:
    """What :meth:`Plan.apply` does with posts before and after, for staged ones: deletes
    the posts only before, and stored ones replaced by a computed occurrence; saves the
    others. Runs inside the caller's transaction."""
    table = staged.table
    before, after = (AFTER, BEFORE) if staged.reverse else (BEFORE, AFTER)
    conn.execute(
        f"DELETE FROM posts WHERE uid IN (SELECT uid FROM {table} WHERE side = ? "
        f"EXCEPT SELECT uid FROM {table} WHERE side = ?)",
        (before, after),
    )
    conn.execute(
        f"DELETE FROM posts WHERE uid IN (SELECT uid FROM {table} WHERE side = ? AND virtual)",
        (after,),
    )
    conn.execute(
        f"INSERT INTO posts ({POST_COLUMNS}) SELECT {POST_COLUMNS} FROM {table} "
        f"WHERE side = ? AND NOT virtual {ON_SAME_UID}",
        (after,),
    )


class Stager:
    """Stages what an import's rows become (see ``planner.csv_import.Writer``): the posts
    in a staging table, made when the first come; the channels, few, in a list."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.channels: list[Channel] = []
        self._table = ""
        self._dated = self._undated = False

    def channel(self, channel: Channel) -> None:
        self.channels.append(channel)

    def posts(self, created: list[tuple[Any, ...]], updated: list[tuple[Post, Post]]) -> None:
        if not (created or updated):
            return
        if not self._table:
            self._table = staging_table(self._conn)
        after = [*created, *(post_tuple(post) for _before, post in updated)]
        stage(self._conn, self._table, after, [before for before, _after in updated])
        for row in after:  # the date: None for an idea
            if row[DATE] is None:
                self._undated = True
            else:
                self._dated = True

    def staged(self) -> StagedPosts | None:
        """The posts staged, if any."""
        if not self._table:
            return None
        return StagedPosts(self._table, self._dated, self._undated)
