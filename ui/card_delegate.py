"""Paints one post as a card: type by colour and by letter, time, title, channel, status;
and, under a published post, its follow-up in a quieter strip with a checkbox.

    ┌▌(P) 09:00             ┐   the badge's letter reads without colour
    │▌ Autumn sale: 20% off │   the title takes two lines, then elides
    │▌ all week in the sh…  │
    │▌ Instagram · published│
    ├┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┤
    │ ☐ Reply same day      │   done, pending or overdue; click the box
    │   answered 6 comments │   the follow-up's note
    └───────────────────────┘
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from planner.followups import FollowUpState
from planner.model import Post
from ui import texts
from ui.review_mark import paint_review_mark
from ui.style import alert_colour, blend, card_background, muted_text, type_colour
from ui.week_model import Role

MARGIN = 4  # around a card, inside its cell
PADDING = 7  # inside a card
STRIPE = 5
BADGE = 20
RADIUS = 6
LINE_GAP = 2
TITLE_LINES = 2
FOLLOWUP_LINES = 2
CHECK = 16
ModelIndex = QModelIndex | QPersistentModelIndex


def card_height(metrics: QFontMetrics, with_followup: bool = False) -> int:
    line = metrics.height()
    lines_below_badge = TITLE_LINES + 1
    height = 2 * MARGIN + 2 * PADDING + max(BADGE, line) + lines_below_badge * (line + LINE_GAP)
    return height + (followup_height(metrics) if with_followup else 0)


def followup_height(metrics: QFontMetrics) -> int:
    return PADDING + FOLLOWUP_LINES * (metrics.height() + LINE_GAP)


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``, the last elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    rest_starts = sum(len(part) for part in lines)
    layout.endLayout()
    if rest_starts < len(text) and lines:
        metrics = QFontMetrics(font)
        lines[-1] = metrics.elidedText(
            lines[-1].rstrip() + " " + text[rest_starts:], Qt.TextElideMode.ElideRight, width
        )
    return [part.strip() for part in lines]


def card_rect(option: QStyleOptionViewItem) -> QRectF:
    return QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))


def followup_rect(option: QStyleOptionViewItem) -> QRectF:
    card = card_rect(option)
    height = followup_height(option.fontMetrics)
    return QRectF(card.left(), card.bottom() - height, card.width(), height)


def checkbox_rect(option: QStyleOptionViewItem) -> QRect:
    strip = followup_rect(option)
    line = option.fontMetrics.height()
    top = int(strip.top()) + PADDING // 2 + (line - CHECK) // 2
    return QRect(int(strip.left()) + PADDING, top, CHECK, CHECK)


class CardDelegate(QStyledItemDelegate):
    followup_toggled = Signal(str)  # the post's uid: replies done <-> not done
    followup_edit_requested = Signal(str)  # the post's uid: open its follow-up

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        with_followup = index.data(Role.FOLLOWUP) is not None
        return QSize(150, card_height(option.fontMetrics, with_followup))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        post = index.data(Role.POST)
        if not isinstance(post, Post):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = card_rect(option)
        self._paint_frame(painter, card, post, option)
        self._paint_badge(painter, card, post, option)
        channel = str(index.data(Role.CHANNEL_NAME))
        self._paint_text(painter, card, post, channel, bool(index.data(Role.IN_STREAK)), option)
        state = index.data(Role.FOLLOWUP)
        if state is not None:
            reply_hours = index.data(Role.REPLY_HOURS)
            self._paint_followup(painter, post, FollowUpState(state), reply_hours, option)
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: object,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        """A click on the follow-up's box marks the replies done (or not); a double click
        on the strip opens the follow-up for a note."""
        if index.data(Role.FOLLOWUP) is None or not isinstance(event, QMouseEvent):
            return False
        point = event.position().toPoint()
        post = index.data(Role.POST)
        if event.type() == QEvent.Type.MouseButtonRelease and checkbox_rect(option).adjusted(
            -4, -4, 4, 4
        ).contains(point):
            self.followup_toggled.emit(post.uid)
            return True
        if event.type() == QEvent.Type.MouseButtonDblClick and followup_rect(option).contains(
            point
        ):
            self.followup_edit_requested.emit(post.uid)
            return True
        return False

    def _paint_frame(
        self, painter: QPainter, card: QRectF, post: Post, option: QStyleOptionViewItem
    ) -> None:
        pal = option.palette
        shape = QPainterPath()
        shape.addRoundedRect(card, RADIUS, RADIUS)
        painter.fillPath(shape, card_background(post.content_type, pal))
        stripe = QPainterPath()
        stripe.addRect(QRectF(card.left(), card.top(), STRIPE, card.height()))
        painter.fillPath(shape.intersected(stripe), type_colour(post.content_type))
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 2.5)
        elif option.state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 1.2)
        else:
            pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shape)

    def _paint_badge(
        self, painter: QPainter, card: QRectF, post: Post, option: QStyleOptionViewItem
    ) -> None:
        line = option.fontMetrics.height()
        top = card.top() + PADDING + max(0, (line - BADGE) / 2)
        badge = QRectF(card.left() + STRIPE + PADDING - 2, top, BADGE, BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(type_colour(post.content_type))
        painter.drawEllipse(badge)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, texts.type_letter(post.content_type))

    def _paint_text(
        self,
        painter: QPainter,
        card: QRectF,
        post: Post,
        channel: str,
        in_streak: bool,
        option: QStyleOptionViewItem,
    ) -> None:
        pal = option.palette
        metrics = option.fontMetrics
        line = metrics.height()
        left = int(card.left()) + STRIPE + PADDING - 2
        width = int(card.right()) - PADDING - left
        first_height = max(BADGE, line)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        # Beside the badge: the time, in bold.
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        top = int(card.top()) + PADDING + (first_height - line) // 2
        time_left = left + BADGE + 6
        time_rect = QRect(time_left, top, left + width - time_left, line)
        # Elided like the lines below, so a narrow day shows "any ti…" rather than a cut.
        time_text = QFontMetrics(bold).elidedText(
            texts.time_text(post), Qt.TextElideMode.ElideRight, time_rect.width()
        )
        painter.drawText(time_rect, align, time_text)
        # Right of the time: ↻ for a repeating post, ⚠ when it is part of a promo streak.
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(option.font)
        if in_streak:
            painter.setPen(alert_colour(pal))
            painter.drawText(time_rect, right, "⚠")
            time_rect.setRight(time_rect.right() - metrics.horizontalAdvance("⚠ "))
        if post.series_uid:
            painter.setPen(muted_text(pal))
            painter.drawText(time_rect, right, "↻")

        # The title on up to two lines, then the channel and status, quieter.
        painter.setFont(option.font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        y = int(card.top()) + PADDING + first_height + LINE_GAP
        for text in wrapped_lines(post.title, option.font, width, TITLE_LINES):
            painter.drawText(QRect(left, y, width, line), align, text)
            y += line + LINE_GAP
        y = int(card.top()) + PADDING + first_height + LINE_GAP + TITLE_LINES * (line + LINE_GAP)
        # At the footer's right, the mark of the client's review (if the post was sent).
        footer_rect = QRect(left, y, width, line)
        footer_rect.setRight(
            footer_rect.right()
            - int(paint_review_mark(painter, QRectF(footer_rect), post.review, pal))
        )
        painter.setPen(muted_text(pal))
        footer = f"{channel} · {texts.status_name(post.status)}"
        painter.drawText(
            footer_rect,
            align,
            metrics.elidedText(footer, Qt.TextElideMode.ElideRight, footer_rect.width()),
        )

    def _paint_followup(
        self,
        painter: QPainter,
        post: Post,
        state: FollowUpState,
        reply_hours: int | None,
        option: QStyleOptionViewItem,
    ) -> None:
        pal = option.palette
        strip = followup_rect(option)
        # Quieter than the post: the view's own background, under a dashed rule.
        shape = QPainterPath()
        shape.addRoundedRect(card_rect(option), RADIUS, RADIUS)
        area = QPainterPath()
        area.addRect(strip.adjusted(STRIPE, 0, 0, 0))
        quiet = blend(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.03)
        painter.fillPath(shape.intersected(area), quiet)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            int(strip.left()) + STRIPE, int(strip.top()), int(strip.right()), int(strip.top())
        )

        box = QStyleOptionButton()
        box.rect = checkbox_rect(option)
        box.palette = pal
        box.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if state is FollowUpState.DONE else QStyle.StateFlag.State_Off
        )
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, widget)

        metrics = option.fontMetrics
        line = metrics.height()
        left = box.rect.right() + 6
        width = int(strip.right()) - PADDING - left
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        text = texts.followup_text(state, reply_hours)
        font = QFont(option.font)
        if state is FollowUpState.OVERDUE:
            font.setBold(True)
            painter.setPen(alert_colour(pal))
            text = "⚠ " + text
        else:
            painter.setPen(muted_text(pal))
        painter.setFont(font)
        top = int(strip.top()) + PADDING // 2
        painter.drawText(
            QRect(left, top, width, line),
            align,
            QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width),
        )
        # Below: what came of it, the conversations held and the note.
        count = post.followup.conversations
        logged = [texts.conversations_text(count)] if count else []
        logged += [post.followup.note.replace("\n", " ")] if post.followup.note else []
        if logged:
            note_font = QFont(option.font)
            note_font.setItalic(True)
            painter.setFont(note_font)
            painter.setPen(muted_text(pal))
            note = QFontMetrics(note_font).elidedText(
                " · ".join(logged),
                Qt.TextElideMode.ElideRight,
                int(strip.right()) - PADDING - box.rect.left(),
            )
            note_rect = QRect(
                box.rect.left(),
                top + line + LINE_GAP,
                int(strip.right()) - PADDING - box.rect.left(),
                line,
            )
            painter.drawText(note_rect, align, note)
