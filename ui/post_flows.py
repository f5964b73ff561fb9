"""What the user does to posts, ideas, follow-ups and starters: the questions asked and the
dialogs shown; the rules are ``planner.actions``', and the window performs what they return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner import actions, followups
from planner.actions import Scope
from planner.model import Post, Starter, Status
from planner.recurrence import Recurrence
from planner.weeks import week_containing
from ui import dialogs, language, texts
from ui.dialogs import run_modal
from ui.flows import WindowFlows

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
        self.window.perform(action, select=True)

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

    def drop_posts(self, uids: list[str], day: dt.date, copy: bool) -> None:
        """Posts dropped on a day: moved there (their time kept), or copied with Ctrl."""
        posts = self.window.shown_posts(uids)
        if copy:
            action = actions.copy_posts(self.plan, posts, day)
        else:
            action = actions.move_posts(self.plan, posts, day)
        self.window.perform(action, select=True)

    def unschedule_posts(self, uids: list[str]) -> None:
        """Cards dropped on the ideas: they lose their date and wait in the backlog."""
        self.window.perform(actions.unschedule_posts(self.plan, self.window.shown_posts(uids)))

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
        idea = actions.idea_from_starter(self.plan, starter, self.window.shown_channel())
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
        week, today = self.window.week, self.window.today()
        action = actions.add_sample_week(self.plan, week, today, language.current())
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
