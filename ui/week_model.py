"""The shown week as a table model: one column per day, the day's posts down the rows.

Only the shown week is held. A cell below a day's last post is empty: it takes drops but
cannot be selected. Drops do not change the model; they ask the window (through
``posts_dropped``) for an undoable move or copy, after which the week is loaded again.
A drag carries the posts whole (``planner.clipboard``), as a copy does: a card dragged to
another week (over the ◀ ▶ buttons) is dropped there though that week never showed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from planner import clipboard, followups
from planner.approval import Review
from planner.clipboard import Carried
from planner.missed import is_missed
from planner.model import Channel, Post
from planner.weeks import Week
from ui import texts

translate = QCoreApplication.translate

POSTS_MIME_TYPE = "application/x-content-planner-posts"
ModelIndex = QModelIndex | QPersistentModelIndex


class Role:
    POST = Qt.ItemDataRole.UserRole + 1
    CHANNEL_NAME = Qt.ItemDataRole.UserRole + 2
    IN_STREAK = Qt.ItemDataRole.UserRole + 3
    IS_TODAY = Qt.ItemDataRole.UserRole + 4
    # The FollowUpState's value, or None without a follow-up (Qt hands a str enum back as
    # a plain str, so the value is what travels).
    FOLLOWUP = Qt.ItemDataRole.UserRole + 5
    REPLY_HOURS = Qt.ItemDataRole.UserRole + 6  # the channel's reply window (None: the day)
    MISSED = Qt.ItemDataRole.UserRole + 7  # its time has passed, and it is not published


class WeekModel(QAbstractTableModel):
    # the Posts, the day they were dropped on, and whether to copy (Ctrl-drag), not move
    posts_dropped = Signal(list, object, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.week = Week(dt.date(2000, 1, 3))
        # Set with each week shown (the window asks the plan's clock).
        self.now = dt.datetime.combine(self.week.start, dt.time.min)
        self.today = self.now.date()
        self._days: list[list[Post]] = [[] for _ in range(7)]
        self._channels: dict[int, Channel] = {}
        self._streak: frozenset[str] = frozenset()
        self._names: Mapping[dt.date, tuple[str, ...]] = {}  # holidays and dates

    # -- loading -------------------------------------------------------------------------

    def set_week(
        self,
        week: Week,
        posts: Iterable[Post],
        channels: dict[int, Channel],
        *,
        now: dt.datetime,
        streak: Iterable[str] = (),
    ) -> None:
        """Show ``posts`` (already in time order) of ``week``; the model is reset.
        ``now`` (wall-clock, plan's zone) marks today and judges the follow-ups."""
        self.beginResetModel()
        self.week, self.now, self.today = week, now, now.date()
        self._channels = channels
        self._streak = frozenset(streak)
        self._days = [[] for _ in range(7)]
        for post in posts:
            if post.date is not None and post.date in week:
                self._days[(post.date - week.start).days].append(post)
        self.endResetModel()

    def set_names(self, names: Mapping[dt.date, tuple[str, ...]]) -> None:
        """The days' holidays and the plan's own dates, shown under the day's name."""
        if names != self._names:
            self._names = names
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def posts(self) -> list[Post]:
        return [post for day in self._days for post in day]

    def post_at(self, index: ModelIndex) -> Post | None:
        if not index.isValid() or index.model() is not self:
            return None
        day = self._days[index.column()]
        return day[index.row()] if index.row() < len(day) else None

    def index_of(self, uid: str) -> QModelIndex:
        for column, day in enumerate(self._days):
            for row, post in enumerate(day):
                if post.uid == uid:
                    return self.index(row, column)
        return QModelIndex()

    def day_of_column(self, column: int) -> dt.date:
        return self.week.days[column]

    def count_on(self, column: int) -> int:
        return len(self._days[column])

    # -- the table -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return max(1, *(len(day) for day in self._days))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Role.IS_TODAY:
            return self.day_of_column(index.column()) == self.today
        post = self.post_at(index)
        if post is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return post.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_tooltip(post, self.describe(post))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(post)
        if role == Role.POST:
            return post
        if role == Role.CHANNEL_NAME:
            return self.channel_name(post)
        if role == Role.IN_STREAK:
            return post.uid in self._streak
        if role == Role.FOLLOWUP:
            current = followups.state(post, self.now)
            return current.value if current else None
        if role == Role.MISSED:
            return is_missed(post, self.now)
        if role == Role.REPLY_HOURS:
            channel = self._channels.get(post.channel_id)
            return channel.reply_hours if channel else None
        return None

    def channel_name(self, post: Post) -> str:
        channel = self._channels.get(post.channel_id)
        return channel.name if channel else ""

    def describe(self, post: Post) -> str:
        """The whole card in words: for tooltips and screen readers."""
        text = translate("WeekModel", "{when} · {channel} · {title} · {type} · {status}").format(
            when=texts.time_text(post),
            channel=self.channel_name(post),
            title=post.title,
            type=texts.type_name(post.content_type),
            status=texts.status_name(post.status),
        )
        if post.review is not Review.NONE:
            text += " · " + texts.review_name(post.review)
        if post.series_uid:
            text += " · " + translate("WeekModel", "repeats")
        if post.uid in self._streak:
            text += " · " + translate("WeekModel", "part of a run of promotional posts")
        if is_missed(post, self.now):
            text += " · " + translate(
                "WeekModel", "its time has passed and it is not marked published"
            )
        current = followups.state(post, self.now)
        if current is not None:
            channel = self._channels.get(post.channel_id)
            state = texts.followup_text(current, channel.reply_hours if channel else None)
            text += " · " + translate("WeekModel", "follow-up: {state}").format(state=state)
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        day = self.day_of_column(section)
        names = self._names.get(day, ())
        if role == Qt.ItemDataRole.DisplayRole:
            text = QLocale().toString(texts.qdate(day), "ddd d")
            return f"{text}\n{names[0]}" if names else text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QLocale().toString(texts.qdate(day), QLocale.FormatType.LongFormat)
            return "\n".join((text, *names))
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self.post_at(index) is None:
            return Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop -------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [POSTS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        posts = (p for p in map(self.post_at, indexes) if p is not None)
        return posts_mime_data(posts, self._channels)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        target = parent.column() if parent.isValid() else column
        return (
            data.hasFormat(POSTS_MIME_TYPE)
            and 0 <= target < 7
            and action
            in (
                Qt.DropAction.MoveAction,
                Qt.DropAction.CopyAction,
            )
        )

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """A drop on a day asks for the posts to move there (copy with Ctrl); the time of
        each post is kept. Returns False so no view removes the dragged rows itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = parent.column() if parent.isValid() else column
        posts = [item.post for item in posts_from_mime_data(data)]
        if posts:
            copy = action == Qt.DropAction.CopyAction
            self.posts_dropped.emit(posts, self.day_of_column(target), copy)
        return False


TOOLTIP_BODY = 1000  # characters of the body a tooltip shows; a whole post fits a screen


def card_tooltip(post: Post, summary: str) -> str:
    """Everything a card may not have room for: the whole title, the card in words, the
    body (the first thousand characters) and the tags. Rich text, so that Qt wraps it."""
    import html  # with the first tooltip: the window paints its week without it

    body = post.body.strip()
    if len(body) > TOOLTIP_BODY:
        body = body[:TOOLTIP_BODY].rstrip() + "…"
    parts = [f"<b>{html.escape(post.title)}</b>", html.escape(summary)]
    if body:
        parts.append(html.escape(body).replace("\n", "<br>"))
    if post.tags:
        parts.append(html.escape(", ".join(f"#{tag}" for tag in post.tags)))
    return "<p>" + "</p><p>".join(parts) + "</p>"


def posts_mime_data(
    posts: Iterable[Post], channels: Mapping[int, Channel] | None = None
) -> QMimeData:
    """The posts whole, with their channels' names, for a drag or the clipboard; and their
    titles as text, for a drop or a paste in a text editor."""
    chosen = list(posts)
    data = QMimeData()
    text = clipboard.to_json(clipboard.carried(chosen, channels or {}))
    data.setData(POSTS_MIME_TYPE, QByteArray(text.encode()))
    data.setText("\n".join(post.title for post in chosen))
    return data


def posts_from_mime_data(data: QMimeData) -> list[Carried]:
    """The posts a drag or the clipboard carries; none for another program's data."""
    raw = bytes(data.data(POSTS_MIME_TYPE).data())
    try:
        return clipboard.from_json(raw.decode())
    except UnicodeDecodeError:
        return []
