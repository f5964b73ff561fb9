"""Importing posts from CSV: all or nothing, at any size (PRODUCT.md §6).

The file is read once, row by row (:mod:`planner.csv_read`); each row is checked
(:mod:`planner.csv_cells`), matched against the plan (:mod:`planner.csv_matching`) and
handed on as it comes, so memory does not grow with the file. Every problem in the file is
found and named by line, column and reason; from the first one on nothing more is written,
and what was written is rolled back. Where the rows go:

- :func:`check_import` (``--dry-run``, the import dialog's report) writes nothing;
- :func:`import_csv` (the command line) writes into the plan, in one transaction, with
  no undo record;
- ``planner.actions.import_posts`` (the window) stages them (:mod:`planner.staging`) for
  one ``plan.apply`` that Edit ▸ Undo can reverse.

Two rules look at the whole file; each is settled by reading it once more, only when a row
needs it. The order of numeric dates (:mod:`planner.date_order`) is settled by the first
date only one order reads: at the first date that needs an order (a file of ISO dates never
asks), the file's dates are read from the start. A row without a uid matches the post with
the same date, time, channel and title, but never one another row names by its uid: at
the first such match, the file's uids are read into a table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from planner.channels import new_channel
from planner.csv_cells import DateCells, DatesRead, Row, cell_reader
from planner.csv_matching import Matcher, Occurrences, Tables, batches
from planner.csv_read import CsvRows, CsvSource
from planner.date_order import ComputerOrder, DateOrder
from planner.errors import CsvImportError, Problem
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


# -- where the rows go --------------------------------------------------------------------


class Writer(Protocol):
    """Receives what the rows become, as long as no row was refused."""

    def channel(self, channel: Channel) -> None: ...

    def posts(self, created: list[tuple[Any, ...]], updated: list[tuple[Post, Post]]) -> None:
        """New posts as rows; changed ones as (before, after)."""


class _Nothing:
    def channel(self, channel: Channel) -> None:
        pass

    def posts(self, created: list[tuple[Any, ...]], updated: list[tuple[Post, Post]]) -> None:
        pass


def check_import(
    plan: Plan,
    source: CsvSource,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
) -> ImportPreview:
    """Check every row and match it against the plan; raises :class:`CsvImportError` with
    every problem found, or returns what the import would do. Writes nothing.

    Numeric dates are read in ``order`` if given, else in the order the file's own dates
    show, else in the ``computer``'s (by default, the one its locale variables name)."""
    with _Scratch(plan, keep=False):
        return _Import(plan, source, order, computer, _Nothing()).run()


def import_csv(
    plan: Plan,
    source: CsvSource,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
) -> ImportPreview:
    """Check and write a CSV file in one transaction, all or nothing, without an undo
    record (the command line); returns what it did. See :func:`check_import`."""
    with plan.transaction():
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
) -> ImportPreview:
    """Check the file and hand what its rows become to ``writer``, committing what the
    import writes to the plan's temporary tables (``planner.actions.import_posts``)."""
    with _Scratch(plan, keep=True):
        return _Import(plan, source, order, computer, writer).run()


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


class _IntoPlan:
    """Straight into the plan's tables, inside the caller's transaction."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan

    def channel(self, channel: Channel) -> None:
        self._plan.conn.execute(_INSERT_CHANNEL, channel_tuple(channel))

    def posts(self, created: list[tuple[Any, ...]], updated: list[tuple[Post, Post]]) -> None:
        self._plan.conn.executemany(_INSERT_POST, created)
        if updated:
            self._plan.put_posts(after for _before, after in updated)


_INSERT_POST = f"INSERT INTO posts ({POST_COLUMNS}) VALUES ({', '.join('?' * len(POST_FIELDS))})"
_INSERT_CHANNEL = (
    f"INSERT INTO channels ({', '.join(CHANNEL_FIELDS)}) "
    f"VALUES ({', '.join('?' * len(CHANNEL_FIELDS))})"
)

# -- one import ---------------------------------------------------------------------------


class _Import:
    """One run over a file, for :func:`check_import`, :func:`import_csv` and
    :func:`run_import`: call :meth:`run` inside the transaction that holds its work."""

    def __init__(
        self,
        plan: Plan,
        source: CsvSource,
        order: DateOrder | None,
        computer: ComputerOrder | None,
        writer: Writer,
    ) -> None:
        self.plan = plan
        self.source = source
        self.writer = writer
        self.problems: list[Problem] = []
        self.preview = ImportPreview()
        self.dates = DateCells(source, order, computer)
        self.channels = _ChannelIds(plan, self)
        (last_id,) = plan.conn.execute("SELECT max(id) FROM posts").fetchone()
        # Rows are matched only against the posts there were before the import.
        self.last_id: int = last_id or 0
        self.occurrences = Occurrences(plan) if plan.has_series() else None
        # Whether a row may change a post the plan has (else every row is a new post).
        self.matching = bool(self.last_id or self.occurrences)

    @property
    def writing(self) -> bool:
        return not self.problems

    def run(self) -> ImportPreview:
        with CsvRows(self.source, self.problems) as rows:
            self.tables = Tables(self.plan.conn, self.source, rows.header)
            try:
                self.matcher = Matcher(self.plan, self.tables, self.last_id)
                self.preview.ignored_columns = rows.header.ignored
                read = cell_reader(rows.header, self.dates)
                for chunk in batches(rows):
                    self._take([read(line, cells) for line, cells in chunk])
            finally:
                self.tables.drop()
        self.preview.dates = self.dates.read
        if self.problems:
            raise CsvImportError(sorted(self.problems, key=lambda problem: problem.line))
        return self.preview

    def _take(self, read: list[Row | list[Problem]]) -> None:
        rows = []
        for row in read:
            if isinstance(row, Row):
                rows.append(row)
            else:
                self.problems += row
        self._check_repeated_uids(rows)
        created: list[tuple[Any, ...]] = []
        updated: list[tuple[Post, Post]] = []
        for row in rows:
            if row.bad:
                continue
            before = self._before(row) if self.matching else None
            channel_id = self.channels.id_for(row.channel) if row.channel is not None else None
            if before is None:
                made = _new_row(row, channel_id)
                if isinstance(made, tuple):
                    created.append(made)
                    self.preview.created += 1
                    continue
                problems = made
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
            self.problems += [Problem(row.line, column, reason) for column, reason in problems]
        if self.writing:
            self.writer.posts(created, updated)

    def _check_repeated_uids(self, rows: list[Row]) -> None:
        for row, first in self.tables.repeated([r for r in rows if r.uid]):
            row.bad = True
            reason = f"the same uid is already on line {first}"
            self.problems.append(Problem(row.line, "uid", reason))

    def _before(self, row: Row) -> Post | None:
        """The post of the plan the row changes: the one its uid names (a stored post, or
        an occurrence of a series), or the one it matches; None for a new post."""
        if row.uid is None:
            return self.matcher.match(row, self.channels.lookup(row.channel or ""))
        if self.last_id:
            found = self.plan.find_posts([row.uid]).get(row.uid)
            if found is not None:
                return found
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

    def __init__(self, plan: Plan, run: _Import) -> None:
        self._ids = {c.name.casefold(): c.id for c in plan.channels()}
        self._next = plan.new_channel_id()
        self._run = run

    def id_for(self, name: str) -> int:
        key = name.casefold()
        found = self._ids.get(key)
        if found is None:
            channel = new_channel(self._next, name)
            self._next += 1
            self._run.preview.new_channels[channel.id] = channel.name
            if self._run.writing:
                self._run.writer.channel(channel)
            self._ids[key] = found = channel.id
        return found

    def lookup(self, name: str) -> int | None:
        return self._ids.get(name.casefold())
