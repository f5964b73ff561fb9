"""Importing posts from CSV: all or nothing, at any size (PRODUCT.md §6).

The file is read once, row by row (:mod:`planner.csv_read`); each row is checked
(:mod:`planner.csv_cells`), matched against the plan (:mod:`planner.csv_matching`) and
handed on as it comes, a thousand rows at a time, so memory does not grow with the file.
Every problem in the file is found and named by line, column and reason; if there is any,
what was written is rolled back. Where the rows go:

- :func:`check_import` (``--dry-run``, the import dialog's report) writes nothing;
- :func:`import_csv` (the command line) writes into the plan, in one transaction, with
  no undo record;
- :func:`run_import`, for ``planner.actions.import_posts`` (the window), hands them to a
  :class:`Writer` that stages them (:mod:`planner.staging`) for one ``plan.apply`` that
  Edit ▸ Undo can reverse.

Rules that look at the whole file read it once more, only when a row needs them: the order
of numeric dates (:mod:`planner.date_order`) when the first date that needs an order comes
(a file of ISO dates never asks); the uids the file names, when a row without a uid is
first matched (it never matches a post another row names); the line where a repeated uid
first stands, when a file repeats one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from planner.channels import new_channel
from planner.csv_cells import DateCells, DatesRead, Row, cell_reader
from planner.csv_matching import (
    Matcher,
    NewPost,
    Occurrences,
    Tables,
    batches,
    first_lines,
    uids_json,
    unrepeated,
)
from planner.csv_read import CsvRows, CsvSource
from planner.date_order import ComputerOrder, DateOrder
from planner.errors import CsvImportError, Problem, ValidationError
from planner.model import Channel, FollowUp, Post, Status, field_problems, new_uid, post_problems
from planner.rows import (
    CHANNEL_FIELDS,
    POST_COLUMNS,
    POST_FIELDS,
    channel_tuple,
    new_post_row,
    time_text,
)
from planner.store import Plan


@dataclass
class ImportPreview:
    """What an import does (or would do): how many posts it creates, updates and leaves
    unchanged; the channels it makes (by the ids they get); how it read the dates."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_channels: dict[int, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    dates: DatesRead = field(default_factory=DatesRead)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    def summary(self) -> str:
        text = (
            f"{self.total} posts: {self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )
        if self.new_channels:
            text += f"; new channels: {', '.join(self.new_channels.values())}"
        if self.ignored_columns:
            text += f"; ignored columns: {', '.join(self.ignored_columns)}"
        return text


# Told, after each thousand rows, the share of the file read (0 to 1); it may raise to stop
# the import, which then writes nothing.
Progress = Callable[[float], None]


class Writer(Protocol):
    """Receives what the rows become (all of it is discarded if a row is refused)."""

    def channel(self, channel: Channel) -> None: ...

    def posts(self, created: list[tuple[Any, ...]], updated: list[tuple[Post, Post]]) -> None:
        """New posts as rows; changed ones as (before, after)."""


def check_import(
    plan: Plan,
    source: CsvSource,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Check every row and match it against the plan; raises :class:`CsvImportError` with
    every problem found, or returns what the import would do. Writes nothing.

    Numeric dates are read in ``order`` if given, else in the order the file's own dates
    show, else in the ``computer``'s (by default, the one its locale variables name)."""
    with _Scratch(plan, keep=False):
        return _Import(plan, source, order, computer, _Aside(None)).run(progress)


def import_csv(
    plan: Plan,
    source: CsvSource,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
) -> ImportPreview:
    """Check and write a CSV file in one transaction, all or nothing, without an undo
    record (the command line); returns what it did. See :func:`check_import`."""
    with plan.transaction(), plan.large_write():
        run = _Import(plan, source, order, computer, _IntoPlan(plan))
        # Into a plan without posts (or series to match), the indexes are built at the end.
        with plan.bulk_insert(when=not run.matching):
            return run.run()


def run_import(
    plan: Plan,
    source: CsvSource,
    writer: Writer,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Check the file and hand what its rows become to ``writer``; what it writes to the
    plan's temporary tables is committed when the whole file passes."""
    with _Scratch(plan, keep=True):
        return _Import(plan, source, order, computer, _Aside(writer)).run(progress)


class _Scratch:
    """Outside a transaction, the import's reads and temporary tables get one of their
    own: rolled back after a check, committed when they hold staged posts (``keep``)."""

    def __init__(self, plan: Plan, *, keep: bool) -> None:
        self._conn = plan.conn
        self._keep = keep
        self._own = False

    def __enter__(self) -> None:
        self._own = not self._conn.in_transaction
        if self._own:
            self._conn.execute("BEGIN")

    def __exit__(self, error: type[BaseException] | None, *_rest: object) -> None:
        if self._own:
            if self._keep and error is None:
                self._conn.commit()
            else:
                self._conn.rollback()


# -- where the rows go --------------------------------------------------------------------


class _Outlet(Protocol):
    # Whether the new posts' uids are stored where a repeated one is refused by itself.
    stores_uids: bool

    def channel(self, channel: Channel) -> None: ...

    def posts(self, created: list[NewPost], updated: list[tuple[Post, Post]]) -> list[NewPost]:
        """Write the posts; returns the new ones refused, whose uid an earlier row gave."""


class _IntoPlan:
    """Straight into the plan's tables, in the caller's transaction. A new post whose uid
    an earlier row gave is left out by the posts' unique uids: the usual file, without
    one, pays nothing to find it."""

    stores_uids = True

    def __init__(self, plan: Plan) -> None:
        self._conn = plan.conn
        self._plan = plan

    def channel(self, channel: Channel) -> None:
        self._conn.execute(_INSERT_CHANNEL, channel_tuple(channel))

    def posts(self, created: list[NewPost], updated: list[tuple[Post, Post]]) -> list[NewPost]:
        inserted = self._conn.executemany(_INSERT_NEW, [row for _line, _uid, row in created])
        refused = []
        if inserted.rowcount != len(created):
            refused = self._left_out(created, inserted.rowcount)
        if updated:
            self._plan.put_posts(after for _before, after in updated)
        return refused

    def _left_out(self, created: list[NewPost], inserted: int) -> list[NewPost]:
        """The new posts the insert left out, their uid being taken: the rows just
        inserted took the ``inserted`` highest ids; a uid stored under a lower id, or
        given twice in ``created``, was taken before."""
        (last,) = self._conn.execute("SELECT max(id) FROM posts").fetchone()
        given = [uid for _line, uid, _row in created if uid]
        ids = dict(self._conn.execute(_IDS_OF, [uids_json(given)]).fetchall())
        taken = {uid for uid, post_id in ids.items() if post_id <= last - inserted}
        _kept, refused = unrepeated(created, taken)
        if len(refused) != len(created) - inserted:  # a row refused for another reason
            raise ValidationError("not saved: the plan refused a post of the file")
        return refused


class _Aside:
    """For a check, or for a :class:`Writer` (staging): the plan's posts are left alone."""

    stores_uids = False

    def __init__(self, writer: Writer | None) -> None:
        self._writer = writer

    def channel(self, channel: Channel) -> None:
        if self._writer is not None:
            self._writer.channel(channel)

    def posts(self, created: list[NewPost], updated: list[tuple[Post, Post]]) -> list[NewPost]:
        if self._writer is not None:
            self._writer.posts([row for _line, _uid, row in created], updated)
        return []


# A new post whose uid is taken is left out (every row is checked before, by the same
# rules as the table's).
_INSERT_NEW = (
    f"INSERT OR IGNORE INTO posts ({POST_COLUMNS}) VALUES ({', '.join('?' * len(POST_FIELDS))})"
)
_INSERT_CHANNEL = (
    f"INSERT INTO channels ({', '.join(CHANNEL_FIELDS)}) "
    f"VALUES ({', '.join('?' * len(CHANNEL_FIELDS))})"
)
_IDS_OF = "SELECT uid, id FROM posts WHERE uid IN (SELECT value FROM json_each(?))"


# -- one import ---------------------------------------------------------------------------


class _Import:
    """One run over a file: call :meth:`run` inside the transaction that holds its work."""

    def __init__(
        self,
        plan: Plan,
        source: CsvSource,
        order: DateOrder | None,
        computer: ComputerOrder | None,
        outlet: _Outlet,
    ) -> None:
        self.plan = plan
        self.source = source
        self.outlet = outlet
        self.problems: list[Problem] = []
        # Rows whose uid an earlier row gave, by line; their problem names the earlier line.
        self.repeated: list[tuple[int, str]] = []
        self.preview = ImportPreview()
        self.dates = DateCells(source, order, computer)
        self.channels = _ChannelIds(plan, self.preview, outlet)
        (last_id,) = plan.conn.execute("SELECT max(id) FROM posts").fetchone()
        # Rows are matched only against the posts there were before the import.
        self.last_id: int = last_id or 0
        self.occurrences = Occurrences(plan) if plan.has_series() else None
        # Whether a row may change a post the plan has (else every row is a new post).
        self.matching = bool(self.last_id or self.occurrences)
        # Whether a refused row gave a uid (a later row giving it again is refused too).
        self.refused_uids = False
        self._pending: list[tuple[int, str]] = []  # those of this chunk

    def run(self, progress: Progress | None = None) -> ImportPreview:
        with CsvRows(self.source, self.problems) as rows:
            self.tables = Tables(self.plan.conn, self.source, rows.header)
            try:
                self.matcher = Matcher(self.plan, self.tables, self.last_id)
                self.preview.ignored_columns = rows.header.ignored
                read = cell_reader(rows.header, self.dates)
                for chunk in batches(rows):
                    self._take([read(line, cells) for line, cells in chunk])
                    if progress is not None:
                        progress(rows.share_read())
            finally:
                self.tables.drop()
        self.preview.dates = self.dates.read
        if self.repeated:
            first = first_lines(self.source, {uid for _line, uid in self.repeated})
            self.problems += [
                Problem(line, "uid", f"the same uid is already on line {first.get(uid, '?')}")
                for line, uid in self.repeated
            ]
        if self.problems:
            raise CsvImportError(sorted(self.problems, key=lambda problem: problem.line))
        return self.preview

    def _take(self, rows: list[Row]) -> None:
        created: list[NewPost] = []
        updated: list[tuple[Post, Post]] = []
        for row in rows:
            if row.problems:
                self._refuse(row, row.problems)
                continue
            before = self._before(row) if self.matching else None
            channel_id = self.channels.id_for(row.channel) if row.channel is not None else None
            if before is None:
                made = _new_row(row, channel_id)
                if isinstance(made, tuple):
                    created.append((row.line, row.uid, made))
                    continue
                problems = made
            elif row.uid is not None and not self.tables.claim(row.uid):
                self.repeated.append((row.line, row.uid))
                continue
            else:
                after = _merged(row, before, channel_id)
                problems = post_problems(after)
                if not problems:
                    if after == before:
                        self.preview.unchanged += 1
                    else:
                        # An occurrence of a series the file changes is stored, edited by hand.
                        updated.append((before, replace(after, virtual=False)))
                        self.preview.updated += 1
                    continue
            self._refuse(row, [Problem(row.line, column, reason) for column, reason in problems])
        refused: list[NewPost] = []
        if not self.outlet.stores_uids or self.refused_uids:
            created, refused = self.tables.claim_new(created)
        rejected = self.outlet.posts(created, updated)
        self.preview.created += len(created) - len(rejected)
        self.repeated += [(line, uid) for line, uid, _row in refused + rejected if uid]
        # A refused row's uid stays taken too: a later row giving it again is named.
        for line, uid in self._pending:
            if not self.tables.claim(uid):
                self.repeated.append((line, uid))
        self._pending.clear()

    def _refuse(self, row: Row, problems: list[Problem]) -> None:
        self.problems += problems
        if row.uid is not None:
            self.refused_uids = True
            self._pending.append((row.line, row.uid))

    def _before(self, row: Row) -> Post | None:
        """The post of the plan the row changes: the one its uid names (a stored post, or
        an occurrence of a series), or the one it matches; None for a new post."""
        if row.uid is None:
            return self.matcher.match(row, self.channels.lookup(row.channel or ""))
        if self.last_id:
            found = self.plan.posts_where("uid = ? AND id <= ?", [row.uid, self.last_id])
            if found:
                return found[0]
        if self.occurrences and row.values.get("date"):
            return self.occurrences.named(row.uid, row.values["date"])
        return None


def _new_row(row: Row, channel_id: int | None) -> tuple[Any, ...] | list[tuple[str, str]]:
    """The stored row of the new post a row describes, or its problems."""
    values = row.values
    day = values.get("date")
    time = values.get("time")
    status = values.get("status") or (Status.DRAFT if day else Status.IDEA)
    problems = field_problems(values["title"], day, time, status, values.get("conversations", 0))
    if problems:
        return problems
    fields = dict(values)
    fields.update(
        uid=row.uid or new_uid(),
        channel_id=channel_id,
        content_type=values["content_type"].value,
        date=day.isoformat() if day else None,
        time=time_text(time),
        status=status.value,
    )
    if "tags" in values:
        fields["tags"] = ", ".join(values["tags"])
    if "followup_done" in values:
        fields["followup_done"] = int(values["followup_done"])
    return new_post_row(fields)


_FOLLOWUP_FIELDS = {
    "followup_done": "done",
    "followup_note": "note",
    "conversations": "conversations",
}


def _merged(row: Row, before: Post, channel_id: int | None) -> Post:
    """The row's values over the post ``before``."""
    given = row.values
    values = {key: value for key, value in given.items() if key not in _FOLLOWUP_FIELDS}
    status = values.pop("status", None)
    if channel_id is not None:
        values["channel_id"] = channel_id
    merged = {**vars(before), **values}
    followup = {name: given[column] for column, name in _FOLLOWUP_FIELDS.items() if column in given}
    if followup:
        merged["followup"] = FollowUp(**{**vars(before.followup), **followup})
    if merged.get("date") is None and "time" not in values:
        merged["time"] = None  # the row made it an idea; its old time goes too
    if status is not None:
        merged["status"] = status
    elif "status" in given:
        # An empty status means draft, or idea for a post without a date.
        merged["status"] = Status.DRAFT if merged.get("date") else Status.IDEA
    return Post(**merged)


class _ChannelIds:
    """Channel ids by name; a name the plan lacks makes its channel (with the next id)."""

    def __init__(self, plan: Plan, preview: ImportPreview, outlet: _Outlet) -> None:
        self._ids = {c.name.casefold(): c.id for c in plan.channels()}
        self._next = plan.new_channel_id()
        self._preview = preview
        self._outlet = outlet

    def id_for(self, name: str) -> int:
        key = name.casefold()
        found = self._ids.get(key)
        if found is None:
            channel = new_channel(self._next, name)
            self._next += 1
            self._preview.new_channels[channel.id] = channel.name
            self._outlet.channel(channel)
            self._ids[key] = found = channel.id
        return found

    def lookup(self, name: str) -> int | None:
        return self._ids.get(name.casefold())
