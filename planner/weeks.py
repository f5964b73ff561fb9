"""Weeks of a plan: which seven days make the week, by the plan's week-start setting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

# English names for the command line; the window formats dates with the user's locale.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, order=True)
class Week:
    start: dt.date

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)

    @cached_property  # the header and every paint ask for it
    def days(self) -> tuple[dt.date, ...]:
        return tuple(self.start + dt.timedelta(days=i) for i in range(7))

    @property
    def number(self) -> int:
        """The ISO week number of the week's middle day: the ISO number for Monday weeks,
        and the same number for the Sunday or Saturday week that mostly overlaps it."""
        return (self.start + dt.timedelta(days=3)).isocalendar().week

    def shifted(self, weeks: int) -> Week:
        return Week(self.start + dt.timedelta(weeks=weeks))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def label(self) -> str:
        """``Week 48 · 23–29 Nov 2026`` (English, for the command line)."""
        return f"Week {self.number} · {date_range_label(self.start, self.end)}"


def week_containing(day: dt.date, week_start: int) -> Week:
    """The week (starting on weekday ``week_start``, Monday = 0) that holds ``day``."""
    return Week(day - dt.timedelta(days=(day.weekday() - week_start) % 7))


def weeks_between(first: dt.date, last: dt.date, week_start: int) -> list[Week]:
    """The weeks from the one holding ``first`` to the one holding ``last``."""
    week, end = week_containing(first, week_start), week_containing(last, week_start)
    found = []
    while week <= end:
        found.append(week)
        week = week.shifted(1)
    return found


def date_range_label(first: dt.date, last: dt.date) -> str:
    """``23–29 Nov 2026``, ``30 Nov – 6 Dec 2026``, ``28 Dec 2026 – 3 Jan 2027``."""
    if first.year != last.year:
        return f"{short_date(first)} {first.year} – {short_date(last)} {last.year}"
    if first.month != last.month:
        return f"{short_date(first)} – {short_date(last)} {last.year}"
    return f"{first.day}–{short_date(last)} {last.year}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def day_label(day: dt.date) -> str:
    """``Mon 23 Nov``."""
    return f"{DAYS[day.weekday()]} {short_date(day)}"
