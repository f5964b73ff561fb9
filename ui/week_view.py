"""The week grid: seven day columns of cards, today tinted, cards dragged between days."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.model import Post
from ui.card_delegate import CardDelegate
from ui.style import blend
from ui.week_model import POSTS_MIME_TYPE, WeekModel

CursorAction = QAbstractItemView.CursorAction


class WeekView(QTableView):
    edit_requested = Signal(object)  # the Post to edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here rather than by Qt: wrapping a Qt-made QWidget makes PySide
        # look through every widget class, which costs the start-up about 30 ms.
        self.setViewport(QWidget())
        self.setItemDelegate(CardDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setMinimumSectionSize(90)
        # A published post's card is taller (its follow-up): each row fits its tallest card.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)  # the whole target day is outlined instead
        self._drop_column = -1
        self.doubleClicked.connect(self._edit_at)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_writable(self, writable: bool) -> None:
        """A read-only plan's cards cannot be dragged, nor dropped on."""
        mode = QAbstractItemView.DragDropMode
        self.setDragDropMode(mode.DragDrop if writable else mode.NoDragDrop)

    def week_model(self) -> WeekModel:
        model = self.model()
        assert isinstance(model, WeekModel)
        return model

    @property
    def cards(self) -> CardDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, CardDelegate)
        return delegate

    # -- selection -----------------------------------------------------------------------

    def selected_posts(self) -> list[Post]:
        model = self.week_model()
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.column(), i.row()))
        return [post for post in map(model.post_at, indexes) if post is not None]

    def current_post(self) -> Post | None:
        return self.week_model().post_at(self.currentIndex())

    def select_posts(self, uids: list[str]) -> None:
        model = self.week_model()
        selection = self.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for uid in uids:
            index = model.index_of(uid)
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def _edit_at(self, index: QModelIndex) -> None:
        post = self.week_model().post_at(index)
        if post is not None:
            self.edit_requested.emit(post)

    def moveCursor(self, cursorAction: CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Arrow keys move between cards: up and down within a day, left and right to the
        nearest day that has posts, never onto an empty cell."""
        model = self.week_model()
        current = self.currentIndex()
        days_with_posts = [c for c in range(7) if model.count_on(c)]
        if not days_with_posts:
            return QModelIndex()
        if not current.isValid() or model.post_at(current) is None:
            return model.index(0, days_with_posts[0])
        row, column = current.row(), current.column()
        if cursorAction in (CursorAction.MoveUp, CursorAction.MovePrevious):
            row -= 1
        elif cursorAction in (CursorAction.MoveDown, CursorAction.MoveNext):
            row += 1
        elif cursorAction == CursorAction.MoveHome:
            row = 0
        elif cursorAction == CursorAction.MoveEnd:
            row = model.count_on(column) - 1
        elif cursorAction == CursorAction.MoveLeft:
            column = max((c for c in days_with_posts if c < column), default=column)
        elif cursorAction == CursorAction.MoveRight:
            column = min((c for c in days_with_posts if c > column), default=column)
        row = min(max(row, 0), model.count_on(column) - 1)
        return model.index(row, column)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.week_model()
        painter = QPainter(self.viewport())
        pal = self.palette()
        for column in range(7):
            if model.day_of_column(column) == model.today:
                tint = blend(
                    pal.color(QPalette.ColorRole.Base),
                    pal.color(QPalette.ColorRole.Highlight),
                    0.12,
                )
                painter.fillRect(self._column_rect(column), tint)
        painter.end()
        super().paintEvent(event)
        if self._drop_column >= 0:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self._column_rect(self._drop_column).adjusted(1, 1, -2, -2))
            painter.end()

    def _column_rect(self, column: int) -> QRect:
        return QRect(
            self.columnViewportPosition(column),
            0,
            self.columnWidth(column),
            self.viewport().height(),
        )

    # -- drag and drop -------------------------------------------------------------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        posts = self.selected_posts()
        if not posts:
            return
        drag = QDrag(self)
        drag.setMimeData(self.week_model().mimeData(self.selectedIndexes()))
        current = self.currentIndex()
        if current.isValid():
            rect = self.visualRect(current)
            pixmap = QPixmap(rect.size() * self.devicePixelRatioF())
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            pixmap.fill(Qt.GlobalColor.transparent)
            self.viewport().render(pixmap, QPoint(), rect)
            drag.setPixmap(pixmap)
            drag.setHotSpot(self.viewport().mapFromGlobal(self.cursor().pos()) - rect.topLeft())
        # The model never removes the dragged rows: the window moves the posts, undoably.
        drag.exec(supportedActions, Qt.DropAction.MoveAction)

    def _accepts(self, event: QDragMoveEvent | QDropEvent) -> bool:
        return (
            event.mimeData().hasFormat(POSTS_MIME_TYPE)
            and self.columnAt(event.position().toPoint().x()) >= 0
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        self._drop_column = self.columnAt(event.position().toPoint().x())
        event.acceptProposedAction()
        self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_column = -1
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_column = -1
        self.viewport().update()
        if not self._accepts(event):
            event.ignore()
            return
        column = self.columnAt(event.position().toPoint().x())
        # Anywhere in a day's column counts as that day, below its last card too.
        self.week_model().dropMimeData(
            event.mimeData(), event.dropAction(), -1, column, QModelIndex()
        )
        event.acceptProposedAction()
