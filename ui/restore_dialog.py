"""File ▸ Restore from backup: the plan's backups with their dates and post counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.backups import KEEP, MIN_INTERVAL, Backup
from ui import texts

translate = QCoreApplication.translate


def backup_label(backup: Backup) -> str:
    day = QLocale().toString(texts.qdate(backup.taken.date()), QLocale.FormatType.LongFormat)
    when = f"{day}, {texts.clock_time(backup.taken.time())}"
    posts = backup.posts
    return translate("RestoreDialog", "{when} — %Ln posts", "", posts).format(when=when)


class RestoreDialog(QDialog):
    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = (
            translate(
                "RestoreDialog",
                "A backup is taken when the plan is opened, unless the last one is less "
                "than {minutes} minutes old; the newest {keep} are kept. Restoring one "
                "replaces the plan's content; the plan as it is now is backed up first.",
            ).format(minutes=int(MIN_INTERVAL.total_seconds() // 60), keep=KEEP)
            if backups
            else translate("RestoreDialog", "This plan has no backups yet.")
        )
        about = QLabel(text)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RestoreDialog", "Backups"))
        for backup in backups:
            item = QListWidgetItem(backup_label(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = self.buttons.addButton(
            translate("RestoreDialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        restore.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        backup = item.data(Qt.ItemDataRole.UserRole) if item else None
        return backup if isinstance(backup, Backup) else None
