"""File ▸ Export: the format (CSV, calendar, PDF) and the weeks to include."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.exports import Format
from planner.review_pack import Language, PackFormat
from planner.weeks import Week
from ui import texts

translate = QCoreApplication.translate


class Span(StrEnum):
    WEEK = "week"
    NEXT = "next"
    CUSTOM = "custom"
    EVERYTHING = "everything"


def default_delimiter(computer: QLocale | None = None) -> str:
    """``;`` where the computer writes decimals with a comma, as Excel there expects: its
    region's, whatever language the window speaks."""
    return ";" if (computer or QLocale.system()).decimalPoint() == "," else ","


class ExportDialog(QDialog):
    """The format and weeks of an export; with ``pack``, of a review pack for a client
    (XLSX, CSV or PDF, in the client's language)."""

    def __init__(
        self, week: Week, delimiter: str, parent: QWidget | None = None, *, pack: bool = False
    ) -> None:
        """``delimiter``: the CSV separator offered first."""
        super().__init__(parent)
        self.setWindowTitle(
            translate("ExportDialog", "Send for review")
            if pack
            else translate("ExportDialog", "Export")
        )
        self._week, self._pack = week, pack
        layout = QVBoxLayout(self)

        kinds = QGroupBox(translate("ExportDialog", "Format"))
        kinds_layout = QVBoxLayout(kinds)
        self.formats = QButtonGroup(self)
        for number, (kind, text) in enumerate(_pack_formats() if pack else _formats()):
            button = QRadioButton(text)
            button.setProperty("format", kind)
            self.formats.addButton(button, number)
            kinds_layout.addWidget(button)
            if kind == Format.CSV:
                kinds_layout.addLayout(self._separator_row(delimiter))
        self.formats.button(0).setChecked(True)
        self.language = QComboBox()
        self.language.addItem("English", Language.ENGLISH.value)
        self.language.addItem("Italiano", Language.ITALIAN.value)
        italian = QLocale().language() == QLocale.Language.Italian
        self.language.setCurrentIndex(1 if italian else 0)
        if pack:
            row = QHBoxLayout()
            label = QLabel(translate("ExportDialog", "The client's &language:"))
            label.setBuddy(self.language)
            row.addWidget(label)
            row.addWidget(self.language)
            row.addStretch(1)
            kinds_layout.addLayout(row)
        layout.addWidget(kinds)

        span = QGroupBox(translate("ExportDialog", "Weeks"))
        grid = QGridLayout(span)
        self.spans = QButtonGroup(self)
        self.this_week = QRadioButton(
            translate("ExportDialog", "The shown week ({week})").format(week=texts.week_title(week))
        )
        self.next_weeks = QRadioButton(translate("ExportDialog", "It and the following"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.valueChanged.connect(lambda n: self.weeks.setSuffix(self.tr(" weeks", "", n)))
        self.weeks.setValue(4)
        self.custom = QRadioButton(translate("ExportDialog", "From"))
        self.first = QDateEdit(texts.qdate(week.start))
        self.last = QDateEdit(texts.qdate(week.end + dt.timedelta(weeks=3)))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(texts.date_edit_format(weekday=False))
        self.everything = QRadioButton(translate("ExportDialog", "Every post, ideas included"))
        for number, (button, span_kind) in enumerate(
            (
                (self.this_week, Span.WEEK),
                (self.next_weeks, Span.NEXT),
                (self.custom, Span.CUSTOM),
                (self.everything, Span.EVERYTHING),
            )
        ):
            button.setProperty("span", span_kind.value)
            self.spans.addButton(button, number)
        grid.addWidget(self.this_week, 0, 0, 1, 4)
        grid.addWidget(self.next_weeks, 1, 0)
        grid.addWidget(self.weeks, 1, 1)
        grid.addWidget(self.custom, 2, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel(translate("ExportDialog", "to")))
        dates.addWidget(self.last)
        grid.addLayout(dates, 2, 1, 1, 3)
        grid.addWidget(self.everything, 3, 0, 1, 4)
        self.this_week.setChecked(True)
        layout.addWidget(span)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ExportDialog", "Save pack…")
            if pack
            else translate("ExportDialog", "Export…")
        )
        self.everything.setVisible(not pack)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.formats.idToggled.connect(self._update)
        self.spans.idToggled.connect(self._update)
        self._update()

    def _separator_row(self, delimiter: str) -> QHBoxLayout:
        """The CSV's separator, below its format: Excel where decimals are written with a
        comma reads only semicolons."""
        self.separator = QComboBox()
        self.separator.addItem(translate("ExportDialog", "Comma (,)"), ",")
        self.separator.addItem(
            translate(
                "ExportDialog", "Semicolon (;), as Excel expects where decimals take a comma"
            ),
            ";",
        )
        self.separator.setCurrentIndex(max(self.separator.findData(delimiter), 0))
        label = QLabel(translate("ExportDialog", "&Separator:"))
        label.setBuddy(self.separator)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.separator, 1)
        return row

    def delimiter(self) -> str:
        return str(self.separator.currentData())

    def format(self) -> str:
        """The chosen format's name: a :class:`Format`, or a :class:`PackFormat`."""
        return str(_checked(self.formats).property("format"))

    def client_language(self) -> Language:
        return Language(self.language.currentData())

    def span(self) -> tuple[dt.date, dt.date] | None:
        """The days to export, or None for everything."""
        kind = Span(_checked(self.spans).property("span"))
        if kind is Span.WEEK:
            return self._week.start, self._week.end
        if kind is Span.NEXT:
            return self._week.start, self._week.shifted(self.weeks.value() - 1).end
        if kind is Span.CUSTOM:
            first, last = (_date(edit) for edit in (self.first, self.last))
            return min(first, last), max(first, last)
        return None

    def _update(self) -> None:
        # A PDF prints weeks: "everything" is for the spreadsheet and the calendar. A review
        # pack is a range of planned posts, never the whole plan.
        weeks_only = self._pack or self.format() == Format.PDF
        self.separator.setEnabled(self.format() == Format.CSV)
        self.everything.setEnabled(not weeks_only)
        if weeks_only and self.everything.isChecked():
            self.this_week.setChecked(True)
        self.weeks.setEnabled(self.next_weeks.isChecked())
        self.first.setEnabled(self.custom.isChecked())
        self.last.setEnabled(self.custom.isChecked())


def _formats() -> list[tuple[str, str]]:
    return [
        (Format.CSV, translate("ExportDialog", "Spreadsheet (CSV): to edit or to import")),
        (Format.ICS, translate("ExportDialog", "Calendar (.ics): for any calendar app")),
        (Format.PDF, translate("ExportDialog", "PDF: one page per week, to send or print")),
    ]


def _pack_formats() -> list[tuple[str, str]]:
    return [
        (
            PackFormat.XLSX,
            translate(
                "ExportDialog", "Excel workbook (.xlsx): the client chooses approve or change"
            ),
        ),
        (PackFormat.CSV, translate("ExportDialog", "Spreadsheet (CSV): the same columns")),
        (PackFormat.PDF, translate("ExportDialog", "PDF: every caption in full, boxes to tick")),
    ]


def _checked(group: QButtonGroup) -> QAbstractButton:
    button = group.checkedButton()
    assert button is not None  # each group starts with one checked, and stays exclusive
    return button


def _date(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())
