"""A time zone as an iCalendar VTIMEZONE of yearly rules (RRULE), which every reader reads.

icalendar writes a zone as lists of onsets (RDATE) from 1970 to 2037; some readers
(vobject, and by public reports Outlook) keep only the first onset of each list, so every
summer-time event is read an hour off, and nothing is said after 2037. Here the zone's
changes of offset over the years asked for are found from the zone data, and each run of
changes that follows one yearly rule ("the last Sunday of March at 02:00") becomes one
observance with an RRULE; the last run of each kind is left open, so the rule goes on past
the years asked for. A change that follows no rule stands alone, as its own observance.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
LAST = -1
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Change:
    """One change of a zone's offset: its onset in the wall-clock time it leaves."""

    onset: dt.datetime  # naive, local time before the change (RFC 5545 DTSTART)
    utc: dt.datetime
    before: dt.timedelta
    after: dt.timedelta
    name: str
    summer: bool

    def kind(self) -> tuple[Any, ...]:
        onset = self.onset
        return (
            self.before,
            self.after,
            self.name,
            self.summer,
            onset.month,
            onset.weekday(),
            onset.time(),
        )

    def places(self) -> set[int]:
        """Which of the month's weekdays it falls on: 1-4 and LAST (both, for a late one)."""
        onset = self.onset
        places = {(onset.day - 1) // 7 + 1}
        if onset.day + 7 > calendar.monthrange(onset.year, onset.month)[1]:
            places.add(LAST)
        return places - {5}


@dataclass
class _Run:
    changes: list[Change]
    places: set[int] = field(default_factory=set)


def changes(zone: dt.tzinfo, first_year: int, last_year: int) -> list[Change]:
    """Every change of offset from the start of ``first_year`` to the end of ``last_year``."""
    start = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last_year + 1, 1, 1, tzinfo=dt.UTC)
    found = []
    moment, offset = start, _offset(start, zone)
    while moment < end:
        following = moment + _DAY
        if _offset(following, zone) != offset:
            found.append(_change_within(moment, following, zone))
            offset = found[-1].after
        moment = following
    return found


def _offset(moment: dt.datetime, zone: dt.tzinfo) -> dt.timedelta:
    offset = moment.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def _change_within(low: dt.datetime, high: dt.datetime, zone: dt.tzinfo) -> Change:
    """The change between ``low`` and ``high`` (a day apart), to the second."""
    before = _offset(low, zone)
    while high - low > dt.timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if _offset(middle, zone) == before:
            low = middle
        else:
            high = middle
    local = high.astimezone(zone)
    return Change(
        onset=(high + before).replace(tzinfo=None),
        utc=high,
        before=before,
        after=_offset(high, zone),
        name=local.tzname() or "",
        summer=bool(local.dst()),
    )


def _runs(found: list[Change]) -> list[_Run]:
    """The changes grouped into runs of consecutive years that follow one rule."""
    open_runs: dict[tuple[Any, ...], _Run] = {}
    runs: list[_Run] = []
    for change in found:
        kind = change.kind()
        run = open_runs.get(kind)
        if run is not None:
            last = run.changes[-1]
            places = run.places & change.places()
            if last.onset.year + 1 == change.onset.year and places:
                run.changes.append(change)
                run.places = places
                continue
        run = _Run([change], change.places())
        open_runs[kind] = run
        runs.append(run)
    return runs


def vtimezone(tzid: str, zone: dt.tzinfo, first_year: int, last_year: int) -> Any:
    """The icalendar ``Timezone`` component for ``zone`` over the years asked for."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    component = Timezone()
    component.add("tzid", tzid)
    runs = _runs(changes(zone, first_year - 1, last_year)) or [_fixed(zone, first_year - 1)]
    for run in runs:
        first, last = run.changes[0], run.changes[-1]
        observance = TimezoneDaylight() if first.summer else TimezoneStandard()
        observance.add("tzname", first.name)
        observance.add("dtstart", first.onset)
        observance.add("tzoffsetfrom", first.before)
        observance.add("tzoffsetto", first.after)
        # A rule still followed in the last year asked for goes on: no UNTIL.
        open_ended = last.onset.year >= last_year and last.before != last.after
        if len(run.changes) > 1 or open_ended:
            observance.add("rrule", _rule(run, open_ended=open_ended))
        component.add_component(observance)
    return component


def _fixed(zone: dt.tzinfo, year: int) -> _Run:
    """The one observance of a zone that does not change its offset."""
    start = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    offset = _offset(start, zone)
    name = start.astimezone(zone).tzname() or ""
    return _Run([Change(start.replace(tzinfo=None), start, offset, offset, name, False)])


def _rule(run: _Run, *, open_ended: bool) -> dict[str, Any]:
    first = run.changes[0]
    # "Last Sunday" over "4th Sunday" when both fit: the rule of most zones that use either.
    place = LAST if LAST in run.places else min(run.places)
    rule: dict[str, Any] = {
        "freq": "YEARLY",
        "bymonth": first.onset.month,
        "byday": f"{place}{WEEKDAYS[first.onset.weekday()]}",
    }
    if not open_ended:
        rule["until"] = run.changes[-1].utc
    return rule
