"""Exporting a plan: CSV, calendar (ICS) or PDF, for a span of days or everything.

The command line and the window both export through :func:`export_to_file` (and the
command line through :func:`export_to_stream` for standard output). The PDF is painted by
the window's code (it needs Qt); the caller hands in that painter as a :data:`PdfWriter`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from planner.files import check_target, replacing
from planner.store import Plan
from planner.weeks import Week, weeks_between

if TYPE_CHECKING:
    from planner.ics_export import EventWords

Span = tuple[dt.date, dt.date]
# Paints ``weeks`` of the plan as a PDF at the path (whole or not at all); returns the pages.
PdfWriter = Callable[[Plan, Sequence[Week], Path], int]
# Paints the week ("week") or month ("month") holding the day as a PNG at the path;
# returns the posts it shows.
PngWriter = Callable[[Plan, str, dt.date, Path], int]


class Format(StrEnum):
    CSV = "csv"
    ICS = "ics"
    PDF = "pdf"
    PNG = "png"


class Unit(StrEnum):
    POSTS = "posts"
    EVENTS = "events"
    PAGES = "pages"
    PICTURE = "picture"  # a picture of so many posts


@dataclass(frozen=True)
class Exported:
    """What an export wrote: ``count`` posts, calendar events or pages."""

    count: int
    unit: Unit

    def message(self, name: str) -> str:
        """``Exported 21 posts to week.csv.`` (English, for the command line)."""
        if self.unit is Unit.PICTURE:
            return f"Exported a picture of {self.count} {_counted('posts', self.count)} to {name}."
        return f"Exported {self.count} {_counted(self.unit, self.count)} to {name}."


def _counted(plural: str, count: int) -> str:
    return plural.removesuffix("s") if count == 1 else plural


def export_to_file(
    plan: Plan,
    kind: Format,
    span: Span | None,
    path: Path,
    *,
    bom: bool = True,
    delimiter: str = ",",
    pdf: PdfWriter | None = None,
    words: EventWords | None = None,
) -> Exported:
    """Write the posts of ``span`` (None: every post, ideas included; for a PDF, this
    week) to ``path``; a failure leaves what was at ``path`` before. A path that is the
    plan itself (its -wal or -shm, a link to it) or a write-protected file is refused
    before anything is done (:class:`~planner.files.OutputError`). ``delimiter`` is the
    CSV's separator; ``words``, the calendar descriptions' (English by default)."""
    check_target(path, plan.sources)
    if kind is Format.CSV:
        from planner.csv_export import write_to_file

        with _rows(plan, span) as rows:
            count = write_to_file(
                rows,
                plan.channel_map(),
                path,
                bom=bom,
                protected=plan.sources,
                delimiter=delimiter,
            )
        return Exported(count, Unit.POSTS)
    if kind is Format.ICS:
        with replacing(path, plan.sources) as binary:
            return Exported(_calendar(plan, span, binary, words), Unit.EVENTS)
    assert pdf is not None, "a PDF export needs the window's PdfWriter"
    this_week = plan.this_week()
    first, last = span or (this_week.start, this_week.end)
    weeks = weeks_between(first, last, plan.settings().week_start)
    return Exported(pdf(plan, weeks, path), Unit.PAGES)


def export_picture(plan: Plan, view: str, day: dt.date, path: Path, png: PngWriter) -> Exported:
    """The week (``view`` "week") or month ("month") holding ``day`` as a picture at
    ``path``, refused like any export over the plan itself or a write-protected file."""
    check_target(path, plan.sources)
    return Exported(png(plan, view, day, path), Unit.PICTURE)


def export_to_stream(
    plan: Plan,
    kind: Format,
    span: Span | None,
    stream: BinaryIO,
    *,
    bom: bool = True,
    delimiter: str = ",",
) -> None:
    """Write a CSV or calendar export to ``stream`` (standard output). A reader that goes
    away (``| head``) raises :class:`BrokenPipeError`."""
    if kind is Format.CSV:
        from planner.csv_export import write_to_binary

        with _rows(plan, span) as rows:
            write_to_binary(rows, plan.channel_map(), stream, bom=bom, delimiter=delimiter)
    else:
        _calendar(plan, span, stream)
    stream.flush()


def _rows(plan: Plan, span: Span | None) -> closing[Generator[tuple[Any, ...], None, None]]:
    """The posts' rows, closed however the writing ends, while the plan is still open (a
    generator left to the collector would fail on the closed plan)."""
    return closing(plan.export_rows(*span) if span else plan.export_rows())


def _calendar(
    plan: Plan, span: Span | None, binary: BinaryIO, words: EventWords | None = None
) -> int:
    from planner.ics_export import write_calendar

    settings = plan.settings()
    years = plan.timed_years(*span) if span else plan.timed_years()
    with _rows(plan, span) as rows:
        return write_calendar(
            rows,
            plan.channel_map(),
            binary,
            time_zone=settings.time_zone,
            name=settings.name,
            years=years,
            words=words,
        )
