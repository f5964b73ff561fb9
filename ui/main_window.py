"""The main window: the week grid, the mix panel, menus, toolbar and status bar.

It holds no business rules: it asks ``planner`` for the week and its mix, and turns user
actions into undoable commands (``ui.commands``) that call ``planner`` operations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from planner import __version__, clock, followups, paths
from planner.errors import PlannerError
from planner.mix import Code, compute_mix
from planner.model import Channel, Post, Series, Settings, Status
from planner.recurrence import Recurrence
from planner.starters import Starter
from planner.store import Plan
from planner.weeks import Week, week_containing
from ui import commands, texts
from ui.dialogs import (
    about_box,
    choose,
    open_file_name,
    run_modal,
    save_file_name,
    show_error,
)
from ui.document import PlanCommand, PlanDocument
from ui.empty_state import EmptyState
from ui.icons import app_icon, icon
from ui.ideas_panel import IdeasPanel
from ui.mix_panel import MixPanel
from ui.week_model import Role, WeekModel
from ui.week_view import WeekView

if TYPE_CHECKING:
    from ui.post_dialog import PostDialog

# Dialogs are imported where they open: the first paint of the week needs none of them.

translate = QCoreApplication.translate
MAX_RECENT = 8
WATCH_INTERVAL_MS = 2000
BACKUP_DELAY_MS = 1500


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: PlanDocument,
        *,
        remember_state: bool = True,
    ) -> None:
        super().__init__()
        # Window geometry and the last week shown are kept in QSettings, unless a
        # throwaway window (selfcheck) must leave the user's settings alone.
        self._remember_state = remember_state
        self.document = document
        self.setWindowIcon(app_icon())
        self.model = WeekModel(self)
        self.model.posts_dropped.connect(self.drop_posts, Qt.ConnectionType.QueuedConnection)
        self._shown_starters: list[Starter] = []
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._connect_document()
        self.week = self._initial_week()
        self._restore_geometry()
        self.reload()
        # Another window or program may change the plan: look every few seconds and when
        # this window comes to the front.
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watch.start()
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.setInterval(BACKUP_DELAY_MS)
        self._backup_timer.timeout.connect(self._back_up)
        self._document_opened()

    # -- building ------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.view = WeekView()
        self.view.setModel(self.model)
        self.view.setMinimumWidth(7 * 96)
        self.view.edit_requested.connect(self.edit_post)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.cards.followup_toggled.connect(lambda uid: self.toggle_replies_done([uid]))
        self.view.cards.followup_edit_requested.connect(self._edit_followup_of)
        # Redraws the week when a follow-up turns overdue or the day changes.
        self._clock_timer = QTimer(self)
        self._clock_timer.setSingleShot(True)
        self._clock_timer.timeout.connect(self.reload)
        self.mix_panel = MixPanel()
        self.ideas_panel = IdeasPanel()
        ideas = self.ideas_panel
        ideas.model.posts_unscheduled.connect(
            self.unschedule_posts, Qt.ConnectionType.QueuedConnection
        )
        ideas.list.doubleClicked.connect(lambda index: self.edit_post(index.data(Role.POST)))
        ideas.new_idea_requested.connect(self.new_idea)
        ideas.starter_used.connect(self.idea_from_starter)
        ideas.starter_edit_requested.connect(self.edit_starter)
        ideas.starter_removed.connect(
            lambda starter: self.run(commands.StarterCommand(self.document, starter, None))
        )
        self.splitter = QSplitter()
        self.splitter.addWidget(self.ideas_panel)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.mix_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.empty_state = EmptyState()
        self.empty_state.new_post_requested.connect(self.new_post)
        self.empty_state.sample_requested.connect(self.add_sample_week)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        icon_name: str | None = None,
        context: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, context or self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        if context is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            context.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        tr = self.tr
        self.new_plan_action = self._action(tr("&New plan…"), self.new_plan, ["Ctrl+Shift+N"])
        self.open_plan_action = self._action(tr("&Open plan…"), self.open_plan_dialog, [key.Open])
        self.save_copy_action = self._action(tr("Save a &copy…"), self.save_copy, ["Ctrl+Shift+S"])
        self.restore_action = self._action(tr("Restore from &backup…"), self.restore_backup)
        self.import_action = self._action(tr("&Import CSV…"), self.import_csv, ["Ctrl+I"], "import")
        self.export_action = self._action(tr("&Export…"), self.export, ["Ctrl+E"], "export")
        self.print_action = self._action(tr("&Print week…"), self.print_week, [key.Print])
        self.settings_action = self._action(
            tr("Plan &settings…"), self.show_settings, [key.Preferences, "Ctrl+,"], "settings"
        )
        self.quit_action = self._action(tr("&Quit"), self.close, [key.Quit, "Ctrl+Q"])
        self.new_post_action = self._action(tr("&New post…"), self.new_post, [key.New], "new-post")
        self.edit_post_action = self._action(
            tr("&Edit post…"), self.edit_current, ["Return", "Enter"], context=self.view
        )
        self.duplicate_action = self._action(tr("&Duplicate"), self.duplicate_selected, ["Ctrl+D"])
        self.delete_action = self._action(
            tr("De&lete"), self.delete_selected, [key.Delete], context=self.view
        )
        self.sample_action = self._action(tr("Add a &sample week"), self.add_sample_week)
        self.replies_done_action = self._action(
            tr("&Replies done"), self.toggle_replies_done, ["Space"], context=self.view
        )
        self.followup_action = self._action(
            tr("&Follow-up…"), self.edit_current_followup, ["Ctrl+Shift+F"]
        )
        self.review_action = self._action(tr("Week in &review…"), self.show_review)
        # Return and Delete work in the ideas list too.
        self.ideas_panel.list.addActions([self.edit_post_action, self.delete_action])
        self.ideas_panel.list.selectionModel().selectionChanged.connect(self._update_actions)
        # The cards' context menu, in this order.
        for action in self.view.actions():
            self.view.removeAction(action)
        separator = QAction(self)
        separator.setSeparator(True)
        self.view.addActions(
            [
                self.edit_post_action,
                self.duplicate_action,
                self.delete_action,
                separator,
                self.replies_done_action,
                self.followup_action,
            ]
        )
        self.previous_action = self._action(
            tr("&Previous week"), self.previous_week, ["Alt+Left", "PgUp"], "go-previous"
        )
        self.today_action = self._action(tr("&Today"), self.go_today, ["Ctrl+T"], "today")
        self.next_action = self._action(
            tr("&Next week"), self.next_week, ["Alt+Right", "PgDown"], "go-next"
        )
        self.about_action = self._action(tr("&About Content Planner"), self.show_about)

    def _build_menus(self) -> None:
        tr = self.tr
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addActions([self.new_plan_action, self.open_plan_action])
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        file_menu.addActions([self.save_copy_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(tr("&Edit"))
        # Undo and redo come from the open plan's stack and go in before this separator.
        self._undo_anchor = self.edit_menu.addSeparator()
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.edit_menu.addActions(
            [self.new_post_action, self.edit_post_action, self.duplicate_action, self.delete_action]
        )
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.replies_done_action, self.followup_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.sample_action)
        view_menu = self.menuBar().addMenu(tr("&View"))
        view_menu.addActions([self.previous_action, self.today_action, self.next_action])
        view_menu.addSeparator()
        view_menu.addAction(self.review_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self.about_action)
        self._update_recent_menu()

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Week"))
        toolbar.setObjectName("weekToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.next_action)
        for action in (self.previous_action, self.next_action):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.week_label.setFont(font)
        self.week_label.setContentsMargins(12, 0, 12, 0)
        toolbar.addWidget(self.week_label)
        self.channel_filter = QComboBox()
        self.channel_filter.setAccessibleName(self.tr("Channel filter"))
        self.channel_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.channel_filter.currentIndexChanged.connect(lambda _i: self.reload())
        toolbar.addWidget(self.channel_filter)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.new_post_action)

    # -- the document --------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self.document.plan

    def _connect_document(self) -> None:
        document = self.document
        document.changed.connect(self.reload)
        document.failed.connect(self._undo_failed)
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                self.edit_menu.removeAction(old)
                old.deleteLater()
        stack = document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.insertActions(self._undo_anchor, [self.undo_action, self.redo_action])

    def set_document(self, document: PlanDocument) -> None:
        """Show another plan; the previous one is closed and its undo history dropped."""
        old = self.document
        self.document = document
        self._connect_document()
        old.close()
        old.deleteLater()
        self.week = self._initial_week()
        self.reload()
        self._document_opened()

    def _document_opened(self) -> None:
        self._seen_version = self.plan.data_version()
        if self.plan.read_only_medium:
            self.statusBar().showMessage(
                self.tr(
                    "Opened read-only: the file or its folder cannot be changed. "
                    "Save a copy to edit it."
                ),
                15000,
            )
        # A backup after the first paint, so the week shows without waiting for it.
        self._backup_timer.start()

    def _back_up(self) -> None:
        if self.plan.readonly:
            return
        from planner import backups

        try:
            backups.back_up(self.plan)
        except PlannerError as error:
            self.statusBar().showMessage(str(error), 10000)

    def check_outside_changes(self) -> None:
        """Show what another window or program saved to the plan. The undo history starts
        afresh: undoing an older change could otherwise overwrite theirs."""
        try:
            version = self.plan.data_version()
        except PlannerError:
            return
        if version == self._seen_version:
            return
        self._seen_version = version
        self.document.undo_stack.clear()
        self.reload()
        self.statusBar().showMessage(
            self.tr("The plan was changed in another window or program: this is its latest."),
            10000,
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_outside_changes()

    def restore_backup(self) -> None:
        """File ▸ Restore from backup."""
        from planner import backups
        from ui.restore_dialog import RestoreDialog, backup_label

        plan = self.plan
        if plan.readonly or plan.path is None:
            return
        dialog = RestoreDialog(backups.backups_of(plan.path), self)
        backup = dialog.chosen() if run_modal(dialog) else None
        if backup is None:
            return
        try:
            backups.restore(plan, backup)
        except PlannerError as error:
            show_error(self, self.tr("Not restored"), str(error))
            return
        self.document.undo_stack.clear()
        self.reload()
        self.statusBar().showMessage(
            self.tr("Restored the backup of {when}.").format(when=backup_label(backup)), 10000
        )

    def _undo_failed(self, message: str) -> None:
        show_error(
            self,
            self.tr("Could not undo or redo"),
            message
            + "\n\n"
            + self.tr("The undo history was cleared to stay in step with the plan."),
        )
        QTimer.singleShot(0, self.document.undo_stack.clear)
        QTimer.singleShot(0, self.reload)

    def now(self, settings: Settings | None = None) -> dt.datetime:
        return clock.wall_now((settings or self.plan.settings()).time_zone)

    def today(self, settings: Settings | None = None) -> dt.date:
        return self.now(settings).date()

    # -- showing the week ----------------------------------------------------------------

    def reload(self) -> None:
        """Load the shown week again from the plan (one week-bounded query) and redraw."""
        plan = self.plan
        settings = plan.settings()
        # Keep the same week when the plan's week start changes: anchor on its middle day.
        self.week = week_containing(self.week.days[3], settings.week_start)
        selected = [post.uid for post in self.view.selected_posts()]
        channels = plan.channel_map()
        self._refresh_channel_filter(channels)
        posts = plan.posts_in(self.week)
        now = self.now(settings)
        report = compute_mix(self.week, posts, settings, channels, now)
        shown_channel = self.channel_filter.currentData()
        shown = [p for p in posts if shown_channel is None or p.channel_id == shown_channel]
        streak = [
            uid for w in report.warnings if w.code == Code.PROMO_STREAK for uid in w.post_uids
        ]
        self.model.set_week(self.week, shown, channels, now=now, streak=streak)
        self._schedule_clock(posts, now)
        self.view.select_posts(selected)
        current = self.week.start <= now.date() <= self.week.end
        heading = self.tr("This week") if current else texts.week_title(self.week)
        self.mix_panel.set_report(report, heading)
        self.ideas_panel.set_ideas(plan.ideas(), channels)
        self._refresh_starters()
        self.week_label.setText(texts.week_title(self.week))
        empty = plan.is_empty() and not plan.readonly
        self.stack.setCurrentWidget(self.empty_state if empty else self.splitter)
        posts_text = (
            self.tr("{count} posts this week")
            if current
            else self.tr("{count} posts in week {number}")
        ).format(count=report.total, number=self.week.number)
        self.status_label.setText(
            self.tr("plan: {name} · {posts} · times in {zone}").format(
                name=plan.display_name, posts=posts_text, zone=settings.time_zone
            )
            + (self.tr(" · read-only") if plan.readonly else "")
        )
        self.setWindowTitle(self.tr("{name} – Content Planner").format(name=plan.display_name))
        self._update_actions()

    def _refresh_starters(self) -> None:
        starters = self.plan.starters()
        if starters != self._shown_starters:
            self._shown_starters = starters
            self.ideas_panel.set_starters(starters)

    def _schedule_clock(self, posts: list[Post], now: dt.datetime) -> None:
        """Wake at the next moment the shown week changes by itself: a follow-up turning
        overdue, or midnight (a new today)."""
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time.min)
        moment = min(filter(None, (followups.next_change(posts, now), midnight)))
        seconds = (moment - now).total_seconds()
        self._clock_timer.start(int(min(max(seconds, 1), 86_400) * 1000))

    def _refresh_channel_filter(self, channels: dict[int, Channel]) -> None:
        current = self.channel_filter.currentData()
        wanted = [(self.tr("All channels"), None), *((c.name, c.id) for c in channels.values())]
        present = [
            (self.channel_filter.itemText(i), self.channel_filter.itemData(i))
            for i in range(self.channel_filter.count())
        ]
        if present == wanted:
            return
        self.channel_filter.blockSignals(True)
        self.channel_filter.clear()
        for name, channel_id in wanted:
            self.channel_filter.addItem(name, channel_id)
        index = self.channel_filter.findData(current) if current in channels else 0
        self.channel_filter.setCurrentIndex(max(index, 0))
        self.channel_filter.blockSignals(False)

    def show_week(self, week: Week) -> None:
        self.week = week
        self.reload()
        self._remember_week()

    def previous_week(self) -> None:
        self.show_week(self.week.shifted(-1))

    def next_week(self) -> None:
        self.show_week(self.week.shifted(1))

    def go_today(self) -> None:
        self.show_week(week_containing(self.today(), self.plan.settings().week_start))

    def _update_actions(self) -> None:
        writable = not self.plan.readonly
        selected = bool(self.selected_posts())
        for action in (
            self.new_post_action,
            self.import_action,
            self.settings_action,
            self.sample_action,
        ):
            action.setEnabled(writable)
        for action in (self.edit_post_action, self.duplicate_action, self.delete_action):
            action.setEnabled(writable and selected)
        with_followup = any(post.has_followup for post in self.selected_posts())
        for action in (self.replies_done_action, self.followup_action):
            action.setEnabled(writable and with_followup)

    # -- post actions --------------------------------------------------------------------

    def run(self, command: PlanCommand) -> bool:
        """Apply an undoable command; a failure is shown and changes nothing."""
        try:
            self.document.run(command)
        except PlannerError as error:
            show_error(self, self.tr("Not saved"), str(error))
            return False
        return True

    def selected_posts(self) -> list[Post]:
        """The posts chosen in the ideas list when it has the focus, else in the week."""
        if self.ideas_panel.list.hasFocus():
            return self.ideas_panel.selected_ideas()
        return self.view.selected_posts()

    def _default_day(self) -> dt.date:
        current = self.view.currentIndex()
        if current.isValid():
            return self.model.day_of_column(current.column())
        today = self.today()
        return today if today in self.week else self.week.start

    def new_post(self) -> None:
        from ui.post_dialog import PostDialog

        if self.plan.readonly:
            return
        dialog = PostDialog(
            self.plan.channels(),
            day=self._default_day(),
            today=self.today(),
            time_zone=self.plan.settings().time_zone,
            parent=self,
        )
        if run_modal(dialog):
            self._save_post(None, dialog)

    def edit_current(self) -> None:
        posts = self.selected_posts()
        if posts:
            self.edit_post(posts[0])

    def edit_post(self, post: Post) -> None:
        """Edit a post; for a repeating one, first ask: this post, or the series from it."""
        from ui.post_dialog import PostDialog

        if self.plan.readonly:
            return
        series = self.plan.find_series(post.series_uid) if post.series_uid else None
        repeat = None
        if series is not None:
            answer = choose(
                self,
                self.tr("Edit a repeating post"),
                self.tr("Change only this post, or the series from this post on?"),
                [self.tr("Only this post"), self.tr("The series from here")],
            )
            if answer is None:
                return
            if answer == 0:
                series = None
            else:
                repeat = Recurrence.from_rule(series.rule)
        dialog = PostDialog(
            self.plan.channels(),
            post=post,
            repeat=repeat,
            today=self.today(),
            time_zone=self.plan.settings().time_zone,
            can_repeat=post.series_uid is None or series is not None,
            parent=self,
        )
        if run_modal(dialog):
            self._save_post(post, dialog, series)

    def _save_post(
        self, before: Post | None, dialog: PostDialog, series: Series | None = None
    ) -> None:
        after = dialog.post()
        with self.document.macro(dialog.windowTitle()):
            new_channel = dialog.new_channel_name()
            if new_channel:
                wanted = Channel(0, new_channel, dialog.channel_limit())
                add = commands.AddChannelCommand(self.document, wanted)
                if not self.run(add):
                    return
                assert add.channel is not None
                after = replace(after, channel_id=add.channel.id)
            command = commands.save_post(self.document, before, after, dialog.recurrence(), series)
            if self.run(command):
                self.view.select_posts([after.uid])

    def delete_selected(self) -> None:
        """Delete the selected posts; a repeating one is skipped, or its series ended."""
        posts = self.selected_posts()
        if not posts or self.plan.readonly:
            return
        end_series = False
        if any(post.series_uid for post in posts):
            answer = choose(
                self,
                self.tr("Delete a repeating post"),
                self.tr("Skip only the selected posts, or end their series here?"),
                [self.tr("Skip only these"), self.tr("End the series here")],
            )
            if answer is None:
                return
            end_series = answer == 1
        self.run(commands.delete_posts(self.document, posts, end_series))

    def duplicate_selected(self) -> None:
        posts = self.selected_posts()
        if posts and not self.plan.readonly:
            command = commands.duplicate_posts(self.document, posts)
            if self.run(command):
                self.view.select_posts([post.uid for post in command.new])

    def drop_posts(self, uids: list[str], day: dt.date, copy: bool) -> None:
        """Posts dropped on a day: moved there (their time kept), or copied with Ctrl."""
        if self.plan.readonly:
            return
        posts = self._posts_named(uids)
        if copy:
            command = commands.copy_posts(self.document, posts, day)
        else:
            posts = [post for post in posts if post.date != day]
            if not posts:
                return
            command = commands.move_posts(self.document, posts, day)
        if self.run(command):
            self.view.select_posts([post.uid for post in command.new])

    def toggle_replies_done(self, uids: list[str] | None = None) -> None:
        """Mark the replies of the selected published posts done (or, if all are, not)."""
        if self.plan.readonly:
            return
        posts = self.view.selected_posts() if uids is None else self._posts_named(uids)
        posts = [post for post in posts if post.has_followup]
        if posts:
            done = not all(post.followup.done for post in posts)
            self.run(commands.mark_replies(self.document, posts, done))

    def _posts_named(self, uids: list[str]) -> list[Post]:
        """The shown posts with these uids: an occurrence of a series is only computed,
        so the views, not the plan's stored posts, know it."""
        shown = {post.uid: post for post in self.model.posts()}
        shown.update((post.uid, post) for post in self.ideas_panel.model.posts())
        return [shown[uid] for uid in uids if uid in shown]

    def unschedule_posts(self, uids: list[str]) -> None:
        """Cards dropped on the ideas: they lose their date and wait in the backlog."""
        posts = self._posts_named(uids)
        if posts and not self.plan.readonly:
            self.run(commands.unschedule_posts(self.document, posts))

    def new_idea(self) -> None:
        """A post with no date, straight into the backlog."""
        from ui.post_dialog import PostDialog

        if self.plan.readonly:
            return
        dialog = PostDialog(
            self.plan.channels(),
            day=None,
            today=self.today(),
            time_zone=self.plan.settings().time_zone,
            parent=self,
        )
        if run_modal(dialog):
            self._save_post(None, dialog)

    def idea_from_starter(self, starter: Starter) -> None:
        """A starter becomes an idea in one click, on the filtered (or first) channel."""
        from ui.post_dialog import PostDialog

        if self.plan.readonly:
            return
        channels = self.plan.channels()
        chosen = self.channel_filter.currentData()
        channel_id = chosen if chosen is not None else (channels[0].id if channels else None)
        idea = Post(
            channel_id=channel_id or 0,
            content_type=starter.content_type,
            title=starter.text,
            status=Status.IDEA,
        )
        if channel_id is None:  # no channel yet: let the user choose one in the dialog
            dialog = PostDialog(
                channels,
                post=idea,
                today=self.today(),
                time_zone=self.plan.settings().time_zone,
                parent=self,
            )
            if run_modal(dialog):
                self._save_post(None, dialog)
            return
        command = commands.posts_command(self.document, self.tr("New idea"), [], [idea])
        if self.run(command):
            self.ideas_panel.setCurrentIndex(0)

    def edit_starter(self, starter: Starter | None) -> None:
        from ui.starter_dialog import StarterDialog

        if self.plan.readonly:
            return
        dialog = StarterDialog(starter, self)
        if run_modal(dialog):
            changed = dialog.starter()
            if changed != starter:
                self.run(commands.StarterCommand(self.document, starter, changed))

    def edit_current_followup(self) -> None:
        post = self.view.current_post()
        if post is not None and post.has_followup:
            self.edit_followup(post)

    def _edit_followup_of(self, uid: str) -> None:
        for post in self._posts_named([uid]):
            self.edit_followup(post)

    def edit_followup(self, post: Post) -> None:
        from ui.followup_dialog import FollowUpDialog

        if self.plan.readonly:
            return
        channel = self.plan.channel_map().get(post.channel_id)
        summary = self.tr("Published {when} on {channel}. {reply}").format(
            when=f"{texts.short_day(post.date or self.today())} {texts.time_text(post)}",
            channel=channel.name if channel else "",
            reply=texts.followup_text(
                followups.state(post, self.now()) or followups.FollowUpState.PENDING,
                channel.reply_hours if channel else None,
            ),
        )
        dialog = FollowUpDialog(post, summary, self)
        if run_modal(dialog):
            followup = dialog.followup()
            if followup != post.followup:
                self.run(commands.edit_followup(self.document, post, followup))

    def show_review(self) -> None:
        """The shown week in review (or last week, when the shown one is still ahead)."""
        from ui.review_dialog import ReviewDialog

        week = self.week
        if week.start > self.today():
            week = week_containing(self.today(), self.plan.settings().week_start).shifted(-1)
        run_modal(ReviewDialog(week, lambda shown: self.plan.review(shown, self.now()), self))

    def add_sample_week(self) -> None:
        if not self.plan.readonly:
            self.run(commands.SampleWeekCommand(self.document, self.week, self.today()))

    # -- plans ---------------------------------------------------------------------------

    def open_plan(self, path: Path, *, create: bool = False) -> bool:
        """Open the plan at ``path`` in this window; a plan that cannot be opened gets a
        dialog saying why and what to do, and the shown plan stays."""
        try:
            plan = Plan.open(path, create=create)
        except PlannerError as error:
            show_error(self, self.tr("Cannot open this plan"), str(error))
            return False
        self.set_document(PlanDocument(plan))
        if plan.migration_backup:
            self.statusBar().showMessage(
                self.tr("Plan upgraded; the old version was saved as {name}.").format(
                    name=plan.migration_backup.name
                ),
                10000,
            )
        remember_recent(path)
        self._update_recent_menu()
        return True

    def open_plan_dialog(self) -> None:
        name = open_file_name(
            self, self.tr("Open plan"), str(self._plan_folder()), self._plan_filter()
        )
        if name:
            self.open_plan(Path(name))

    def new_plan(self) -> None:
        name = save_file_name(
            self, self.tr("New plan"), str(self._plan_folder()), self._plan_filter()
        )
        if not name:
            return
        path = Path(name).with_suffix(paths.PLAN_SUFFIX)
        if path.exists():
            show_error(
                self,
                self.tr("New plan"),
                self.tr("{name} already exists. Open it with File ▸ Open plan.").format(
                    name=path.name
                ),
            )
            return
        self.open_plan(path, create=True)

    def save_copy(self) -> None:
        suggested = self._plan_folder() / f"{self.plan.settings().name} copy{paths.PLAN_SUFFIX}"
        name = save_file_name(self, self.tr("Save a copy"), str(suggested), self._plan_filter())
        if not name:
            return
        try:
            self.plan.save_copy(name)
        except PlannerError as error:
            show_error(self, self.tr("Copy not saved"), str(error))
        else:
            self.statusBar().showMessage(self.tr("Copy saved as {name}.").format(name=name), 8000)

    def _plan_filter(self) -> str:
        return self.tr("Content Planner plans (*.sqlite3);;All files (*)")

    def _csv_filter(self) -> str:
        return self.tr("CSV files (*.csv);;All files (*)")

    def _plan_folder(self) -> Path:
        return self.plan.path.parent if self.plan.path else paths.data_folder()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_plans():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_plan(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- import and export ---------------------------------------------------------------

    def import_csv(self, file_name: str | None = None) -> None:
        from ui.import_dialog import ImportDialog

        if self.plan.readonly:
            return
        if file_name is None:
            file_name = open_file_name(self, self.tr("Import posts"), "", self._csv_filter())
        if not file_name:
            return
        try:
            data = Path(file_name).read_bytes()
        except OSError as error:
            show_error(self, self.tr("Cannot read the file"), error.strerror or str(error))
            return
        dialog = ImportDialog(self.plan, data, Path(file_name).name, self)
        if run_modal(dialog) and dialog.preview is not None:
            self.run(commands.ImportCommand(self.document, dialog.preview))

    def export(self) -> None:
        """File ▸ Export: CSV, calendar or PDF, for the weeks chosen."""
        from ui.export_dialog import ExportDialog, Format

        dialog = ExportDialog(self.week, self)
        if not run_modal(dialog):
            return
        kind, span = dialog.format(), dialog.span()
        filters = {
            Format.CSV: self._csv_filter(),
            Format.ICS: self.tr("Calendar files (*.ics);;All files (*)"),
            Format.PDF: self.tr("PDF files (*.pdf);;All files (*)"),
        }
        settings = QSettings()
        folder = Path(str(settings.value("export/folder", self._plan_folder())))
        suggested = folder / f"{self.plan.settings().name}.{kind.value}"
        name = save_file_name(self, self.tr("Export"), str(suggested), filters[kind])
        if not name:
            return
        settings.setValue("export/folder", str(Path(name).parent))
        try:
            message = self._write_export(kind, span, Path(name))
        except (OSError, PlannerError) as error:
            show_error(self, self.tr("Not exported"), str(error))
        else:
            self.statusBar().showMessage(message, 8000)

    def _write_export(self, kind: str, span: tuple[dt.date, dt.date] | None, path: Path) -> str:
        from planner.csv_export import write_to_file
        from planner.files import replace_when_done
        from planner.ics_export import calendar_bytes
        from ui.week_print import weeks_between, write_pdf

        plan, settings = self.plan, self.plan.settings()
        if kind == "csv":
            rows = plan.export_rows(*span) if span else plan.export_rows()
            count = write_to_file(rows, plan.channel_map(), path)
            return self.tr("Exported {count} posts to {name}.").format(count=count, name=path.name)
        if kind == "ics":
            posts = plan.posts_between(*span) if span else plan.all_posts()
            data = calendar_bytes(
                posts, plan.channel_map(), time_zone=settings.time_zone, name=settings.name
            )
            with replace_when_done(path) as temporary:
                temporary.write_bytes(data)
            events = data.count(b"BEGIN:VEVENT")
            return self.tr("Exported {count} events to {name}.").format(
                count=events, name=path.name
            )
        first, last = span or (self.week.start, self.week.end)
        weeks = weeks_between(first, last, settings.week_start)
        pages = write_pdf(plan, weeks, path, self.now(settings))
        return self.tr("Exported {count} pages to {name}.").format(count=pages, name=path.name)

    def print_week(self) -> None:
        """File ▸ Print: the shown week, as the PDF shows it."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.week_print import WeekPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if run_modal(dialog):
            WeekPrinter(self.plan, self.now()).print(printer, [self.week])

    # -- settings ------------------------------------------------------------------------

    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.plan.readonly:
            return
        plan = self.plan
        channels = plan.channels()
        counts = {c.id: plan.count_posts_on_channel(c.id) for c in channels}
        dialog = SettingsDialog(plan.settings(), channels, counts, self)
        if not run_modal(dialog):
            return
        settings, changes = dialog.settings(), dialog.channel_changes()
        if settings == plan.settings() and not changes:
            return
        with self.document.macro(self.tr("Change settings")):
            if settings != plan.settings():
                self.run(commands.SettingsCommand(self.document, plan.settings(), settings))
            for channel in changes.deleted:
                self.run(commands.DeleteChannelCommand(self.document, channel))
            for before, after in changes.edited:
                self.run(commands.EditChannelCommand(self.document, before, after))
            for channel in changes.added:
                self.run(commands.AddChannelCommand(self.document, channel))

    def show_about(self) -> None:
        about_box(
            self,
            self.tr("About Content Planner"),
            self.tr(
                "<b>Content Planner {version}</b><p>Plan a balanced week of posts: "
                "help first, talk with people, then sell.</p>"
                "<p>Your plans stay on this computer.</p>"
            ).format(version=__version__),
        )

    # -- window state --------------------------------------------------------------------

    def _initial_week(self) -> Week:
        """This week, or the later week the user last looked at in this plan."""
        settings = self.plan.settings()
        this_week = week_containing(self.today(), settings.week_start)
        if self.plan.path is None or not self._remember_state:
            return this_week
        stored = QSettings().value(_week_key(self.plan.path))
        try:
            last = dt.date.fromisoformat(str(stored)) if stored else None
        except ValueError:
            last = None
        if last is None or last < this_week.start:
            return this_week
        return week_containing(last, settings.week_start)

    def _remember_week(self) -> None:
        if self.plan.path is not None and self._remember_state:
            QSettings().setValue(_week_key(self.plan.path), self.week.start.isoformat())

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry") if self._remember_state else None
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1680, screen.width() * 9 // 10), min(1000, screen.height() * 9 // 10))
        if not self._remember_state:
            self.splitter.setSizes([240, 960, 290])
            return
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([240, 960, 290])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember_state:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
            settings.setValue("window/splitter", self.splitter.saveState())
            self._remember_week()
        for timer in (self._watch, self._backup_timer, self._clock_timer):
            timer.stop()
        self.document.close()
        event.accept()


def _week_key(path: Path) -> str:
    return "weeks/" + str(path.resolve()).replace("/", "|").replace("\\", "|")


def recent_plans() -> list[Path]:
    stored = QSettings().value("plans/recent", [])
    names = stored if isinstance(stored, list) else [stored] if stored else []
    return [Path(str(name)) for name in names if Path(str(name)).exists()][:MAX_RECENT]


def remember_recent(path: Path) -> None:
    resolved = str(path.resolve())
    names = [str(p) for p in recent_plans() if str(p) != resolved]
    QSettings().setValue("plans/recent", [resolved, *names][:MAX_RECENT])


def open_start_plan(path: Path | None, parent: QWidget | None = None) -> tuple[Plan, str | None]:
    """The plan the window starts with: ``path`` (created if missing) or the default plan.
    Returns the plan and, when ``path`` could not be opened, the reason to show."""
    default = paths.default_plan_path()
    problem = None
    if path is not None:
        try:
            plan = Plan.open(path, create=True)
        except PlannerError as error:
            problem = str(error)
        else:
            remember_recent(path)
            return plan, None
    try:
        return Plan.open(default, create=True), problem
    except PlannerError as error:
        # Nothing to open: an empty, read-only stand-in until the user opens another plan.
        stand_in = Plan.in_memory(name=translate("MainWindow", "No plan"), readonly=True)
        return stand_in, problem or str(error)
