"""How a post repeats: every week or two, or on the same weekday of every month; and when
the repetition ends."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from planner.recurrence import LAST, Frequency, Recurrence
from ui import texts

translate = QCoreApplication.translate
MONTHLY = "monthly"
SUNDAY = 6  # Python counts Monday as 0


def weekday_name(weekday: int) -> str:
    return QLocale().dayName(weekday + 1)  # Qt counts Monday as 1


def monthly_text(nth: int, weekday: int) -> str:
    """``The first Monday of every month``. Sunday has words of its own ("Sunday" in the
    disambiguation): in Italian it is the one feminine weekday ("la prima domenica")."""
    day = weekday_name(weekday)
    if weekday == SUNDAY:
        text = translate("RepeatEditor", "The {nth} {day} of every month", "Sunday")
        nth_words = {
            1: translate("RepeatEditor", "first", "Sunday"),
            2: translate("RepeatEditor", "second", "Sunday"),
            3: translate("RepeatEditor", "third", "Sunday"),
            4: translate("RepeatEditor", "fourth", "Sunday"),
            LAST: translate("RepeatEditor", "last", "Sunday"),
        }
    else:
        text = translate("RepeatEditor", "The {nth} {day} of every month")
        nth_words = {
            1: translate("RepeatEditor", "first"),
            2: translate("RepeatEditor", "second"),
            3: translate("RepeatEditor", "third"),
            4: translate("RepeatEditor", "fourth"),
            LAST: translate("RepeatEditor", "last"),
        }
    return text.format(nth=nth_words[nth], day=day)


def every_weeks(weeks: int, day: str) -> str:
    """``Every 2 weeks on Friday``."""
    return translate("RepeatEditor", "Every %n weeks on {day}", "", weeks).format(day=day)


def describe(recurrence: Recurrence) -> str:
    """``Every Tuesday``, ``Every 2 weeks on Friday``, ``The first Monday of every month``,
    then how it ends."""
    day = weekday_name(recurrence.weekday)
    if recurrence.frequency is Frequency.MONTHLY:
        text = monthly_text(recurrence.nth, recurrence.weekday)
    elif recurrence.interval == 1:
        text = translate("RepeatEditor", "Every {day}").format(day=day)
    else:
        text = every_weeks(recurrence.interval, day)
    times = recurrence.count
    if times is not None:
        text += translate("RepeatEditor", ", %n times", "", times)
    elif recurrence.until is not None:
        text += translate("RepeatEditor", ", until {date}").format(
            date=texts.short_day(recurrence.until)
        )
    return text


class RepeatEditor(QWidget):
    changed = Signal()

    def __init__(
        self, day: dt.date, recurrence: Recurrence | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("RepeatEditor", "Repeat"))
        grid.addWidget(self.kind, 0, 0, 1, 4)
        self.ends = QButtonGroup(self)
        self.never = QRadioButton(translate("RepeatEditor", "Never ends"))
        self.after = QRadioButton(translate("RepeatEditor", "Ends after"))
        self.on = QRadioButton(translate("RepeatEditor", "Ends on"))
        for number, button in enumerate((self.never, self.after, self.on)):
            self.ends.addButton(button, number)
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.count.valueChanged.connect(lambda n: self.count.setSuffix(self.tr(" posts", "", n)))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(texts.date_edit_format(weekday=False))
        grid.addWidget(self.never, 1, 0)
        grid.addWidget(self.after, 1, 1)
        grid.addWidget(self.count, 1, 2)
        grid.addWidget(self.on, 2, 1)
        grid.addWidget(self.until, 2, 2)
        grid.setColumnStretch(3, 1)
        self.summary = QLabel()
        grid.addWidget(self.summary, 3, 0, 1, 4)
        self._day = day
        self._fill_kinds(day)
        self._fill(recurrence, day)
        self.kind.currentIndexChanged.connect(self._changed)
        self.ends.idToggled.connect(self._changed)
        self.count.valueChanged.connect(self._changed)
        self.until.dateChanged.connect(self._changed)
        self._changed()

    def _fill_kinds(self, day: dt.date) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(translate("RepeatEditor", "Does not repeat"), None)
        name = weekday_name(day.weekday())
        self.kind.addItem(translate("RepeatEditor", "Every {day}").format(day=name), 1)
        for weeks in (2, 3, 4):
            self.kind.addItem(every_weeks(weeks, name), weeks)
        monthly = Recurrence.like(day, Frequency.MONTHLY)
        self.kind.addItem(monthly_text(monthly.nth, monthly.weekday), MONTHLY)
        index = self.kind.findData(current)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)

    def _fill(self, recurrence: Recurrence | None, day: dt.date) -> None:
        self.until.setDate(texts.qdate(day + dt.timedelta(weeks=12)))
        self.count.setValue(10)
        self.never.setChecked(True)
        if recurrence is None:
            return
        if recurrence.frequency is Frequency.MONTHLY:
            self.kind.setCurrentIndex(self.kind.findData(MONTHLY))
        else:
            self.kind.setCurrentIndex(max(self.kind.findData(recurrence.interval), 1))
        if recurrence.count is not None:
            self.after.setChecked(True)
            self.count.setValue(recurrence.count)
        elif recurrence.until is not None:
            self.on.setChecked(True)
            self.until.setDate(texts.qdate(recurrence.until))

    def set_day(self, day: dt.date) -> None:
        """The first date changed: the weekday and the place in the month follow it."""
        if day != self._day:
            self._day = day
            self._fill_kinds(day)
            self._changed()

    def recurrence(self) -> Recurrence | None:
        kind = self.kind.currentData()
        if kind is None:
            return None
        if kind == MONTHLY:
            repeat = Recurrence.like(self._day, Frequency.MONTHLY)
        else:
            repeat = Recurrence.like(self._day, Frequency.WEEKLY, int(kind))
        if self.after.isChecked():
            return repeat.ending(count=self.count.value())
        if self.on.isChecked():
            until = self.until.date()
            return repeat.ending(until=dt.date(until.year(), until.month(), until.day()))
        return repeat

    def _changed(self) -> None:
        repeats = self.kind.currentData() is not None
        for widget in (self.never, self.after, self.on):
            widget.setEnabled(repeats)
        self.count.setEnabled(repeats and self.after.isChecked())
        self.until.setEnabled(repeats and self.on.isChecked())
        recurrence = self.recurrence()
        self.summary.setText(describe(recurrence) if recurrence else "")
        self.summary.setVisible(recurrence is not None)
        self.changed.emit()
