"""Calendar export across the days the clocks change, read back by two independent parsers
(icalendar, and vobject, which reads the VTIMEZONE itself rather than trusting the TZID)."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject
from icalendar import Calendar

from planner.store import Plan
from planner.wall_time import shown_instead
from tests.conftest import all_posts, make_post
from tests.planner.test_ics import calendar

UTC = dt.UTC
HALF_HOUR = dt.timedelta(minutes=30)

# (zone, date, time) -> the moment the event starts, in UTC.
CASES = {
    "Europe/Rome": [
        (dt.date(2026, 7, 1), dt.time(10, 0), dt.datetime(2026, 7, 1, 8, 0, tzinfo=UTC)),
        (dt.date(2026, 12, 1), dt.time(10, 0), dt.datetime(2026, 12, 1, 9, 0, tzinfo=UTC)),
        # Past 2037, where RDATE lists stopped.
        (dt.date(2040, 7, 1), dt.time(10, 0), dt.datetime(2040, 7, 1, 8, 0, tzinfo=UTC)),
        # Spring forward: 02:30 does not exist; read with the offset before the gap.
        (dt.date(2027, 3, 28), dt.time(2, 30), dt.datetime(2027, 3, 28, 1, 30, tzinfo=UTC)),
        # Fall back: 02:30 happens twice; the first one (summer time).
        (dt.date(2027, 10, 31), dt.time(2, 30), dt.datetime(2027, 10, 31, 0, 30, tzinfo=UTC)),
    ],
    "America/New_York": [
        (dt.date(2026, 7, 1), dt.time(10, 0), dt.datetime(2026, 7, 1, 14, 0, tzinfo=UTC)),
        (dt.date(2026, 12, 1), dt.time(10, 0), dt.datetime(2026, 12, 1, 15, 0, tzinfo=UTC)),
        (dt.date(2040, 7, 1), dt.time(10, 0), dt.datetime(2040, 7, 1, 14, 0, tzinfo=UTC)),
        (dt.date(2027, 3, 14), dt.time(2, 30), dt.datetime(2027, 3, 14, 7, 30, tzinfo=UTC)),
        (dt.date(2027, 11, 7), dt.time(1, 30), dt.datetime(2027, 11, 7, 5, 30, tzinfo=UTC)),
    ],
}


def export(zone: str) -> bytes:
    with Plan.in_memory(time_zone=zone) as plan:
        for day, time, _start in CASES[zone]:
            make_post(plan, "value", day, time=time, title=f"{day} {time}")
        return calendar(plan)


@pytest.mark.parametrize("zone", list(CASES))
def test_icalendar_reads_every_event_at_its_moment_for_half_an_hour(zone) -> None:
    calendar = Calendar.from_ical(export(zone))
    (timezone,) = calendar.walk("VTIMEZONE")
    tz = timezone.to_tz()  # the zone as the VTIMEZONE written describes it
    read = {}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART").replace(tzinfo=tz).astimezone(UTC)
        if "DTEND" in event:
            length = event.decoded("DTEND").replace(tzinfo=tz).astimezone(UTC) - start
        else:
            length = event.decoded("DURATION")
        read[str(event["SUMMARY"])] = (start, length)
    for day, time, moment in CASES[zone]:
        assert read[f"{day} {time}"] == (moment, HALF_HOUR)


@pytest.mark.parametrize("zone", list(CASES))
def test_vobject_reads_every_event_at_its_moment_for_half_an_hour(zone) -> None:
    calendar = vobject.readOne(export(zone).decode())
    read = {}
    for event in calendar.vevent_list:
        start = event.dtstart.value.astimezone(UTC)
        if hasattr(event, "dtend"):
            length = event.dtend.value.astimezone(UTC) - start
        else:  # in hours and minutes, a duration is exact (RFC 5545 §3.3.6)
            length = event.duration.value
        read[event.summary.value] = (start, length)
    for day, time, moment in CASES[zone]:
        assert read[f"{day} {time}"] == (moment, HALF_HOUR)


def test_the_zone_is_written_as_yearly_rules() -> None:
    text = export("Europe/Rome").decode()
    zone = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
    assert "RDATE" not in zone
    assert zone.count("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=") == 2
    assert "UNTIL" not in zone


@pytest.mark.parametrize(
    ("zone", "day", "time", "shown"),
    [
        ("Europe/Rome", dt.date(2027, 3, 28), dt.time(2, 30), dt.time(3, 30)),
        ("Europe/Rome", dt.date(2027, 10, 31), dt.time(2, 30), None),
        ("Europe/Rome", dt.date(2027, 3, 27), dt.time(2, 30), None),
        ("America/New_York", dt.date(2027, 3, 14), dt.time(2, 0), dt.time(3, 0)),
        ("America/New_York", dt.date(2027, 11, 7), dt.time(1, 30), None),
    ],
)
def test_times_the_clocks_skip(zone, day, time, shown) -> None:
    from planner import clock

    assert shown_instead(day, time, clock.zone(zone)) == shown


def test_a_far_post_does_not_stretch_a_series_that_never_ends(plan) -> None:
    from planner.recurrence import Frequency, Recurrence
    from tests.planner.test_recurrence import TUESDAY, add_series

    add_series(plan, Recurrence(Frequency.WEEKLY, 1), title="Tip Tuesday")
    make_post(plan, "value", dt.date(2199, 1, 1), title="Far away")
    # A year ahead of today (Monday 23 November 2026): 53 Tuesdays, and the far post.
    titles = [post.title for post in all_posts(plan)]
    assert (titles.count("Tip Tuesday"), titles[-1]) == (53, "Far away")
    rows = list(plan.export_rows())
    assert len(rows) == 54
    assert (rows[0][5], rows[-1][5]) == (TUESDAY.isoformat(), "2199-01-01")
    assert calendar(plan).count(b"BEGIN:VEVENT") == 54
