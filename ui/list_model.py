"""Every post of the plan as a sortable table, without a Python object per post.

The posts that pass the filter are found in SQL (``planner.post_list``) by a worker thread
with its own read-only connection, so a keystroke in the filter never waits for a scan of
a large plan: the model keeps the last answer's row ids (eight bytes a post) and reads the
rows a view paints a page at a time. The worker answers twice: the first rows in order at
once, then all of them; between questions it keeps a word index of the plan (made the
first time words are looked for). A plan with no file of its own (in memory, or an older
plan read in memory) is searched on the window's connection instead.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from array import array
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from planner.approval import Review
from planner.model import Channel, Post, Series
from planner.post_list import Column, ListFilter, ListOrder, PostList
from planner.schema import connect
from planner.soundness import READ_ERRORS
from ui import texts
from ui.style import type_colour

translate = QCoreApplication.translate
ModelIndex = QModelIndex | QPersistentModelIndex
PAGE = 100
PAGES_KEPT = 20
FIRST_ROWS = 2 * PAGE  # the first answer: more than a screen shows
COLUMNS = (
    Column.DATE,
    Column.TIME,
    Column.CHANNEL,
    Column.TYPE,
    Column.TITLE,
    Column.STATUS,
    Column.FOLLOWUP,
    Column.REVIEW,
)


def column_title(column: int) -> str:
    return (
        translate("PostList", "Date"),
        translate("PostList", "Time"),
        translate("PostList", "Channel"),
        translate("PostList", "Type"),
        translate("PostList", "Title"),
        translate("PostList", "Status"),
        translate("PostList", "Follow-up"),
        translate("PostList", "Review"),
    )[column]


class Query:
    """One question to the worker: the filter and order, and the series to list."""

    def __init__(
        self,
        number: int,
        chosen: ListFilter,
        order: ListOrder,
        series: list[Series],
        today: dt.date,
    ) -> None:
        self.number, self.filter, self.order = number, chosen, order
        self.series, self.today = series, today


class Finder(QObject):
    """Answers queries in a thread of its own; only the latest unanswered one is run."""

    found = Signal(int, object, bool)  # the query's number, the row ids, whether all
    failed = Signal(int, str)

    def __init__(self, path: Path | None, fallback: PostList) -> None:
        super().__init__()
        self._path, self._fallback = path, fallback
        self._pending: Query | None = None
        self._wake = threading.Condition()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._series_key: tuple[object, ...] | None = None
        self._words_asked = False  # the index is made once words are first looked for
        # While the worker reads the whole of an answer, a new question stops that read.
        self._conn: sqlite3.Connection | None = None
        self._interruptible = False
        self._lock = threading.Lock()

    def ask(self, query: Query) -> None:
        if self._path is None:  # no file to read alongside: answer here and now
            self._answer(self._fallback, query)
            return
        with self._wake:
            self._pending = query
            self._wake.notify()
        with self._lock:
            if self._interruptible and self._conn is not None:
                self._conn.interrupt()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="post-list", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        assert self._path is not None
        conn = self._conn = connect(self._path, readonly=True)
        listing = PostList(conn, indexed=True)
        indexed = True
        try:
            while True:
                with self._wake:
                    while self._pending is None and not self._stopped and indexed:
                        self._wake.wait()
                    if self._stopped:
                        return
                    query, self._pending = self._pending, None
                if query is not None:
                    self._answer(listing, query)
                indexed = not self._words_asked or self._index_step(listing)
        finally:
            conn.close()

    def _whole(self, listing: PostList, query: Query) -> array[int]:
        """Every row of the answer; a question asked meanwhile interrupts the read."""
        with self._lock:
            self._interruptible = self._conn is not None
        try:
            return listing.ids(query.filter, query.order)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise _InterruptedError from None
            raise
        finally:
            with self._lock:
                self._interruptible = False

    def _index_step(self, listing: PostList) -> bool:
        assert listing.index is not None
        try:
            return listing.index.step()
        except sqlite3.Error:  # the list still answers, reading every post
            listing.index.usable = False
            return True

    def _answer(self, listing: PostList, query: Query) -> None:
        try:
            key = (tuple(query.series), query.today)
            if key != self._series_key:
                listing.set_series(query.series, query.today)
                self._series_key = key
            self._words_asked = self._words_asked or bool(query.filter.words())
            first = listing.ids(query.filter, query.order, FIRST_ROWS)
            whole = len(first) < FIRST_ROWS
            self.found.emit(query.number, first, whole)
            if not whole and self._pending is None:  # else a later question replaces it
                self.found.emit(query.number, self._whole(listing, query), True)
        except _InterruptedError:
            pass  # a later question came: it is answered next
        except Exception as error:  # shown in the list, not lost
            self.failed.emit(query.number, str(error))


class _InterruptedError(Exception):
    pass


class ListModel(QAbstractTableModel):
    answered = Signal()  # the rows shown are the latest filter's
    order_changed = Signal()  # a column header was clicked: ask again in that order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids = array("q")
        self._pages: OrderedDict[int, list[Post | None]] = OrderedDict()
        self._channels: dict[int, Channel] = {}
        self._reader: PostList | None = None
        self._finder: Finder | None = None
        self._asked = 0
        self.filter = ListFilter()
        self.order = ListOrder()
        self.busy = False  # asked, and no answer yet
        self.complete = True  # every row of the answer is here (not only the first ones)
        self.problem = ""

    def open(self, reader: PostList, path: Path | None) -> None:
        """Read the plan through ``reader`` (on the window's connection); filter in a
        worker of its own on ``path`` (None: here)."""
        self.close()
        self._reader = reader
        self._finder = Finder(path, reader)
        self._finder.found.connect(self._found)
        self._finder.failed.connect(self._failed)

    def close(self) -> None:
        if self._finder is not None:
            self._finder.stop()
            self._finder = None

    def ask(self, series: list[Series], today: dt.date, channels: dict[int, Channel]) -> None:
        """Look again with the current filter and order (the plan changed, or they did)."""
        if self._finder is None:
            return
        self._channels = channels
        self._asked += 1
        self.busy = True
        self._finder.ask(Query(self._asked, self.filter, self.order, series, today))

    def _found(self, number: int, ids: array[int], whole: bool) -> None:
        if number != self._asked:
            return  # a later keystroke has asked again
        shown = len(self._ids)
        if not self.busy and not self.complete and ids[:shown] == self._ids:
            # The rest of an answer whose first rows show: added below, the view kept.
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            self.complete = whole
        else:
            self.beginResetModel()
            self._ids, self._pages, self.problem = ids, OrderedDict(), ""
            self.busy, self.complete = False, whole
            self.endResetModel()
        self.answered.emit()

    def _failed(self, number: int, message: str) -> None:
        if number == self._asked:
            self.busy, self.problem = False, message
            self.answered.emit()

    # -- rows ----------------------------------------------------------------------------

    def post_at(self, row: int) -> Post | None:
        if not 0 <= row < len(self._ids) or self._reader is None:
            return None
        page = row // PAGE
        if page not in self._pages:
            start = page * PAGE
            self._pages[page] = self._read_page(self._ids[start : start + PAGE])
            if len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        self._pages.move_to_end(page)
        found = self._pages[page]
        offset = row - page * PAGE
        return found[offset] if offset < len(found) else None

    def _read_page(self, ids: array[int]) -> list[Post | None]:
        assert self._reader is not None
        try:
            return list(self._reader.page(ids))
        except READ_ERRORS:
            # A row edited outside the app: the others still show, and the count says so
            # (once painting is over: this runs while the table paints).
            if not self.problem:
                self.problem = translate(
                    "PostList", "Some posts cannot be read: 'content-planner check' lists them."
                )
                QTimer.singleShot(0, self.answered.emit)
            return [self._read_one(one) for one in ids]

    def _read_one(self, row_id: int) -> Post | None:
        assert self._reader is not None
        try:
            found = self._reader.page([row_id])
        except READ_ERRORS:
            return None
        return found[0] if found else None

    def posts_at(self, rows: list[int]) -> list[Post]:
        return [post for post in map(self.post_at, sorted(rows)) if post is not None]

    def row_of(self, uid: str) -> int:
        """The row of a post already read (the selection, after a change), or -1."""
        for page, posts in self._pages.items():
            for offset, post in enumerate(posts):
                if post is not None and post.uid == uid:
                    return page * PAGE + offset
        return -1

    # -- the table -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self.post_at(index.row())
        if post is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(post, column)
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[column] is Column.TYPE:
            return type_colour(post.content_type)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column] is Column.TITLE:
            return post.title
        return None

    def _text(self, post: Post, column: int) -> str:
        kind = COLUMNS[column]
        if kind is Column.DATE:
            if post.date is None:
                return translate("PostList", "idea")
            return QLocale().toString(texts.qdate(post.date), texts.list_date_format())
        if kind is Column.TIME:
            return texts.clock_time(post.time) if post.time and post.date else ""
        if kind is Column.CHANNEL:
            channel = self._channels.get(post.channel_id)
            return channel.name if channel else ""
        if kind is Column.TYPE:
            return f"{texts.type_letter(post.content_type)} {texts.type_name(post.content_type)}"
        if kind is Column.TITLE:
            return post.title.replace("\n", " ")
        if kind is Column.STATUS:
            return texts.status_name(post.status)
        if kind is Column.FOLLOWUP:
            if not post.has_followup:
                return ""
            return texts.followup_text_short(post.followup.done)
        return "" if post.review is Review.NONE else texts.review_name(post.review)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.order = ListOrder(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.order_changed.emit()
