"""The side panel: the ideas backlog (posts with no date) and the conversation starters.

Ideas are dragged onto a day to schedule them; a card dragged back becomes an idea again.
A starter becomes an idea in one click: the nudge away from broadcasting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.model import Channel, ContentType, Post, Starter
from ui import texts
from ui.card_delegate import CardDelegate
from ui.icons import type_badge
from ui.style import type_colour
from ui.week_model import POSTS_MIME_TYPE, Role, posts_from_mime_data, posts_mime_data

translate = QCoreApplication.translate
ModelIndex = QModelIndex | QPersistentModelIndex


class IdeasModel(QAbstractListModel):
    posts_unscheduled = Signal(list)  # the Posts of cards dropped here from the week

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[Post] = []
        self._channels: dict[int, Channel] = {}

    def set_posts(self, posts: Sequence[Post], channels: dict[int, Channel]) -> None:
        self.beginResetModel()
        self._posts, self._channels = list(posts), channels
        self.endResetModel()

    def posts(self) -> list[Post]:
        return list(self._posts)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts):
            return None
        post = self._posts[index.row()]
        channel = self._channels.get(post.channel_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return post.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("IdeasModel", "{title} · {channel} · {type}").format(
                title=post.title,
                channel=channel.name if channel else "",
                type=texts.type_name(post.content_type),
            )
        if role == Role.POST:
            return post
        if role == Role.CHANNEL_NAME:
            return channel.name if channel else ""
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [POSTS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        chosen = (self._posts[i.row()] for i in indexes if i.isValid())
        return posts_mime_data(chosen, self._channels)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        """Cards dropped here ask to become ideas again; like the week, the model does not
        change itself (the window does, undoably)."""
        ideas = self._uids()
        posts = [item.post for item in posts_from_mime_data(data) if item.post.uid not in ideas]
        if posts:
            self.posts_unscheduled.emit(posts)
        return False

    def _uids(self) -> set[str]:
        return {post.uid for post in self._posts}


class IdeasFilter(QSortFilterProxyModel):
    """Ideas whose words contain the search text, of the chosen type."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._type: ContentType | None = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_type(self, content_type: ContentType | None) -> None:
        self.beginFilterChange()
        self._type = content_type
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        post = self.sourceModel().index(source_row, 0, source_parent).data(Role.POST)
        if not isinstance(post, Post):
            return False
        if self._type is not None and post.content_type is not self._type:
            return False
        words = " ".join((post.title, post.body, post.notes, *post.tags)).casefold()
        return self._text in words


def type_filter_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("IdeasPanel", "All types"), None)
    for content_type in ContentType:
        combo.addItem(texts.type_name(content_type), content_type.value)
    return combo


class IdeasPanel(QTabWidget):
    new_idea_requested = Signal()
    starter_used = Signal(object)  # the Starter to make an idea of
    starter_edit_requested = Signal(object)  # a Starter, or None for a new one
    starter_removed = Signal(object)  # the Starter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(160)
        self.model = IdeasModel(self)
        self.filter = IdeasFilter(self)
        self.filter.setSourceModel(self.model)
        self._starters: list[Starter] = []
        self.starter_list: QListWidget | None = None
        # The buttons that change the plan, disabled while the plan is read-only.
        self._write_buttons: list[QPushButton] = []
        self._writable = True
        self.addTab(self._ideas_tab(), translate("IdeasPanel", "Ideas"))
        # The starters tab is built when first shown: the first paint does not need it.
        self.addTab(QWidget(), translate("IdeasPanel", "Starters"))
        self.currentChanged.connect(self._build_starters)

    # -- ideas ---------------------------------------------------------------------------

    def _ideas_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("IdeasPanel", "Search ideas"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_text)
        self.type_filter = type_filter_combo()
        self.type_filter.currentIndexChanged.connect(self._type_changed)
        layout.addWidget(self.search)
        layout.addWidget(self.type_filter)
        self.list = QListView()
        self.list.setModel(self.filter)
        self.list.setItemDelegate(CardDelegate(self.list))
        # Cards wrap their titles to the list's width: laid out again when it changes.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(False)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName(translate("IdeasPanel", "Ideas"))
        layout.addWidget(self.list, 1)
        self.empty_label = QLabel(
            translate(
                "IdeasPanel",
                "No ideas yet. Keep posts without a date here, or take one from the starters.",
            )
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        new = QPushButton(translate("IdeasPanel", "New idea"))
        new.clicked.connect(self.new_idea_requested)
        layout.addWidget(new)
        self._write_buttons.append(new)
        return page

    def set_writable(self, writable: bool) -> None:
        """A read-only plan's ideas can be read, not dragged, dropped on or added to."""
        self._writable = writable
        mode = QAbstractItemView.DragDropMode
        self.list.setDragDropMode(mode.DragDrop if writable else mode.NoDragDrop)
        for button in self._write_buttons:
            button.setEnabled(writable)

    def _type_changed(self) -> None:
        value = self.type_filter.currentData()
        self.filter.set_type(ContentType(value) if value else None)

    def set_ideas(self, posts: Sequence[Post], channels: dict[int, Channel]) -> None:
        self.model.set_posts(posts, channels)
        self.empty_label.setVisible(not posts)

    def selected_ideas(self) -> list[Post]:
        rows = self.list.selectionModel().selectedIndexes()
        return [post for post in (i.data(Role.POST) for i in rows) if isinstance(post, Post)]

    # -- starters ------------------------------------------------------------------------

    def _build_starters(self, tab: int) -> None:
        if tab != 1 or self.starter_list is not None:
            return
        page = self.widget(1)
        assert page is not None
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(
            translate(
                "IdeasPanel",
                "Ideas that invite a reply or help your customers. Double-click one to add it "
                "to your ideas.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.starter_type = type_filter_combo()
        self.starter_type.removeItem(self.starter_type.findData(ContentType.PROMOTIONAL.value))
        self.starter_type.currentIndexChanged.connect(self._show_starters)
        layout.addWidget(self.starter_type)
        self.starter_list = QListWidget()
        self.starter_list.setWordWrap(True)
        self.starter_list.setSpacing(3)
        self.starter_list.setAccessibleName(translate("IdeasPanel", "Conversation starters"))
        self.use_button = QPushButton(translate("IdeasPanel", "Add to ideas"))
        # A double-click does what the button does (nothing, when the plan is read-only).
        self.starter_list.itemActivated.connect(
            lambda item: self._use(item) if self.use_button.isEnabled() else None
        )
        layout.addWidget(self.starter_list, 1)
        self.use_button.clicked.connect(lambda: self._use(self._current_item()))
        layout.addWidget(self.use_button)
        buttons = QHBoxLayout()
        edit = QPushButton(translate("IdeasPanel", "Edit…"))
        edit.clicked.connect(self._edit_current)
        new = QPushButton(translate("IdeasPanel", "New…"))
        new.clicked.connect(lambda: self.starter_edit_requested.emit(None))
        remove = QPushButton(translate("IdeasPanel", "Remove"))
        remove.clicked.connect(self._remove_current)
        for button in (new, edit, remove):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._write_buttons += [self.use_button, new, edit, remove]
        self.set_writable(self._writable)
        self._show_starters()

    def set_starters(self, starters: Sequence[Starter]) -> None:
        self._starters = list(starters)
        self._show_starters()

    def _show_starters(self) -> None:
        if self.starter_list is None:
            return
        wanted = self.starter_type.currentData()
        self.starter_list.clear()
        for starter in self._starters:
            if wanted and starter.content_type.value != wanted:
                continue
            badge = type_badge(
                texts.type_letter(starter.content_type), type_colour(starter.content_type)
            )
            item = QListWidgetItem(badge, starter.text)
            item.setToolTip(texts.type_name(starter.content_type))
            item.setData(Qt.ItemDataRole.UserRole, starter.id)
            self.starter_list.addItem(item)

    def _starter_of(self, item: QListWidgetItem | None) -> Starter | None:
        if item is None:
            return None
        starter_id = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self._starters if s.id == starter_id), None)

    def _current_item(self) -> QListWidgetItem | None:
        return self.starter_list.currentItem() if self.starter_list is not None else None

    def _use(self, item: QListWidgetItem | None) -> None:
        starter = self._starter_of(item)
        if starter is not None:
            self.starter_used.emit(starter)

    def _edit_current(self) -> None:
        starter = self._starter_of(self._current_item())
        if starter is not None:
            self.starter_edit_requested.emit(starter)

    def _remove_current(self) -> None:
        starter = self._starter_of(self._current_item())
        if starter is not None:
            self.starter_removed.emit(starter)
