"""Edit ▸ Duplicate the week: which week the shown week's posts are copied to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.weeks import Week
from ui import texts

translate = QCoreApplication.translate


class DuplicateWeekDialog(QDialog):
    def __init__(self, week: Week, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DuplicateWeekDialog", "Duplicate the week"))
        layout = QFormLayout(self)
        text = translate(
            "DuplicateWeekDialog",
            "Copy the %n posts of {week} as drafts, on the same days and times, to the week of:",
            "",
            count,
        ).format(week=texts.week_title(week))
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addRow(label)
        self.target = QDateEdit(texts.qdate(week.shifted(1).start))
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat(texts.date_edit_format())
        layout.addRow(translate("DuplicateWeekDialog", "&Week of"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("DuplicateWeekDialog", "&Duplicate")
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def day(self) -> dt.date:
        chosen = self.target.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())
