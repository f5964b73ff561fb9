"""Paints one post as a card: type by colour and by letter, time, title, channel, status.

┌▌(P) 09:00          ┐   the badge's letter reads without colour
│▌ Autumn sale: 20%  │   the title takes two lines, then elides
│▌ off all week on…  │
│▌ Instagram · draft │
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.model import Post
from ui import texts
from ui.style import card_background, muted_text, type_colour
from ui.week_model import Role

MARGIN = 4  # around a card, inside its cell
PADDING = 7  # inside a card
STRIPE = 5
BADGE = 20
RADIUS = 6
LINE_GAP = 2
TITLE_LINES = 2
ModelIndex = QModelIndex | QPersistentModelIndex


def card_height(metrics: QFontMetrics) -> int:
    line = metrics.height()
    lines_below_badge = TITLE_LINES + 1
    return 2 * MARGIN + 2 * PADDING + max(BADGE, line) + lines_below_badge * (line + LINE_GAP)


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


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(150, card_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        post = index.data(Role.POST)
        if not isinstance(post, Post):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        self._paint_frame(painter, card, post, option)
        self._paint_badge(painter, card, post, option)
        self._paint_text(painter, card, post, str(index.data(Role.CHANNEL_NAME)), option)
        painter.restore()

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
        painter.drawText(
            QRect(time_left, top, left + width - time_left, line), align, texts.time_text(post)
        )

        # The title on up to two lines, then the channel and status, quieter.
        painter.setFont(option.font)
        y = int(card.top()) + PADDING + first_height + LINE_GAP
        for text in wrapped_lines(post.title, option.font, width, TITLE_LINES):
            painter.drawText(QRect(left, y, width, line), align, text)
            y += line + LINE_GAP
        y = int(card.top()) + PADDING + first_height + LINE_GAP + TITLE_LINES * (line + LINE_GAP)
        painter.setPen(muted_text(pal))
        footer = f"{channel} · {texts.status_name(post.status)}"
        painter.drawText(
            QRect(left, y, width, line),
            align,
            metrics.elidedText(footer, Qt.TextElideMode.ElideRight, width),
        )
