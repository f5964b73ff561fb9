"""Calendar export, read back with icalendar: one event per dated post, stable UIDs."""

from __future__ import annotations

import datetime as dt
import io

from icalendar import Calendar

from planner import recurrence
from planner.exports import Format, export_to_stream
from planner.model import ContentType, Post, Status
from planner.recurrence import Frequency, Recurrence
from tests.conftest import TODAY, add_series, ensure_channel, make_post


def calendar(plan) -> bytes:
    """The plan's calendar export, as the command line writes it to standard output."""
    stream = io.BytesIO()
    export_to_stream(plan, Format.ICS, None, stream)
    return stream.getvalue()


def events(plan) -> list:
    return Calendar.from_ical(calendar(plan)).walk("VEVENT")


def test_one_event_per_dated_post_with_its_uid(plan) -> None:
    timed = make_post(
        plan,
        "promotional",
        TODAY,
        time=dt.time(9, 30),
        title="Sale",
        body="20% off",
        status=Status.SCHEDULED,
        tags=("sale",),
    )
    all_day = make_post(plan, "conversation", TODAY + dt.timedelta(days=1), title="Ask")
    make_post(plan, "value", None, title="An idea")
    found = {str(event["UID"]): event for event in events(plan)}
    assert set(found) == {timed.uid, all_day.uid}

    sale = found[timed.uid]
    assert str(sale["SUMMARY"]) == "Sale"
    start = sale.decoded("DTSTART")
    assert start == dt.datetime(2026, 11, 23, 9, 30, tzinfo=start.tzinfo)
    assert sale["DTSTART"].params["TZID"] == "Europe/Rome"
    assert sale.decoded("DURATION") == dt.timedelta(minutes=30)
    assert [str(c) for c in sale["CATEGORIES"].cats] == ["promotional"]
    assert str(sale["DESCRIPTION"]).startswith(
        "20% off\nChannel: Instagram\nContent type: promotional"
    )
    assert str(sale["STATUS"]) == "CONFIRMED"

    ask = found[all_day.uid]
    assert ask.decoded("DTSTART") == TODAY + dt.timedelta(days=1)  # a date: all day
    assert isinstance(ask.decoded("DTSTART"), dt.date)
    assert not isinstance(ask.decoded("DTSTART"), dt.datetime)
    assert str(ask["STATUS"]) == "TENTATIVE"


def test_the_calendar_carries_its_time_zone(plan) -> None:
    make_post(plan, "value", TODAY, time=dt.time(10))
    zones = Calendar.from_ical(calendar(plan)).walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Rome"]


def test_exporting_again_keeps_the_uids(plan) -> None:
    make_post(plan, "value", TODAY, time=dt.time(10), title="Tip")
    first = {str(e["UID"]) for e in events(plan)}
    make_post(plan, "value", TODAY, time=dt.time(12), title="Another")
    second = {str(e["UID"]) for e in events(plan)}
    assert first < second


def test_series_occurrences_keep_their_uids_and_wall_clock_time(plan) -> None:
    channel = ensure_channel(plan, "Instagram")
    start = dt.date(2026, 10, 20)  # the last Tuesday of summer time in Rome
    template = Post(channel.id, ContentType.VALUE, "Tip Tuesday", date=start, time=dt.time(10))
    add_series(
        plan, [recurrence.new_series(template, Recurrence(Frequency.WEEKLY, 1).ending(count=3))]
    )
    found = events(plan)
    starts = sorted(e.decoded("DTSTART") for e in found)
    assert [(s.date().isoformat(), s.hour, s.utcoffset()) for s in starts] == [
        ("2026-10-20", 10, dt.timedelta(hours=2)),
        ("2026-10-27", 10, dt.timedelta(hours=1)),
        ("2026-11-03", 10, dt.timedelta(hours=1)),
    ]
    assert {str(e["UID"]) for e in found} == {str(e["UID"]) for e in events(plan)}
