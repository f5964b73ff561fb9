"""A CSV row's cells read into the values of a post (PRODUCT.md §6): each cell by its
column's rules, a problem named for each cell that cannot be read. Numeric dates are read
in the order that settles when the first of them comes (:class:`DateCells`)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

from planner.channels import name_problem
from planner.csv_format import CONTENT_TYPE_NAMES, DONE_NAMES, STATUS_NAMES, TEXT_COLUMNS, unguard
from planner.csv_read import CsvRows, CsvSource, Header, shown
from planner.date_order import (
    ComputerOrder,
    DateOrder,
    OrderChoice,
    Source,
    choose,
    computer_order,
    is_ambiguous,
    mismatch,
)
from planner.dateparse import ISO_DATE, parse_date, parse_time
from planner.errors import CsvImportError, Problem
from planner.model import MAX_CONVERSATIONS, ContentType, Status, normalize_tags

# The dates as written that a report lists (the others are counted).
DATES_KEPT = 100


@dataclass
class DatesRead:
    """How a file's dates were read, for the report: the first dates as written (other
    than ISO) with the day read from each, in file order, and how many others there were;
    the order numeric dates were read in, if one of them reads both ways (09/12/2026),
    with the first such date and its day."""

    dates: dict[str, dt.date] = field(default_factory=dict)
    more: int = 0
    order: OrderChoice | None = None
    ambiguous: str = ""
    ambiguous_day: dt.date | None = None


class Row:
    """A row's values (only for the columns the file has, and only the cells that could
    be read), its uid and channel name, and the problems of the cells that could not."""

    __slots__ = ("channel", "line", "problems", "uid", "values")

    def __init__(self, line: int, values: dict[str, Any], problems: list[Problem]) -> None:
        self.line = line
        self.values = values
        self.problems = problems
        self.uid: str | None = values.pop("uid", None)
        self.channel: str | None = values.pop("channel", None)


# A uid as this app writes it; any other spelling of a UUID is read through uuid.UUID.
_CANONICAL_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def parse_uid(cell: str) -> str | None:
    cell = cell.strip()
    if not cell:
        return None
    if _CANONICAL_UID.fullmatch(cell):
        return cell
    try:
        return str(uuid.UUID(cell))
    except ValueError:
        raise ValueError(f"{cell!r} is not a uid (leave it empty for a new post)") from None


def _parse_optional_time(cell: str) -> dt.time | None:
    return parse_time(cell) if cell.strip() else None


def _parse_channel(cell: str) -> str:
    name = unguard(cell).strip()
    if not name:
        raise ValueError("a channel is required")
    problem = name_problem(name)
    if problem:
        raise ValueError(problem)
    return name


def _parse_content_type(cell: str) -> ContentType:
    key = cell.strip().lower()
    if key in CONTENT_TYPE_NAMES:
        return CONTENT_TYPE_NAMES[key]
    if not key:
        raise ValueError("a content type is required (promotional, value or conversation)")
    raise ValueError(f"{cell.strip()!r} is not a content type (promotional, value or conversation)")


def _parse_status(cell: str) -> Status | None:
    key = cell.strip().lower()
    if not key:
        return None
    if key in STATUS_NAMES:
        return STATUS_NAMES[key]
    raise ValueError(f"{cell.strip()!r} is not a status (idea, draft, scheduled or published)")


def _parse_tags(cell: str) -> tuple[str, ...]:
    return normalize_tags(unguard(cell))


def _parse_done(cell: str) -> bool:
    key = cell.strip().lower()
    if key in DONE_NAMES:
        return DONE_NAMES[key]
    raise ValueError(f"{cell.strip()!r} is not yes or no")


def _parse_conversations(cell: str) -> int:
    text = cell.strip()
    if not text:
        return 0
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"{text!r} is not a number of conversations (0 or more)")
    if len(text) > len(str(MAX_CONVERSATIONS)) or int(text) > MAX_CONVERSATIONS:
        raise ValueError(f"{shown(text)} is more than {MAX_CONVERSATIONS:,} conversations")
    return int(text)


_CELL_PARSERS: dict[str, Callable[[str], Any]] = {
    "uid": parse_uid,
    "time": _parse_optional_time,
    "channel": _parse_channel,
    "content_type": _parse_content_type,
    "status": _parse_status,
    "tags": _parse_tags,
    "followup_done": _parse_done,
    "conversations": _parse_conversations,
}


class DateCells:
    """Reads the date cells; settles the order of numeric dates when the first one comes,
    and notes the dates as written for the report."""

    def __init__(
        self, source: CsvSource, asked: DateOrder | None, computer: ComputerOrder | None
    ) -> None:
        self._source = source
        self._computer = computer
        self.read = DatesRead()
        self.choice = OrderChoice(asked, Source.ASKED) if asked else None
        # Each date as written, once: as many as the calendar has days, whatever the size.
        self._seen: set[str] = set()

    def parse(self, cell: str) -> dt.date | None:
        text = cell.strip()
        if not text:
            return None
        if ISO_DATE.fullmatch(text):
            return parse_date(text)
        choice = self.choice or self._settle()
        try:
            day = parse_date(text, dayfirst=choice.dayfirst)
        except ValueError as error:
            raise ValueError(mismatch(text, choice) or str(error)) from None
        if text not in self._seen:
            self._note(text, day, choice)
        return day

    def _note(self, text: str, day: dt.date, choice: OrderChoice) -> None:
        self._seen.add(text)
        read = self.read
        if len(read.dates) < DATES_KEPT:
            read.dates[text] = day
        else:
            read.more += 1
        if read.order is None and is_ambiguous(text):
            read.order, read.ambiguous, read.ambiguous_day = choice, text, day

    def _settle(self) -> OrderChoice:
        with closing(self._written()) as written:
            self.choice = choose(None, written, self._computer or computer_order())
        return self.choice

    def _written(self) -> Generator[tuple[str, str], None, None]:
        """Where each date stands and its text, from the file's start."""
        try:
            with CsvRows(self._source) as rows:
                index = rows.header.index("date")
                if index is None:
                    return
                for line, cells in rows:
                    yield f"line {line}", cells[index]
        except CsvImportError:
            return  # the import itself comes to the same problem, and names it


def cell_reader(header: Header, dates: DateCells) -> Callable[[int, list[str]], Row]:
    """Reads a row's cells into their values, and the problems of those it cannot read."""
    parsers: list[tuple[int, str, Callable[[str], Any] | None]] = []
    for index, key in enumerate(header.keys):
        if key:
            parser = dates.parse if key == "date" else _CELL_PARSERS.get(key)
            if parser is None and key in TEXT_COLUMNS:
                parser = unguard
            parsers.append((index, key, parser))

    def read(line: int, cells: list[str]) -> Row:
        values: dict[str, Any] = {}
        problems = []
        for index, key, parser in parsers:
            cell = cells[index]
            if parser is None:
                values[key] = cell
                continue
            try:
                values[key] = parser(cell)
            except ValueError as error:
                problems.append(Problem(line, key, str(error)))
        return Row(line, values, problems)

    return read
