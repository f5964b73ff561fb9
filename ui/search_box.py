"""Find in the plan (Ctrl+F), from any view: the posts whose title, body, tags or notes
hold the words typed, newest first, in a list under the box; Enter (or a click) shows the
post in its week."""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit

from planner.model import Post
from ui import texts

if TYPE_CHECKING:
    from planner.post_list import PostList
    from planner.store import Plan
    from ui.list_model import Finder
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
SHOWN = 20  # the results listed under the box
POPUP_WIDTH = 460


class SearchBox(QLineEdit):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        self._asked = self._shown = 0
        self._results: list[Post] = []
        self._finder: Finder | None = None
        self._finder_plan: Plan | None = None
        self.setPlaceholderText(translate("SearchBox", "Find in the plan (Ctrl+F)"))
        self.setAccessibleName(translate("SearchBox", "Find in the plan"))
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(260)
        self._texts = QStringListModel(self)
        self._completer = QCompleter(self._texts, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(self._completer)
        self.textEdited.connect(self._typed)

    def _reader(self) -> PostList:
        from planner.post_list import PostList

        return PostList(self._window.plan.conn)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._show([])
            return
        # Loaded with the first search, as the list view's are: not before the first week.
        from planner.post_list import Column, ListFilter, ListOrder
        from ui.list_model import Finder, Query

        plan = self._window.plan
        if self._finder is None or self._finder_plan is not plan:
            self._finder_plan = plan
            path = plan.path if plan.path is not None and not plan.upgraded_in_memory else None
            self._finder = Finder(path, self._reader())
            self._finder.found.connect(self._found)
        self._asked += 1
        order = ListOrder(Column.DATE, descending=True)
        query = Query(
            self._asked, ListFilter(text=text), order, plan.series(), self._window.today()
        )
        self._finder.ask(query)

    def _found(self, number: int, ids: array[int], _whole: bool) -> None:
        if number == self._asked and number != self._shown:  # the first rows are enough
            self._shown = number
            self._show(self._reader().page(ids[:SHOWN]))
            if not ids:
                self._say_none_found()

    def _say_none_found(self) -> None:
        text = translate("SearchBox", "No post holds “{words}”.").format(words=self.text().strip())
        self._window.statusBar().showMessage(text, 5000)

    def _show(self, posts: list[Post]) -> None:
        self._results = posts
        channels = self._window.plan.channel_map()
        lines = []
        for post in posts:
            channel = channels.get(post.channel_id)
            when = texts.short_day(post.date) if post.date else texts.time_text(post)
            lines.append(f"{when} · {channel.name if channel else ''} · {post.title}")
        self._texts.setStringList(lines)
        if lines and self.hasFocus():
            QTimer.singleShot(0, self._pop_up)

    def _pop_up(self) -> None:
        """The results under the box, wider than it (a day, a channel and a title read at a
        glance) and ending where it ends, by the window's edge."""
        width = max(POPUP_WIDTH, self.width())
        self._completer.complete(QRect(self.width() - width, 0, width, self.height()))

    def _chosen(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._results):
            self._window.views.show_post(self._results[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._completer.popup()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not (popup and popup.isVisible()):
            if self._results:
                self._window.views.show_post(self._results[0])
            elif self.text().strip():
                self._say_none_found()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            shown = self._window.views.stack.currentWidget()
            if shown is not None:
                shown.setFocus()
            return
        super().keyPressEvent(event)

    def close_search(self) -> None:
        if self._finder is not None:
            self._finder.stop()
