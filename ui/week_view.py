"""The week grid: seven day columns of cards, today tinted, cards dragged between days.

Rows are as tall as their tallest card with its whole title; height the viewport has to
spare goes to rows whose cards have a body to show (a few lines each). A click beside the
cards selects the day (``ui.day_clicks``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
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
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.model import Post
from ui.card_delegate import CardDelegate, line_step
from ui.day_clicks import DayClicks
from ui.day_grid import set_up_day_grid
from ui.style import blend
from ui.week_model import POSTS_MIME_TYPE, WeekModel

CursorAction = QAbstractItemView.CursorAction
MIN_DAY_WIDTH = 76  # seven of them, and the side panels, fit a 1024-pixel screen


class WeekView(QTableView):
    edit_requested = Signal(object)  # the Post to edit
    new_post_requested = Signal(object)  # the day (a double-click or Enter on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = set_up_day_grid(self, CardDelegate(self), MIN_DAY_WIDTH)
        header.sectionResized.connect(lambda *_args: self.fit_rows())
        # Rows are laid out by fit_rows: each fits its tallest card, and spare room shows
        # the first lines of the bodies.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(1)
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
        self._fitting = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        assert isinstance(model, WeekModel)
        model.modelReset.connect(self.fit_rows)
        self.days = DayClicks(self, self._day_at, self._card_at)
        self.days.day_activated.connect(self.new_post_requested)

    def _day_at(self, point: QPoint) -> dt.date | None:
        column = self.columnAt(point.x())
        return self.week_model().day_of_column(column) if column >= 0 else None

    def _card_at(self, point: QPoint) -> bool:
        return self.week_model().post_at(self.indexAt(point)) is not None

    def selected_day(self) -> dt.date | None:
        """The day chosen: a selected card's, or the day clicked beside the cards, while
        it is in the shown week."""
        day = self.days.day
        return day if day is not None and day in self.week_model().week else None

    # -- rows ----------------------------------------------------------------------------

    def fit_rows(self) -> None:
        """Each row as tall as its tallest card with its whole title (no glyph is ever
        cut); the viewport's spare height shared out to show the first lines of bodies."""
        if self._fitting:
            return
        self._fitting = True
        try:
            natural, wanted = self._row_heights()
            spare = self.viewport().height() - sum(natural) - 1
            extra = _share_out(max(spare, 0), wanted)
            for row, height in enumerate(natural):
                self.setRowHeight(row, height + extra[row])
        finally:
            self._fitting = False

    def _row_heights(self) -> tuple[list[int], list[int]]:
        """Per row: the height its cards need, and what showing their bodies would add."""
        model, cards = self.week_model(), self.cards
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        natural, heights = [], []
        for row in range(model.rowCount()):
            cells = []
            for column in range(7):
                index = model.index(row, column)
                if model.post_at(index) is not None:
                    option.rect = QRect(0, 0, self.columnWidth(column), 0)
                    cells.append((index, QRect(option.rect), cards.sizeHint(option, index)))
            heights.append(cells)
            natural.append(max([line_step(option.fontMetrics)] + [h.height() for *_, h in cells]))
        if sum(natural) >= self.viewport().height():
            return natural, [0] * len(natural)  # no room to spare: no body is laid out
        wanted = []
        for row, cells in enumerate(heights):
            with_body = [0]
            for index, rect, hint in cells:
                option.rect = rect
                with_body.append(hint.height() + cards.body_room(option, index))
            wanted.append(max(0, max(with_body) - natural[row]))
        return natural, wanted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def minimum_width(self) -> int:
        """Seven days at their narrowest, the scroll bar and the frame: never less, or
        the last day would be cut off."""
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return 7 * MIN_DAY_WIDTH + scroll_bar + 2 * self.frameWidth()

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
            return self._from_selected_day(cursorAction, days_with_posts)
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

    def _from_selected_day(self, action: CursorAction, days_with_posts: list[int]) -> QModelIndex:
        """From a day selected beside its cards: left and right go to the nearest day with
        posts that way; any other key to the day's own first card, or the week's."""
        model = self.week_model()
        day = self.selected_day()
        column = (day - model.week.start).days if day is not None else -1
        if action == CursorAction.MoveLeft and column >= 0:
            found = max((c for c in days_with_posts if c < column), default=None)
        elif action == CursorAction.MoveRight and column >= 0:
            found = min((c for c in days_with_posts if c > column), default=None)
        else:
            found = column if column in days_with_posts else days_with_posts[0]
        return model.index(0, found) if found is not None else QModelIndex()

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
        selected = self.selected_day()
        if selected is not None and not self.selectionModel().hasSelection():
            painter = QPainter(self.viewport())
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            column = (selected - model.week.start).days
            painter.drawRect(self._column_rect(column).adjusted(1, 1, -2, -2))
            painter.end()
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


def _share_out(spare: int, wanted: list[int]) -> list[int]:
    """``spare`` pixels shared among rows wanting ``wanted`` each: evenly, no row getting
    more than it wants, what one cannot use going to the others."""
    given = [0] * len(wanted)
    hungry = [row for row, want in enumerate(wanted) if want > 0]
    while spare > 0 and hungry:
        share = max(spare // len(hungry), 1)
        for row in list(hungry):
            taken = min(share, wanted[row] - given[row], spare)
            given[row] += taken
            spare -= taken
            if given[row] >= wanted[row]:
                hungry.remove(row)
            if spare <= 0:
                break
    return given
