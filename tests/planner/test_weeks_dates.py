"""Weeks by the plan's week start, and dates and times as people type them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.dateparse import parse_date, parse_time
from planner.weeks import Week, date_range_label, week_containing


@pytest.mark.parametrize(
    ("week_start", "first_day"),
    [(0, dt.date(2026, 11, 23)), (6, dt.date(2026, 11, 22)), (5, dt.date(2026, 11, 21))],
)
def test_the_week_starts_on_the_plans_day(week_start, first_day) -> None:
    week = week_containing(dt.date(2026, 11, 27), week_start)
    assert week.start == first_day
    assert week.end == first_day + dt.timedelta(days=6)
    assert dt.date(2026, 11, 27) in week
    assert first_day - dt.timedelta(days=1) not in week


@given(st.dates(dt.date(1950, 1, 1), dt.date(2150, 1, 1)), st.sampled_from([0, 5, 6]))
def test_every_day_is_in_exactly_one_week_of_seven_days(day, week_start) -> None:
    week = week_containing(day, week_start)
    assert week.start.weekday() == week_start
    assert day in week
    assert week.start <= day <= week.end
    assert day not in week.shifted(1)
    assert day not in week.shifted(-1)
    assert week_containing(week.end, week_start) == week


def test_week_numbers_and_labels() -> None:
    assert Week(dt.date(2026, 11, 23)).label() == "Week 48 · 23–29 Nov 2026"
    assert Week(dt.date(2026, 11, 30)).label() == "Week 49 · 30 Nov – 6 Dec 2026"
    assert Week(dt.date(2026, 12, 28)).label() == "Week 53 · 28 Dec 2026 – 3 Jan 2027"
    # A Sunday week is numbered like the Monday week it mostly overlaps.
    assert week_containing(dt.date(2026, 11, 24), 6).number == 48
    assert date_range_label(dt.date(2026, 1, 1), dt.date(2026, 1, 1)) == "1–1 Jan 2026"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2026", "is not a valid date"),
        ("2026-02-30", "is not a valid date"),
        ("tomorrow", "is not a valid date"),
        ("Nov 24", "is not a whole date"),
        ("2026", "is not a whole date"),
        ("24/11/20266", "is not a valid date"),
        ("1/1/1800", "outside the years"),
        ("", "is not a valid date"),
    ],
)
def test_bad_dates_say_why(text, reason) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(text)


@pytest.mark.parametrize("text", ["24:00", "9", "13pm", "0am", "9:60", "noon", "9:30:75", "-1:00"])
def test_bad_times_are_refused(text) -> None:
    with pytest.raises(ValueError, match="is not a valid time"):
        parse_time(text)


@given(st.times())
def test_every_time_reads_back_in_both_clocks(time) -> None:
    minute = time.replace(second=0, microsecond=0)
    assert parse_time(minute.strftime("%H:%M")) == minute
    assert parse_time(minute.strftime("%I:%M %p")) == minute
    assert parse_time(minute.strftime("%I:%M%p").lower().lstrip("0")) == minute


@given(st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)))
def test_every_date_reads_back_in_common_forms(day) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%m/%d/%Y")) == day
    assert parse_date(day.strftime("%d/%m/%Y"), dayfirst=True) == day
    assert parse_date(day.strftime("%d %B %Y")) == day
