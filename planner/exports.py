"""Exporting a plan: CSV, calendar (ICS) or PDF, for a span of days or everything.

The command line and the window both export through :func:`export_to_file` (and the
command line through :func:`export_to_stream` for standard output). The PDF is painted by
the window's code (it needs Qt); the caller hands in that painter as a :data:`PdfWriter`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from planner.store import Plan
from planner.weeks import Week, weeks_between

Span = tuple[dt.date, dt.date]
# Paints ``weeks`` of the plan as a PDF at the path (whole or not at all); returns the pages.
PdfWriter = Callable[[Plan, Sequence[Week], Path], int]


class Format(StrEnum):
    CSV = "csv"
    ICS = "ics"
    PDF = "pdf"


class Unit(StrEnum):
    POSTS = "posts"
    EVENTS = "events"
    PAGES = "pages"


@dataclass(frozen=True)
class Exported:
    """What an export wrote: ``count`` posts, calendar events or pages."""

    count: int
    unit: Unit

    def message(self, name: str) -> str:
        """``Exported 21 posts to week.csv.`` (English, for the command line)."""
        return f"Exported {self.count} {self.unit} to {name}."


def export_to_file(
    plan: Plan,
    kind: Format,
    span: Span | None,
    path: Path,
    *,
    bom: bool = True,
    pdf: PdfWriter | None = None,
) -> Exported:
    """Write the posts of ``span`` (None: every post, ideas included; for a PDF, this
    week) to ``path``; a failure leaves what was at ``path`` before."""
    if kind is Format.CSV:
        from planner.csv_export import write_to_file

        rows = plan.export_rows(*span) if span else plan.export_rows()
        return Exported(write_to_file(rows, plan.channel_map(), path, bom=bom), Unit.POSTS)
    if kind is Format.ICS:
        from planner.files import replace_when_done

        data = _calendar(plan, span)
        with replace_when_done(path) as temporary:
            temporary.write_bytes(data)
        return Exported(data.count(b"BEGIN:VEVENT"), Unit.EVENTS)
    assert pdf is not None, "a PDF export needs the window's PdfWriter"
    this_week = plan.this_week()
    first, last = span or (this_week.start, this_week.end)
    weeks = weeks_between(first, last, plan.settings().week_start)
    return Exported(pdf(plan, weeks, path), Unit.PAGES)


def export_to_stream(
    plan: Plan, kind: Format, span: Span | None, stream: BinaryIO, *, bom: bool = True
) -> None:
    """Write a CSV or calendar export to ``stream`` (standard output)."""
    if kind is Format.CSV:
        from planner.csv_export import write_to_binary

        rows = plan.export_rows(*span) if span else plan.export_rows()
        write_to_binary(rows, plan.channel_map(), stream, bom=bom)
    else:
        stream.write(_calendar(plan, span))
    stream.flush()


def _calendar(plan: Plan, span: Span | None) -> bytes:
    from planner.ics_export import calendar_bytes

    settings = plan.settings()
    posts = plan.posts_between(*span) if span else plan.all_posts()
    return calendar_bytes(
        posts, plan.channel_map(), time_zone=settings.time_zone, name=settings.name
    )
