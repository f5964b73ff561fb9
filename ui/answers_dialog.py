"""The client's answers from a review pack, before anything is written: each decision and
comment, and each title or text the client rewrote beside the post's own (a word diff),
to take or to leave waiting; or, for a pack that cannot be read, every problem by line
and column, with the other rows still listed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.approval import Answer, Review, Rewrite
from planner.errors import CsvImportError
from planner.review_answers import AnswersPreview, PackRefusedError, preview_answers
from planner.review_pack import read_pack
from planner.store import Plan
from ui import texts
from ui.review_editor import comparison

translate = QCoreApplication.translate


def post_words(answer: Answer, channel: str) -> str:
    """``Tue 24 Nov · Instagram · Weekend pre-order``."""
    day = texts.short_day(answer.post.date) if answer.post.date else texts.time_text(answer.post)
    return f"{day} · {channel} · {answer.post.title}"


class AnswersDialog(QDialog):
    def __init__(self, plan: Plan, data: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("AnswersDialog", "Client's answers"))
        self.setMinimumSize(720, 480)
        self._channels = {c.id: c.name for c in plan.channels()}
        self.preview: AnswersPreview | None = None
        self._choices: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("AnswersDialog", "From {file}").format(file=file_name)))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setAccessibleName(translate("AnswersDialog", "Problems"))
        layout.addWidget(self.problems)
        self.answers = QTreeWidget()
        self.answers.setRootIsDecorated(False)
        self.answers.setHeaderLabels(
            [
                translate("AnswersDialog", "Post"),
                translate("AnswersDialog", "Decision"),
                translate("AnswersDialog", "Comment"),
            ]
        )
        self.answers.setAccessibleName(translate("AnswersDialog", "Answers"))
        layout.addWidget(self.answers, 1)
        self.suggestions = QScrollArea()
        self.suggestions.setWidgetResizable(True)
        self.suggestions.setAccessibleName(translate("AnswersDialog", "The client's wording"))
        layout.addWidget(self.suggestions, 2)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_button = self.buttons.addButton(
            translate("AnswersDialog", "Read answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check(plan, data)

    def _check(self, plan: Plan, data: bytes) -> None:
        shown: AnswersPreview | None
        try:
            self.preview = shown = preview_answers(plan, read_pack(data))
        except PackRefusedError as error:
            shown = error.preview
            self._refuse(error)
        except CsvImportError as error:
            shown = None
            self._refuse(error)
        else:
            self.summary.setText(_summary(shown))
        self.problems.setVisible(self.preview is None)
        if shown is not None:
            self._show(shown)
        self.answers.setVisible(self.answers.topLevelItemCount() > 0)
        self.suggestions.setVisible(bool(self._choices))
        self.read_button.setEnabled(self.preview is not None and bool(self.preview.answers))

    def _refuse(self, error: CsvImportError) -> None:
        self.summary.setText(
            translate(
                "AnswersDialog",
                "Nothing will be read: the pack has these problems. "
                "Fix them in the file and read it again.",
            )
        )
        self.problems.addItems([str(problem) for problem in error.problems])

    def _show(self, preview: AnswersPreview) -> None:
        for answer in preview.answers:
            channel = self._channels.get(answer.post.channel_id, "")
            decision = (
                texts.review_name(answer.decision)
                if answer.decision
                else translate("AnswersDialog", "no decision")
            )
            item = QTreeWidgetItem([post_words(answer, channel), decision, answer.comment])
            item.setToolTip(2, answer.comment)
            self.answers.addTopLevelItem(item)
        for column in (0, 1):
            self.answers.resizeColumnToContents(column)
        box = QWidget()
        rows = QVBoxLayout(box)
        for answer in preview.suggestions:
            rows.addWidget(self._suggestion(answer))
        rows.addStretch(1)
        self.suggestions.setWidget(box)
        notes = [str(problem) for problem in preview.gone]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _suggestion(self, answer: Answer) -> QGroupBox:
        """The post's title and text now, and the client's, the differences marked."""
        channel = self._channels.get(answer.post.channel_id, "")
        group = QGroupBox(post_words(answer, channel))
        grid = QGridLayout(group)
        line = comparison(grid, answer.post, answer.title, answer.body)
        choice = QCheckBox(translate("AnswersDialog", "Use the client's wording"))
        choice.setToolTip(
            translate(
                "AnswersDialog",
                "Left unticked, the client's wording waits beside the post: "
                "use it later from Edit post.",
            )
        )
        grid.addWidget(choice, line, 1, 1, 2)
        self._choices[answer.post.uid] = choice
        return group

    def accepted_rewrites(self) -> set[tuple[str, Rewrite]]:
        """The rewritten titles and texts the user takes, by post and part."""
        return {
            (uid, part)
            for uid, choice in self._choices.items()
            if choice.isChecked()
            for part in Rewrite
        }


def _summary(preview: AnswersPreview) -> str:
    if not preview.answers:
        return translate(
            "AnswersDialog", "No new answers: the pack has been read already, or not answered yet."
        )
    answers, rewritten = len(preview.answers), len(preview.suggestions)
    approved, changes = preview.decided(Review.APPROVED), preview.decided(Review.CHANGES)
    text = translate("AnswersDialog", "%n new answers", "", answers)
    parts = [
        translate("AnswersDialog", "%n approved", "", approved),
        translate("AnswersDialog", "%n with changes requested", "", changes),
    ]
    if rewritten:
        parts.append(translate("AnswersDialog", "%n with the client's own wording", "", rewritten))
    return f"{text}: {', '.join(parts)}."
