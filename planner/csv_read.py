"""Reading a CSV file row by row, as it is read from the disk: its encoding, its separator
and its header first, then each row's cells. A row that cannot be read at all (too many
cells, a cell too long, a value under a column with no name) is named by its line, like
every other problem (PRODUCT.md §6); the file as a whole is never held in memory.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from planner.csv_format import (
    COLUMNS,
    DELIMITERS,
    MAX_CELL,
    REQUIRED_COLUMNS,
    column_key,
    column_label,
)
from planner.errors import CsvImportError, Problem

# A file to import: its path (read as often as needed, never whole), or its bytes.
CsvSource = Path | bytes

# How much of a file a check for a byte that is not UTF-8 reads at a time.
_BLOCK = 1 << 20


def open_source(source: CsvSource) -> BinaryIO:
    return io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")


@dataclass(frozen=True)
class Header:
    """The file's columns: for each header cell, the column it names (None for a column we
    do not know, ``""`` for a header cell left blank)."""

    keys: list[str | None]
    ignored: list[str]

    def index(self, column: str) -> int | None:
        return self.keys.index(column) if column in self.keys else None


class CsvRows:
    """The rows of a CSV file with a header, with ``,``, ``;`` or tab between cells.

    Open it in a ``with`` block: :attr:`header` is read on entering (file-level problems
    raise :class:`CsvImportError`), then iterating gives ``(line, cells)`` for each row that
    can be read, with exactly one cell per column. The problems of the rows that cannot be
    read are added to ``problems``; a file that stops being CSV (or text) half way raises
    :class:`CsvImportError` with them and its own."""

    def __init__(self, source: CsvSource, problems: list[Problem] | None = None) -> None:
        self._source = source
        self.problems = [] if problems is None else problems
        self._binary: BinaryIO | None = None
        self._text: io.TextIOWrapper | None = None
        self._reader: Any = None
        self._utf16 = False
        self.header = Header([], [])

    def __enter__(self) -> CsvRows:
        self._binary = open_source(self._source)
        _long_cells(+1)
        try:
            self._start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._binary is not None:
            if self._text is not None:
                self._text.close()  # and the file under it
            self._binary.close()
            self._binary = self._text = None
            _long_cells(-1)

    def _start(self) -> None:
        assert self._binary is not None
        text = self._text = self._decoded(self._binary)
        with self._readable():
            first = text.readline()
            blanks, line = 0, first
            while line and not line.strip():
                blanks, line = blanks + 1, text.readline()
        if not line:
            raise CsvImportError([Problem(1, None, "the file is empty")])
        if line.lstrip()[:1] in ("{", "["):
            # A JSON file chosen by mistake, often one long line: say so, not "bad CSV".
            reason = f"this is JSON, not CSV; the first line names the columns: {','.join(COLUMNS)}"
            raise CsvImportError([Problem(1, column_label(0), reason)])
        # Blank lines before the header still count for the line numbers.
        lines = itertools.chain(itertools.repeat("\n", blanks), [line], text)
        self._reader = csv.reader(lines, delimiter=_detect_delimiter(first), strict=True)
        with self._readable():
            header = next(self._reader)
        keys = _read_header(header)
        ignored = [cell.strip() for cell, key in zip(header, keys, strict=True) if key is None]
        self.header = Header(keys, ignored)

    def _decoded(self, binary: BinaryIO) -> io.TextIOWrapper:
        start = binary.read(2)
        binary.seek(0)
        self._utf16 = start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        encoding = "utf-16" if self._utf16 else "utf-8-sig"
        return io.TextIOWrapper(binary, encoding=encoding, newline="")

    @contextmanager
    def _readable(self) -> Iterator[None]:
        """Turns a file that stops being text or CSV into problems named by line."""
        try:
            yield
        except UnicodeError:
            raise CsvImportError([*self.problems, self._undecodable()]) from None
        except csv.Error as error:
            line = max(self._reader.line_num, 1)
            problem = Problem(line, None, f"the file is not valid CSV here ({error})")
            raise CsvImportError([*self.problems, problem]) from None

    def _undecodable(self) -> Problem:
        if self._utf16:
            return Problem(1, None, "the file is damaged UTF-16 text")
        assert self._binary is not None
        line, byte = _first_bad_byte(self._binary)
        reason = (
            f"the file is not UTF-8 text (byte 0x{byte:02X}); in your spreadsheet, save it "
            'as "CSV UTF-8" and import it again'
        )
        return Problem(line, None, reason)

    def share_read(self) -> float:
        """How much of the file has been read, from 0 to 1 (for a progress bar)."""
        binary = self._binary
        if binary is None:
            return 0.0
        if isinstance(binary, io.BytesIO):
            size = len(binary.getbuffer())
        else:
            size = os.fstat(binary.fileno()).st_size
        return min(binary.tell() / size, 1.0) if size else 1.0

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        keys = self.header.keys
        width = len(keys)
        unnamed = [index for index, key in enumerate(keys) if key == ""]
        reader = self._reader
        with self._readable():
            line = reader.line_num
            for cells in reader:
                start, line = line + 1, reader.line_num
                if not "".join(cells).strip():
                    continue  # blank lines, and rows a spreadsheet leaves with only separators
                if len(cells) != width or unnamed or max(map(len, cells)) > MAX_CELL:
                    found = _cell_problems(start, cells, keys, unnamed)
                    if found:
                        self.problems += found
                        continue
                    # Rows may end early, or run on with blank cells: one cell per column.
                    cells = cells[:width] + [""] * (width - len(cells))
                yield start, cells


def _first_bad_byte(binary: BinaryIO) -> tuple[int, int]:
    """The line of the first byte that is not UTF-8, and the byte. Read in blocks that end
    at a line's end, which never falls inside a character."""
    binary.seek(0)
    lines = 1
    skip = len(codecs.BOM_UTF8) if binary.read(3) == codecs.BOM_UTF8 else 0
    binary.seek(skip)
    while block := binary.read(_BLOCK) + binary.readline():
        try:
            block.decode("utf-8")
        except UnicodeDecodeError as error:
            return lines + block.count(b"\n", 0, error.start), block[error.start]
        lines += block.count(b"\n")
    return lines, 0  # not reached: the block that failed to decode fails again


_readers_open = [0, csv.field_size_limit()]


def _long_cells(change: int) -> None:
    """Python's csv stops at a long cell without saying which one: while any file is open
    here, cells of every length are read, so that a cell over MAX_CELL is named by its line
    and column like every other bad cell. (The limit is the whole process's: files read
    in turns, such as a file and a second look at its dates, share it.)"""
    if _readers_open[0] == 0:
        _readers_open[1] = csv.field_size_limit(2**31 - 1)
    _readers_open[0] += change
    if _readers_open[0] == 0:
        csv.field_size_limit(_readers_open[1])


def _detect_delimiter(first_line: str) -> str:
    def known_columns(delimiter: str) -> int:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(column_key(cell) in COLUMNS for cell in cells)

    return max(DELIMITERS, key=known_columns)  # ties keep the first: a comma


_TOO_LONG = f"a cell is longer than {MAX_CELL:,} characters"


def _read_header(header: list[str]) -> list[str | None]:
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


def _cell_problems(
    line: int, cells: list[str], keys: list[str | None], unnamed: list[int]
) -> list[Problem]:
    """What keeps a row's cells from being read at all (checked before their values)."""
    if any(cell.strip() for cell in cells[len(keys) :]):
        reason = f"{len(cells)} cells, but the header names {len(keys)} columns"
        return [Problem(line, None, reason)]
    problems = [
        Problem(line, key or column_label(index), _TOO_LONG)
        for index, (key, cell) in enumerate(zip(keys, cells, strict=False))
        if len(cell) > MAX_CELL
    ]
    for index in unnamed:
        cell = cells[index] if index < len(cells) else ""
        if cell.strip() and len(cell) <= MAX_CELL:
            # A spreadsheet that split a cell shifts the values after it under a header
            # cell it adds without a name: reading on would import them in wrong columns.
            reason = f"{shown(cell)} stands under a column with no name in the first line"
            problems.append(Problem(line, column_label(index), reason))
            break
    return problems


def shown(cell: str) -> str:
    """A cell quoted in a message, shortened when long."""
    text = cell.strip()
    return repr(text if len(text) <= 40 else f"{text[:30]}…{text[-6:]}")
