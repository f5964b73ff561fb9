"""Write or change a conversation starter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from planner.model import ContentType, Starter
from ui import texts

translate = QCoreApplication.translate


class StarterDialog(QDialog):
    def __init__(self, starter: Starter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("StarterDialog", "Edit starter")
            if starter
            else translate("StarterDialog", "New starter")
        )
        self.setMinimumWidth(480)
        self._id = starter.id if starter else 0
        form = QFormLayout(self)
        self.type_combo = QComboBox()
        for content_type in (ContentType.CONVERSATION, ContentType.VALUE):
            self.type_combo.addItem(texts.type_name(content_type), content_type.value)
        self.text_edit = QLineEdit(starter.text if starter else "")
        self.text_edit.setPlaceholderText(
            translate("StarterDialog", "e.g. Ask: which of our breads should come back?")
        )
        if starter:
            self.type_combo.setCurrentIndex(
                max(self.type_combo.findData(starter.content_type.value), 0)
            )
        form.addRow(translate("StarterDialog", "&Type"), self.type_combo)
        form.addRow(translate("StarterDialog", "&Words"), self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.text_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.text_edit.text().strip()))

    def starter(self) -> Starter:
        content_type = ContentType(self.type_combo.currentData())
        return Starter(self._id, content_type, self.text_edit.text().strip())
