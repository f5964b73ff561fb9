"""File ▸ Dates that matter: the plan's own dates ("Black Friday", "our 10th birthday", a
campaign's days), shown in the day headers beside the public holidays. Each add, change or
removal is one undoable step, taken at once."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from planner import actions
from planner.model import PlanDate
from ui import texts

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


class DatesDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setWindowTitle(translate("DatesDialog", "Dates that matter"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show_current)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("DatesDialog", "Black Friday, our 10th birthday…"))
        self.first = QDateEdit(texts.qdate(window.default_day()))
        self.last = QDateEdit(texts.qdate(window.default_day()))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(texts.date_edit_format())
        self.first.dateChanged.connect(self._first_moved)
        form.addRow(translate("DatesDialog", "&Name"), self.name)
        form.addRow(translate("DatesDialog", "&From"), self.first)
        form.addRow(translate("DatesDialog", "&To"), self.last)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("DatesDialog", "&Add"))
        self.save_button = QPushButton(translate("DatesDialog", "&Save changes"))
        self.remove_button = QPushButton(translate("DatesDialog", "&Remove"))
        for button in (self.add_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        self.name.textChanged.connect(self._update)
        self._load()

    def _load(self, select: int | None = None) -> None:
        self.list.clear()
        for date in self._window.plan.plan_dates():
            when = texts.short_day(date.first)
            if date.last != date.first:
                when += f" – {texts.short_day(date.last)}"
            item = QListWidgetItem(f"{when} {date.first.year} · {date.name}")
            item.setData(Qt.ItemDataRole.UserRole, date)
            self.list.addItem(item)
            if date.id == select:
                self.list.setCurrentItem(item)
        self._update()

    def _current(self) -> PlanDate | None:
        item = self.list.currentItem()
        date = item.data(Qt.ItemDataRole.UserRole) if item else None
        return date if isinstance(date, PlanDate) else None

    def _show_current(self) -> None:
        date = self._current()
        if date is not None:
            self.name.setText(date.name)
            self.first.setDate(texts.qdate(date.first))
            self.last.setDate(texts.qdate(date.last))
        self._update()

    def _first_moved(self, day: QDate) -> None:
        if self.last.date() < day:
            self.last.setDate(day)

    def _span(self) -> tuple[dt.date, dt.date]:
        first, last = (_date(edit.date()) for edit in (self.first, self.last))
        return min(first, last), max(first, last)

    def _update(self) -> None:
        named = bool(self.name.text().strip())
        self.add_button.setEnabled(named)
        self.save_button.setEnabled(named and self._current() is not None)
        self.remove_button.setEnabled(self._current() is not None)

    def _add(self) -> None:
        first, last = self._span()
        action = actions.add_date(self._window.plan, self.name.text(), first, last)
        if self._window.perform(action):
            self._load(select=action.change.dates_after[0].id)

    def _save(self) -> None:
        before = self._current()
        if before is None:
            return
        first, last = self._span()
        after = PlanDate(before.id, self.name.text(), first, last)
        if self._window.perform(actions.edit_date(before, after)):
            self._load(select=before.id)

    def _remove(self) -> None:
        date = self._current()
        if date is not None and self._window.perform(actions.remove_dates([date])):
            self._load()


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
