"""The List view: every post of the plan in one sortable table, a filter row above it
(words, type, channel, status, dates) and, for the rows selected, buttons that change their
type, channel or status at once (one undoable step, asked of the window)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.model import Channel, ContentType, Post, Status
from planner.post_list import ListFilter
from ui import texts
from ui.list_model import ListModel
from ui.style import muted_text

translate = QCoreApplication.translate


TITLE_COLUMN, TITLE_WIDTH = 4, 240


class PostTable(QTableView):
    """The list's rows; with none, a line in their place saying why (no posts yet, or none
    that the filter lets through)."""

    edit_requested = Signal(object)
    empty_text = ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The title takes the width the other columns leave, and never less than
        ``TITLE_WIDTH`` (a narrow window scrolls sideways rather than lose the titles)."""
        super().resizeEvent(event)
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != TITLE_COLUMN)
        header.resizeSection(TITLE_COLUMN, max(TITLE_WIDTH, self.viewport().width() - others))

    def shown_empty_text(self) -> str:
        """The line in place of the rows, while there are none."""
        model = self.model()
        return self.empty_text if model is not None and model.rowCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.shown_empty_text():
            painter = QPainter(self.viewport())
            painter.setPen(muted_text(self.palette()))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            current = self.currentIndex()
            model = self.model()
            if current.isValid() and isinstance(model, ListModel):
                post = model.post_at(current.row())
                if post is not None:
                    self.edit_requested.emit(post)
            return
        super().keyPressEvent(event)


class ListPanel(QWidget):
    edit_requested = Signal(object)  # the Post to edit
    filter_changed = Signal()  # ask the model again
    type_chosen = Signal(object)  # a ContentType for the selected posts
    channel_chosen = Signal(int)  # a channel id for the selected posts
    status_chosen = Signal(object)  # a Status for the selected posts
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ListModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for row in self._filter_rows():
            layout.addLayout(row)
        self.table = PostTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((112, 50, 84, 104, 200, 76, 70, 70)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._edit_at)
        self.table.edit_requested.connect(self.edit_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._bulk_row())
        self.model.answered.connect(self._answered)
        self.model.order_changed.connect(self.filter_changed)
        self._selection_changed()

    # -- the filter row ------------------------------------------------------------------

    def _filter_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Words and the three choices on one line, the dates on the next: the list fits
        where the week does (the window's narrowest), in Italian too."""
        row, dates = QHBoxLayout(), QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ListPanel", "Filter by words…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.setAccessibleName(translate("ListPanel", "Words to find"))
        self.type_filter = QComboBox()
        self.type_filter.addItem(translate("ListPanel", "All types"), None)
        for kind in ContentType:
            self.type_filter.addItem(texts.type_name(kind), kind.value)
        self.channel_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("ListPanel", "All statuses"), None)
        for status in Status:
            self.status_filter.addItem(texts.status_name(status), status.value)
        self.dated = QCheckBox(translate("ListPanel", "&From"))
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(texts.date_edit_format(weekday=False))
            edit.setEnabled(False)
        to = QLabel(translate("ListPanel", "to"))
        row.addWidget(self.search, 2)
        for combo in (self.type_filter, self.channel_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(combo)
        for widget in (self.dated, self.first, to, self.last):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.search.textChanged.connect(self._changed)
        for combo in (self.type_filter, self.channel_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._changed)
        self.dated.toggled.connect(self._dates_toggled)
        self.first.dateChanged.connect(self._changed)
        self.last.dateChanged.connect(self._changed)
        return row, dates

    def set_days(self, first: dt.date, last: dt.date) -> None:
        """The range the dates start from (the shown week), until the user picks one."""
        if not self.dated.isChecked():
            self.first.setDate(texts.qdate(first))
            self.last.setDate(texts.qdate(last))

    def _dates_toggled(self, on: bool) -> None:
        self.first.setEnabled(on)
        self.last.setEnabled(on)
        self._changed()

    def set_channels(self, channels: dict[int, Channel]) -> None:
        combo = self.channel_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("ListPanel", "All channels"), None)
        for channel in channels.values():
            combo.addItem(channel.name, channel.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        choices = [(channel.name, channel.id) for channel in channels.values()]
        _fill_menu(self.channel_button, choices, self.channel_chosen)

    def current_filter(self) -> ListFilter:
        def chosen(combo: QComboBox) -> list[object]:
            value = combo.currentData()
            return [] if value is None else [value]

        first = last = None
        if self.dated.isChecked():
            first, last = sorted((_date(self.first.date()), _date(self.last.date())))
        return ListFilter(
            text=self.search.text(),
            types=frozenset(ContentType(str(v)) for v in chosen(self.type_filter)),
            channel_ids=frozenset(int(str(v)) for v in chosen(self.channel_filter)),
            statuses=frozenset(Status(str(v)) for v in chosen(self.status_filter)),
            first=first,
            last=last,
        )

    def _changed(self) -> None:
        self.model.filter = self.current_filter()
        self.filter_changed.emit()

    # -- the rows ------------------------------------------------------------------------

    def _bulk_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.selected_label = QLabel()
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.selected_label)
        self.type_button = self._menu_button(translate("ListPanel", "Set &type"))
        types = [(texts.type_name(kind), kind) for kind in ContentType]
        _fill_menu(self.type_button, types, self.type_chosen)
        self.channel_button = self._menu_button(translate("ListPanel", "Set c&hannel"))
        self.status_button = self._menu_button(translate("ListPanel", "Set s&tatus"))
        statuses = [(texts.status_name(status), status) for status in Status]
        _fill_menu(self.status_button, statuses, self.status_chosen)
        for button in (self.type_button, self.channel_button, self.status_button):
            row.addWidget(button)
        return row

    def _menu_button(self, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(QMenu(button))
        return button

    def _answered(self) -> None:
        count = self.model.rowCount()
        if self.model.complete:
            text = translate("ListPanel", "%Ln posts", "", count)
        else:
            text = translate("ListPanel", "%Ln posts and more, counting…", "", count)
        self.count_label.setText(self.model.problem or text)
        self.table.empty_text = self._empty_text() if self.model.complete else ""
        self.table.viewport().update()
        self._selection_changed()

    def _empty_text(self) -> str:
        if self.current_filter() != ListFilter():
            return translate("ListPanel", "No posts match these filters.")
        return translate("ListPanel", "No posts yet: a new post (Ctrl+N) shows here.")

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        count = len(self.selected_rows())
        self.selected_label.setText(
            translate("ListPanel", "%Ln selected", "", count) if count else ""
        )
        for button in (self.type_button, self.channel_button, self.status_button):
            button.setEnabled(bool(count) and self._writable)

    _writable = True

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self._update_buttons()

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_posts(self) -> list[Post]:
        return self.model.posts_at(self.selected_rows())

    def select_posts(self, uids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for uid in uids:
            row = self.model.row_of(uid)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _edit_at(self, index: object) -> None:
        row = getattr(index, "row", lambda: -1)()
        post = self.model.post_at(row)
        if post is not None:
            self.edit_requested.emit(post)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _fill_menu(
    button: QToolButton, choices: Iterable[tuple[str, object]], chosen: SignalInstance
) -> None:
    """The button's menu anew: an item per choice, which emits ``chosen`` with its value."""
    menu = button.menu()
    assert menu is not None
    menu.clear()
    for text, value in choices:
        action = menu.addAction(text)
        action.triggered.connect(lambda _c=False, v=value: chosen.emit(v))
