"""The undoable actions of the window; each calls ``planner`` operations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner import recurrence
from planner.model import Change, Channel, FollowUp, Post, Series, Settings, Status, new_uid
from planner.recurrence import Recurrence
from planner.starters import Starter
from planner.weeks import Week
from ui.document import PlanCommand, PlanDocument

if TYPE_CHECKING:
    from planner.csv_import import ImportPreview, ImportResult

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
    # An idea put on a day is planned now: it becomes a draft.
    moved = [
        edited(post, date=day, status=Status.DRAFT if post.status is Status.IDEA else post.status)
        for post in posts
    ]
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


def save_post(
    document: PlanDocument,
    before: Post | None,
    after: Post,
    repeat: Recurrence | None,
    series: Series | None = None,
) -> ChangeCommand:
    """Save what the post dialog holds. ``series``: the series being edited from the
    occurrence ``before`` (None when one post alone is saved)."""
    plan = document.plan
    if series is not None:
        assert before is not None
        assert before.occurrence is not None
        day, overrides = before.occurrence, plan.edited_occurrences(series.uid)
        if repeat is None:  # no longer repeating: the series ends, this post stays alone
            alone = replace(copy_of(after, after.date), status=after.status)
            change = recurrence.end_before(series, day, overrides) + Change((), (alone,))
        else:
            change = recurrence.edit_from(series, day, after, repeat, overrides)
        return ChangeCommand(document, translate("Commands", "Edit series"), change)
    if repeat is not None:
        made = recurrence.new_series(after, repeat)
        if before is None:
            return ChangeCommand(
                document, translate("Commands", "New series"), Change(series_after=(made,))
            )
        change = Change(posts_before=(before,), series_after=(made,))
        return ChangeCommand(document, translate("Commands", "Make post repeat"), change)
    if before is None:
        return new_post(document, after)
    return edit_post(document, before, after)


def delete_posts(
    document: PlanDocument, posts: Sequence[Post], end_series: bool = False
) -> ChangeCommand:
    """Delete the posts; an occurrence of a series is skipped, or with ``end_series`` its
    series ends there (the earliest chosen occurrence of each series)."""
    plan = document.plan
    change = Change(posts_before=tuple(p for p in posts if p.series_uid is None))
    by_series: dict[str, list[Post]] = {}
    for post in posts:
        if post.series_uid is not None:
            by_series.setdefault(post.series_uid, []).append(post)
    for series_uid, chosen in by_series.items():
        series = plan.find_series(series_uid)
        if series is None:
            continue
        if end_series:
            first = min(p.occurrence or series.start for p in chosen)
            overrides = plan.edited_occurrences(series_uid)
            change += recurrence.end_before(series, first, overrides)
        else:
            change += recurrence.skip(series, chosen)
    if end_series:
        text = translate("Commands", "End series")
    else:
        text = _counted(
            len(posts),
            translate("Commands", "Delete post"),
            translate("Commands", "Delete {count} posts"),
        )
    return ChangeCommand(document, text, change)


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
            from planner.csv_import import apply_import

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
            from planner.sample import add_sample_week

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


class StarterCommand(PlanCommand):
    """A conversation starter added (``before`` None), changed, or removed (``after`` None)."""

    def __init__(
        self, document: PlanDocument, before: Starter | None, after: Starter | None
    ) -> None:
        if before is None:
            text = translate("Commands", "New starter")
        elif after is None:
            text = translate("Commands", "Remove starter")
        else:
            text = translate("Commands", "Edit starter")
        super().__init__(document, text)
        self.before, self.after = before, after

    def apply(self) -> None:
        self.after = self._turn(self.before, self.after)

    def revert(self) -> None:
        self.before = self._turn(self.after, self.before)

    def _turn(self, old: Starter | None, new: Starter | None) -> Starter | None:
        """Replace ``old`` by ``new``; returns ``new`` as saved (with its id)."""
        if new is None:
            assert old is not None
            self.plan.delete_starter(old.id)
            return None
        return self.plan.put_starter(new)
