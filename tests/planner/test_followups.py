"""Follow-ups: published posts wait for replies; overdue a day after the post."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from planner.cli import main
from planner.followups import (
    FollowUpCounts,
    FollowUpState,
    count_followups,
    next_change,
    state,
)
from planner.mix import Code
from planner.model import ContentType, FollowUp, Post, Status
from planner.weeks import week_containing
from tests.conftest import TODAY, codes, find_post, make_post

MONDAY_9 = dt.datetime(2026, 11, 23, 9, 0)


def published(time: dt.time | None = dt.time(9), **changes) -> Post:
    post = Post(1, ContentType.VALUE, "Tip", date=TODAY, time=time, status=Status.PUBLISHED)
    return replace(post, **changes)


def test_only_published_dated_posts_have_a_follow_up() -> None:
    assert published().has_followup
    for status in (Status.IDEA, Status.DRAFT, Status.SCHEDULED):
        assert state(published(status=status), MONDAY_9) is None


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (MONDAY_9, FollowUpState.PENDING),
        (MONDAY_9 + dt.timedelta(hours=23, minutes=59), FollowUpState.PENDING),
        (MONDAY_9 + dt.timedelta(days=1), FollowUpState.OVERDUE),
        (MONDAY_9 + dt.timedelta(days=30), FollowUpState.OVERDUE),
    ],
)
def test_overdue_a_day_after_the_post(now, expected) -> None:
    assert state(published(), now) is expected
    assert state(published(followup=FollowUp(done=True)), now) is FollowUpState.DONE


def test_a_post_without_a_time_counts_from_the_start_of_its_day() -> None:
    post = published(time=None)
    assert state(post, dt.datetime(2026, 11, 23, 23, 59)) is FollowUpState.PENDING
    assert state(post, dt.datetime(2026, 11, 24, 0, 0)) is FollowUpState.OVERDUE


def test_counts_and_the_next_change() -> None:
    posts = [
        published(followup=FollowUp(done=True, conversations=6)),
        published(time=dt.time(15), followup=FollowUp(conversations=2)),
        published(date=TODAY - dt.timedelta(days=3)),
        published(status=Status.DRAFT),
    ]
    now = dt.datetime(2026, 11, 23, 16, 0)
    assert count_followups(posts, now) == FollowUpCounts(
        done=1, pending=1, overdue=1, conversations=8
    )
    assert next_change(posts, now) == dt.datetime(2026, 11, 24, 15, 0)
    assert next_change(posts[:1], now) is None


def test_publishing_creates_the_follow_up_and_it_is_kept(plan) -> None:
    post = make_post(plan, ContentType.VALUE, TODAY, time=dt.time(9), status=Status.SCHEDULED)
    assert not post.has_followup
    now = MONDAY_9 + dt.timedelta(hours=1)
    week = week_containing(TODAY, 0)
    assert plan.week_mix(week, now).report.followups.total == 0
    plan.put_posts([replace(post, status=Status.PUBLISHED)])
    assert plan.week_mix(week, now).report.followups == FollowUpCounts(pending=1)
    done = replace(post, status=Status.PUBLISHED, followup=FollowUp(True, "6 comments", 6))
    plan.put_posts([done])
    assert find_post(plan, post.uid).followup == FollowUp(True, "6 comments", 6)
    assert plan.week_mix(week, now).report.followups == FollowUpCounts(done=1, conversations=6)


def test_followups_overdue_warning_appears_and_clears(plan) -> None:
    week = week_containing(TODAY, 0)
    first = make_post(plan, ContentType.VALUE, TODAY, time=dt.time(9), status=Status.PUBLISHED)
    make_post(plan, ContentType.CONVERSATION, TODAY, time=dt.time(12), status=Status.PUBLISHED)
    before = plan.week_mix(week, dt.datetime(2026, 11, 24, 8, 59)).report
    assert Code.FOLLOWUPS_OVERDUE not in codes(before)
    after = plan.week_mix(week, dt.datetime(2026, 11, 24, 12, 0)).report
    (warning,) = [w for w in after.warnings if w.code == Code.FOLLOWUPS_OVERDUE]
    assert warning.message == (
        "2 follow-ups overdue: published posts whose replies were not done within a day."
    )
    assert warning.figures == {"count": 2}
    plan.put_posts([replace(first, followup=FollowUp(done=True))])
    one = plan.week_mix(week, dt.datetime(2026, 11, 24, 12, 0)).report
    assert [w.message for w in one.warnings if w.code == Code.FOLLOWUPS_OVERDUE] == [
        "1 follow-up overdue: published posts whose replies were not done within a day."
    ]
    assert Code.FOLLOWUPS_OVERDUE not in codes(plan.week_mix(week).report)  # no clock, no judgement


def test_mix_json_reports_overdue_follow_ups(plan, plan_path, capsys) -> None:
    last_year = dt.date(2025, 11, 24)
    for hour in (9, 12, 15):
        make_post(plan, ContentType.VALUE, last_year, time=dt.time(hour), status=Status.PUBLISHED)
    plan.close()
    assert main(["mix", str(plan_path), "--week", last_year.isoformat(), "--json"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    overdue = [w for w in warnings if w["code"] == "followups_overdue"]
    assert overdue == [
        {
            "code": "followups_overdue",
            "message": "3 follow-ups overdue: published posts whose replies were not done "
            "within a day.",
        }
    ]
