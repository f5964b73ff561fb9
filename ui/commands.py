"""The undoable actions of the window; each calls ``planner`` operations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from planner.csv_import import ImportPreview, ImportResult, apply_import
from planner.model import Change, Channel, FollowUp, Post, Settings, Status, new_uid
from planner.sample import add_sample_week
from planner.weeks import Week
from ui.document import PlanCommand, PlanDocument

translate = QCoreApplication.translate


def _counted(count: int, one: str, many: str) -> str:
    """``Move post`` for one, ``Move 3 posts`` for more (Edit ▸ Undo shows this)."""
    return one if count == 1 else many.format(count=count)


class ChangeCommand(PlanCommand):
    """One user action on posts and series, as a planner Change: creating, editing,
    moving, copying, deleting, and every series edit; undone by the reversed change."""

    def __init__(self, document: PlanDocument, text: str, change: Change) -> None:
        super().__init__(document, text)
        self.change = change

    @property
    def new(self) -> tuple[Post, ...]:
        return self.change.posts_after

    def apply(self) -> None:
        self.plan.apply(self.change)

    def revert(self) -> None:
        self.plan.apply(self.change.reversed())


def posts_command(
    document: PlanDocument, text: str, old: Sequence[Post], new: Sequence[Post]
) -> ChangeCommand:
    return ChangeCommand(document, text, Change(tuple(old), tuple(new)))


def edited(post: Post, **changes: object) -> Post:
    """``post`` changed by hand: an occurrence of a series is then stored in its place."""
    return replace(post, virtual=False, **changes)  # type: ignore[arg-type]


def copy_of(post: Post, day: dt.date | None) -> Post:
    """A new, standalone post like ``post`` on ``day``; not yet published or scheduled."""
    status = post.status if post.status in (Status.IDEA, Status.DRAFT) else Status.DRAFT
    if day is not None and status is Status.IDEA:
        status = Status.DRAFT
    return replace(
        post,
        uid=new_uid(),
        date=day,
        time=post.time if day else None,
        status=status,
        followup=FollowUp(),
        series_uid=None,
        occurrence=None,
        virtual=False,
    )


def new_post(document: PlanDocument, post: Post) -> ChangeCommand:
    return posts_command(document, translate("Commands", "New post"), [], [post])


def edit_post(document: PlanDocument, before: Post, after: Post) -> ChangeCommand:
    return posts_command(document, translate("Commands", "Edit post"), [before], [edited(after)])


def move_posts(document: PlanDocument, posts: Sequence[Post], day: dt.date) -> ChangeCommand:
    moved = [edited(post, date=day) for post in posts]
    text = _counted(
        len(posts),
        translate("Commands", "Move post"),
        translate("Commands", "Move {count} posts"),
    )
    return posts_command(document, text, posts, moved)


def unschedule_posts(document: PlanDocument, posts: Sequence[Post]) -> ChangeCommand:
    """Back to the ideas: no date, no time; a scheduled or published post becomes an idea."""
    moved = [
        edited(
            post,
            date=None,
            time=None,
            status=Status.DRAFT if post.status is Status.DRAFT else Status.IDEA,
        )
        for post in posts
    ]
    text = _counted(
        len(posts),
        translate("Commands", "Move post to ideas"),
        translate("Commands", "Move {count} posts to ideas"),
    )
    return posts_command(document, text, posts, moved)


def copy_posts(document: PlanDocument, posts: Sequence[Post], day: dt.date) -> ChangeCommand:
    text = _counted(
        len(posts),
        translate("Commands", "Copy post"),
        translate("Commands", "Copy {count} posts"),
    )
    return posts_command(document, text, [], [copy_of(post, day) for post in posts])


def duplicate_posts(document: PlanDocument, posts: Sequence[Post]) -> ChangeCommand:
    text = _counted(
        len(posts),
        translate("Commands", "Duplicate post"),
        translate("Commands", "Duplicate {count} posts"),
    )
    return posts_command(document, text, [], [copy_of(post, post.date) for post in posts])


def delete_posts(document: PlanDocument, posts: Sequence[Post]) -> ChangeCommand:
    text = _counted(
        len(posts),
        translate("Commands", "Delete post"),
        translate("Commands", "Delete {count} posts"),
    )
    return posts_command(document, text, posts, [])


def mark_replies(document: PlanDocument, posts: Sequence[Post], done: bool) -> ChangeCommand:
    changed = [edited(p, followup=replace(p.followup, done=done)) for p in posts]
    text = (
        translate("Commands", "Mark replies done")
        if done
        else translate("Commands", "Mark replies not done")
    )
    return posts_command(document, text, posts, changed)


def edit_followup(document: PlanDocument, post: Post, followup: FollowUp) -> ChangeCommand:
    changed = edited(post, followup=followup)
    return posts_command(document, translate("Commands", "Edit follow-up"), [post], [changed])


class SettingsCommand(PlanCommand):
    def __init__(self, document: PlanDocument, before: Settings, after: Settings) -> None:
        super().__init__(document, translate("Commands", "Change settings"))
        self.before, self.after = before, after

    def apply(self) -> None:
        self.plan.update_settings(self.after)

    def revert(self) -> None:
        self.plan.update_settings(self.before)


class AddChannelCommand(PlanCommand):
    def __init__(self, document: PlanDocument, wanted: Channel) -> None:
        """Add a channel like ``wanted`` (whose id is not used: the plan gives one)."""
        super().__init__(document, translate("Commands", "Add channel"))
        self.wanted = wanted
        self.channel: Channel | None = None

    def apply(self) -> None:
        if self.channel is None:
            wanted = self.wanted
            self.channel = self.plan.add_channel(
                wanted.name, wanted.char_limit, wanted.weekly_target, wanted.reply_hours
            )
        else:  # redo: the same channel, with the same id, so later commands still match
            self.plan.restore_channel(self.channel)

    def revert(self) -> None:
        assert self.channel is not None
        self.plan.delete_channel(self.channel.id)


class EditChannelCommand(PlanCommand):
    def __init__(self, document: PlanDocument, before: Channel, after: Channel) -> None:
        renamed = before.name != after.name
        text = (
            translate("Commands", "Rename channel")
            if renamed
            else translate("Commands", "Edit channel")
        )
        super().__init__(document, text)
        self.before, self.after = before, after

    def apply(self) -> None:
        self.plan.update_channel(self.after)

    def revert(self) -> None:
        self.plan.update_channel(self.before)


class DeleteChannelCommand(PlanCommand):
    def __init__(self, document: PlanDocument, channel: Channel) -> None:
        super().__init__(document, translate("Commands", "Delete channel"))
        self.channel = channel
        self.removed = Change()

    def apply(self) -> None:
        self.removed = self.plan.delete_channel(self.channel.id)

    def revert(self) -> None:
        self.plan.restore_channel(self.channel, self.removed)


class ImportCommand(PlanCommand):
    def __init__(self, document: PlanDocument, preview: ImportPreview) -> None:
        text = _counted(
            preview.total,
            translate("Commands", "Import post"),
            translate("Commands", "Import {count} posts"),
        )
        super().__init__(document, text)
        self.preview = preview
        self.result: ImportResult | None = None

    def apply(self) -> None:
        if self.result is None:
            self.result = apply_import(self.plan, self.preview)
        else:
            self.result.redo(self.plan)

    def revert(self) -> None:
        assert self.result is not None
        self.result.undo(self.plan)


class SampleWeekCommand(PlanCommand):
    def __init__(self, document: PlanDocument, week: Week, today: dt.date) -> None:
        super().__init__(document, translate("Commands", "Add sample week"))
        self.week, self.today = week, today
        self.channels: list[Channel] = []
        self.posts: list[Post] = []

    def apply(self) -> None:
        if not self.posts:
            self.channels, self.posts = add_sample_week(self.plan, self.week, self.today)
            return
        with self.plan.transaction():
            for channel in self.channels:
                self.plan.restore_channel(channel)
            self.plan.put_posts(self.posts)

    def revert(self) -> None:
        with self.plan.transaction():
            self.plan.delete_posts(post.uid for post in self.posts)
            for channel in self.channels:
                self.plan.delete_channel(channel.id)
