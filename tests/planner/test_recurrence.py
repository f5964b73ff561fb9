"""Recurring series: each kind of repetition, edits of one post or the series, skipping
and ending, each undoable; exported occurrences come back without doubling."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import recurrence
from planner.csv_export import write_to_binary
from planner.csv_import import check_import, import_csv
from planner.model import Change, ContentType, Post, Status
from planner.recurrence import Frequency, Recurrence
from planner.store import Plan
from tests.conftest import TODAY, ensure_channel, find_post

TUESDAY = dt.date(2026, 11, 24)
TEN = dt.time(10)


def template(plan: Plan, day: dt.date = TUESDAY, **changes) -> Post:
    channel = ensure_channel(plan, "Instagram")
    post = Post(channel.id, ContentType.VALUE, "Tip Tuesday", date=day, time=TEN)
    return replace(post, **changes)


def add_series(plan: Plan, rule: Recurrence, day: dt.date = TUESDAY, **changes):
    series = recurrence.new_series(template(plan, day, **changes), rule)
    plan.apply(Change(series_after=(series,)))
    return series


def dates(plan: Plan, first: dt.date, last: dt.date) -> list[dt.date]:
    return [p.date for p in plan.posts_between(first, last)]


def test_every_tuesday_at_ten(plan) -> None:
    add_series(plan, Recurrence(Frequency.WEEKLY, TUESDAY.weekday()))
    posts = plan.posts_between(dt.date(2026, 11, 1), dt.date(2026, 12, 31))
    assert [p.date for p in posts] == [TUESDAY + dt.timedelta(weeks=i) for i in range(6)]
    assert {(p.time, p.title, p.virtual) for p in posts} == {(TEN, "Tip Tuesday", True)}
    assert len({p.uid for p in posts}) == 6


def test_the_wall_clock_time_stays_across_a_daylight_saving_change(plan) -> None:
    # Europe/Rome leaves summer time on Sunday 25 October 2026.
    add_series(plan, Recurrence(Frequency.WEEKLY, 1), dt.date(2026, 10, 13))
    posts = plan.posts_between(dt.date(2026, 10, 12), dt.date(2026, 11, 8))
    assert [(p.date.day, p.time) for p in posts] == [(13, TEN), (20, TEN), (27, TEN), (3, TEN)]


def test_every_other_friday(plan) -> None:
    friday = dt.date(2026, 11, 27)
    add_series(plan, Recurrence(Frequency.WEEKLY, 4, interval=2), friday)
    assert dates(plan, friday, dt.date(2027, 1, 10)) == [
        dt.date(2026, 11, 27),
        dt.date(2026, 12, 11),
        dt.date(2026, 12, 25),
        dt.date(2027, 1, 8),
    ]


def test_first_monday_and_last_friday_of_the_month(plan) -> None:
    first_monday = Recurrence.like(dt.date(2026, 12, 7), Frequency.MONTHLY)
    assert (first_monday.nth, first_monday.weekday) == (1, 0)
    add_series(plan, first_monday, dt.date(2026, 12, 7))
    assert dates(plan, dt.date(2026, 12, 1), dt.date(2027, 3, 31)) == [
        dt.date(2026, 12, 7),
        dt.date(2027, 1, 4),
        dt.date(2027, 2, 1),
        dt.date(2027, 3, 1),
    ]
    last_friday = Recurrence.like(dt.date(2026, 10, 30), Frequency.MONTHLY)
    assert (last_friday.nth, last_friday.rule()) == (-1, "FREQ=MONTHLY;BYDAY=-1FR")


def test_ending_after_n_on_a_date_or_never(plan) -> None:
    weekly = Recurrence(Frequency.WEEKLY, 1)
    add_series(plan, weekly.ending(count=3), title="Three times")
    add_series(plan, weekly.ending(until=dt.date(2026, 12, 8)), title="Until 8 December")
    add_series(plan, weekly, title="Forever")
    posts = plan.posts_between(TUESDAY, dt.date(2036, 12, 31))
    counts = {
        title: sum(p.title == title for p in posts)
        for title in ("Three times", "Until 8 December", "Forever")
    }
    assert counts == {"Three times": 3, "Until 8 December": 3, "Forever": 528}


@given(
    st.sampled_from(list(Frequency)),
    st.integers(0, 6),
    st.integers(1, 4),
    st.sampled_from([1, 2, 3, 4, -1]),
    st.none() | st.integers(1, 50),
    st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2030, 1, 1)),
)
def test_rules_read_back_as_written(frequency, weekday, interval, nth, count, until) -> None:
    rule = Recurrence(
        frequency,
        weekday,
        interval if frequency is Frequency.WEEKLY else 1,
        nth if frequency is Frequency.MONTHLY else 1,
        count,
        None if count else until,
    )
    assert Recurrence.from_rule(rule.rule()) == rule


def test_editing_one_post_stores_it_over_its_occurrence_and_undoes(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1))
    week_two = plan.posts_between(TUESDAY + dt.timedelta(days=7), TUESDAY + dt.timedelta(days=7))[0]
    edited = replace(
        week_two, title="Special edition", date=week_two.date + dt.timedelta(days=1), virtual=False
    )
    plan.apply(Change((week_two,), (edited,)))
    span = plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(days=20))
    assert [(p.date.day, p.title, p.virtual) for p in span] == [
        (24, "Tip Tuesday", True),
        (2, "Special edition", False),
        (8, "Tip Tuesday", True),
    ]
    assert plan.edited_occurrences(series.uid) == [edited]
    plan.apply(Change((edited,), (week_two,)))  # undo: back to the computed occurrence
    assert plan.edited_occurrences(series.uid) == []
    assert [p.title for p in plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(days=20))] == [
        "Tip Tuesday"
    ] * 3


def test_editing_the_series_changes_later_posts_not_earlier_or_hand_edited(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1))
    posts = plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(weeks=5))
    by_hand = replace(posts[4], title="By hand", virtual=False)
    plan.apply(Change((posts[4],), (by_hand,)))
    change = recurrence.edit_from(
        series,
        posts[2].date,
        replace(posts[2], title="New tip", time=dt.time(11)),
        Recurrence(Frequency.WEEKLY, 1),
        plan.edited_occurrences(series.uid),
    )
    plan.apply(change)
    after = plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(weeks=5))
    assert [(p.title, p.time) for p in after] == [
        ("Tip Tuesday", TEN),
        ("Tip Tuesday", TEN),
        ("New tip", dt.time(11)),
        ("New tip", dt.time(11)),
        ("By hand", TEN),
        ("New tip", dt.time(11)),
    ]
    assert after[:2] == posts[:2]  # earlier occurrences keep their identity
    plan.apply(change.reversed())
    assert plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(weeks=5)) == [
        *posts[:4],
        by_hand,
        posts[5],
    ]
    assert [s.uid for s in plan.series()] == [series.uid]


def test_editing_the_series_from_its_first_post_changes_it_in_place(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1).ending(count=4))
    first = plan.posts_between(TUESDAY, TUESDAY)[0]
    change = recurrence.edit_from(
        series,
        TUESDAY,
        replace(first, title="Renamed"),
        Recurrence(Frequency.WEEKLY, 1).ending(count=4),
        [],
    )
    plan.apply(change)
    assert [s.uid for s in plan.series()] == [series.uid]
    assert {p.title for p in plan.posts_between(TUESDAY, TODAY + dt.timedelta(days=60))} == {
        "Renamed"
    }


def test_a_count_carries_on_after_a_series_edit(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1).ending(count=5))
    third = plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(weeks=4))[2]
    plan.apply(
        recurrence.edit_from(
            series,
            third.date,
            replace(third, title="Later"),
            Recurrence(Frequency.WEEKLY, 1).ending(count=5),
            [],
        )
    )
    titles = [p.title for p in plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(weeks=20))]
    assert titles == ["Tip Tuesday", "Tip Tuesday", "Later", "Later", "Later"]


def test_skipping_one_occurrence_and_undoing(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1))
    span = (TUESDAY, TUESDAY + dt.timedelta(weeks=2))
    second = plan.posts_between(*span)[1]
    change = recurrence.skip(series, [second])
    plan.apply(change)
    assert dates(plan, *span) == [TUESDAY, TUESDAY + dt.timedelta(weeks=2)]
    plan.apply(change.reversed())
    assert len(dates(plan, *span)) == 3


def test_skipping_a_hand_edited_occurrence_removes_it(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1))
    first = plan.posts_between(TUESDAY, TUESDAY)[0]
    edited = replace(first, title="Edited", virtual=False)
    plan.apply(Change((first,), (edited,)))
    plan.apply(recurrence.skip(plan.find_series(series.uid), [edited]))
    assert plan.posts_between(TUESDAY, TUESDAY) == []
    assert plan.count_posts() == 0


def test_ending_the_series_and_undoing(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1))
    third = TUESDAY + dt.timedelta(weeks=2)
    posts = plan.posts_between(TUESDAY, third + dt.timedelta(weeks=3))
    later = replace(posts[4], title="Edited later", virtual=False)
    plan.apply(Change((posts[4],), (later,)))
    change = recurrence.end_before(series, third, plan.edited_occurrences(series.uid))
    plan.apply(change)
    assert dates(plan, TUESDAY, dt.date(2030, 1, 1)) == [TUESDAY, TUESDAY + dt.timedelta(weeks=1)]
    assert plan.count_posts() == 0  # the later edited occurrence went with the series
    plan.apply(change.reversed())
    assert len(plan.posts_between(TUESDAY, third + dt.timedelta(weeks=3))) == 6
    assert find_post(plan, later.uid) == later


def test_ending_before_the_first_removes_the_series(plan) -> None:
    series = add_series(plan, Recurrence(Frequency.WEEKLY, 1))
    plan.apply(recurrence.end_before(series, TUESDAY, []))
    assert plan.series() == []
    assert plan.is_empty()


def test_occurrences_count_in_the_mix_and_export_then_reimport_without_doubling(
    plan, tmp_path
) -> None:
    add_series(plan, Recurrence(Frequency.WEEKLY, 1), content_type=ContentType.PROMOTIONAL)
    week = plan.this_week(TODAY)
    assert plan.week_mix(week).report.total == 1
    stream = io.BytesIO()
    write_to_binary(plan.export_rows(), plan.channel_map(), stream)
    exported = stream.getvalue()
    # A year ahead of today (Monday 23 November 2026): every Tuesday up to 23 November 2027.
    assert exported.count(b"Tip Tuesday") == 53
    preview = check_import(plan, exported)
    assert (preview.created, preview.updated) == (0, 0)
    # A client moves one occurrence in the spreadsheet: it comes back as an edit by hand.
    lines = exported.decode("utf-8-sig").split("\r\n")
    first = lines[1].replace(',"2026-11-24",', ',"2026-11-25",')
    import_csv(plan, ("\r\n".join([lines[0], first])).encode())
    week_posts = plan.posts_in(week)
    assert [(p.date, p.virtual) for p in week_posts] == [(dt.date(2026, 11, 25), False)]


def test_a_series_needs_a_date_and_a_rule_we_know(plan) -> None:
    from planner.errors import ValidationError

    with pytest.raises(ValidationError, match="first date"):
        recurrence.new_series(template(plan, None), Recurrence(Frequency.WEEKLY, 1))
    series = recurrence.new_series(template(plan), Recurrence(Frequency.WEEKLY, 1))
    with pytest.raises(ValidationError, match="not a repetition"):
        plan.apply(Change(series_after=(replace(series, rule="FREQ=HOURLY;BYSECOND=5"),)))
    assert plan.series() == []
    assert (
        recurrence.new_series(
            template(plan, status=Status.PUBLISHED), Recurrence(Frequency.WEEKLY, 1)
        ).template.status
        is Status.PUBLISHED
    )
