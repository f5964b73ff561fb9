"""The week's content mix: a stacked bar with the limit marked, counts and shares, and
each warning in plain words, the promotional one as a banner that cannot be missed."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.approval import ReviewCounts
from planner.followups import FollowUpCounts
from planner.mix import Cadence, Code, MixReport, MixWarning
from planner.model import ContentType
from ui import texts
from ui.icons import icon, type_badge
from ui.style import BANNER_COLOUR, BANNER_TEXT, type_colour

translate = QCoreApplication.translate
LIMIT_CLEARANCE = 3  # pixels between the limit line and a letter
COMPACT_BELOW = 220  # pixels: a narrower panel shows the counts by their badges alone


class MixBar(QWidget):
    """Three segments in the type colours, each with its letter, and the limit marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: list[tuple[ContentType, Fraction]] = []
        self._limit = Fraction(1, 3)
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 44)

    def set_report(self, report: MixReport) -> None:
        self._shares = [(t, report.share(t)) for t in ContentType] if report.total else []
        self._limit = report.rule.limit
        self.setAccessibleName(translate("MixBar", "Content mix bar"))
        self.update()

    def bar_rect(self) -> QRectF:
        return QRectF(1, 4, self.width() - 2, 24)

    def limit_x(self) -> float:
        bar = self.bar_rect()
        return bar.left() + bar.width() * float(self._limit)

    def segments(self) -> list[tuple[ContentType, QRectF]]:
        bar, left = self.bar_rect(), self.bar_rect().left()
        found = []
        for content_type, share in self._shares:
            width = bar.width() * float(share)
            if width > 0:
                found.append((content_type, QRectF(left, bar.top(), width, bar.height())))
            left += width
        return found

    def letter_rects(self) -> list[tuple[ContentType, QRectF]]:
        """Where each segment's letter goes: centred, or moved aside so the limit line
        never crosses it; left out where the segment has no room beside the line."""
        metrics = QFontMetricsF(self._bold())
        clear = LIMIT_CLEARANCE
        found = []
        for content_type, segment in self.segments():
            size = metrics.boundingRect(texts.type_letter(content_type)).size()
            width = size.width() + 4
            letter = QRectF(0, segment.top(), width, segment.height())
            letter.moveCenter(segment.center())
            x = self.limit_x()
            if letter.left() - clear < x < letter.right() + clear:
                before = QRectF(segment.left(), segment.top(), x - clear - segment.left(), 24)
                after = QRectF(x + clear, segment.top(), segment.right() - x - clear, 24)
                room = max(before, after, key=lambda part: part.width())
                if room.width() < width:
                    continue
                letter.moveCenter(room.center())
            elif letter.width() > segment.width():
                continue
            found.append((content_type, letter))
        return found

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        bar = self.bar_rect()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(bar, 4, 4)
        for content_type, segment in self.segments():
            painter.fillRect(segment, type_colour(content_type))
        painter.setFont(self._bold())
        painter.setPen(QColor("white"))
        for content_type, letter in self.letter_rects():
            painter.drawText(letter, Qt.AlignmentFlag.AlignCenter, texts.type_letter(content_type))
        # The limit: a line across the bar where promotion should stop, labelled below.
        x = self.limit_x()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 2))
        painter.drawLine(int(x), int(bar.top()) - 3, int(x), int(bar.bottom()) + 3)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        label = translate("MixBar", "limit {limit}").format(limit=texts.percent_text(self._limit))
        width = painter.fontMetrics().horizontalAdvance(label)
        label_left = min(max(0, x - width / 2), self.width() - width)
        painter.drawText(QRectF(label_left, bar.bottom() + 2, width + 2, 14), label)
        painter.end()


class MixPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.banner = QFrame()
        self.banner.setAutoFillBackground(True)
        banner_palette = self.banner.palette()
        banner_palette.setColor(QPalette.ColorRole.Window, QColor(BANNER_COLOUR))
        banner_palette.setColor(QPalette.ColorRole.WindowText, QColor(BANNER_TEXT))
        self.banner.setPalette(banner_palette)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        banner_icon = QLabel()
        banner_icon.setPixmap(icon("warning", QColor(BANNER_TEXT)).pixmap(QSize(22, 22)))
        banner_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        bold = self.banner_text.font()
        bold.setBold(True)
        self.banner_text.setFont(bold)
        banner_layout.addWidget(banner_icon)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.setAccessibleName(translate("MixPanel", "Too much promotion"))
        self.banner.hide()
        layout.addWidget(self.banner)

        self.bar = MixBar()
        layout.addWidget(self.bar)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.count_labels: dict[ContentType, QLabel] = {}
        self.name_labels: list[QLabel] = []
        self.share_labels: dict[ContentType, QLabel] = {}
        for row, content_type in enumerate(ContentType):
            badge = QLabel()
            letter = texts.type_letter(content_type)
            badge.setPixmap(type_badge(letter, type_colour(content_type), 22).pixmap(22, 22))
            badge.setAccessibleName(texts.type_name(content_type))
            name = QLabel(texts.type_name(content_type))
            count, share = QLabel(), QLabel()
            for label in (count, share):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(badge, row, 0)
            grid.addWidget(name, row, 1)
            self.name_labels.append(name)
            grid.addWidget(count, row, 2)
            grid.addWidget(share, row, 3)
            self.count_labels[content_type] = count
            self.share_labels[content_type] = share
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        layout.addWidget(self.rule_label)

        self.cadence_label = QLabel()
        self.cadence_label.setWordWrap(True)
        self.cadence_label.setAccessibleName(translate("MixPanel", "Posts per channel"))
        layout.addWidget(self.cadence_label)

        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setAccessibleName(translate("MixPanel", "Client review"))
        layout.addWidget(self.review_label)

        self.followup_label = QLabel()
        self.followup_label.setWordWrap(True)
        self.followup_label.setAccessibleName(translate("MixPanel", "Follow-ups"))
        layout.addWidget(self.followup_label)

        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(6)
        layout.addLayout(self.warnings_box)
        self.warning_labels: list[QLabel] = []
        layout.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow (a small screen): the type names fold away, the lettered badges stay."""
        super().resizeEvent(event)
        for label in self.name_labels:
            label.setVisible(event.size().width() >= COMPACT_BELOW)

    def set_report(
        self, report: MixReport, heading: str, reviews: ReviewCounts | None = None
    ) -> None:
        """Show the week's mix; ``reviews``, how its posts stand with the client."""
        self.heading.setText(heading)
        self.review_label.setVisible(bool(reviews and reviews.sent))
        self.review_label.setText(texts.review_counts_text(reviews) if reviews else "")
        self.bar.set_report(report)
        for content_type in ContentType:
            self.count_labels[content_type].setText(QLocale().toString(report.counts[content_type]))
            self.share_labels[content_type].setText(texts.percent_text(report.share(content_type)))
        self.rule_label.setText(
            translate("MixPanel", "{rule}: at most {limit} promotional.").format(
                rule=texts.rule_name(report.rule.id), limit=texts.percent_text(report.rule.limit)
            )
        )
        self._show_followups(report.followups)
        self._show_cadence(report.cadence)
        banner = [w for w in report.warnings if w.code == Code.PROMO_SHARE_HIGH]
        self.banner.setVisible(bool(banner))
        self.banner_text.setText(texts.warning_text(banner[0]) if banner else "")
        self._show_warnings([w for w in report.warnings if w.code != Code.PROMO_SHARE_HIGH])
        if report.total == 0:
            self._show_note(translate("MixPanel", "No posts this week yet."))
        elif not report.warnings:
            self._show_note(translate("MixPanel", "✓ A balanced week: nothing to warn about."))

    def _show_cadence(self, rows: Sequence[Cadence]) -> None:
        """Each channel with a weekly target: ``Instagram 2 of 3 this week``."""
        lines = [
            translate("MixPanel", "{channel} {count} of {target} this week").format(
                channel=row.channel, count=row.count, target=row.target
            )
            + (" ✓" if row.met else "")
            for row in rows
        ]
        self.cadence_label.setText("\n".join(lines))
        self.cadence_label.setVisible(bool(lines))

    def _show_followups(self, counts: FollowUpCounts) -> None:
        self.followup_label.setVisible(counts.total > 0)
        text = translate(
            "MixPanel", "Follow-ups: {done} done · {pending} waiting · {overdue} overdue"
        ).format(done=counts.done, pending=counts.pending, overdue=counts.overdue)
        if counts.conversations:
            text += " · " + texts.conversations_text(counts.conversations)
        self.followup_label.setText(text)

    def _clear_warnings(self) -> None:
        for label in self.warning_labels:
            self.warnings_box.removeWidget(label)
            label.deleteLater()
        self.warning_labels = []

    def _show_warnings(self, warnings: list[MixWarning]) -> None:
        self._clear_warnings()
        for warning in warnings:
            self._add_label(f"⚠ {texts.warning_text(warning)}", warning.code)

    def _show_note(self, text: str) -> None:
        self._add_label(text, "note")

    def _add_label(self, text: str, name: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_box.addWidget(label)
        self.warning_labels.append(label)
