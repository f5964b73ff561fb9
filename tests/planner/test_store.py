"""Plan operations: posts and channels saved whole, validated, and undoable."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.errors import ValidationError
from planner.model import Channel, ContentType, Post, Settings, Status
from planner.weeks import week_containing
from tests.conftest import TODAY, make_post


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
    channel = plan.add_channel("Newsletter")
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
    plan.add_post(post)
    assert plan.find_post(post.uid) == post


def test_tags_are_tidied(plan) -> None:
    post = make_post(plan, "value", tags=(" a ", "b,c", "", "a"))
    assert plan.find_post(post.uid).tags == ("a", "b", "c")


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
        plan.add_post(Post(channel_id=42, content_type=ContentType.VALUE, title="t"))
    assert plan.count_posts() == 0


def test_update_and_delete_return_what_undo_needs(plan) -> None:
    post = make_post(plan, "promotional", title="Sale")
    moved = plan.update_post(replace(post, date=TODAY + dt.timedelta(days=2)))
    assert plan.find_post(post.uid).date == TODAY + dt.timedelta(days=2)
    removed = plan.delete_posts([post.uid, "not-there"])
    assert removed == [moved]
    assert plan.find_post(post.uid) is None
    plan.put_posts(removed)  # undo
    assert plan.find_post(post.uid) == moved
    with pytest.raises(ValidationError, match="no longer exists"):
        plan.update_post(replace(post, uid="gone"))


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
    created = plan.ensure_channel("instagram")
    assert created.name == "Instagram"  # the usual spelling of a known channel
    assert created.char_limit == 2200
    assert plan.ensure_channel("INSTAGRAM") == created
    assert plan.ensure_channel("Corner shop board").char_limit is None
    with pytest.raises(ValidationError, match="already a channel called Instagram"):
        plan.add_channel("iNSTAGRAM")
    with pytest.raises(ValidationError, match="needs a name"):
        plan.add_channel("  ")


def test_deleting_a_channel_takes_its_posts_and_can_be_undone(plan) -> None:
    post = make_post(plan, "value", channel="TikTok")
    make_post(plan, "value", channel="Facebook")
    channel = plan.find_channel("TikTok")
    assert plan.count_posts_on_channel(channel.id) == 1
    removed = plan.delete_channel(channel.id)
    assert removed.posts_before == (post,)
    assert plan.find_channel("TikTok") is None
    assert plan.count_posts() == 1
    plan.restore_channel(channel, removed)
    assert plan.find_channel("TikTok") == channel
    assert plan.find_post(post.uid) == post


def test_channel_limits_and_targets(plan) -> None:
    channel = plan.add_channel("Bluesky", 300, 2)
    updated = plan.update_channel(Channel(channel.id, " Bluesky social ", 300, 3))
    assert plan.channel_map()[channel.id] == updated
    assert updated.name == "Bluesky social"
    with pytest.raises(ValidationError, match="at least 1"):
        plan.update_channel(Channel(channel.id, "Bluesky", 0, None))


def test_settings(plan) -> None:
    settings = plan.settings()
    assert settings == Settings(name="bakery", time_zone="Europe/Rome")
    changed = Settings(
        name="Bakery", time_zone="America/New_York", week_start=6, rule="custom", custom_limit=25
    )
    plan.update_settings(changed)
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
            plan.update_settings(Settings(**{**changed.__dict__, **bad}))
    assert plan.settings() == changed


def index_sql(plan) -> list[tuple[str, str | None]]:
    return sorted(plan.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))


def test_a_bulk_write_keeps_every_index_and_a_failed_one_changes_nothing(plan, monkeypatch) -> None:
    import planner.store

    monkeypatch.setattr(planner.store, "BULK_WRITE", 3)  # rebuild the indexes from 3 posts
    channel = plan.add_channel("Instagram")
    indexes = index_sql(plan)
    posts = [Post(channel.id, ContentType.VALUE, f"tip {i}", date=TODAY) for i in range(5)]
    plan.put_posts(posts)
    assert index_sql(plan) == indexes
    assert plan.integrity_problems() == []
    plan_before = plan.all_posts()
    bad = [*(Post(channel.id, ContentType.VALUE, f"more {i}") for i in range(8)), posts[0]]
    bad.append(replace(posts[0], channel_id=channel.id + 99))  # no such channel
    with pytest.raises(ValidationError):
        plan.put_posts(bad)
    assert index_sql(plan) == indexes
    assert plan.all_posts() == plan_before
    query = "EXPLAIN QUERY PLAN SELECT * FROM posts WHERE date = '2026-11-23'"
    assert "USING INDEX" in str(plan.conn.execute(query).fetchall())
