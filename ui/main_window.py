"""The main window: the week grid, the ideas and mix panels, and the status bar.

It holds no business rules. It shows the plan (a week at a time), refreshing the parts an
action touched; what the user does is handled by ``ui.post_flows`` and ``ui.file_flows``,
which ask ``planner.actions`` what it means, and performed here as one undoable step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget

from planner import clock, followups
from planner.actions import Action
from planner.approval import count_reviews
from planner.errors import PlannerError
from planner.mix import Code, WeekMix
from planner.model import Channel, Part, Post, Settings, Status
from planner.soundness import DamagedPlanError, explained
from planner.store import Plan
from planner.weeks import Week, week_containing
from ui import texts
from ui.dialogs import show_error
from ui.document import EVERYTHING, PlanDocument
from ui.empty_state import EmptyState
from ui.file_flows import FileFlows
from ui.icons import app_icon
from ui.ideas_panel import IdeasPanel
from ui.mix_panel import MixPanel
from ui.plan_files import PlanFiles, plan_key, recent_plans
from ui.post_flows import PostFlows
from ui.review_flows import ReviewFlows
from ui.week_model import POSTS_MIME_TYPE, WeekModel
from ui.week_view import WeekView
from ui.window_actions import WindowActions
from ui.window_views import WindowViews


class MainWindow(WindowActions):
    def __init__(self, document: PlanDocument, *, remember_state: bool = True) -> None:
        super().__init__()
        # Window geometry and the last week shown are kept in QSettings, unless a
        # throwaway window (selfcheck) must leave the user's settings alone.
        self._remember_state = remember_state
        self.setWindowIcon(app_icon())
        self.files = PlanFiles(document, self)
        self.post_flows = PostFlows(self)
        self.file_flows = FileFlows(self)
        self.review_flows = ReviewFlows(self)
        self.model = WeekModel(self)
        self.model.posts_dropped.connect(
            self.post_flows.drop_posts, Qt.ConnectionType.QueuedConnection
        )
        self._build_central()
        self.build_actions()
        self.build_menus()
        self.build_toolbar()
        self.channel_filter.currentIndexChanged.connect(lambda _i: self.refresh({Part.POSTS}))
        self.status_label = QLabel()
        # A normal (not permanent) widget: the window's own messages ("Copy saved as …")
        # take its place while they show, instead of being squeezed out of sight by it.
        self.statusBar().addWidget(self.status_label, 1)
        self.files.opened.connect(self._show_document)
        self.files.failed.connect(lambda title, text: show_error(self, title, text))
        self.files.message.connect(self.statusBar().showMessage)
        self.files.recent_changed.connect(self._update_recent_menu)
        self._update_recent_menu()
        self._connect_document()
        QGuiApplication.clipboard().dataChanged.connect(self._update_actions)
        self.week = self._initial_week()
        self._damage_shown = ""  # the damage last told in a dialog, not to repeat it
        self._restore_geometry()
        self.refresh()

    def _build_central(self) -> None:
        flows = self.post_flows
        self.view = WeekView()
        self.view.setModel(self.model)
        self.view.setMinimumWidth(self.view.minimum_width())
        self.view.edit_requested.connect(lambda _post: self.edit_post_action.trigger())
        self.view.new_post_requested.connect(self._new_post_on)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.cards.followup_toggled.connect(self._toggle_replies_of)
        self.view.cards.followup_edit_requested.connect(self._edit_followup_of)
        # Redraws the week when a follow-up turns overdue or the day changes.
        self._clock_timer = QTimer(self)
        self._clock_timer.setSingleShot(True)
        self._clock_timer.timeout.connect(lambda: self.refresh({Part.POSTS}))
        self.mix_panel = MixPanel()
        self.ideas_panel = ideas = IdeasPanel()
        ideas.model.posts_unscheduled.connect(
            flows.unschedule_posts, Qt.ConnectionType.QueuedConnection
        )
        ideas.list.doubleClicked.connect(lambda _index: self.edit_post_action.trigger())
        ideas.list.selectionModel().selectionChanged.connect(self._update_actions)
        ideas.new_idea_requested.connect(flows.new_idea)
        ideas.starter_used.connect(flows.idea_from_starter)
        ideas.starter_edit_requested.connect(flows.edit_starter)
        ideas.starter_removed.connect(flows.remove_starter)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.ideas_panel)
        self.views = WindowViews(self)
        self.splitter.addWidget(self.views.stack)
        self.splitter.addWidget(self.mix_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.empty_state = EmptyState()
        self.empty_state.new_post_requested.connect(lambda: self.new_post_action.trigger())
        self.empty_state.sample_requested.connect(flows.add_sample_week)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)

    # -- the document --------------------------------------------------------------------

    @property
    def document(self) -> PlanDocument:
        return self.files.document

    @property
    def plan(self) -> Plan:
        return self.document.plan

    def _connect_document(self) -> None:
        document = self.document
        document.changed.connect(self.refresh)
        document.failed.connect(self._undo_failed)
        stack = document.undo_stack
        self.set_undo_stack_actions(
            # Qt's own words ("Undo %1"), in the user's language from Qt's translations.
            stack.createUndoAction(self),
            stack.createRedoAction(self),
        )

    def _show_document(self, _document: PlanDocument) -> None:
        """Another plan opened in this window: its history, its week."""
        self._connect_document()
        self.views.open_plan()
        self.week = self._initial_week()
        self.refresh()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_plans():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_plan(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def perform(self, action: Action, select: bool = False) -> bool:
        """Apply a user action as one undoable step; a failure is shown and changes
        nothing. ``select``: select the posts it made or moved. False if nothing changed."""
        try:
            done = self.document.perform(action)
        except PlannerError as error:
            show_error(self, self.tr("Not saved"), texts.said(error))
            return False
        if done and select:
            self.views.select_posts([post.uid for post in action.change.posts_after])
        return done

    def _undo_failed(self, message: str) -> None:
        show_error(
            self,
            self.tr("Could not undo or redo"),
            message
            + "\n\n"
            + self.tr("The undo history was cleared to stay in step with the plan."),
        )
        QTimer.singleShot(0, self.document.start_afresh)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.files.check_outside_changes()

    def now(self, settings: Settings | None = None) -> dt.datetime:
        return clock.wall_now((settings or self.plan.settings()).time_zone)

    def today(self) -> dt.date:
        return self.now().date()

    # -- showing the plan ----------------------------------------------------------------

    def refresh(self, parts: Iterable[Part] = EVERYTHING) -> None:
        """Show again what changed: the week and its mix (posts), the ideas, the starters;
        settings or channels change how everything shows."""
        parts = set(parts)
        if parts & {Part.SETTINGS, Part.CHANNELS}:
            parts = set(EVERYTHING)
        # Each step on its own: a row one of them cannot read leaves the others shown.
        frame, week, views = (
            self._damage_in(step, parts)
            for step in (self._refresh_frame, self._refresh_week, self.views.refresh)
        )
        if week is not None:  # not the posts of the week shown before
            self.model.set_week(self.week, [], {}, now=self.now())
            self.week_label.setText(texts.week_title(self.week))
        damage = frame or week or views
        if damage is not None:
            self._show_damage(texts.said(damage))
        else:
            self._damage_shown = ""
        label = self.views.label()
        if label is not None:
            self.week_label.setText(label)
        self._update_actions()

    def _damage_in(
        self, step: Callable[[set[Part]], None], parts: set[Part]
    ) -> DamagedPlanError | None:
        try:
            with explained(self.plan):
                step(parts)
        except DamagedPlanError as error:
            return error
        return None

    def _show_damage(self, message: str) -> None:
        """A row edited outside the app that cannot be read: the person learns what and
        where, in a dialog once per problem and in the status bar while it lasts."""
        self.status_label.setText(
            self.tr("plan: {name} · cannot be read").format(name=self.plan.display_name)
        )
        if message != self._damage_shown:
            self._damage_shown = message
            hint = self.tr("File ▸ Restore from backup brings back an earlier copy of the plan.")
            text = f"{message}\n\n{hint}"
            # Once the window is up, so that the plan it speaks of is seen behind it.
            QTimer.singleShot(0, lambda: show_error(self, self.tr("This plan is damaged"), text))

    def _refresh_frame(self, parts: set[Part]) -> None:
        """The title, the channel filter, the ideas and the starters."""
        plan = self.plan
        self.setWindowTitle(self.tr("{name} – Content Planner").format(name=plan.display_name))
        empty = plan.is_empty() and not plan.readonly
        self.stack.setCurrentWidget(self.empty_state if empty else self.splitter)
        channels = plan.channel_map()
        if Part.CHANNELS in parts:
            self._refresh_channel_filter(channels)
        if Part.IDEAS in parts:
            self.ideas_panel.set_ideas(plan.ideas(), channels)
        if Part.STARTERS in parts:
            self.ideas_panel.set_starters(plan.starters())

    def _refresh_week(self, parts: set[Part]) -> None:
        """The week and its mix."""
        if Part.POSTS in parts:
            plan, settings = self.plan, self.plan.settings()
            # Keep the same week when the week start changes: anchor on its middle day.
            self.week = week_containing(self.week.days[3], settings.week_start)
            shown = plan.week_mix(self.week, self.now(settings), self.shown_channel())
            self._show_week(shown, plan.channel_map())

    def _show_week(self, shown: WeekMix, channels: dict[int, Channel]) -> None:
        week, report, now = shown.week, shown.report, self.now()
        selected = [post.uid for post in self.view.selected_posts()]
        streak = [
            uid for w in report.warnings if w.code == Code.PROMO_STREAK for uid in w.post_uids
        ]
        self.model.set_week(week, shown.posts, channels, now=now, streak=streak)
        self._schedule_clock(shown.posts, now)
        self.view.select_posts(selected)
        current = week.start <= now.date() <= week.end
        heading = self.tr("This week") if current else texts.week_title(week)
        filtered = self.shown_channel()
        channel = channels.get(filtered) if filtered is not None else None
        if channel is not None:  # the filter's channel: its own mix, and the panel says so
            heading = self.tr("{heading}: {channel} only").format(
                heading=heading, channel=channel.name
            )
        self.mix_panel.set_report(report, heading, count_reviews(shown.posts))
        self.week_label.setText(texts.week_title(week))
        posts_text = (
            self.tr("%Ln posts this week", "", report.total)
            if current
            else self.tr("%Ln posts in week {number}", "", report.total).format(number=week.number)
        )
        plan = self.plan
        self.status_label.setText(
            self.tr("plan: {name} · {posts} · times in {zone}").format(
                name=plan.display_name, posts=posts_text, zone=plan.settings().time_zone
            )
            + (self.tr(" · read-only") if plan.readonly else "")
        )

    def _schedule_clock(self, posts: Iterable[Post], now: dt.datetime) -> None:
        """Wake at the next moment the shown week changes by itself: a follow-up turning
        overdue, or midnight (a new today)."""
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time.min)
        moment = min(filter(None, (followups.next_change(posts, now), midnight)))
        seconds = (moment - now).total_seconds()
        self._clock_timer.start(int(min(max(seconds, 1), 86_400) * 1000))

    def _refresh_channel_filter(self, channels: dict[int, Channel]) -> None:
        combo = self.channel_filter
        current = combo.currentData()
        wanted = [(self.tr("All channels"), None), *((c.name, c.id) for c in channels.values())]
        present = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if present == wanted:
            return
        combo.blockSignals(True)
        combo.clear()
        for name, channel_id in wanted:
            combo.addItem(name, channel_id)
        index = combo.findData(current) if current in channels else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def shown_channel(self) -> int | None:
        """The channel the filter shows, or None for all."""
        channel = self.channel_filter.currentData()
        return int(channel) if channel is not None else None

    def show_week(self, week: Week) -> None:
        self.week = week
        self.refresh({Part.POSTS})
        self._remember_week()

    def previous_week(self) -> None:
        if not self.views.step(-1):
            self.show_week(self.week.shifted(-1))

    def next_week(self) -> None:
        if not self.views.step(1):
            self.show_week(self.week.shifted(1))

    def go_today(self) -> None:
        if not self.views.go_today():
            self.show_week(week_containing(self.today(), self.plan.settings().week_start))

    # -- the selection -------------------------------------------------------------------

    def selected_posts(self) -> list[Post]:
        """The posts chosen in the ideas list when it has the focus, else in the view."""
        if self.ideas_panel.list.hasFocus():
            return self.ideas_panel.selected_ideas()
        chosen = self.views.selected_posts()
        return self.view.selected_posts() if chosen is None else chosen

    def default_day(self) -> dt.date:
        """The day a new post (or a paste) goes on: the selected day (a card's, or the day
        clicked, in the week or the month), else today in the shown week, else its first day."""
        selected = self.views.selected_day()
        if selected is None:
            selected = self.view.selected_day()
        if selected is not None:
            return selected
        today = self.today()
        return today if today in self.week else self.week.start

    def _new_post_on(self, day: dt.date) -> None:
        """A double-click or Enter on a day: a new post there (if the plan can take one)."""
        if self.new_post_action.isEnabled():
            self.post_flows.new_post(day)

    def _toggle_replies_of(self, uid: str) -> None:
        self.view.select_posts([uid])
        self.replies_done_action.trigger()

    def _edit_followup_of(self, uid: str) -> None:
        self.view.select_posts([uid])
        self.followup_action.trigger()

    def update_actions(self) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_posts()
        with_followup = any(post.has_followup for post in selected)
        unpublished = any(p.date and p.status is not Status.PUBLISHED for p in selected)
        data = QGuiApplication.clipboard().mimeData()
        pasteable = data is not None and data.hasFormat(POSTS_MIME_TYPE)
        self.enable_actions(
            not self.plan.readonly, bool(selected), with_followup, unpublished, pasteable
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
        splitter = settings.value("window/splitter") if self._remember_state else None
        state = settings.value("window/state") if self._remember_state else None
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([240, 960, 290])
        for action, key in self._panel_keys():
            shown = settings.value(key, True) if self._remember_state else True
            action.setChecked(shown not in (False, "false"))

    def _panel_keys(self) -> list[tuple[QAction, str]]:
        return [
            (self.ideas_panel_action, "window/ideas_panel"),
            (self.mix_panel_action, "window/mix_panel"),
        ]

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember_state:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.saveState())
            settings.setValue("window/splitter", self.splitter.saveState())
            for action, key in self._panel_keys():
                settings.setValue(key, action.isChecked())
            self._remember_week()
        self._clock_timer.stop()
        self.views.close()
        self.search_box.close_search()
        self.files.close()
        event.accept()


def _week_key(path: Path) -> str:
    return plan_key("weeks", path)
