"""Reading dates and times as people type them (ISO, ``24/11/2026``, ``9:30 pm``)."""

from __future__ import annotations

import datetime as dt
import re

# Years a plan may hold; anything else is almost certainly a typo (``20266``).
MIN_YEAR, MAX_YEAR = 1900, 2199

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Day and month as numbers, then the year: 09/12/2026, 9.12.26, 09-12-2026.
NUMERIC_DATE = re.compile(r"\s*(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\s*")
_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"\s*(?:(?P<half>[ap])\.?\s*m\.?)?",
    re.IGNORECASE,
)
# Two different defaults: a part missing from the text shows up as a difference.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))


def parse_date(text: str, *, dayfirst: bool = False) -> dt.date:
    """A calendar date from ``text``; ``ValueError`` with a reason a user understands.

    ISO dates are read strictly; other forms go through dateutil, where ``01/02/2026`` is
    2 January unless ``dayfirst``. A date missing its year, month or day is refused rather
    than completed from today.
    """
    text = text.strip()
    if ISO_DATE.fullmatch(text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise _invalid(text, "date") from None
    elif numeric := NUMERIC_DATE.fullmatch(text):
        day = _numeric_date(text, numeric, dayfirst)
    else:
        from dateutil import parser as date_parser  # the slow path, imported when needed

        try:
            first, second = (
                date_parser.parse(text, default=default, dayfirst=dayfirst) for default in _DEFAULTS
            )
        except (ValueError, OverflowError, date_parser.ParserError):
            raise _invalid(text, "date") from None
        if first.date() != second.date():
            raise ValueError(f"{text!r} is not a whole date (day, month and year)")
        day = first.date()
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"{text!r} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return day


def _numeric_date(text: str, numbers: re.Match[str], dayfirst: bool) -> dt.date:
    # Read in the order asked, never swapped: dateutil reads 12/25/2026 as 25 December
    # even when asked for the day first, which hides a file that mixes both orders.
    first, second, year = int(numbers[1]), int(numbers[3]), int(numbers[4])
    day, month = (first, second) if dayfirst else (second, first)
    try:
        return dt.date(year + 2000 if len(numbers[4]) == 2 else year, month, day)
    except ValueError:
        raise _invalid(text, "date") from None


def parse_time(text: str) -> dt.time:
    """A wall-clock time from ``HH:MM``, ``H:MM``, ``9am``, ``9:30 pm`` (seconds ignored)."""
    text = text.strip()
    match = _TIME.fullmatch(text)
    if not match:
        raise _invalid(text, "time")
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    half = (match["half"] or "").lower()
    if not half and match["minute"] is None:
        raise ValueError(f"{text!r} is not a valid time (write 9:00 or 9am)")
    if half:
        if not 1 <= hour <= 12:
            raise _invalid(text, "time")
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _invalid(text, "time")
    return dt.time(hour, minute)


def _invalid(text: str, what: str) -> ValueError:
    # Made only on failure: an import parses 100,000s of dates that are fine.
    return ValueError(f"{text!r} is not a valid {what}")
