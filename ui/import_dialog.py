"""Import a CSV file: the report first (what would be created and updated, or every problem
by line, column and reason); nothing is written unless the whole file passes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planner.csv_import import ImportPreview, preview_import, read_csv
from planner.errors import CsvImportError
from planner.store import Plan

translate = QCoreApplication.translate


class ImportDialog(QDialog):
    def __init__(self, plan: Plan, data: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import posts"))
        self.setMinimumWidth(520)
        self._plan, self._data = plan, data
        self.preview: ImportPreview | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ImportDialog", "From {file}").format(file=file_name)))
        self.dayfirst = QCheckBox(
            translate("ImportDialog", "Dates are written day first (24/11/2026)")
        )
        self.dayfirst.toggled.connect(self._check)
        layout.addWidget(self.dayfirst)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setAccessibleName(translate("ImportDialog", "Problems"))
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
        try:
            csv_file = read_csv(self._data)
            self.preview = preview_import(self._plan, csv_file, dayfirst=self.dayfirst.isChecked())
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
            preview = self.preview
            text = translate(
                "ImportDialog", "{total} posts: {new} new, {updated} updated, {same} unchanged."
            ).format(
                total=preview.total,
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
            self.summary.setText(text)
        self.problems.setVisible(self.preview is None)
        has_changes = self.preview is not None and bool(
            self.preview.created or self.preview.updated
        )
        self.import_button.setEnabled(has_changes)
