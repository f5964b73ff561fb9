"""Recurring posts: RFC 5545 rules (python-dateutil), their occurrences, and the changes
that editing, skipping and ending a series make.

An occurrence has a stable uid derived from its series and date, so an occurrence edited
by hand is stored under that uid and replaces the computed one; exporting and importing
an occurrence never doubles it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from planner.dateparse import MAX_YEAR
from planner.errors import ValidationError
from planner.model import DATED_STATUSES, Change, Post, Series, Status, new_uid

# Occurrence uids: uuid5 of the series uid and the date, in this namespace.
OCCURRENCE_NAMESPACE = "5b7e0c4e-2f0b-4bd1-9f4c-6d1c2a7a9e10"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
LAST = -1


class Frequency(StrEnum):
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


@dataclass(frozen=True)
class Recurrence:
    """The kinds of repetition the planner offers, and their RRULE.

    Weekly: every ``interval`` weeks on ``weekday``. Monthly: on the ``nth`` ``weekday``
    of every month (``nth`` 1-4, or -1 for the last). It ends after ``count`` posts, on
    ``until``, or never.
    """

    frequency: Frequency
    weekday: int  # Monday is 0
    interval: int = 1
    nth: int = 1
    count: int | None = None
    until: dt.date | None = None

    def rule(self) -> str:
        day = WEEKDAYS[self.weekday]
        if self.frequency is Frequency.WEEKLY:
            text = f"FREQ=WEEKLY;INTERVAL={self.interval};BYDAY={day}"
        else:
            text = f"FREQ=MONTHLY;BYDAY={self.nth}{day}"
        if self.count is not None:
            text += f";COUNT={self.count}"
        elif self.until is not None:
            text += f";UNTIL={self.until:%Y%m%d}T235959"
        return text

    @classmethod
    def from_rule(cls, rule: str) -> Recurrence:
        """Read back a rule this module wrote (``ValueError`` for any other)."""
        parts = dict(part.split("=", 1) for part in rule.split(";"))
        frequency = Frequency(parts["FREQ"])
        by_day = parts["BYDAY"]
        weekday = WEEKDAYS.index(by_day[-2:])
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        until = (
            dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date() if "UNTIL" in parts else None
        )
        if frequency is Frequency.WEEKLY:
            return cls(frequency, weekday, int(parts.get("INTERVAL", "1")), 1, count, until)
        return cls(frequency, weekday, 1, int(by_day[:-2] or "1"), count, until)

    def ending(self, count: int | None = None, until: dt.date | None = None) -> Recurrence:
        return replace(self, count=count, until=until)

    @classmethod
    def like(cls, day: dt.date, frequency: Frequency, interval: int = 1) -> Recurrence:
        """The repetition that ``day`` suggests: its weekday, and for a monthly series
        its place in the month (the first Monday, the last Friday...)."""
        nth = (day.day - 1) // 7 + 1
        return cls(frequency, day.weekday(), interval, LAST if nth == 5 else nth)


def _parse(rule: str, start: dt.date) -> Iterable[dt.datetime]:
    from dateutil.rrule import rrulestr  # only plans with series need it

    return rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time.min))


def check_rule(rule: str, start: dt.date) -> None:
    try:
        Recurrence.from_rule(rule)
        _parse(rule, start)
    except (ValueError, KeyError) as error:
        raise ValidationError(f"not a repetition this planner understands: {rule!r}") from error


class _Occurrences:
    """The dates of one rule, computed lazily and kept sorted, so that a week's dates are
    a bisection away however long the series has run."""

    def __init__(self, rule: str, start: dt.date) -> None:
        self._source: Iterator[dt.datetime] = iter(_parse(rule, start))
        self._dates: list[dt.date] = []
        self._exhausted = False

    def between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        while not self._exhausted and (not self._dates or self._dates[-1] < last):
            moment = next(self._source, None)
            if moment is None or moment.year > MAX_YEAR:
                self._exhausted = True
            else:
                self._dates.append(moment.date())
        return self._dates[bisect_left(self._dates, first) : bisect_right(self._dates, last)]

    def count_before(self, day: dt.date) -> int:
        self.between(day, day)
        return bisect_left(self._dates, day)


@lru_cache(maxsize=512)
def _occurrences(rule: str, start: dt.date) -> _Occurrences:
    return _Occurrences(rule, start)


def occurrence_dates(series: Series, first: dt.date, last: dt.date) -> list[dt.date]:
    """The series's dates from ``first`` to ``last``, skipped ones left out."""
    dates = _occurrences(series.rule, series.start).between(first, last)
    return [day for day in dates if day not in series.skips]


def occurrence_uid(series_uid: str, day: dt.date) -> str:
    import uuid  # with the first occurrence: the window's start does without it

    return str(uuid.uuid5(uuid.UUID(OCCURRENCE_NAMESPACE), f"{series_uid}/{day.isoformat()}"))


def occurrence(series: Series, day: dt.date) -> Post:
    """The post ``series`` gives on ``day`` (computed, not stored)."""
    return replace(
        series.template,
        uid=occurrence_uid(series.uid, day),
        date=day,
        series_uid=series.uid,
        occurrence=day,
        virtual=True,
    )


def occurrences(
    series: Iterable[Series],
    first: dt.date,
    last: dt.date,
    replaced: set[tuple[str, dt.date]],
    stored_uids: set[str],
) -> list[Post]:
    """Computed posts of every series from ``first`` to ``last``, except those replaced by
    a stored post (by series and occurrence date, or by uid)."""
    found = []
    for one in series:
        for day in occurrence_dates(one, first, last):
            post = occurrence(one, day)
            if (one.uid, day) not in replaced and post.uid not in stored_uids:
                found.append(post)
    return found


# -- making series ---------------------------------------------------------------------------


def new_series(first: Post, recurrence: Recurrence) -> Series:
    """A series repeating ``first`` (which needs a date) by ``recurrence``."""
    if first.date is None:
        raise ValidationError("date: a recurring post needs a first date")
    template = replace(
        first,
        uid=new_uid(),
        status=first.status if first.status in DATED_STATUSES else Status.DRAFT,
        series_uid=None,
        occurrence=None,
        virtual=False,
    )
    return Series(template, recurrence.rule())


# -- the changes of editing, skipping and ending ---------------------------------------------


def skip(series: Series, posts: Iterable[Post]) -> Change:
    """Leave out these occurrences (and the posts that replaced them, if edited)."""
    chosen = [p for p in posts if p.occurrence is not None]
    skipped = replace(series, skips=series.skips | {p.occurrence for p in chosen if p.occurrence})
    stored = tuple(p for p in chosen if not p.virtual)
    return Change(stored, (), (series,), (skipped,))


def end_before(series: Series, day: dt.date, overrides: Iterable[Post]) -> Change:
    """End the series so that ``day`` and every later occurrence go; edited occurrences
    from ``day`` on go too. Ending before the first occurrence removes the series."""
    later = tuple(p for p in overrides if p.occurrence is not None and p.occurrence >= day)
    if day <= series.start:
        return Change(later, (), (series,), ())
    recurrence = Recurrence.from_rule(series.rule)
    ended = replace(series, rule=recurrence.ending(until=day - dt.timedelta(days=1)).rule())
    return Change(later, (), (series,), (ended,))


def edit_from(
    series: Series,
    day: dt.date,
    template: Post,
    recurrence: Recurrence,
    overrides: Iterable[Post],
) -> Change:
    """Change the series from the occurrence on ``day``: earlier occurrences stay as they
    were, later ones (those not edited by hand) follow ``template`` and ``recurrence``.

    From its first occurrence, the series changes in place; from a later one, it ends the
    day before and a new series continues, taking over the later skips and edited
    occurrences (a COUNT carries on with the posts still to come).
    """
    fields = replace(template, series_uid=None, occurrence=None, virtual=False)
    if day <= series.start:
        first = replace(fields, uid=series.uid, date=template.date or series.start)
        changed = Series(first, recurrence.rule(), series.skips)
        return Change((), (), (series,), (changed,))
    old = Recurrence.from_rule(series.rule)
    if recurrence.count is not None and old.count is not None:
        done = _occurrences(series.rule, series.start).count_before(day)
        recurrence = recurrence.ending(count=max(1, recurrence.count - done))
    ended = replace(series, rule=old.ending(until=day - dt.timedelta(days=1)).rule())
    ended = replace(ended, skips=frozenset(d for d in series.skips if d < day))
    follower = Series(
        replace(fields, uid=new_uid(), date=max(template.date or day, day)),
        recurrence.rule(),
        frozenset(d for d in series.skips if d >= day),
    )
    later = tuple(p for p in overrides if p.occurrence is not None and p.occurrence >= day)
    moved = tuple(replace(p, series_uid=follower.uid) for p in later)
    return Change(later, moved, (series,), (ended, follower))
