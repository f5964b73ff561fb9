"""The month grid: a row per week (its number and mix strip first), a cell per day with its
posts as compact lines. A click picks a post (or the day); a post is dragged to another
day (Ctrl copies); a double-click on a post edits it, on the day's number (or its "+3
more") opens its week. Beside the posts, a day takes clicks as the week's days do
(``ui.day_clicks``): a click selects it, a double-click or Enter asks for a new post."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.model import Post
from ui import month_cells
from ui.day_clicks import DayClicks
from ui.day_grid import set_up_day_grid
from ui.month_cells import Ink
from ui.month_model import WEEK_COLUMN, MonthModel, MonthRole
from ui.style import blend, muted_text
from ui.week_model import POSTS_MIME_TYPE, Role, posts_from_mime_data, posts_mime_data

ModelIndex = QModelIndex | QPersistentModelIndex


def screen_ink(option: QStyleOptionViewItem) -> Ink:
    pal = option.palette
    base = pal.color(QPalette.ColorRole.Base)
    return Ink(
        font=option.font,
        text=pal.color(QPalette.ColorRole.Text),
        quiet=muted_text(pal),
        holiday=blend(base, pal.color(QPalette.ColorRole.Link), 0.9),
        base=base,
        today=blend(base, pal.color(QPalette.ColorRole.Highlight), 0.12),
        rule=pal.color(QPalette.ColorRole.Midlight),
    )


class MonthDelegate(QStyledItemDelegate):
    def __init__(self, view: MonthView) -> None:
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        ink = screen_ink(option)
        cell = QRectF(option.rect)
        if index.column() == WEEK_COLUMN:
            week = index.data(MonthRole.WEEK)
            month_cells.paint_week(painter, cell, ink, week.number, index.data(MonthRole.MIX))
            return
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        month_cells.paint_day(
            painter,
            cell,
            ink,
            index.data(MonthRole.DAY),
            index.data(MonthRole.POSTS),
            index.data(MonthRole.NAMES),
            in_month=bool(index.data(MonthRole.IN_MONTH)),
            today=bool(index.data(Role.IS_TODAY)),
            selected_uid=self._view.selected_uid,
            highlight=highlight,
        )
        if option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            painter.setPen(highlight)
            painter.drawRect(cell.adjusted(1, 1, -2, -2))
            painter.restore()


class MonthView(QTableView):
    edit_requested = Signal(object)  # the Post to edit
    new_post_requested = Signal(object)  # the day a new post goes on
    week_requested = Signal(object)  # a day whose week to open
    posts_dropped = Signal(list, object, bool)  # the Posts, the day, copy instead of move
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_uid: str | None = None
        self._press: tuple[QPoint, Post] | None = None
        set_up_day_grid(self, MonthDelegate(self), 40)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._writable = True

    def setModel(self, model: MonthModel) -> None:  # type: ignore[override]
        assert isinstance(model, MonthModel)
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(WEEK_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(WEEK_COLUMN, 40)
        self.days = DayClicks(self, self._day_at, self._line_at)
        self.days.day_activated.connect(self.new_post_requested)
        self.days.day_selected.connect(lambda _day: self.selection_changed.emit())

    def _day_at(self, point: QPoint) -> dt.date | None:
        return self.month_model().day_at(self.indexAt(point))

    def _line_at(self, point: QPoint) -> bool:
        """Whether a post's line, the day's number or its "+3 more" is at ``point``: the
        view's own clicks, not the day's."""
        day, post, opens_week = self._hit(point)
        return day is not None and (post is not None or opens_week)

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.setAcceptDrops(writable)

    def month_model(self) -> MonthModel:
        model = self.model()
        assert isinstance(model, MonthModel)
        return model

    # -- what is chosen ------------------------------------------------------------------

    def selected_day(self) -> dt.date | None:
        """The day chosen (a post's, or a day clicked), while the month shows it."""
        day = self.days.day
        return day if day is not None and self.month_model().index_of_day(day).isValid() else None

    def selected_posts(self) -> list[Post]:
        day = self.selected_day()
        if day is None or self.selected_uid is None:
            return []
        return [p for p in self.month_model().posts_on(day) if p.uid == self.selected_uid]

    def select_day(self, day: dt.date, uid: str | None = None) -> None:
        """Choose ``day`` and its post ``uid``; without a post, the day alone (Enter then
        asks for a new post, through the day's clicks)."""
        index = self.month_model().index_of_day(day)
        self.selected_uid = uid
        selection = self.selectionModel()
        if uid is not None and index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.days.select(day)
        self.selection_changed.emit()

    def select_posts(self, uids: list[str]) -> None:
        """Select the first of these posts shown (the view shows one chosen post)."""
        model = self.month_model()
        for post in model.posts():
            if post.uid in uids and post.date is not None:
                self.select_day(post.date, post.uid)
                return

    def _hit(self, point: QPoint) -> tuple[dt.date | None, Post | None, bool]:
        """The day at ``point``, the post whose line is there, and whether it is on the
        day's number or its "+3 more" (which open the day's week)."""
        index = self.indexAt(point)
        model = self.month_model()
        day = model.day_at(index)
        if day is None:
            return None, None, False
        cell = QRectF(self.visualRect(index))
        posts = model.posts_on(day)
        names = index.data(MonthRole.NAMES) or ()
        font = self.font()
        y = point.y()
        line = month_cells.post_index_at(cell, font, names, len(posts), y)
        opens_week = month_cells.in_head(cell, font, names, y) or month_cells.more_at(
            cell, font, names, len(posts), y
        )
        return day, (posts[line] if line >= 0 else None), opens_week

    # -- the mouse and the keyboard ------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        day, post, _head = self._hit(point)
        if day is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select_day(day, post.uid if post else None)
        self._press = (
            (point, post) if post and event.button() == Qt.MouseButton.LeftButton else None
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self._writable:
            return
        start, post = self._press
        distance = (event.position().toPoint() - start).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(posts_mime_data([post], self.month_model().channels))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """On a post: edit it; on the day's number or its "+3 more": open its week (a
        double-click beside the posts is the day's, ``ui.day_clicks``)."""
        day, post, opens_week = self._hit(event.position().toPoint())
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if post is not None:
            self.edit_requested.emit(post)
        elif opens_week:
            self.week_requested.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            chosen = self.selected_posts()
            day = self.selected_day()
            if chosen:
                self.edit_requested.emit(chosen[0])
            elif day is not None:
                self.new_post_requested.emit(day)
            return
        super().keyPressEvent(event)
        day = self.selected_day()
        if day is not None and self.selected_uid not in {
            p.uid for p in self.month_model().posts_on(day)
        }:
            self.selected_uid = None  # the arrows moved to another day
            self.selection_changed.emit()

    # -- drops ---------------------------------------------------------------------------

    def _drop_day(self, event: QDragMoveEvent | QDropEvent) -> dt.date | None:
        if not event.mimeData().hasFormat(POSTS_MIME_TYPE) or not self._writable:
            return None
        return self.month_model().day_at(self.indexAt(event.position().toPoint()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(POSTS_MIME_TYPE) and self._writable:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._drop_day(event) is None:
            event.ignore()
            return
        self.selectionModel().setCurrentIndex(
            self.indexAt(event.position().toPoint()),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        day = self._drop_day(event)
        if day is None:
            event.ignore()
            return
        posts = [item.post for item in posts_from_mime_data(event.mimeData())]
        copy = event.dropAction() == Qt.DropAction.CopyAction
        if posts:
            self.posts_dropped.emit(posts, day, copy)
        event.acceptProposedAction()
