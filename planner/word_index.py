"""A word index of the listed posts, so that a word typed in the List view's filter finds
its few posts without reading every post of a large plan.

The index is SQLite's FTS5 trigram table over each post's searchable text, folded as the
filter folds it (``planner.post_list.fold``), in the ``temp`` schema of one connection: it
lives in a temporary file beside no plan, is never written to the plan, and works on a
read-only plan. It is made only when a search first asks for it, a slice at a time (the
caller answers queries between slices), and made again once the plan has changed since
(``PRAGMA data_version``) or the listed series have.

It narrows, never decides: :meth:`WordIndex.candidates` gives the posts whose text holds a
word when they are few, and the list's own conditions still choose among them. A word
that most posts hold is no use narrowing by; the list reads those in its order and stops
at the first page.
"""

from __future__ import annotations

import sqlite3
from array import array

TABLE = "temp.listed_words"
SLICE = 20_000  # posts indexed per step: about a fifth of a second
SHORTEST = 3  # a trigram index finds words of three characters or more
_WILD = ("%", "_", "\\")


class WordIndex:
    def __init__(self, conn: sqlite3.Connection, source: str = "posts") -> None:
        """``conn`` has ``fold`` registered; ``source`` is the table (or sub-query) of the
        listed posts, with their ``id`` and text columns."""
        self.conn = conn
        self.source = source
        self.usable = True  # False where this SQLite has no FTS5
        self._made_for: int | None = None  # the data version the index was made for
        self._next_id: int | None = None  # where the next slice starts (None: not begun)

    def set_source(self, source: str) -> None:
        """The listed posts changed shape (series added or gone): index again."""
        self.source = source
        self._made_for = None
        self._next_id = None

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def ready(self) -> bool:
        return self.usable and self._made_for is not None and self._made_for == self._version()

    def step(self) -> bool:
        """Index the next slice of posts; True once the index is whole and up to date."""
        if not self.usable:
            return True
        if self.ready:
            return True
        version = self._version()
        if self._next_id is None or self._building_for != version:
            if not self._start():
                return True
            self._building_for = version
        assert self._next_id is not None
        rows = self.conn.execute(
            f"SELECT id, fold(title || char(10) || tags || char(10) || notes || char(10) "
            f"|| body) FROM {self.source} WHERE id >= ? ORDER BY id LIMIT {SLICE}",
            (self._next_id,),
        ).fetchall()
        self.conn.executemany(f"INSERT INTO {TABLE}(rowid, text) VALUES (?, ?)", rows)
        self.conn.commit()  # the temporary table's own transaction; the plan is not written
        if len(rows) < SLICE:
            self._made_for, self._next_id = version, None
            return True
        self._next_id = rows[-1][0] + 1
        return False

    _building_for = -1

    def _start(self) -> bool:
        try:
            self.conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
            self.conn.execute(
                f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, tokenize='trigram', detail='none')"
            )
        except sqlite3.OperationalError:  # no FTS5 (or no trigram) in this SQLite
            self.usable = False
            return False
        # Series occurrences have negative ids: start below every one of them.
        self._next_id = -(2**62)
        return True

    def candidates(self, words: list[str], most: int) -> array[int] | None:
        """The ids of the posts whose text holds the rarest of ``words`` (folded), when at
        most ``most`` do; None when the index cannot tell (not ready, short words) or when
        more do."""
        if not self.ready:
            return None
        usable = [w for w in words if len(w) >= SHORTEST and not any(c in w for c in _WILD)]
        best: array[int] | None = None
        for word in usable:
            found = array(
                "q",
                (
                    row[0]
                    for row in self.conn.execute(
                        f"SELECT rowid FROM {TABLE} WHERE text LIKE ? LIMIT ?",
                        (f"%{word}%", most + 1),
                    )
                ),
            )
            if len(found) <= most and (best is None or len(found) < len(best)):
                best = found
        return best
