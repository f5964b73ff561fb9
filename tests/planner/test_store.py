"""Plan operations: posts and channels saved whole, validated, and undoable."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.errors import ValidationError
from planner.model import Change, Channel, ContentType, Post, Settings, Status
from planner.weeks import week_containing
from tests.conftest import (
    TODAY,
    add_channel,
    all_posts,
    ensure_channel,
    find_channel,
    find_post,
    make_post,
)


def test_week_holds_its_posts_in_time_order(plan) -> None:
    week = week_containing(TODAY, 0)
    late = make_post(plan, "value", TODAY, time=dt.time(18))
    anytime = make_post(plan, "value", TODAY)
    early = make_post(plan, "value", TODAY, time=dt.time(8))
    sunday = make_post(plan, "value", week.end, time=dt.time(7))
    make_post(plan, "value", week.end + dt.timedelta(days=1))
    make_post(plan, "value", None)
    assert [p.uid for p in plan.posts_in(week)] == [anytime.uid, early.uid, late.uid, sunday.uid]


def test_a_post_round_trips_every_field(plan) -> None:
    channel = add_channel(plan, "Newsletter")
    post = Post(
        channel_id=channel.id,
        content_type=ContentType.VALUE,
        title="  Five ways to keep bread fresh  ",
        body='Line one\nLine two\r\n— with émojis 🥖 and "quotes"',
        date=TODAY,
        time=dt.time(7, 5),
        status=Status.SCHEDULED,
        tags=("tips", "bread"),
        notes="=not a formula",
    )
    plan.put_posts([post])
    assert find_post(plan, post.uid) == post


def test_tags_are_tidied(plan) -> None:
    post = make_post(plan, "value", tags=(" a ", "b,c", "", "a"))
    assert find_post(plan, post.uid).tags == ("a", "b", "c")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"title": "   "}, "title: a title is required"),
        ({"date": None, "time": dt.time(9)}, "time: a post without a date cannot have a time"),
        ({"date": None, "status": Status.SCHEDULED}, "status: a scheduled post needs a date"),
        ({"date": None, "status": Status.PUBLISHED}, "status: a published post needs a date"),
    ],
)
def test_invalid_posts_are_refused_and_nothing_is_written(plan, changes, reason) -> None:
    good = make_post(plan, "value")
    bad = Post(channel_id=good.channel_id, content_type=ContentType.VALUE, title="ok")
    with pytest.raises(ValidationError, match=reason):
        plan.put_posts([replace(bad, title="first is fine"), replace(bad, uid="x", **changes)])
    assert plan.count_posts() == 1


def test_a_post_on_a_missing_channel_is_refused(plan) -> None:
    with pytest.raises(ValidationError):
        plan.put_posts([Post(channel_id=42, content_type=ContentType.VALUE, title="t")])
    assert plan.count_posts() == 0


def test_a_change_and_its_reverse(plan) -> None:
    post = make_post(plan, "promotional", title="Sale")
    moved = replace(post, date=TODAY + dt.timedelta(days=2))
    change = Change((post,), (moved,))
    plan.apply(change)
    assert find_post(plan, post.uid) == moved
    plan.apply(change.reversed())
    assert find_post(plan, post.uid) == post
    plan.apply(Change(posts_before=(post,)))
    assert find_post(plan, post.uid) is None


def test_current_posts_reads_again_what_a_view_showed(plan) -> None:
    shown = make_post(plan, "value", title="Shown")
    gone = make_post(plan, "value", title="Gone")
    changed = replace(shown, title="Changed meanwhile")
    plan.apply(Change((shown, gone), (changed,)))
    assert plan.current_posts([gone, shown]) == [changed]


def test_one_action_is_one_transaction(plan) -> None:
    make_post(plan, "value")

    def failing_action() -> None:
        with plan.transaction():
            make_post(plan, "value", title="second")
            make_post(plan, "value", title="third")
            raise RuntimeError("the action fails half way")

    with pytest.raises(RuntimeError):
        failing_action()
    assert plan.count_posts() == 1


def test_channels_are_matched_case_insensitively_and_unique(plan) -> None:
    created = ensure_channel(plan, "instagram")
    assert created.name == "Instagram"  # the usual spelling of a known channel
    assert created.char_limit == 2200
    assert find_channel(plan, " INSTAGRAM") == created
    assert ensure_channel(plan, "Corner shop board").char_limit is None
    with pytest.raises(ValidationError, match="already a channel called Instagram"):
        add_channel(plan, "iNSTAGRAM")
    with pytest.raises(ValidationError, match="needs a name"):
        add_channel(plan, "  ")


def test_channels_may_swap_names_in_one_change(plan) -> None:
    one, two = add_channel(plan, "One"), add_channel(plan, "Two")
    swapped = (replace(one, name="Two"), replace(two, name="One"))
    plan.apply(Change(channels_before=(one, two), channels_after=swapped))
    assert {c.id: c.name for c in plan.channels()} == {one.id: "Two", two.id: "One"}


def test_a_channel_goes_only_with_its_posts(plan) -> None:
    post = make_post(plan, "value", channel="TikTok")
    channel = find_channel(plan, "TikTok")
    with pytest.raises(ValidationError):
        plan.apply(Change(channels_before=(channel,)))
    plan.apply(Change(posts_before=(post,), channels_before=(channel,)))
    assert plan.channels() == []


def test_channel_limits_and_targets(plan) -> None:
    channel = add_channel(plan, "Bluesky", 300, 2)
    updated = Channel(channel.id, "Bluesky social", 300, 3)
    plan.apply(Change(channels_before=(channel,), channels_after=(updated,)))
    assert plan.channel_map()[channel.id] == updated
    with pytest.raises(ValidationError, match="at least 1"):
        plan.apply(Change(channels_after=(Channel(channel.id, "Bluesky", 0, None),)))


def test_settings(plan) -> None:
    settings = plan.settings()
    assert settings == Settings(name="bakery", time_zone="Europe/Rome")
    changed = Settings(
        name="Bakery", time_zone="America/New_York", week_start=6, rule="custom", custom_limit=25
    )
    plan.apply(Change(settings_after=changed))
    assert plan.settings() == changed
    assert plan.this_week(TODAY).start == dt.date(2026, 11, 22)  # weeks now start on Sunday
    for bad in (
        {"rule": "5-3-2"},
        {"custom_limit": 100},
        {"custom_limit": 0},
        {"week_start": 2},
        {"time_zone": "Mars/Olympus"},
        {"name": " "},
    ):
        with pytest.raises(ValidationError):
            plan.apply(Change(settings_after=Settings(**{**changed.__dict__, **bad})))
    assert plan.settings() == changed


def index_sql(plan) -> list[tuple[str, str | None]]:
    return sorted(plan.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))


def test_a_bulk_write_keeps_every_index_and_a_failed_one_changes_nothing(plan, monkeypatch) -> None:
    import planner.store

    monkeypatch.setattr(planner.store, "BULK_WRITE", 3)  # rebuild the indexes from 3 posts
    channel = add_channel(plan, "Instagram")
    indexes = index_sql(plan)
    posts = [Post(channel.id, ContentType.VALUE, f"tip {i}", date=TODAY) for i in range(5)]
    plan.put_posts(posts)
    assert index_sql(plan) == indexes
    assert plan.integrity_problems() == []
    plan_before = all_posts(plan)
    bad = [*(Post(channel.id, ContentType.VALUE, f"more {i}") for i in range(8)), posts[0]]
    bad.append(replace(posts[0], channel_id=channel.id + 99))  # no such channel
    with pytest.raises(ValidationError):
        plan.put_posts(bad)
    assert index_sql(plan) == indexes
    assert all_posts(plan) == plan_before
    query = "EXPLAIN QUERY PLAN SELECT * FROM posts WHERE date = '2026-11-23'"
    assert "USING INDEX" in str(plan.conn.execute(query).fetchall())
