"""Writing posts as CSV: Excel-friendly (UTF-8 with BOM, CRLF, every cell quoted)."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from planner.csv_format import COLUMNS, MAY_NEED_GUARD, NO, YES, guard
from planner.files import replacing
from planner.model import Channel

# Rows come as the store keeps posts (planner.rows.POST_COLUMNS): the export formats them
# without building a Post for each, which keeps exporting 100,000 posts quick.
Row = Sequence[Any]


def _safe(text: str) -> str:
    # Most cells start with a letter: the first character settles it without a call.
    return guard(text) if text[:1] in MAY_NEED_GUARD else text


def row_cells(row: Row, channel_names: Mapping[int, str]) -> list[str]:
    """One stored post row as the cells of a CSV row, in :data:`COLUMNS` order."""
    uid, channel_id, kind, title, body, date, time, status, tags, notes, done, note, talks = row[
        :13
    ]
    return [
        uid,
        date or "",
        time or "",
        _safe(channel_names[channel_id]),
        kind,
        title if title[:1] not in MAY_NEED_GUARD else guard(title),
        body if body[:1] not in MAY_NEED_GUARD else guard(body),
        status,
        tags if tags[:1] not in MAY_NEED_GUARD else guard(tags),
        notes if notes[:1] not in MAY_NEED_GUARD else guard(notes),
        YES if done else NO,
        note if note[:1] not in MAY_NEED_GUARD else guard(note),
        str(talks),
    ]


def write_posts(
    rows: Iterable[Row], channels: Mapping[int, Channel], stream: TextIO, delimiter: str = ","
) -> int:
    """Write the header and one row per post to a text stream opened with ``newline=""``;
    ``delimiter`` is ``,`` or ``;`` (what Excel expects where decimals take a comma)."""
    names = {channel_id: channel.name for channel_id, channel in channels.items()}
    # Every cell in quotes: a spreadsheet that splits on more than the comma (LibreOffice
    # ticks tab, comma and semicolon by default; people tick space) keeps each cell whole.
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(COLUMNS)
    counted = itertools.count()
    writer.writerows(row_cells(row, names) for row, _ in zip(rows, counted, strict=False))
    return next(counted)


def encoding(bom: bool) -> str:
    return "utf-8-sig" if bom else "utf-8"


def write_to_binary(
    rows: Iterable[Row],
    channels: Mapping[int, Channel],
    binary: BinaryIO,
    *,
    bom: bool = True,
    delimiter: str = ",",
) -> int:
    """Write the CSV to a binary stream (such as standard output's buffer)."""
    text = io.TextIOWrapper(binary, encoding=encoding(bom), newline="")
    try:
        return write_posts(rows, channels, text, delimiter)
    finally:
        text.detach()  # flushes what is left; the binary stream stays open


def write_to_file(
    rows: Iterable[Row],
    channels: Mapping[int, Channel],
    path: Path,
    *,
    bom: bool = True,
    protected: Iterable[Path] = (),
    delimiter: str = ",",
) -> int:
    """Write the CSV to ``path``, replacing it only once the whole file is safely written
    (see :mod:`planner.files`; ``protected`` are the inputs it must not be)."""
    with replacing(path, protected) as binary:
        return write_to_binary(rows, channels, binary, bom=bom, delimiter=delimiter)
