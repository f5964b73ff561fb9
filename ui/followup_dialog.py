"""A published post's follow-up: replies done, conversations held, a short note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.model import MAX_CONVERSATIONS, FollowUp, Post

translate = QCoreApplication.translate


class FollowUpEditor(QWidget):
    changed = Signal()

    def __init__(self, followup: FollowUp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.done_check = QCheckBox(translate("FollowUpEditor", "&Replies done"))
        self.done_check.setChecked(followup.done)
        self.conversations_spin = QSpinBox()
        self.conversations_spin.setRange(0, MAX_CONVERSATIONS)
        self.conversations_spin.setValue(followup.conversations)
        self.conversations_spin.setAccessibleName(translate("FollowUpEditor", "Conversations held"))
        self.note_edit = QLineEdit(followup.note)
        self.note_edit.setPlaceholderText(
            translate("FollowUpEditor", "e.g. answered 6 comments, 2 DMs, one table booked")
        )
        form.addRow(self.done_check)
        conversations_label = QLabel(translate("FollowUpEditor", "&Conversations held"))
        conversations_label.setBuddy(self.conversations_spin)
        form.addRow(conversations_label, self.conversations_spin)
        note_label = QLabel(translate("FollowUpEditor", "What &happened"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.done_check.toggled.connect(self.changed)
        self.conversations_spin.valueChanged.connect(self.changed)
        self.note_edit.textChanged.connect(self.changed)

    def followup(self) -> FollowUp:
        return FollowUp(
            done=self.done_check.isChecked(),
            note=self.note_edit.text().strip(),
            conversations=self.conversations_spin.value(),
        )


class FollowUpDialog(QDialog):
    def __init__(self, post: Post, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FollowUpDialog", "Follow-up"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        heading = QLabel(post.title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        about = QLabel(summary)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.editor = FollowUpEditor(post.followup)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.note_edit.setFocus()

    def followup(self) -> FollowUp:
        return self.editor.followup()
