"""Reading posts from CSV: every row is checked first; the import is all or nothing.

Reading happens in three steps, so the window can show a report before anything is written:
:func:`read_csv` turns bytes into rows, :func:`preview_import` checks each row and matches
it against the plan, and ``planner.actions.import_posts`` turns the preview into one change
that is applied in one transaction.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from planner.channels import known_name, name_problem
from planner.csv_format import (
    COLUMNS,
    CONTENT_TYPE_NAMES,
    DELIMITERS,
    DONE_NAMES,
    MAX_CELL,
    REQUIRED_COLUMNS,
    STATUS_NAMES,
    TEXT_COLUMNS,
    column_key,
    column_label,
    unguard,
)
from planner.date_order import (
    ComputerOrder,
    DateOrder,
    OrderChoice,
    choose,
    computer_order,
    is_ambiguous,
    mismatch,
)
from planner.dateparse import ISO_DATE, parse_date, parse_time
from planner.errors import CsvImportError, Problem
from planner.model import (
    MAX_CONVERSATIONS,
    ContentType,
    FollowUp,
    Post,
    Status,
    new_uid,
    normalize_tags,
    post_problems,
)
from planner.store import Plan


@dataclass(frozen=True)
class CsvRow:
    line: int
    cells: dict[str, str]  # only the columns the file has


@dataclass(frozen=True)
class CsvFile:
    rows: list[CsvRow]
    ignored_columns: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    """What an import would do. Posts for channels the plan lacks carry the ids those
    channels will get, listed with their names in ``new_channels``."""

    created: list[Post] = field(default_factory=list)
    updated: list[tuple[Post, Post]] = field(default_factory=list)  # (before, after)
    unchanged: list[Post] = field(default_factory=list)
    new_channels: dict[int, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    # Each date as written (other than ISO) and the day read from it, in file order.
    dates_read: dict[str, dt.date] = field(default_factory=dict)
    # The order numeric dates were read in, when one of them reads both ways (09/12/2026).
    date_order: OrderChoice | None = None
    ambiguous_date: str = ""

    @property
    def total(self) -> int:
        return len(self.created) + len(self.updated) + len(self.unchanged)

    def summary(self) -> str:
        text = (
            f"{self.total} posts: {len(self.created)} new, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged"
        )
        if self.new_channels:
            text += f"; new channels: {', '.join(self.new_channels.values())}"
        if self.ignored_columns:
            text += f"; ignored columns: {', '.join(self.ignored_columns)}"
        return text


# -- reading the file ---------------------------------------------------------------------


def read_csv(data: bytes) -> CsvFile:
    """Rows of a CSV file with a header, with ``,``, ``;`` or tab between cells."""
    text = _decode(data)
    if not text.strip():
        raise CsvImportError([Problem(1, None, "the file is empty")])
    if text.lstrip()[:1] in ("{", "["):
        # A JSON file chosen by mistake, often one long line: say so, not "bad CSV".
        reason = f"this is JSON, not CSV; the first line names the columns: {','.join(COLUMNS)}"
        raise CsvImportError([Problem(1, column_label(0), reason)])
    with _cells_of_any_length():
        delimiter = _detect_delimiter(text.splitlines()[0])
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        try:
            header = next(reader)
            columns = _read_header(header)
            rows = _read_rows(reader, columns)
        except csv.Error as error:
            problem = Problem(max(reader.line_num, 1), None, _csv_reason(error))
            raise CsvImportError([problem]) from None
    ignored = [cell.strip() for cell, key in zip(header, columns, strict=True) if key is None]
    return CsvFile(rows, ignored)


@contextmanager
def _cells_of_any_length() -> Iterator[None]:
    # Python's csv stops at a long cell without saying which one; read every length, then
    # name the line and column of any cell over MAX_CELL like every other bad cell.
    limit = csv.field_size_limit(2**31 - 1)
    try:
        yield
    finally:
        csv.field_size_limit(limit)


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise CsvImportError([Problem(1, None, "the file is damaged UTF-16 text")]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start]
        reason = (
            f"the file is not UTF-8 text (byte 0x{byte:02X}); in your spreadsheet, save it "
            'as "CSV UTF-8" and import it again'
        )
        raise CsvImportError([Problem(line, None, reason)]) from None


def _detect_delimiter(first_line: str) -> str:
    def known_columns(delimiter: str) -> int:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(column_key(cell) in COLUMNS for cell in cells)

    return max(DELIMITERS, key=known_columns)  # ties keep the first: a comma


def _read_header(header: list[str]) -> list[str | None]:
    """The column name of each header cell: None for a column we do not know, ``""`` for
    a header cell left blank."""
    for index, cell in enumerate(header):
        if len(cell) > MAX_CELL:
            reason = f"{_TOO_LONG}; the first line names the columns: {','.join(COLUMNS)}"
            raise CsvImportError([Problem(1, column_label(index), reason)])
    keys = [column_key(cell) for cell in header]
    problems = []
    for key in sorted({k for k in keys if k in COLUMNS and keys.count(k) > 1}):
        problems.append(Problem(1, key, "this column appears more than once"))
    missing = [c for c in REQUIRED_COLUMNS if c not in keys]
    if missing:
        reason = (
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; "
            f"the first line names the columns: {','.join(COLUMNS)}"
        )
        problems.append(Problem(1, None, reason))
    if problems:
        raise CsvImportError(problems)
    return [key if key in COLUMNS or not key else None for key in keys]


_TOO_LONG = f"a cell is longer than {MAX_CELL:,} characters"


def _read_rows(reader: Any, columns: list[str | None]) -> list[CsvRow]:
    rows, problems = [], []
    line = reader.line_num
    for cells in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, and rows a spreadsheet leaves with only separators
        found = _cell_problems(start, cells, columns)
        if found:
            problems += found
            continue
        # Rows may end early, or run on with blank cells: one cell per column.
        padded = cells[: len(columns)] + [""] * (len(columns) - len(cells))
        rows.append(
            CsvRow(start, {key: cell for key, cell in zip(columns, padded, strict=True) if key})
        )
    if problems:
        raise CsvImportError(problems)
    return rows


def _cell_problems(line: int, cells: list[str], columns: list[str | None]) -> list[Problem]:
    """What keeps a row's cells from being read at all (checked before their values)."""
    if any(cell.strip() for cell in cells[len(columns) :]):
        reason = f"{len(cells)} cells, but the header names {len(columns)} columns"
        return [Problem(line, None, reason)]
    problems = []
    if max(map(len, cells)) > MAX_CELL:
        problems += [
            Problem(line, key or column_label(index), _TOO_LONG)
            for index, (key, cell) in enumerate(zip(columns, cells, strict=False))
            if len(cell) > MAX_CELL
        ]
    for index, (key, cell) in enumerate(zip(columns, cells, strict=False)):
        if key == "" and cell.strip() and len(cell) <= MAX_CELL:
            # A spreadsheet that split a cell shifts the values after it under a header
            # cell it adds without a name: reading on would import them in wrong columns.
            reason = f"{_shown(cell)} stands under a column with no name in the first line"
            problems.append(Problem(line, column_label(index), reason))
            break
    return problems


def _shown(cell: str) -> str:
    """A cell quoted in a message, shortened when long."""
    text = cell.strip()
    return repr(text if len(text) <= 40 else f"{text[:30]}…{text[-6:]}")


def _csv_reason(error: csv.Error) -> str:
    return f"the file is not valid CSV here ({error})"


# -- checking rows against the plan -------------------------------------------------------


@dataclass
class _Fields:
    """The values a row gives (only for the columns the file has), or its problems."""

    line: int
    values: dict[str, Any] = field(default_factory=dict)
    channel: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def fail(self, column: str, reason: str) -> None:
        self.problems.append(Problem(self.line, column, reason))


def _parse_cells(row: CsvRow, dates: OrderChoice) -> _Fields:
    parsed = _Fields(row.line)
    values = parsed.values
    for column, cell in row.cells.items():
        if column in TEXT_COLUMNS:
            cell = unguard(cell)
        parser = _CELL_PARSERS.get(column)
        if parser is None:
            values[column] = cell
            continue
        try:
            values[column] = parser(cell, dates.dayfirst)
        except ValueError as error:
            reason = mismatch(cell, dates) if column == "date" else None
            parsed.fail(column, reason or str(error))
    if "channel" in values:
        parsed.channel = values.pop("channel")
    return parsed


# A uid as this app writes it; any other spelling of a UUID is read through uuid.UUID.
_CANONICAL_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _parse_uid(cell: str, _dayfirst: bool) -> str | None:
    cell = cell.strip()
    if not cell:
        return None
    if _CANONICAL_UID.fullmatch(cell):
        return cell
    try:
        return str(uuid.UUID(cell))
    except ValueError:
        raise ValueError(f"{cell!r} is not a uid (leave it empty for a new post)") from None


def _parse_optional_date(cell: str, dayfirst: bool) -> object:
    return parse_date(cell, dayfirst=dayfirst) if cell.strip() else None


def _parse_optional_time(cell: str, _dayfirst: bool) -> object:
    return parse_time(cell) if cell.strip() else None


def _parse_channel(cell: str, _dayfirst: bool) -> str:
    name = cell.strip()
    if not name:
        raise ValueError("a channel is required")
    problem = name_problem(name)
    if problem:
        raise ValueError(problem)
    return name


def _parse_content_type(cell: str, _dayfirst: bool) -> ContentType:
    key = cell.strip().lower()
    if key in CONTENT_TYPE_NAMES:
        return CONTENT_TYPE_NAMES[key]
    if not key:
        raise ValueError("a content type is required (promotional, value or conversation)")
    raise ValueError(f"{cell.strip()!r} is not a content type (promotional, value or conversation)")


def _parse_status(cell: str, _dayfirst: bool) -> Status | None:
    key = cell.strip().lower()
    if not key:
        return None
    if key in STATUS_NAMES:
        return STATUS_NAMES[key]
    raise ValueError(f"{cell.strip()!r} is not a status (idea, draft, scheduled or published)")


def _parse_tags(cell: str, _dayfirst: bool) -> tuple[str, ...]:
    return normalize_tags(cell)


def _parse_done(cell: str, _dayfirst: bool) -> bool:
    key = cell.strip().lower()
    if key in DONE_NAMES:
        return DONE_NAMES[key]
    raise ValueError(f"{cell.strip()!r} is not yes or no")


def _parse_conversations(cell: str, _dayfirst: bool) -> int:
    text = cell.strip()
    if not text:
        return 0
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"{text!r} is not a number of conversations (0 or more)")
    if len(text) > len(str(MAX_CONVERSATIONS)) or int(text) > MAX_CONVERSATIONS:
        raise ValueError(f"{_shown(text)} is more than {MAX_CONVERSATIONS:,} conversations")
    return int(text)


_CELL_PARSERS = {
    "uid": _parse_uid,
    "date": _parse_optional_date,
    "time": _parse_optional_time,
    "channel": _parse_channel,
    "content_type": _parse_content_type,
    "status": _parse_status,
    "tags": _parse_tags,
    "followup_done": _parse_done,
    "conversations": _parse_conversations,
}


def preview_import(
    plan: Plan,
    csv_file: CsvFile,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
) -> ImportPreview:
    """Check every row and match it against the plan; raises :class:`CsvImportError` with
    every problem found, or returns what the import would do. Writes nothing.

    Numeric dates are read in ``order`` if given, else in the order the file's own dates
    show, else in the ``computer``'s (by default, the one its locale variables name)."""
    written = [(f"line {row.line}", row.cells.get("date", "")) for row in csv_file.rows]
    dates = choose(order, written, computer or computer_order())
    parsed = [_parse_cells(row, dates) for row in csv_file.rows]
    problems = [problem for fields in parsed for problem in fields.problems]
    _check_repeated_uids(parsed, problems)
    preview = ImportPreview(ignored_columns=list(csv_file.ignored_columns))
    _note_dates(preview, written, parsed, dates)
    existing = plan.find_posts(f.values["uid"] for f in parsed if f.values.get("uid"))
    existing.update(_occurrences_named(plan, parsed, existing))
    unmatched = [f for f in parsed if not f.values.get("uid")]
    matcher = _ContentMatcher(plan, unmatched, taken=set(existing))
    channel_ids = _ChannelIds(plan, preview)
    for fields in parsed:
        if fields.problems:
            continue
        uid = fields.values.get("uid")
        before = existing.get(uid) if uid else matcher.match(fields, channel_ids)
        after = _build_post(fields, before, uid, channel_ids)
        row_problems = [Problem(fields.line, f, reason) for f, reason in post_problems(after)]
        if row_problems:
            problems.extend(row_problems)
        elif before is None:
            preview.created.append(after)
        elif before == after:
            preview.unchanged.append(before)
        else:
            # An occurrence of a series that the file changes is stored, edited by hand.
            preview.updated.append((before, replace(after, virtual=False)))
    if problems:
        raise CsvImportError(sorted(problems, key=lambda p: p.line))
    return preview


def _note_dates(
    preview: ImportPreview,
    written: list[tuple[str, str]],
    parsed: list[_Fields],
    dates: OrderChoice,
) -> None:
    """Keep each date as written and as read, for the report; and the order, if a date
    could be read both ways."""
    seen: set[str] = set()
    for (_where, text), fields in zip(written, parsed, strict=True):
        day = fields.values.get("date")
        if day is None or text in seen:
            continue
        seen.add(text)
        if ISO_DATE.fullmatch(text.strip()):
            continue
        preview.dates_read[text.strip()] = day
        if preview.date_order is None and is_ambiguous(text):
            preview.date_order, preview.ambiguous_date = dates, text


# An exported occurrence may come back moved by up to this much; its uid still finds it.
OCCURRENCE_REACH = dt.timedelta(days=62)


def _occurrences_named(
    plan: Plan, parsed: list[_Fields], known: dict[str, Post]
) -> dict[str, Post]:
    """The series occurrences that rows name by uid (an export of a series, coming back)."""
    rows = [f for f in parsed if f.values.get("uid") and f.values["uid"] not in known]
    dates = [f.values["date"] for f in rows if f.values.get("date")]
    if not dates:
        return {}
    found = plan.occurrences_between(min(dates) - OCCURRENCE_REACH, max(dates) + OCCURRENCE_REACH)
    return {f.values["uid"]: found[f.values["uid"]] for f in rows if f.values["uid"] in found}


def _check_repeated_uids(parsed: list[_Fields], problems: list[Problem]) -> None:
    first_line: dict[str, int] = {}
    for fields in parsed:
        uid = fields.values.get("uid")
        if not uid:
            continue
        if uid in first_line:
            fields.fail("uid", f"the same uid is already on line {first_line[uid]}")
            problems.append(fields.problems[-1])
        else:
            first_line[uid] = fields.line


def _build_post(
    fields: _Fields, before: Post | None, uid: str | None, channel_ids: _ChannelIds
) -> Post:
    """The post a row describes: the row's values over ``before`` (or a new post)."""
    given = fields.values
    values = {key: value for key, value in given.items() if key in _POST_FIELDS}
    status = values.pop("status", None)
    if fields.channel is not None:
        values["channel_id"] = channel_ids.id_for(fields.channel)
    # One dict, one Post at the end: building a post per change would cost 100,000s.
    merged = {**vars(before), **values} if before else {"uid": uid or new_uid(), **values}
    followup = {name: given[column] for column, name in _FOLLOWUP_FIELDS.items() if column in given}
    if followup:
        kept = merged.get("followup")
        merged["followup"] = FollowUp(**({**vars(kept), **followup} if kept else followup))
    if merged.get("date") is None and "time" not in values:
        merged["time"] = None  # the row made it an idea; its old time goes too
    if status is not None:
        merged["status"] = status
    elif before is None or "status" in given:
        # An empty status means draft, or idea for a post without a date.
        merged["status"] = Status.DRAFT if merged.get("date") else Status.IDEA
    return Post(**merged)


_FOLLOWUP_FIELDS = {
    "followup_done": "done",
    "followup_note": "note",
    "conversations": "conversations",
}
_POST_FIELDS = frozenset(COLUMNS) - {"uid", "channel", *_FOLLOWUP_FIELDS} | {"channel_id"}


class _ChannelIds:
    """Channel ids by name; names the plan lacks get the ids their new channels will have."""

    def __init__(self, plan: Plan, preview: ImportPreview) -> None:
        self._ids = {c.name.casefold(): c.id for c in plan.channels()}
        self._first_new = plan.new_channel_id()
        self._preview = preview

    def id_for(self, name: str) -> int:
        key = name.casefold()
        if key not in self._ids:
            channel_id = self._first_new + len(self._preview.new_channels)
            self._preview.new_channels[channel_id] = known_name(name) or name
            self._ids[key] = channel_id
        return self._ids[key]

    def lookup(self, name: str) -> int | None:
        return self._ids.get(name.casefold())


class _ContentMatcher:
    """Finds the post a row without a uid already made, so importing the same file twice
    does not double it: same date, time, channel and title, each post matched once."""

    def __init__(self, plan: Plan, rows: list[_Fields], taken: set[str]) -> None:
        dates = [f.values["date"] for f in rows if f.values.get("date")]
        candidates: list[Post] = []
        if dates:
            candidates += plan.posts_between(min(dates), max(dates))
        if any(not f.values.get("date") for f in rows):
            candidates += plan.ideas()
        self._free: dict[tuple[Any, ...], list[Post]] = {}
        for post in candidates:
            if post.uid in taken:
                continue  # another row names this post by its uid
            key = (post.date, post.time, post.channel_id, post.title)
            self._free.setdefault(key, []).append(post)

    def match(self, fields: _Fields, channel_ids: _ChannelIds) -> Post | None:
        channel_id = channel_ids.lookup(fields.channel or "")
        values = fields.values
        key = (values.get("date"), values.get("time"), channel_id, values.get("title"))
        matches = self._free.get(key)
        return matches.pop(0) if matches else None


# -- writing ------------------------------------------------------------------------------


def import_csv(
    plan: Plan,
    data: bytes,
    *,
    order: DateOrder | None = None,
    computer: ComputerOrder | None = None,
) -> ImportPreview:
    """Read, check and write a CSV file in one go (all or nothing); returns what it did."""
    from planner.actions import import_posts

    preview = preview_import(plan, read_csv(data), order=order, computer=computer)
    plan.apply(import_posts(plan, preview).change)
    return preview
