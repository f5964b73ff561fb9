"""Import a CSV file: the report first (what would be created and updated, the dates as
read, or every problem by line, column and reason); nothing is written unless the whole
file passes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planner.csv_import import ImportPreview, preview_import, read_csv
from planner.date_order import DateOrder, OrderChoice, Source
from planner.dateparse import parse_date
from planner.errors import CsvImportError
from planner.store import Plan
from ui import texts

translate = QCoreApplication.translate


class ImportDialog(QDialog):
    def __init__(self, plan: Plan, data: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import posts"))
        self.setMinimumWidth(520)
        self._plan, self._data = plan, data
        self.computer = texts.computer_date_order()
        self.preview: ImportPreview | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ImportDialog", "From {file}").format(file=file_name)))
        self.order = QComboBox()
        self.order.addItem(translate("ImportDialog", "As the file and this computer show"), None)
        self.order.addItem(
            translate("ImportDialog", "Day first (01/02/2026 is 1 February)"), DateOrder.DAY_FIRST
        )
        self.order.addItem(
            translate("ImportDialog", "Month first (01/02/2026 is January 2)"),
            DateOrder.MONTH_FIRST,
        )
        self.order.currentIndexChanged.connect(self._check)
        form = QFormLayout()
        order_label = QLabel(translate("ImportDialog", "&Numeric dates:"))
        order_label.setBuddy(self.order)
        form.addRow(order_label, self.order)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.dates_note = QLabel()
        self.dates_note.setWordWrap(True)
        layout.addWidget(self.dates_note)
        self.dates_label = QLabel(translate("ImportDialog", "Dates as written, and as read:"))
        self.dates = QListWidget()
        self.dates.setAccessibleName(self.dates_label.text())
        layout.addWidget(self.dates_label)
        layout.addWidget(self.dates)
        self.problems = QListWidget()
        self.problems.setAccessibleName(translate("ImportDialog", "Problems"))
        # A long problem wraps to the dialog's width rather than needing a scroll sideways.
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        self.problems.clear()
        self.dates.clear()
        self.dates_note.clear()
        try:
            csv_file = read_csv(self._data)
            self.preview = preview_import(
                self._plan, csv_file, order=self.order.currentData(), computer=self.computer
            )
        except CsvImportError as error:
            self.preview = None
            self.summary.setText(
                translate(
                    "ImportDialog",
                    "Nothing will be imported: fix these problems in the file and import it again.",
                )
            )
            self.problems.addItems([str(problem) for problem in error.problems])
        else:
            self.summary.setText(_summary(self.preview))
            self._show_dates(self.preview)
        self.problems.setVisible(self.preview is None)
        self.dates.setVisible(self.dates.count() > 0)
        self.dates_label.setVisible(self.dates.count() > 0)
        self.dates_note.setVisible(bool(self.dates_note.text()))
        has_changes = self.preview is not None and bool(
            self.preview.created or self.preview.updated
        )
        self.import_button.setEnabled(has_changes)

    def _show_dates(self, preview: ImportPreview) -> None:
        """Each date as written and as read; and, if one reads both ways, the order used."""
        self.dates.addItems(
            [f"{text} → {texts.long_date(day)}" for text, day in preview.dates_read.items()]
        )
        choice = preview.date_order
        if choice is None:
            return
        text = preview.ambiguous_date
        other = parse_date(text, dayfirst=not choice.dayfirst)
        self.dates_note.setText(
            translate(
                "ImportDialog",
                "{text} was read as {day}: {order}, {reason}. The other way, it would be {other}.",
            ).format(
                text=text,
                day=texts.long_date(preview.dates_read[text]),
                order=_order_name(choice.order),
                reason=_reason(choice),
                other=texts.long_date(other),
            )
        )


def _summary(preview: ImportPreview) -> str:
    total = preview.total
    text = translate(
        "ImportDialog", "%Ln posts: {new} new, {updated} updated, {same} unchanged.", "", total
    ).format(
        new=len(preview.created),
        updated=len(preview.updated),
        same=len(preview.unchanged),
    )
    if preview.new_channels:
        text += " " + translate("ImportDialog", "New channels: {names}.").format(
            names=", ".join(preview.new_channels.values())
        )
    if preview.ignored_columns:
        text += " " + translate("ImportDialog", "Ignored columns: {names}.").format(
            names=", ".join(preview.ignored_columns)
        )
    return text


def _order_name(order: DateOrder) -> str:
    if order is DateOrder.DAY_FIRST:
        return translate("ImportDialog", "day first")
    return translate("ImportDialog", "month first")


def _reason(choice: OrderChoice) -> str:
    if choice.source is Source.ASKED:
        return translate("ImportDialog", "as chosen above")
    if choice.source is Source.EVIDENCE:
        return translate("ImportDialog", "as {where} ({text}) shows").format(
            where=choice.where, text=choice.text
        )
    if choice.source is Source.LOCALE:
        reason = translate(
            "ImportDialog", "as this computer's language and region ({name}) write dates"
        )
        return reason.format(name=choice.text)
    return translate("ImportDialog", "as this computer's language and region set no order")
