"""Every user action as the window and the command line share it: one Change, applied in
one transaction, undone by its reverse; no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner import actions, recurrence
from planner.actions import ChannelChanges, Label, Scope
from planner.csv_import import preview_import, read_csv
from planner.errors import PlanLockedError, ValidationError
from planner.model import (
    Change,
    Channel,
    ContentType,
    FollowUp,
    Part,
    Post,
    Settings,
    Starter,
    Status,
)
from planner.recurrence import Frequency, Recurrence
from planner.rules import RuleId
from planner.store import Plan
from tests.conftest import NOW, TODAY, add_channel, add_series, ensure_channel, find_post, make_post

P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION
TUESDAY = TODAY + dt.timedelta(days=1)


def snapshot(plan: Plan) -> tuple[object, ...]:
    return (
        plan.stored_posts(),
        plan.series(),
        plan.channels(),
        plan.settings(),
        plan.starters(),
    )


def apply_and_undo(plan: Plan, action: actions.Action) -> None:
    """Apply the action, then check that its reverse gives the plan back whole."""
    before = snapshot(plan)
    plan.apply(action.change)
    after = snapshot(plan)
    plan.apply(action.change.reversed())
    assert snapshot(plan) == before
    plan.apply(action.change)
    assert snapshot(plan) == after


def weekly(plan: Plan, title: str = "Tip Tuesday") -> recurrence.Series:
    channel = ensure_channel(plan, "Instagram")
    template = Post(channel.id, V, title, date=TUESDAY, time=dt.time(10))
    series = recurrence.new_series(template, Recurrence(Frequency.WEEKLY, TUESDAY.weekday()))
    add_series(plan, [series])
    return series


def occurrence_on(plan: Plan, day: dt.date) -> Post:
    (post,) = plan.posts_between(day, day)
    return post


# -- saving a post ---------------------------------------------------------------------------


def test_a_failed_save_of_a_post_on_a_new_channel_leaves_the_plan_as_it_was(
    plan, monkeypatch
) -> None:
    before = snapshot(plan)
    post = Post(0, V, "Sourdough class", date=TODAY)
    action = actions.save_post(plan, None, post, channel_name="instagram")
    assert [c.name for c in action.change.channels_after] == ["Instagram"]

    def locked(_posts):
        raise PlanLockedError("bakery.sqlite3 is in use by another program or window.")

    monkeypatch.setattr(plan, "put_posts", locked)  # the write fails after the channel's
    with pytest.raises(PlanLockedError):
        plan.apply(action.change)
    assert snapshot(plan) == before  # no channel was made


def test_a_new_post_on_a_new_channel_is_one_action(plan) -> None:
    post = Post(0, V, "Sourdough class", date=TODAY)
    action = actions.save_post(plan, None, post, channel_name="x")
    assert action.label is Label.NEW_POST
    apply_and_undo(plan, action)
    (channel,) = plan.channels()
    assert (channel.name, channel.char_limit) == ("X", 280)
    assert find_post(plan, post.uid).channel_id == channel.id


def test_an_edit_is_saved_over_the_post_as_the_plan_holds_it_now(plan) -> None:
    shown = make_post(plan, V, title="Shown")
    meanwhile = replace(shown, notes="written in another window")
    plan.apply(Change((shown,), (meanwhile,)))
    action = actions.save_post(plan, shown, replace(shown, title="Edited"))
    assert action.label is Label.EDIT_POST
    assert action.change.posts_before == (meanwhile,)  # undo brings back what was there
    apply_and_undo(plan, action)


def test_editing_a_post_deleted_meanwhile_is_refused(plan) -> None:
    post = make_post(plan, V)
    plan.apply(Change(posts_before=(post,)))
    with pytest.raises(ValidationError, match="no longer exists"):
        actions.save_post(plan, post, replace(post, title="Edited"))


def test_a_post_made_to_repeat_becomes_a_series(plan) -> None:
    post = make_post(plan, V, TUESDAY)
    repeat = Recurrence(Frequency.WEEKLY, TUESDAY.weekday())
    action = actions.save_post(plan, post, post, repeat=repeat)
    apply_and_undo(plan, action)
    assert plan.count_posts() == 0
    assert len(plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(weeks=3))) == 4


def test_only_this_post_of_a_series_is_stored_over_its_occurrence(plan) -> None:
    series = weekly(plan)
    shown = occurrence_on(plan, TUESDAY)
    assert actions.repeat_of(plan, shown) == Recurrence.from_rule(series.rule)
    action = actions.save_post(plan, shown, replace(shown, title="Special"))
    apply_and_undo(plan, action)
    assert occurrence_on(plan, TUESDAY).title == "Special"
    assert occurrence_on(plan, TUESDAY + dt.timedelta(weeks=1)).title == "Tip Tuesday"


def test_the_series_from_here_changes_later_posts_only(plan) -> None:
    series = weekly(plan)
    second = occurrence_on(plan, TUESDAY + dt.timedelta(weeks=1))
    action = actions.save_post(
        plan,
        second,
        replace(second, title="New look"),
        repeat=Recurrence.from_rule(series.rule),
        scope=Scope.SERIES_FROM_HERE,
    )
    assert action.label is Label.EDIT_SERIES
    apply_and_undo(plan, action)
    assert occurrence_on(plan, TUESDAY).title == "Tip Tuesday"
    assert occurrence_on(plan, TUESDAY + dt.timedelta(weeks=2)).title == "New look"


def test_a_series_no_longer_repeating_from_here_ends_and_keeps_the_post(plan) -> None:
    weekly(plan)
    second = occurrence_on(plan, TUESDAY + dt.timedelta(weeks=1))
    action = actions.save_post(plan, second, second, scope=Scope.SERIES_FROM_HERE)
    apply_and_undo(plan, action)
    alone = occurrence_on(plan, TUESDAY + dt.timedelta(weeks=1))
    assert (alone.series_uid, alone.virtual) == (None, False)
    assert (
        plan.posts_between(TUESDAY + dt.timedelta(weeks=2), TUESDAY + dt.timedelta(weeks=9)) == []
    )


# -- moving, copying, deleting -----------------------------------------------------------------


def test_an_idea_dropped_on_a_day_becomes_a_draft_and_keeps_its_time(plan) -> None:
    idea = make_post(plan, C, None, status=Status.IDEA)
    scheduled = make_post(plan, V, TODAY, time=dt.time(9), status=Status.SCHEDULED)
    action = actions.move_posts(plan, [idea, scheduled], TUESDAY)
    assert action.count == 2
    apply_and_undo(plan, action)
    moved = find_post(plan, idea.uid)
    assert (moved.date, moved.status) == (TUESDAY, Status.DRAFT)
    assert find_post(plan, scheduled.uid).time == dt.time(9)
    assert find_post(plan, scheduled.uid).status is Status.SCHEDULED


def test_a_post_dropped_on_its_own_day_changes_nothing(plan) -> None:
    post = make_post(plan, V, TODAY)
    assert not actions.move_posts(plan, [post], TODAY).change


def test_unscheduled_posts_lose_date_and_time(plan) -> None:
    draft = make_post(plan, V, TODAY, time=dt.time(9))
    published = make_post(plan, V, TODAY, status=Status.PUBLISHED)
    action = actions.unschedule_posts(plan, [draft, published])
    assert action.label is Label.UNSCHEDULE_POSTS
    apply_and_undo(plan, action)
    assert [(p.date, p.time, p.status) for p in plan.ideas()] == [
        (None, None, Status.DRAFT),
        (None, None, Status.IDEA),
    ]


def test_a_copy_is_a_new_draft_without_its_follow_up(plan) -> None:
    post = make_post(plan, C, TODAY, status=Status.PUBLISHED, followup=FollowUp(True, "ok", 3))
    action = actions.copy_posts(plan, [post], TUESDAY)
    apply_and_undo(plan, action)
    (copy,) = plan.posts_between(TUESDAY, TUESDAY)
    assert (copy.status, copy.followup, copy.title) == (Status.DRAFT, FollowUp(), post.title)
    assert copy.uid != post.uid


def test_duplicates_stay_on_their_day(plan) -> None:
    idea = make_post(plan, V, None, status=Status.IDEA)
    post = make_post(plan, V, TODAY)
    action = actions.duplicate_posts(plan, [idea, post])
    assert action.count == 2
    apply_and_undo(plan, action)
    assert len(plan.ideas()) == 2
    assert len(plan.posts_between(TODAY, TODAY)) == 2


def test_deleting_skips_an_occurrence_or_ends_its_series(plan) -> None:
    weekly(plan)
    plain = make_post(plan, V, TODAY, title="Plain")
    second = occurrence_on(plan, TUESDAY + dt.timedelta(weeks=1))
    assert actions.repeating([plain, second])
    skip = actions.delete_posts(plan, [plain, second])
    assert (skip.label, skip.count) == (Label.DELETE_POSTS, 2)
    apply_and_undo(plan, skip)
    assert find_post(plan, plain.uid) is None
    assert plan.posts_between(second.date, second.date) == []
    assert len(plan.posts_between(TUESDAY, TUESDAY + dt.timedelta(weeks=3))) == 3
    plan.apply(skip.change.reversed())
    end = actions.delete_posts(plan, [second], end_series=True)
    assert end.label is Label.END_SERIES
    apply_and_undo(plan, end)
    assert [p.date for p in plan.posts_between(TUESDAY, dt.date(2030, 1, 1))] == [TUESDAY]


def test_a_post_deleted_meanwhile_is_left_out(plan) -> None:
    post = make_post(plan, V)
    plan.apply(Change(posts_before=(post,)))
    assert not actions.delete_posts(plan, [post]).change


# -- follow-ups, ideas, starters -----------------------------------------------------------------


def test_replies_are_marked_done_unless_all_are(plan) -> None:
    done = make_post(plan, V, TODAY, status=Status.PUBLISHED, followup=FollowUp(done=True))
    waiting = make_post(plan, V, TODAY, status=Status.PUBLISHED)
    draft = make_post(plan, V, TODAY)
    action = actions.toggle_replies(plan, [done, waiting, draft])
    assert (action.label, action.count) == (Label.REPLIES_DONE, 2)
    apply_and_undo(plan, action)
    assert find_post(plan, waiting.uid).followup.done
    undone = actions.toggle_replies(plan, [done, waiting])
    assert undone.label is Label.REPLIES_NOT_DONE


def test_a_follow_up_is_edited_and_an_unchanged_one_is_no_action(plan) -> None:
    post = make_post(plan, C, TODAY, status=Status.PUBLISHED)
    action = actions.edit_followup(plan, post, FollowUp(True, "two tables booked", 5))
    apply_and_undo(plan, action)
    assert find_post(plan, post.uid).followup.conversations == 5
    assert not actions.edit_followup(
        plan, find_post(plan, post.uid), FollowUp(True, "two tables booked", 5)
    ).change


def test_a_starter_becomes_an_idea_on_the_chosen_or_first_channel(plan) -> None:
    starter = plan.starters()[0]
    assert actions.idea_from_starter(plan, starter, None) is None  # no channel yet
    first = add_channel(plan, "Facebook")
    other = add_channel(plan, "LinkedIn")
    assert actions.idea_from_starter(plan, starter, None).channel_id == first.id
    idea = actions.idea_from_starter(plan, starter, other.id)
    assert (idea.channel_id, idea.status, idea.title) == (other.id, Status.IDEA, starter.text)
    action = actions.new_idea(idea)
    apply_and_undo(plan, action)
    assert plan.ideas() == [idea]


def test_starters_are_added_edited_and_removed(plan) -> None:
    added = actions.save_starter(plan, None, Starter(0, C, "  Ask what to bake next  "))
    apply_and_undo(plan, added)
    made = plan.starters()[-1]
    assert made.text == "Ask what to bake next"
    edited = actions.save_starter(plan, made, replace(made, text="Ask what to bake"))
    assert edited.label is Label.EDIT_STARTER
    apply_and_undo(plan, edited)
    removed = actions.remove_starter(plan.starters()[0])
    apply_and_undo(plan, removed)
    assert len(plan.starters()) == 16


# -- settings, sample week, import, restore ------------------------------------------------------


def test_settings_and_channel_changes_are_one_action(plan) -> None:
    post = make_post(plan, V, channel="Instagram")
    facebook = add_channel(plan, "Facebook", 5000)
    instagram = plan.find_channel("Instagram")
    settings = replace(plan.settings(), rule=RuleId.CUSTOM, custom_limit=40, week_start=6)
    changes = ChannelChanges(
        added=[Channel(0, "tiktok")],
        edited=[(facebook, replace(facebook, name="Instagram", weekly_target=3))],
        deleted=[instagram],
    )
    action = actions.change_settings(plan, settings, changes)
    assert action.change.touched() == {Part.SETTINGS, Part.CHANNELS, Part.POSTS}
    apply_and_undo(plan, action)
    assert plan.settings() == settings
    names = {c.name: c for c in plan.channels()}
    assert set(names) == {"Instagram", "TikTok"}  # Facebook took over the deleted name
    assert names["Instagram"].id == facebook.id
    assert names["TikTok"].char_limit == 2200
    assert find_post(plan, post.uid) is None


def test_the_sample_week_makes_only_the_channels_it_lacks(plan) -> None:
    add_channel(plan, "Instagram", 2200)
    week = plan.this_week(TODAY)
    action = actions.add_sample_week(plan, week, NOW)
    assert action.count == 11
    apply_and_undo(plan, action)
    assert sorted(c.name for c in plan.channels()) == [
        "Facebook",
        "Instagram",
        "LinkedIn",
        "Newsletter",
    ]
    assert len(plan.posts_in(week)) == 9


def test_an_import_creates_updates_and_makes_channels_as_one_action(plan) -> None:
    post = make_post(plan, V, title="Before")
    data = f"uid,channel,content_type,title\n{post.uid},Instagram,value,After\n,tiktok,value,New\n"
    preview = preview_import(plan, read_csv(data.encode()))
    action = actions.import_posts(plan, preview)
    assert (action.label, action.count) == (Label.IMPORT_POSTS, 2)
    apply_and_undo(plan, action)
    assert sorted(p.title for p in plan.all_posts()) == ["After", "New"]
    assert plan.find_channel("TikTok").char_limit == 2200


def test_a_restore_brings_back_everything_the_backup_holds(plan, tmp_path) -> None:
    make_post(plan, V, title="Kept")
    make_post(plan, P, title="Then", channel="Facebook")
    weekly(plan)
    saved_path = tmp_path / "saved.sqlite3"
    plan.save_copy(saved_path)
    then = snapshot(plan)
    plan.apply(Change(posts_before=tuple(p for p in plan.stored_posts() if p.title == "Then")))
    make_post(plan, C, title="Added since", channel="TikTok")
    plan.apply(
        Change(settings_before=plan.settings(), settings_after=replace(plan.settings(), name="X"))
    )
    plan.apply(actions.remove_starter(plan.starters()[0]).change)
    with Plan.open(saved_path, readonly=True) as saved:
        action = actions.restore_backup(plan, saved)
    apply_and_undo(plan, action)
    assert snapshot(plan) == then


# -- what a change touches -----------------------------------------------------------------------


def test_a_change_says_which_parts_of_the_plan_it_touched(plan) -> None:
    post = Post(1, V, "t", date=TODAY)
    idea = Post(1, V, "i")
    assert Change(posts_after=(post,)).touched() == {Part.POSTS}
    assert Change((idea,), (replace(idea, date=TODAY),)).touched() == {Part.POSTS, Part.IDEAS}
    assert Change(starters_before=(Starter(1, C, "x"),)).touched() == {Part.STARTERS}
    same = Settings("a", "UTC")
    assert not Change(settings_before=same, settings_after=same)


def test_a_new_channel_whose_id_another_window_took_meanwhile_is_refused(plan) -> None:
    action = actions.save_post(plan, None, Post(0, V, "Mine", date=TODAY), channel_name="X")
    theirs = add_channel(plan, "Theirs")  # another window, between making and applying
    with pytest.raises(ValidationError, match="changed in another window"):
        plan.apply(action.change)
    assert plan.channels() == [theirs]
    assert plan.count_posts() == 0


# -- marking published, pasting ----------------------------------------------------------------


def test_mark_published_publishes_only_dated_unpublished_posts(plan) -> None:
    missed = make_post(plan, V, TODAY - dt.timedelta(days=1), status=Status.SCHEDULED)
    done = make_post(plan, V, TODAY, status=Status.PUBLISHED)
    idea = make_post(plan, V, None, status=Status.IDEA)
    action = actions.mark_published(plan, [missed, done, idea])
    assert (action.label, action.count) == (Label.MARK_PUBLISHED, 1)
    apply_and_undo(plan, action)
    assert find_post(plan, missed.uid).status is Status.PUBLISHED
    assert find_post(plan, idea.uid).status is Status.IDEA
    assert not actions.mark_published(plan, [done]).change


def test_mark_published_stores_an_occurrence_of_a_series(plan) -> None:
    weekly(plan)
    occurrence = occurrence_on(plan, TUESDAY)
    apply_and_undo(plan, actions.mark_published(plan, [occurrence]))
    assert occurrence_on(plan, TUESDAY).status is Status.PUBLISHED
    assert occurrence_on(plan, TUESDAY + dt.timedelta(days=7)).status is Status.DRAFT


def test_paste_keeps_the_posts_spacing_and_times_from_the_chosen_day(plan) -> None:
    from planner.clipboard import carried, from_json, to_json

    monday = make_post(plan, V, TODAY, time=dt.time(9), title="Mon", status=Status.PUBLISHED)
    wednesday = make_post(plan, C, TODAY + dt.timedelta(days=2), title="Wed", channel="Facebook")
    idea = make_post(plan, P, None, title="Idea", status=Status.IDEA)
    copied = from_json(to_json(carried([wednesday, monday, idea], plan.channel_map())))
    friday_next_week = TODAY + dt.timedelta(days=11)
    action = actions.paste_posts(plan, copied, friday_next_week)
    assert (action.label, action.count) == (Label.PASTE_POSTS, 3)
    apply_and_undo(plan, action)
    pasted = {p.title: p for p in action.change.posts_after}
    assert (pasted["Mon"].date, pasted["Mon"].time) == (friday_next_week, dt.time(9))
    assert pasted["Wed"].date == friday_next_week + dt.timedelta(days=2)
    assert pasted["Idea"].date == friday_next_week
    assert {p.status for p in pasted.values()} == {Status.DRAFT}
    assert pasted["Wed"].channel_id == plan.find_channel("Facebook").id
    assert {p.uid for p in pasted.values()}.isdisjoint({monday.uid, wednesday.uid, idea.uid})


def test_paste_from_another_plan_finds_or_makes_channels_by_name(plan, tmp_path) -> None:
    from planner.clipboard import carried

    with Plan.create(tmp_path / "other.sqlite3") as other:
        add_channel(other, "Zeta")  # id 1 there, as Instagram is here
        post = make_post(other, V, TODAY, channel="Pinterest", title="Pin")
        zeta = make_post(other, V, TODAY, channel="Zeta", title="Z")
        copied = carried([post, zeta], other.channel_map())
    add_channel(plan, "Instagram")
    action = actions.paste_posts(plan, copied, TODAY)
    apply_and_undo(plan, action)
    names = {c.id: c.name for c in plan.channels()}
    assert sorted(names.values()) == ["Instagram", "Pinterest", "Zeta"]
    assert {names[p.channel_id] for p in action.change.posts_after} == {"Pinterest", "Zeta"}
    assert plan.find_channel("Pinterest").char_limit == 500


def test_the_clipboard_refuses_what_it_did_not_write() -> None:
    from planner.clipboard import from_json

    assert from_json("not json") == []
    assert from_json('{"format": "other", "version": 1, "posts": []}') == []
    bad_row = '{"format": "content-planner-posts", "version": 1, "posts": [{"channel": "X"}]}'
    assert from_json(bad_row) == []
