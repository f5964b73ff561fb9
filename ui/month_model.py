"""The shown month as a table model: one row per week (by the plan's week start), its
first column the week (number and mix), then a column per day holding that day's posts.

Only the shown weeks are held. A drop on a day asks the window (through ``posts_dropped``)
for an undoable move or copy, as in the week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from planner.mix import WeekMix
from planner.model import Channel, Post
from planner.months import Month
from planner.weeks import Week
from ui import texts
from ui.month_cells import week_summary
from ui.week_model import Role

ModelIndex = QModelIndex | QPersistentModelIndex
WEEK_COLUMN = 0


class MonthRole:
    DAY = Qt.ItemDataRole.UserRole + 20  # the cell's date (None for the week column)
    POSTS = Qt.ItemDataRole.UserRole + 21  # the day's posts, in time order
    NAMES = Qt.ItemDataRole.UserRole + 22  # the day's holidays and dates
    IN_MONTH = Qt.ItemDataRole.UserRole + 23
    MIX = Qt.ItemDataRole.UserRole + 24  # the week column's MixReport
    WEEK = Qt.ItemDataRole.UserRole + 25  # the row's Week


class MonthModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.month = Month(2000, 1)
        self.today = dt.date(2000, 1, 1)
        self._weeks: list[WeekMix] = []
        self._days: dict[dt.date, list[Post]] = {}
        self._names: Mapping[dt.date, tuple[str, ...]] = {}
        self.channels: Mapping[int, Channel] = {}  # a dragged post carries its channel's name

    def set_month(
        self,
        month: Month,
        weeks: Sequence[WeekMix],
        names: Mapping[dt.date, tuple[str, ...]],
        today: dt.date,
        channels: Mapping[int, Channel],
    ) -> None:
        """Show ``weeks`` (the month's, with their posts in time order); the model is reset."""
        self.beginResetModel()
        self.month, self.today, self._names = month, today, names
        self.channels = channels
        self._weeks = list(weeks)
        self._days = {}
        for shown in self._weeks:
            for post in shown.posts:
                if post.date is not None:
                    self._days.setdefault(post.date, []).append(post)
        self.endResetModel()

    def set_names(self, names: Mapping[dt.date, tuple[str, ...]]) -> None:
        """The days' holidays and dates, come after the posts (holidays load later)."""
        self._names = names
        if self._weeks:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._weeks) - 1, 7))

    def weeks(self) -> list[Week]:
        return [shown.week for shown in self._weeks]

    def posts(self) -> list[Post]:
        return [post for shown in self._weeks for post in shown.posts]

    def day_at(self, index: ModelIndex) -> dt.date | None:
        if not index.isValid() or index.column() == WEEK_COLUMN:
            return None
        return self._weeks[index.row()].week.days[index.column() - 1]

    def index_of_day(self, day: dt.date) -> QModelIndex:
        for row, shown in enumerate(self._weeks):
            if day in shown.week:
                return self.index(row, 1 + (day - shown.week.start).days)
        return QModelIndex()

    def posts_on(self, day: dt.date) -> list[Post]:
        return self._days.get(day, [])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._weeks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shown = self._weeks[index.row()]
        if role == MonthRole.WEEK:
            return shown.week
        if index.column() == WEEK_COLUMN:
            if role == MonthRole.MIX:
                return shown.report
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return week_summary(shown.week.number, shown.report)
            return None
        day = shown.week.days[index.column() - 1]
        if role == MonthRole.DAY:
            return day
        if role == MonthRole.POSTS:
            return self.posts_on(day)
        if role == MonthRole.NAMES:
            return self._names.get(day, ())
        if role == MonthRole.IN_MONTH:
            return day in self.month
        if role == Role.IS_TODAY:
            return day == self.today
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(day)
        return None

    def describe(self, day: dt.date) -> str:
        """The day in words: its date, holidays and dates, and each post's time and title."""
        lines = [QLocale().toString(texts.qdate(day), QLocale.FormatType.LongFormat)]
        lines += list(self._names.get(day, ()))
        lines += [
            f"{texts.time_text(p)} · {texts.type_letter(p.content_type)} · {p.title}"
            for p in self.posts_on(day)
        ]
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == WEEK_COLUMN:
            return texts.week_column_title()
        if not self._weeks:
            return None
        return QLocale().toString(texts.qdate(self._weeks[0].week.days[section - 1]), "ddd")

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or index.column() == WEEK_COLUMN:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
