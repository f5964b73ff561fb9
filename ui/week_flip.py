"""Dragging a card to another week: held over ◀ or ▶, the week turns (and keeps turning,
a little slower, while the card stays there), so the card can be dropped on a day of it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent
from PySide6.QtWidgets import QWidget

from ui.week_model import POSTS_MIME_TYPE

FIRST_TURN_MS = 500  # held this long over the button, the week turns
NEXT_TURN_MS = 1000  # and again after each of these


class WeekFlip(QObject):
    def __init__(self, button: QWidget, action: QAction) -> None:
        super().__init__(button)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._turn)
        button.setAcceptDrops(True)
        button.installEventFilter(self)

    def _turn(self) -> None:
        if self._action.isEnabled():
            self._action.trigger()
        self._timer.start(NEXT_TURN_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if not event.mimeData().hasFormat(POSTS_MIME_TYPE):
                return False
            event.acceptProposedAction()  # to hear where the drag goes next
            self._timer.start(FIRST_TURN_MS)
            return True
        if kind == QEvent.Type.DragMove:
            event.ignore()  # not a place to drop: the card goes on a day
            return True
        if kind in (QEvent.Type.DragLeave, QEvent.Type.Drop):
            self._timer.stop()
            event.ignore()
            return True
        return False
