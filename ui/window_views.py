"""The window's three views of the plan, Week, Month and List (Ctrl+1/2/3), and what they
share: the day headers' holidays and dates, and the navigation by week or by month.

The week itself is the window's (``ui.main_window``); this helper builds the month and the
list beside it, switches between them, and shows the plan in whichever is current when
the window refreshes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QStackedWidget

from planner import actions
from planner.model import ContentType, Part, Post, Status
from planner.months import Month
from planner.special_days import DayNames
from planner.weeks import Week, week_containing
from ui import texts
from ui.day_names import names_of

if TYPE_CHECKING:
    from ui.list_view import ListPanel
    from ui.main_window import MainWindow
    from ui.month_model import MonthModel
    from ui.month_view import MonthView

translate = QCoreApplication.translate
# The holidays package takes a fifth of a second to load: after the first paint.
HOLIDAYS_DELAY_MS = 300


class WindowViews(QObject):
    """The month and the list are built once the week has painted (or when first asked
    for, whichever comes first): the window shows its week sooner."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.month = Month.containing(window.today())
        self.stack = QStackedWidget()
        self.stack.addWidget(window.view)
        self._built: tuple[MonthModel, MonthView, ListPanel] | None = None
        self._writable = True
        self._view_actions: list[QAction] = []
        self._closed = False
        self._holidays_ready = False
        self._holidays_timer = QTimer(self)
        self._holidays_timer.setSingleShot(True)
        self._holidays_timer.setInterval(HOLIDAYS_DELAY_MS)
        self._holidays_timer.timeout.connect(self._load_holidays)
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._build_after_paint)
        return False

    def _build_after_paint(self) -> None:
        if not self._closed:
            self.ensure_built()

    def ensure_built(self) -> tuple[MonthModel, MonthView, ListPanel]:
        if self._built is None:
            from ui.list_view import ListPanel
            from ui.month_model import MonthModel
            from ui.month_view import MonthView

            month_model = MonthModel(self)
            month_view = MonthView()
            month_view.setModel(month_model)
            self._built = (month_model, month_view, ListPanel())
            for view in self._built[1:]:
                self.stack.addWidget(view)
            self._connect()
            self.open_plan()
            self.list_panel.set_channels(self.window.plan.channel_map())
            self.set_writable(self._writable)
            self.add_view_actions(self._view_actions)
        return self._built

    @property
    def month_model(self) -> MonthModel:
        return self.ensure_built()[0]

    @property
    def month_view(self) -> MonthView:
        return self.ensure_built()[1]

    @property
    def list_panel(self) -> ListPanel:
        return self.ensure_built()[2]

    def _connect(self) -> None:
        window, flows = self.window, self.window.post_flows
        month = self.month_view
        month.edit_requested.connect(flows.edit_post)
        month.new_post_requested.connect(self._new_post_on)
        month.week_requested.connect(self.open_week)
        month.posts_dropped.connect(flows.drop_posts, Qt.ConnectionType.QueuedConnection)
        month.selection_changed.connect(window.update_actions)
        panel = self.list_panel
        panel.edit_requested.connect(flows.edit_post)
        panel.filter_changed.connect(self._ask_list)
        panel.selection_changed.connect(window.update_actions)
        panel.type_chosen.connect(self._change_type)
        panel.channel_chosen.connect(self._change_channel)
        panel.status_chosen.connect(self._change_status)

    def build_actions(self) -> list[QAction]:
        """View ▸ Week, Month, List: one checked at a time."""
        group = QActionGroup(self)
        made = []
        for number, text in enumerate(
            (
                translate("WindowViews", "&Week"),
                translate("WindowViews", "M&onth"),
                translate("WindowViews", "Li&st"),
            )
        ):
            action = QAction(text, self.window)
            action.setCheckable(True)
            action.setChecked(number == 0)
            action.setShortcut(f"Ctrl+{number + 1}")
            action.triggered.connect(lambda _c=False, n=number: self.show_view(n))
            group.addAction(action)
            made.append(action)
        self.view_actions = made
        return made

    # -- which view ----------------------------------------------------------------------

    def current(self) -> int:
        return self.stack.currentIndex()

    def show_view(self, number: int) -> None:
        self.ensure_built()
        if number == 1 and self.current() != 1:
            self.month = self._month_of(self.window.week)
        self.stack.setCurrentIndex(number)
        self.view_actions[number].setChecked(True)
        self.window.refresh({Part.POSTS})
        shown = self.stack.currentWidget()
        if shown is not None:
            shown.setFocus()

    def _month_of(self, week: Week) -> Month:
        today = self.window.today()
        return Month.containing(today if today in week else week.days[3])

    def open_week(self, day: dt.date) -> None:
        self.window.week = week_containing(day, self.window.plan.settings().week_start)
        self.show_view(0)

    def show_post(self, post: Post) -> None:
        """The post's week in the week view, the post selected (an idea: its dialog)."""
        if post.date is None:
            self.window.post_flows.edit_post(post)
            return
        self.open_week(post.date)
        self.window.view.select_posts([post.uid])

    def step(self, months: int) -> bool:
        """Previous or next month in the month view; False in another view."""
        if self.current() != 1:
            return False
        self.month = self.month.shifted(months)
        self._follow_month()
        return True

    def go_today(self) -> bool:
        if self.current() != 1:
            return False
        self.month = Month.containing(self.window.today())
        self._follow_month()
        return True

    def _follow_month(self) -> None:
        """The week view keeps in step: the month's first week (or this week)."""
        today, start = self.window.today(), self.window.plan.settings().week_start
        day = today if today in self.month else self.month.first
        self.window.week = week_containing(day, start)
        self.window.refresh({Part.POSTS})

    # -- the plan --------------------------------------------------------------------------

    def open_plan(self) -> None:
        """The window shows another plan: the list reads it through its own worker."""
        if self._built is None:
            return
        from planner.post_list import PostList

        plan = self.window.plan
        path = plan.path if plan.path is not None and not plan.upgraded_in_memory else None
        self.list_panel.model.open(PostList(plan.conn), path)

    def close(self) -> None:
        self._holidays_timer.stop()
        self._closed = True
        if self._built is not None:
            self.list_panel.model.close()

    def refresh(self, parts: set[Part]) -> None:
        """Show again what changed in the current view (the week is the window's)."""
        window = self.window
        if self._built is not None and parts & {Part.CHANNELS, Part.SETTINGS}:
            self.list_panel.set_channels(window.plan.channel_map())
        if parts & {Part.POSTS, Part.DATES, Part.SETTINGS}:
            week = window.week
            window.model.set_names(self.names_between(week.start, week.end))
        current = self.current()
        if current == 1 and parts & {Part.POSTS, Part.DATES, Part.SETTINGS, Part.CHANNELS}:
            self._show_month()
        if current == 2 and parts & {Part.POSTS, Part.IDEAS, Part.CHANNELS, Part.SETTINGS}:
            self.list_panel.set_days(window.week.start, window.week.end)
            self._ask_list()

    def _show_month(self) -> None:
        window = self.window
        plan, now = window.plan, window.now()
        weeks = self.month.weeks(plan.settings().week_start)
        shown = plan.weeks_mix(weeks, now)
        names = self.names_between(weeks[0].start, weeks[-1].end)
        self.month_model.set_month(self.month, shown, names, now.date(), plan.channel_map())

    def _ask_list(self) -> None:
        plan = self.window.plan
        self.list_panel.model.ask(plan.series(), self.window.today(), plan.channel_map())

    def label(self) -> str | None:
        """The toolbar's title for the month or list view (None: the week's own)."""
        if self.current() == 1:
            return texts.month_title(self.month.year, self.month.month)
        if self.current() == 2:
            return translate("WindowViews", "Every post")
        return None

    # -- the day headers -----------------------------------------------------------------

    def names_between(self, first: dt.date, last: dt.date) -> DayNames:
        """The holidays and the plan's own dates from ``first`` to ``last`` (the holidays
        once loaded, a moment after the window first shows)."""
        if not self._holidays_ready and not self._holidays_timer.isActive():
            self._holidays_timer.start()
        return names_of(self.window.plan, with_holidays=self._holidays_ready)(first, last)

    def _load_holidays(self) -> None:
        self._holidays_ready = True
        self.window.refresh({Part.DATES})

    # -- several posts at once -----------------------------------------------------------

    def selected_posts(self) -> list[Post] | None:
        """The posts chosen in the month or the list; None in the week view."""
        if self.current() == 1:
            return self.month_view.selected_posts()
        if self.current() == 2:
            return self.list_panel.selected_posts()
        return None

    def select_posts(self, uids: list[str]) -> None:
        """The posts an action made or moved, chosen where they show: in the month, or in
        the week (the list reads its rows afresh)."""
        if self.current() == 1:
            self.month_view.select_posts(uids)
        else:
            self.window.view.select_posts(uids)

    def selected_day(self) -> dt.date | None:
        return self.month_view.selected_day() if self.current() == 1 else None

    def _new_post_on(self, day: dt.date) -> None:
        if self.window.new_post_action.isEnabled():
            self.window.post_flows.new_post(day)

    def _change_type(self, kind: ContentType) -> None:
        posts = self.list_panel.selected_posts()
        self.window.perform(actions.change_type(self.window.plan, posts, kind))

    def _change_channel(self, channel_id: int) -> None:
        posts = self.list_panel.selected_posts()
        self.window.perform(actions.change_channel(self.window.plan, posts, channel_id))

    def _change_status(self, status: Status) -> None:
        posts = self.list_panel.selected_posts()
        self.window.perform(actions.change_status(self.window.plan, posts, status))

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        if self._built is not None:
            self.month_view.set_writable(writable)
            self.list_panel.set_writable(writable)

    def add_view_actions(self, shared: list[QAction]) -> None:
        """Edit and delete work in the month and the list too, by keys and context menu."""
        self._view_actions = shared
        if self._built is not None:
            for view in (self.month_view, self.list_panel.table):
                view.addActions(shared)
