"""Days that take clicks, for any view whose days hold cards (the week; the month, the list):
a click beside the cards selects the day; a double-click there, or Enter while the day is
selected and no card is, asks for a new post on it.

The view keeps its own handling of cards (a click selects one, a double-click or Enter
edits it); :class:`DayClicks` watches the view's events and acts only where no card is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView


class DayClicks(QObject):
    day_selected = Signal(object)  # the date now selected, or None
    day_activated = Signal(object)  # the date a new post is asked for

    def __init__(
        self,
        view: QAbstractItemView,
        day_at: Callable[[QPoint], dt.date | None],
        card_at: Callable[[QPoint], bool],
    ) -> None:
        """``day_at``: the day at a point of the viewport (None beside every day);
        ``card_at``: whether a card is there."""
        super().__init__(view)
        self._view = view
        self._day_at, self._card_at = day_at, card_at
        self.day: dt.date | None = None
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(self._current_changed)

    def select(self, day: dt.date | None) -> None:
        if day != self.day:
            self.day = day
            self.day_selected.emit(day)
        self._viewport.update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A card made current (by click, keys or code) selects its day too."""
        if current.isValid():
            rect = self._view.visualRect(current)
            day = self._day_at(rect.center()) if rect.isValid() else None
            if day is not None:
                self.select(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport and isinstance(event, QMouseEvent):
            point = event.position().toPoint()
            if kind == QEvent.Type.MouseButtonPress and not self._card_at(point):
                return self._press_on_day(point)
            if kind == QEvent.Type.MouseButtonDblClick and not self._card_at(point):
                day = self._day_at(point)
                if day is not None and event.button() == Qt.MouseButton.LeftButton:
                    self.select(day)
                    self.day_activated.emit(day)
                    return True
        if watched is self._view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            no_card = not self._view.selectionModel().hasSelection()
            if enter and no_card and self.day is not None and not event.modifiers():
                self.day_activated.emit(self.day)
                return True
        return False

    def _press_on_day(self, point: QPoint) -> bool:
        """Beside the cards: the day is selected, no card is; the press goes no further
        (no rubber band, no drag). Beside every day: left to the view."""
        day = self._day_at(point)
        if day is None:
            return False
        view = self._view
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        view.selectionModel().clearSelection()
        view.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.select(day)
        return True
