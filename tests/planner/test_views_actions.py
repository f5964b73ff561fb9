"""The actions behind the month and list views, the plan's own dates, holidays and the
list's query, without Qt."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from planner import actions, special_days
from planner.approval import Review
from planner.errors import ValidationError
from planner.model import ContentType, Settings, Status
from planner.post_list import Column, ListFilter, ListOrder, PostList
from planner.weeks import week_containing
from tests.conftest import TODAY, make_post

WEEK = week_containing(TODAY, 0)


def test_a_bulk_status_change_is_one_step_and_leaves_ideas_unscheduled(plan) -> None:
    dated = [make_post(plan, "value", TODAY + dt.timedelta(days=i)) for i in range(3)]
    idea = make_post(plan, "value", None, status=Status.IDEA)
    action = actions.change_status(plan, [*dated, idea], Status.SCHEDULED)
    assert action.count == 3
    plan.apply(action.change)
    assert {p.status for p in plan.posts_in(WEEK)} == {Status.SCHEDULED}
    assert plan.ideas()[0].status is Status.IDEA
    plan.apply(action.change.reversed())
    assert {p.status for p in plan.posts_in(WEEK)} == {Status.DRAFT}


def test_bulk_type_and_channel_changes(plan) -> None:
    posts = [make_post(plan, "value", TODAY), make_post(plan, "promotional", TODAY)]
    plan.apply(actions.change_type(plan, posts, ContentType.CONVERSATION).change)
    assert {p.content_type for p in plan.posts_in(WEEK)} == {ContentType.CONVERSATION}
    other = make_post(plan, "value", None, channel="LinkedIn")
    plan.apply(actions.change_channel(plan, posts, other.channel_id).change)
    assert {p.channel_id for p in plan.posts_in(WEEK)} == {other.channel_id}


def test_duplicate_a_week_copies_its_posts_as_drafts_on_the_same_days(plan) -> None:
    make_post(plan, "value", TODAY, time=dt.time(9), status=Status.PUBLISHED)
    make_post(plan, "promotional", TODAY + dt.timedelta(days=4))
    action = actions.duplicate_week(plan, WEEK, WEEK.shifted(1))
    plan.apply(action.change)
    copies = plan.posts_in(WEEK.shifted(1))
    assert [(p.date, p.time, p.status) for p in copies] == [
        (TODAY + dt.timedelta(days=7), dt.time(9), Status.DRAFT),
        (TODAY + dt.timedelta(days=11), None, Status.DRAFT),
    ]
    assert len(plan.posts_in(WEEK)) == 2
    assert not actions.duplicate_week(plan, WEEK, WEEK).change


def test_plan_dates_are_added_edited_removed_and_undone(plan) -> None:
    added = actions.add_date(plan, " Black Friday ", dt.date(2026, 11, 27))
    plan.apply(added.change)
    (date,) = plan.plan_dates()
    assert (date.name, date.first, date.last) == ("Black Friday", dt.date(2026, 11, 27), date.first)
    span = actions.edit_date(date, date.__class__(0, "Sale", date.first, dt.date(2026, 11, 30)))
    plan.apply(span.change)
    assert plan.plan_dates(dt.date(2026, 11, 29), dt.date(2026, 12, 5))[0].name == "Sale"
    plan.apply(span.change.reversed())
    assert plan.plan_dates()[0].name == "Black Friday"
    plan.apply(actions.remove_dates(plan.plan_dates()).change)
    assert plan.plan_dates() == []
    with pytest.raises(ValidationError):
        actions.add_date(plan, "Backwards", dt.date(2026, 11, 27), dt.date(2026, 11, 1))


def test_holidays_of_the_plans_country_and_region_with_its_dates(plan) -> None:
    settings = plan.settings()
    plan.apply(
        actions.change_settings(plan, _with(settings, "IT", None), actions.ChannelChanges()).change
    )
    plan.apply(actions.add_date(plan, "Our birthday", dt.date(2026, 12, 8)).change)
    names = special_days.plan_day_names(
        plan, dt.date(2026, 12, 1), dt.date(2026, 12, 31), computer_locale="C", language="it_IT"
    )
    assert names[dt.date(2026, 12, 8)] == ("Immacolata Concezione", "Our birthday")
    assert names[dt.date(2026, 12, 25)] == ("Natale",)
    with pytest.raises(ValidationError):
        plan.apply(
            actions.change_settings(
                plan, _with(settings, "XX", None), actions.ChannelChanges()
            ).change
        )


def test_without_a_choice_the_computers_region_gives_the_holidays(plan) -> None:
    names = special_days.plan_day_names(
        plan,
        dt.date(2026, 7, 1),
        dt.date(2026, 7, 31),
        computer_locale="en_US.UTF-8",
        language="en_US",
    )
    assert names[dt.date(2026, 7, 4)] == ("Independence Day",)
    none = special_days.plan_day_names(
        plan, dt.date(2026, 7, 1), dt.date(2026, 7, 31), computer_locale="C", language="en_US"
    )
    assert none == {}


def _with(settings: Settings, country: str | None, region: str | None) -> Settings:
    from dataclasses import replace

    return replace(settings, holiday_country=country, holiday_region=region)


def test_the_list_matches_words_ignoring_case_and_accents(plan) -> None:
    make_post(plan, "value", TODAY, title="Caffè del mattino", body="Ogni giorno")
    make_post(plan, "value", TODAY, title="Sourdough class", tags=("bread",))
    make_post(plan, "promotional", None, title="Autumn SALE", notes="50% off")
    listing = PostList(plan.conn)
    titles = lambda text, **kw: [p.title for p in listing.posts(ListFilter(text=text, **kw))]  # noqa: E731
    assert titles("CAFFE") == ["Caffè del mattino"]
    assert titles("caffè mattino") == ["Caffè del mattino"]
    assert titles("bread") == ["Sourdough class"]
    assert titles("50%") == ["Autumn SALE"]
    assert titles("_") == []
    assert titles("", types=frozenset({ContentType.PROMOTIONAL})) == ["Autumn SALE"]
    assert titles("", first=TODAY, last=TODAY) == ["Caffè del mattino", "Sourdough class"]


def test_the_list_sorts_by_where_the_client_stands(plan) -> None:
    for title, review in (
        ("Approved", Review.APPROVED),
        ("Not sent", Review.NONE),
        ("Changes", Review.CHANGES),
        ("Awaiting", Review.AWAITING),
    ):
        make_post(plan, "value", TODAY, title=title, review=review)
    listing = PostList(plan.conn)
    order = ListOrder(Column.REVIEW)
    titles = [p.title for p in listing.posts(ListFilter(), order)]
    assert titles == ["Not sent", "Awaiting", "Changes", "Approved"]
    backwards = listing.posts(ListFilter(), replace(order, descending=True))
    assert [p.title for p in backwards] == titles[::-1]


def test_list_json_prints_the_csv_fields_and_the_review(plan, capsys) -> None:
    from planner.cli import main

    make_post(
        plan,
        "value",
        TODAY,
        time=dt.time(9),
        title="Tip",
        tags=("a", "b"),
        review=Review.CHANGES,
        review_comment="Shorter, please",
    )
    make_post(plan, "promotional", None, title="Sale idea", status=Status.IDEA)
    plan.close()
    assert main(["list", str(plan.path), "--json", "--type", "value"]) == 0
    (post,) = json.loads(capsys.readouterr().out)
    assert list(post) == [
        "uid", "date", "time", "channel", "content_type", "title", "body", "status", "tags",
        "notes", "followup_done", "followup_note", "conversations", "review", "review_comment",
    ]  # fmt: skip
    assert (post["date"], post["time"], post["tags"], post["review"]) == (
        "2026-11-23",
        "09:00",
        ["a", "b"],
        "changes",
    )
    assert post["review_comment"] == "Shorter, please"
    assert main(["list", str(plan.path), "--search", "SALE"]) == 0
    out = capsys.readouterr().out
    assert "Sale idea" in out
    assert "1 post" in out
    assert main(["list", str(plan.path), "--channel", "Nowhere"]) == 1
