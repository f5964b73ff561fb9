"""The client's review in the post dialog: the state, the comment, and the client's own
wording (if any) beside the post's, to use or dismiss; and the word diff both share with
the answers dialog."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.approval import Edit, Review, word_diff
from planner.model import ContentType, Post
from ui import texts
from ui.style import alert_colour

translate = QCoreApplication.translate
ADDED_COLOUR = "#1B7F3B"  # a green that reads on light and dark backgrounds


def diff_html(before: str, after: str) -> tuple[str, str]:
    """``before`` with what the client removed struck through, and ``after`` with what
    they added underlined: by colour and by line, for readers who do not tell colours."""
    removed_colour = alert_colour().name()
    old, new = [], []
    for edit, text in word_diff(before, after):
        shown = html.escape(text).replace("\n", "<br>")
        if edit is Edit.SAME:
            old.append(shown)
            new.append(shown)
        elif edit is Edit.REMOVED:
            old.append(f'<s style="color:{removed_colour}">{shown}</s>')
        else:
            new.append(f'<u style="color:{ADDED_COLOUR}"><b>{shown}</b></u>')
    return "".join(old) or "&nbsp;", "".join(new) or "&nbsp;"


def comparison(grid: QGridLayout, post: Post, title: str | None, body: str | None) -> int:
    """The post's title and text now (left) and the client's (right), each changed one
    on a row with its differences marked; returns the grid's next free row."""
    grid.addWidget(QLabel(translate("ReviewEditor", "<b>Now</b>")), 0, 1)
    grid.addWidget(QLabel(translate("ReviewEditor", "<b>The client's wording</b>")), 0, 2)
    line = 1
    for name, now, written in (
        (translate("ReviewEditor", "Title"), post.title, title),
        (translate("ReviewEditor", "Text"), post.body, body),
    ):
        if written is None:
            continue
        before, after = diff_html(now, written)
        grid.addWidget(QLabel(name), line, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(rich_label(before), line, 1)
        grid.addWidget(rich_label(after), line, 2)
        line += 1
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(2, 1)
    return line


def rich_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReviewEditor(QWidget):
    """Edits a post's review; :meth:`reviewed` gives the post with it."""

    # The client's title and text, when the user takes them (the dialog fills its fields).
    wording_used = Signal(object, object)

    def __init__(self, post: Post | None, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self._original = post or Post(0, ContentType.VALUE, "")
        self._today = today
        self._suggestion = (self._original.suggested_title, self._original.suggested_body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.state = QComboBox()
        for review in Review:
            self.state.addItem(texts.review_name(review), review.value)
        self.state.setCurrentIndex(list(Review).index(self._original.review))
        row.addWidget(self.state)
        self.answered = QLabel()
        self.answered.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if self._original.review_date is not None:
            self.answered.setText(
                translate("ReviewEditor", "answered {date}").format(
                    date=texts.long_date(self._original.review_date)
                )
            )
        row.addWidget(self.answered)
        row.addStretch(1)
        layout.addLayout(row)
        self.comment = QPlainTextEdit(self._original.review_comment)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(42)
        self.comment.setPlaceholderText(translate("ReviewEditor", "The client's comment"))
        self.comment.setAccessibleName(translate("ReviewEditor", "Client's comment"))
        layout.addWidget(self.comment)
        self.suggestion = self._suggestion_box()
        layout.addWidget(self.suggestion)
        self.state.currentIndexChanged.connect(self._update)
        self._update()

    def _suggestion_box(self) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(6, 4, 6, 4)
        # A long caption scrolls here rather than pushing the dialog past the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMaximumHeight(150)
        scroll.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
        texts_box = QWidget()
        grid = QGridLayout(texts_box)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(texts_box)
        outer.addWidget(scroll)
        title, body = self._suggestion
        line = comparison(grid, self._original, title, body)
        grid.setRowStretch(line, 1)
        buttons = QHBoxLayout()
        self.use_button = QPushButton(translate("ReviewEditor", "&Use the client's wording"))
        self.dismiss_button = QPushButton(translate("ReviewEditor", "&Keep mine"))
        self.use_button.clicked.connect(self._use)
        self.dismiss_button.clicked.connect(self._dismiss)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.use_button)
        outer.addLayout(buttons)
        box.setVisible(self._original.has_suggestion)
        return box

    def _use(self) -> None:
        self.wording_used.emit(*self._suggestion)
        self._dismiss()

    def _dismiss(self) -> None:
        self._suggestion = (None, None)
        self.suggestion.hide()

    def _update(self) -> None:
        self.comment.setVisible(self.review() is not Review.NONE or bool(self.comment_text()))

    def review(self) -> Review:
        return Review(self.state.currentData())

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def reviewed(self, post: Post) -> Post:
        """``post`` with the review as edited: an answer changed here is dated today."""
        original = self._original
        review, comment = self.review(), self.comment_text()
        answered = original.review_date
        if (review, comment) != (original.review, original.review_comment):
            answered = self._today if review in (Review.APPROVED, Review.CHANGES) else None
        title, body = self._suggestion
        return replace(
            post,
            review=review,
            review_comment=comment,
            review_date=answered,
            suggested_title=title,
            suggested_body=body,
        )
