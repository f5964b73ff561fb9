"""Progress while a file to import is read: a window-modal bar that shows itself when the
reading takes over a second (a large file), with Cancel, which stops the import before it
writes anything."""

from __future__ import annotations

from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

translate = QCoreApplication.translate

STEPS = 1000


class ImportCancelledError(Exception):
    """Cancel was pressed while the file was read; nothing was imported."""


class ImportProgress:
    """A ``planner.csv_import.Progress``: call it with the share of the file read."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self._dialog = QProgressDialog(
            label, translate("ImportProgress", "Cancel"), 0, STEPS, parent
        )
        self._dialog.setWindowTitle(translate("ImportProgress", "Import posts"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(1000)
        self._dialog.setAutoReset(False)
        self._dialog.setValue(0)

    def __enter__(self) -> ImportProgress:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self._dialog.reset()
        self._dialog.deleteLater()

    def __call__(self, share: float) -> None:
        self._dialog.setValue(min(round(share * STEPS), STEPS - 1))
        QCoreApplication.processEvents()  # a Cancel pressed, and a window that repaints
        if self._dialog.wasCanceled():
            raise ImportCancelledError
