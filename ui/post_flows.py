"""What the user does to posts, ideas, follow-ups and starters: the questions asked and the
dialogs shown; the rules are ``planner.actions``', and the window performs what they return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from planner import actions, followups
from planner.actions import Scope
from planner.model import Post, Starter, Status
from planner.recurrence import Recurrence
from planner.weeks import week_containing
from ui import dialogs, language, texts
from ui.dialogs import run_modal
from ui.flows import WindowFlows
from ui.plan_files import plan_key

if TYPE_CHECKING:
    from ui.post_dialog import PostDialog

# Dialogs are imported where they open: the first paint of the week needs none of them.

translate = QCoreApplication.translate


class PostFlows(WindowFlows):
    # -- new and edited posts ------------------------------------------------------------

    def new_post(self, day: dt.date | None = None) -> None:
        """A new post on ``day`` (default: the selected or today's day)."""
        self._open_post_dialog(None, day=day or self.window.default_day())

    def new_idea(self) -> None:
        """A post with no date, straight into the backlog."""
        self._open_post_dialog(None, day=None)

    def edit_selected(self) -> None:
        posts = self.window.selected_posts()
        if posts:
            self.edit_post(posts[0])

    def edit_post(self, post: Post) -> None:
        """Edit a post; for a repeating one, first ask: this post, or the series from it."""
        repeat = actions.repeat_of(self.plan, post)
        scope = Scope.THIS_POST
        if repeat is not None:
            answer = dialogs.choose(
                self.window,
                translate("PostFlows", "Edit a repeating post"),
                translate("PostFlows", "Change only this post, or the series from this post on?"),
                [
                    translate("PostFlows", "Only this post"),
                    translate("PostFlows", "The series from here"),
                ],
            )
            if answer is None:
                return
            scope = Scope.SERIES_FROM_HERE if answer == 1 else Scope.THIS_POST
        if scope is Scope.THIS_POST:
            repeat = None
        can_repeat = post.series_uid is None or scope is Scope.SERIES_FROM_HERE
        self._open_post_dialog(post, repeat=repeat, scope=scope, can_repeat=can_repeat)

    def _open_post_dialog(
        self,
        post: Post | None,
        *,
        day: dt.date | None = None,
        repeat: Recurrence | None = None,
        scope: Scope = Scope.THIS_POST,
        can_repeat: bool = True,
        new: bool = False,
    ) -> None:
        """The post dialog on ``post`` (None: an empty one); ``new`` saves what it shows
        as a new post even so."""
        from ui.post_dialog import PostDialog

        dialog = PostDialog(
            self.plan.channels(),
            post=post,
            channel_id=self.last_channel(),
            day=day,
            repeat=repeat,
            today=self.window.today(),
            time_zone=self.plan.settings().time_zone,
            can_repeat=can_repeat,
            parent=self.window,
        )
        if run_modal(dialog):
            self._save(None if new else post, dialog, scope)

    def _save(self, before: Post | None, dialog: PostDialog, scope: Scope) -> None:
        action = actions.save_post(
            self.plan,
            before,
            dialog.post(),
            repeat=dialog.recurrence(),
            scope=scope,
            channel_name=dialog.new_channel_name(),
        )
        if self.window.perform(action, select=True):
            self._remember_channel(action)

    def last_channel(self) -> int | None:
        """The channel of the post last saved in this plan: a new post or idea starts on
        it (not on the first channel by name)."""
        if self.plan.path is None:
            return None
        stored = QSettings().value(plan_key("channels", self.plan.path))
        try:
            channel_id = int(str(stored)) if stored is not None else None
        except ValueError:
            return None
        return channel_id if channel_id in self.plan.channel_map() else None

    def _remember_channel(self, action: actions.Action) -> None:
        change = action.change
        saved = [*change.posts_after, *(series.template for series in change.series_after)]
        if saved and self.plan.path is not None:
            QSettings().setValue(plan_key("channels", self.plan.path), saved[0].channel_id)

    # -- the selection -------------------------------------------------------------------

    def delete_selected(self) -> None:
        """Delete the selected posts; a repeating one is skipped, or its series ended."""
        posts = self.window.selected_posts()
        end_series = False
        if actions.repeating(posts):
            answer = dialogs.choose(
                self.window,
                translate("PostFlows", "Delete a repeating post"),
                translate("PostFlows", "Skip only the selected posts, or end their series here?"),
                [
                    translate("PostFlows", "Skip only these"),
                    translate("PostFlows", "End the series here"),
                ],
            )
            if answer is None:
                return
            end_series = answer == 1
        self.window.perform(actions.delete_posts(self.plan, posts, end_series=end_series))

    def duplicate_selected(self) -> None:
        self.window.perform(actions.duplicate_posts(self.plan, self.window.selected_posts()), True)

    def drop_posts(self, posts: list[Post], day: dt.date, copy: bool) -> None:
        """Posts dropped on a day: moved there (their time kept), or copied with Ctrl."""
        if copy:
            action = actions.copy_posts(self.plan, posts, day)
        else:
            action = actions.move_posts(self.plan, posts, day)
        self.window.perform(action, select=True)

    def copy_selected(self) -> None:
        """The selected posts to the clipboard, whole: a paste puts copies on a day of any
        week (of this plan or another)."""
        from PySide6.QtGui import QGuiApplication

        from ui.week_model import posts_mime_data

        posts = self.window.selected_posts()
        if not posts:
            return
        data = posts_mime_data(posts, self.plan.channel_map())
        QGuiApplication.clipboard().setMimeData(data)
        count = len(posts)
        text = translate("PostFlows", "Copied %Ln posts: choose a day and paste.", "", count)
        self.window.statusBar().showMessage(text, 8000)

    def paste(self) -> None:
        """Copies of the posts on the clipboard, from the selected day on."""
        from PySide6.QtGui import QGuiApplication

        from ui.week_model import posts_from_mime_data

        data = QGuiApplication.clipboard().mimeData()
        posts = posts_from_mime_data(data) if data is not None else []
        if posts:
            action = actions.paste_posts(self.plan, posts, self.window.default_day())
            self.window.perform(action, select=True)

    def mark_published(self, posts: Sequence[Post]) -> None:
        """Posts that went out (their time passed) and were not marked: published now."""
        self.window.perform(actions.mark_published(self.plan, posts), select=True)

    def unschedule_posts(self, posts: list[Post]) -> None:
        """Cards dropped on the ideas: they lose their date and wait in the backlog."""
        self.window.perform(actions.unschedule_posts(self.plan, posts))

    # -- follow-ups ----------------------------------------------------------------------

    def toggle_replies(self, posts: Sequence[Post]) -> None:
        """Mark the replies of the published posts done (or, if all are, not done)."""
        self.window.perform(actions.toggle_replies(self.plan, posts))

    def edit_followup(self, post: Post) -> None:
        from ui.followup_dialog import FollowUpDialog

        if not post.has_followup:
            return
        channel = self.plan.channel_map().get(post.channel_id)
        state = followups.state(post, self.window.now()) or followups.FollowUpState.PENDING
        summary = translate("PostFlows", "Published {when} on {channel}. {reply}").format(
            when=f"{texts.short_day(post.date or self.window.today())} {texts.time_text(post)}",
            channel=channel.name if channel else "",
            reply=texts.followup_text(state, channel.reply_hours if channel else None),
        )
        dialog = FollowUpDialog(post, summary, self.window)
        if run_modal(dialog):
            self.window.perform(actions.edit_followup(self.plan, post, dialog.followup()))

    # -- ideas and starters --------------------------------------------------------------

    def idea_from_starter(self, starter: Starter) -> None:
        """A starter becomes an idea in one click, on the filtered (or first) channel."""
        channel = self.window.shown_channel() or self.last_channel()
        idea = actions.idea_from_starter(self.plan, starter, channel)
        if idea is None:  # no channel yet: the user chooses one in the dialog
            idea = Post(0, starter.content_type, starter.text, status=Status.IDEA)
            self._open_post_dialog(idea, new=True)
        elif self.window.perform(actions.new_idea(idea)):
            self.window.ideas_panel.setCurrentIndex(0)

    def edit_starter(self, starter: Starter | None) -> None:
        from ui.starter_dialog import StarterDialog

        dialog = StarterDialog(starter, self.window)
        if run_modal(dialog):
            self.window.perform(actions.save_starter(self.plan, starter, dialog.starter()))

    def remove_starter(self, starter: Starter) -> None:
        self.window.perform(actions.remove_starter(starter))

    # -- weeks ---------------------------------------------------------------------------

    def add_sample_week(self) -> None:
        week, now = self.window.week, self.window.now()
        action = actions.add_sample_week(self.plan, week, now, language.current())
        self.window.perform(action)

    def duplicate_week(self) -> None:
        """Edit ▸ Duplicate the week: its posts, as drafts, into the week the user picks
        (the next one unless changed); the window then shows that week."""
        from ui.duplicate_week_dialog import DuplicateWeekDialog

        week = self.window.week
        dialog = DuplicateWeekDialog(week, len(self.plan.posts_in(week)), self.window)
        if not run_modal(dialog):
            return
        target = week_containing(dialog.day(), self.plan.settings().week_start)
        if self.window.perform(actions.duplicate_week(self.plan, week, target)):
            self.window.show_week(target)

    def show_review(self) -> None:
        """The shown week in review (or last week, when the shown one is still ahead)."""
        from ui.review_dialog import ReviewDialog

        week, today = self.window.week, self.window.today()
        if week.start > today:
            week = week_containing(today, self.plan.settings().week_start).shifted(-1)
        now = self.window.now()
        run_modal(ReviewDialog(week, lambda shown: self.plan.review(shown, now), self.window))
