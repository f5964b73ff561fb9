"""The week in review adds up to what the plan holds."""

from __future__ import annotations

import datetime as dt

from planner.followups import FollowUpCounts
from planner.model import ContentType, FollowUp, Status
from planner.weeks import week_containing
from tests.conftest import TODAY, make_post

LAST_WEEK = week_containing(TODAY - dt.timedelta(days=7), 0)
NOW = dt.datetime(2026, 11, 23, 10, 0)


def test_review_figures_match_the_data(plan) -> None:
    days = LAST_WEEK.days
    make_post(
        plan,
        "promotional",
        days[0],
        channel="Instagram",
        status=Status.PUBLISHED,
        followup=FollowUp(True, "answered 6 comments", 6),
    )
    make_post(
        plan,
        "value",
        days[1],
        channel="Instagram",
        status=Status.PUBLISHED,
        followup=FollowUp(True, "", 2),
    )
    make_post(
        plan,
        "conversation",
        days[2],
        channel="Facebook",
        status=Status.PUBLISHED,
        followup=FollowUp(False, "", 1),
    )
    make_post(plan, "value", days[6], channel="Facebook", time=dt.time(20), status=Status.PUBLISHED)
    make_post(plan, "promotional", days[3], channel="Instagram", status=Status.SCHEDULED)
    make_post(plan, "value", TODAY, status=Status.PUBLISHED)  # another week
    review = plan.review(LAST_WEEK, NOW)
    assert review.total_published == 4
    assert dict(review.published) == {
        ContentType.PROMOTIONAL: 1,
        ContentType.VALUE: 2,
        ContentType.CONVERSATION: 1,
    }
    assert review.by_channel == (("Facebook", 2), ("Instagram", 2))
    # Sunday 20:00 was published 14 hours ago: still pending, not overdue.
    assert review.followups == FollowUpCounts(done=2, pending=1, overdue=1, conversations=9)
    assert review.missed == 1
    assert not review.over_limit  # 1 of 4 is under a third


def test_an_empty_week_reviews_to_zero(plan) -> None:
    review = plan.review(LAST_WEEK, NOW)
    assert review.total_published == 0
    assert review.share(ContentType.VALUE) == 0
    assert review.followups.total == 0
    assert not review.over_limit


def test_review_counts_as_missed_only_posts_whose_time_has_passed(plan) -> None:
    """On Monday at 10:00: the 9:00 draft is missed; the 11:00 one and an "any time" post
    of today are not yet; a published post and an idea never are."""
    this_week = week_containing(TODAY, 0)
    make_post(plan, "value", TODAY, time=dt.time(9), status=Status.DRAFT)
    make_post(plan, "value", TODAY, time=dt.time(11), status=Status.SCHEDULED)
    make_post(plan, "value", TODAY, status=Status.SCHEDULED)
    make_post(plan, "value", TODAY + dt.timedelta(days=3), status=Status.DRAFT)
    make_post(plan, "value", TODAY, time=dt.time(8), status=Status.PUBLISHED)
    make_post(plan, "value", None, status=Status.IDEA)
    assert plan.review(this_week, NOW).missed == 1
    assert plan.review(this_week, NOW + dt.timedelta(days=1)).missed == 3
