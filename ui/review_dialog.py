"""A week in review, in words a shop owner reads in ten seconds, with a small chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.model import ContentType
from planner.review import WeekReview
from planner.weeks import Week
from ui import texts
from ui.icons import icon
from ui.style import alert_colour, type_colour

translate = QCoreApplication.translate


class ReviewChart(QWidget):
    """Two bars: what was published by type, and the follow-ups done, waiting, overdue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: WeekReview | None = None
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(420, 96)

    def set_review(self, review: WeekReview) -> None:
        self.review = review
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.review is None:
            return
        review = self.review
        pal = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = 110
        published = [
            (texts.type_letter(t), type_colour(t), review.published[t]) for t in ContentType
        ]
        counts = review.followups
        followups = [
            ("✓", QColor("#009E73"), counts.done),
            ("…", pal.color(QPalette.ColorRole.Mid), counts.pending),
            ("!", alert_colour(pal), counts.overdue),
        ]
        rows = (
            (translate("ReviewChart", "Published"), published),
            (translate("ReviewChart", "Follow-ups"), followups),
        )
        for row, (title, parts) in enumerate(rows):
            top = 8 + row * 44
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, top, label_width, 24), Qt.AlignmentFlag.AlignVCenter, title)
            self._bar(painter, QRectF(label_width, top, self.width() - label_width - 2, 24), parts)
        painter.end()

    def _bar(self, painter: QPainter, area: QRectF, parts: list[tuple[str, QColor, int]]) -> None:
        total = sum(count for _letter, _colour, count in parts)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(area, 4, 4)
        if not total:
            return
        left = area.left()
        for letter, colour, count in parts:
            width = area.width() * count / total
            if not width:
                continue
            segment = QRectF(left, area.top(), width, area.height())
            painter.fillRect(segment, colour)
            painter.setPen(QColor("white"))
            if width > 28:
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, f"{letter} {count}")
            left += width


class ReviewDialog(QDialog):
    """The review of one week; the arrows step to other weeks."""

    def __init__(
        self, week: Week, review_of: Callable[[Week], WeekReview], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReviewDialog", "Week in review"))
        self.setMinimumWidth(520)
        self._review_of = review_of
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous_button = QPushButton(icon("go-previous"), "")
        self.previous_button.setAccessibleName(translate("ReviewDialog", "Previous week"))
        self.next_button = QPushButton(icon("go-next"), "")
        self.next_button.setAccessibleName(translate("ReviewDialog", "Next week"))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        top.addWidget(self.previous_button)
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.next_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.chart = ReviewChart()
        layout.addWidget(self.chart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.previous_button.clicked.connect(lambda: self.show_week(self.review.week.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.show_week(self.review.week.shifted(1)))
        self.show_week(week)

    def show_week(self, week: Week) -> None:
        self.review = self._review_of(week)
        self.title.setText(texts.week_title(week))
        self.summary.setText(review_text(self.review))
        self.chart.set_review(self.review)


def review_text(review: WeekReview) -> str:
    """The week in a few plain sentences."""
    total = review.total_published
    if total == 0:
        lines = [translate("ReviewDialog", "Nothing was published this week.")]
        if review.missed:
            lines.append(missed_text(review))
        return "\n".join(lines)
    counts = {t: review.published[t] for t in ContentType}
    lines = [
        translate(
            "ReviewDialog",
            "You published %Ln posts: {promo} promotional, {value} value, "
            "{conversation} conversation.",
            "",
            total,
        ).format(
            promo=counts[ContentType.PROMOTIONAL],
            value=counts[ContentType.VALUE],
            conversation=counts[ContentType.CONVERSATION],
        )
    ]
    share = texts.percent_text(review.share(ContentType.PROMOTIONAL))
    limit = texts.percent_text(review.rule.limit)
    if review.over_limit:
        lines.append(
            translate(
                "ReviewDialog", "Promotion was {share} of it: above your limit of {limit}."
            ).format(share=share, limit=limit)
        )
    else:
        lines.append(
            translate(
                "ReviewDialog", "Promotion was {share} of it: within your limit of {limit}."
            ).format(share=share, limit=limit)
        )
    followups = review.followups
    due = followups.total
    if followups.overdue:
        lines.append(
            translate(
                "ReviewDialog", "Replies: {done} of %n follow-ups done, {overdue} overdue.", "", due
            ).format(done=followups.done, overdue=followups.overdue)
        )
    elif followups.pending:
        lines.append(
            translate(
                "ReviewDialog",
                "Replies: {done} of %n follow-ups done, {pending} still open.",
                "",
                due,
            ).format(done=followups.done, pending=followups.pending)
        )
    else:
        lines.append(translate("ReviewDialog", "Replies: every follow-up done."))
    lines.append(
        translate("ReviewDialog", "You logged {conversations}.").format(
            conversations=texts.conversations_text(followups.conversations)
        )
    )
    channels = ", ".join(f"{name} {count}" for name, count in review.by_channel)
    lines.append(translate("ReviewDialog", "By channel: {channels}.").format(channels=channels))
    if review.missed:
        lines.append(missed_text(review))
    return "\n".join(lines)


def missed_text(review: WeekReview) -> str:
    """Posts whose time has passed and that are not marked published (posts still ahead
    are not counted: they are planned, not missed)."""
    count = review.missed
    return translate(
        "ReviewDialog", "Not marked published, though their time has passed: %Ln posts.", "", count
    )
