"""Paints one post as a card: type by colour and by letter, time, the whole title, the
first lines of the body when the cell has room, channel and status; and, under a published
post, its follow-up in a quieter strip with a checkbox.

    ┌▌(P) 09:00           ↻ ⚠┐   the badge's letter reads without colour; the marks
    │▌ Panettone pre-orders   │   keep their place and the time is elided before them
    │▌ open for Christmas     │   the title, every line of it
    │▌ Order by 15 Dec, col…  │   the body, as many lines as the cell has room for
    │▌ Instagram · draft      │   a missed post says so here, in the alert colour
    ├┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┤
    │ ☐ Reply same day        │   done, pending or overdue; click the box
    │   answered 6 comments   │   the follow-up's note
    └─────────────────────────┘

The heights here are what the views lay their rows out by: :meth:`CardDelegate.sizeHint`
is a card with its whole title and no body; :meth:`CardDelegate.body_room` is what showing
the first lines of its body adds.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
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
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from planner.approval import Review
from planner.followups import FollowUpState
from planner.model import Post
from ui import texts
from ui.review_mark import SIZE as MARK_SIZE
from ui.review_mark import paint_review_mark
from ui.style import alert_colour, blend, card_background, muted_text, type_colour
from ui.text_lines import wrapped_lines
from ui.week_model import Role

MARGIN = 4  # around a card, inside its cell
MARK_ROOM = MARK_SIZE + 4  # the review mark and a gap before it
PADDING = 7  # inside a card
STRIPE = 5
BADGE = 20
RADIUS = 6
LINE_GAP = 2
BODY_LINES = 3  # at most, when the cell has room
FOLLOWUP_LINES = 2
CHECK = 16
FALLBACK_WIDTH = 150  # a cell's width when the view has none yet
ModelIndex = QModelIndex | QPersistentModelIndex


def line_step(metrics: QFontMetrics) -> int:
    return metrics.height() + LINE_GAP


def header_height(metrics: QFontMetrics, time_beside: bool = True) -> int:
    """The badge's line; and the time's own line below it when it does not fit beside."""
    return max(BADGE, metrics.height()) + (0 if time_beside else line_step(metrics))


def marks(post: Post, in_streak: bool) -> str:
    """What the header shows at its right: ⚠ in a run of promotional posts, ↻ repeating."""
    return " ".join((["⚠"] if in_streak else []) + (["↻"] if post.series_uid else []))


def time_beside(option: QStyleOptionViewItem, post: Post, in_streak: bool) -> bool:
    """Whether the time fits beside the badge (and the marks), in the regular weight at
    least; on a narrow card it takes its own line."""
    metrics = option.fontMetrics
    shown = marks(post, in_streak)
    room = text_width(cell_width(option)) - BADGE - 5
    room -= metrics.horizontalAdvance(shown + " ") if shown else 0
    return metrics.horizontalAdvance(texts.time_text(post)) <= room


def followup_height(metrics: QFontMetrics) -> int:
    return PADDING + FOLLOWUP_LINES * line_step(metrics)


FOOTER_LINES = 2  # at most: the channel and the status, a missed post's longer


def card_height(
    metrics: QFontMetrics,
    title_lines: int,
    body_lines: int = 0,
    with_followup: bool = False,
    footer_lines: int = 1,
    time_beside: bool = True,
) -> int:
    """A cell's height for a card with these many lines of title, body and footer."""
    lines = title_lines + body_lines + footer_lines
    height = 2 * MARGIN + 2 * PADDING + header_height(metrics, time_beside) + LINE_GAP
    height += lines * line_step(metrics)
    return height + (followup_height(metrics) if with_followup else 0)


def text_width(cell_width: int) -> int:
    """The width the card's lines have in a cell of ``cell_width``."""
    card = cell_width - 2 * MARGIN
    return max(card - STRIPE - PADDING + 2 - PADDING, 20)


def cell_width(option: QStyleOptionViewItem) -> int:
    """The cell's width; a list (the ideas) lays out before it gives one: its viewport."""
    if option.rect.width() > 0:
        return option.rect.width()
    view = option.widget
    if isinstance(view, QAbstractItemView):
        return view.viewport().width() or FALLBACK_WIDTH
    return FALLBACK_WIDTH


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


def checkbox_colours(pal: QPalette) -> tuple[QColor, QColor]:
    """The reply box's frame and fill: the frame close to the text colour, so the box reads
    on light and dark palettes alike (a style's own box fades on a dark one)."""
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    return blend(base, text, 0.8), base


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class CardDelegate(QStyledItemDelegate):
    followup_toggled = Signal(str)  # the post's uid: replies done <-> not done
    followup_edit_requested = Signal(str)  # the post's uid: open its follow-up

    # -- measures ------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """The card with its whole title; its body shows only in room the view gives."""
        post = index.data(Role.POST)
        if not isinstance(post, Post):
            return QSize(FALLBACK_WIDTH, 0)
        metrics = option.fontMetrics
        width = cell_width(option)
        title = wrapped_lines(post.title, option.font, text_width(width))
        footer = len(self._footer_lines(index, post, option))
        with_followup = index.data(Role.FOLLOWUP) is not None
        beside = time_beside(option, post, bool(index.data(Role.IN_STREAK)))
        height = card_height(metrics, len(title), 0, with_followup, footer, beside)
        return QSize(width, height)

    def body_room(self, option: QStyleOptionViewItem, index: ModelIndex) -> int:
        """The height the first lines of the post's body would add to the card."""
        post = index.data(Role.POST)
        if not isinstance(post, Post) or not post.body.strip():
            return 0
        lines = wrapped_lines(post.body, option.font, text_width(cell_width(option)))
        return min(len(lines), BODY_LINES) * line_step(option.fontMetrics)

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        post = index.data(Role.POST)
        if not isinstance(post, Post):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = card_rect(option)
        missed = bool(index.data(Role.MISSED))
        self._paint_frame(painter, card, post, missed, option)
        self._paint_badge(painter, card, post, option)
        state = index.data(Role.FOLLOWUP)
        footer_bottom = card.bottom() - (followup_height(option.fontMetrics) if state else 0)
        footer = self._footer_lines(index, post, option)
        footer_top = footer_bottom - PADDING - len(footer) * line_step(option.fontMetrics)
        in_streak = bool(index.data(Role.IN_STREAK))
        beside = time_beside(option, post, in_streak)
        self._paint_header(painter, card, post, in_streak, beside, option)
        self._paint_lines(painter, card, footer_top, post, beside, option)
        self._paint_footer(painter, card, footer_top, footer, post, missed, option)
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
        self,
        painter: QPainter,
        card: QRectF,
        post: Post,
        missed: bool,
        option: QStyleOptionViewItem,
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
        elif missed:  # by its shape too, not only by colour: a dashed frame
            pen = QPen(alert_colour(pal), 1.5, Qt.PenStyle.DashLine)
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

    def _paint_header(
        self,
        painter: QPainter,
        card: QRectF,
        post: Post,
        in_streak: bool,
        beside: bool,
        option: QStyleOptionViewItem,
    ) -> None:
        """Beside the badge the time, in bold (regular, if only that fits), or on its own
        line below on a narrow card; at the right, ↻ for a repeating post and ⚠ in a run
        of promotional posts. Nothing overlaps: the marks keep their room."""
        pal, metrics = option.palette, option.fontMetrics
        line = metrics.height()
        left = int(card.left()) + STRIPE + PADDING - 2
        right = int(card.right()) - PADDING
        top = int(card.top()) + PADDING + (max(BADGE, line) - line) // 2
        painter.setFont(option.font)
        shown = [("⚠", alert_colour(pal))] if in_streak else []
        shown += [("↻", muted_text(pal))] if post.series_uid else []
        for mark, colour in shown:
            advance = metrics.horizontalAdvance(mark)
            painter.setPen(colour)
            painter.drawText(QPointF(right - advance, top + metrics.ascent()), mark)
            right -= advance + metrics.horizontalAdvance(" ")
        time_left = left + BADGE + 5
        if not beside:
            time_left, right = left, int(card.right()) - PADDING
            top = int(card.top()) + PADDING + max(BADGE, line) + LINE_GAP
        room = max(right - time_left, 0)
        time = texts.time_text(post)
        font = QFont(option.font)
        font.setBold(QFontMetrics(_bold(font)).horizontalAdvance(time) <= room)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        elided = QFontMetrics(font).elidedText(time, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(time_left, top + QFontMetrics(font).ascent()), elided)

    def _paint_lines(
        self,
        painter: QPainter,
        card: QRectF,
        footer_top: float,
        post: Post,
        beside: bool,
        option: QStyleOptionViewItem,
    ) -> None:
        """The whole title; below it as many lines of the body as the card has room for,
        the last elided when more follow."""
        pal, metrics = option.palette, option.fontMetrics
        left = int(card.left()) + STRIPE + PADDING - 2
        width = text_width(option.rect.width())
        y = int(card.top()) + PADDING + header_height(metrics, beside) + LINE_GAP
        painter.setFont(option.font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        for text in wrapped_lines(post.title, option.font, width):
            painter.drawText(QPointF(left, y + metrics.ascent()), text)
            y += line_step(metrics)
        room = (int(footer_top) + LINE_GAP - y) // line_step(metrics)
        if room <= 0 or not post.body.strip():
            return
        painter.setPen(muted_text(pal))
        for text in wrapped_lines(post.body, option.font, width, min(room, BODY_LINES)):
            painter.drawText(QPointF(left, y + metrics.ascent()), text)
            y += line_step(metrics)

    @staticmethod
    def _footer_font(option: QStyleOptionViewItem, missed: bool) -> QFont:
        font = QFont(option.font)
        font.setBold(missed)
        return font

    def _footer_lines(
        self, index: ModelIndex, post: Post, option: QStyleOptionViewItem
    ) -> list[str]:
        """The channel and the status; for a missed post, that its time has passed."""
        missed = bool(index.data(Role.MISSED))
        status = texts.missed_status(post.status) if missed else texts.status_name(post.status)
        text = f"{index.data(Role.CHANNEL_NAME)} · {status}"
        # The client's review mark stands at the footer's right: the words keep clear of it.
        width = text_width(cell_width(option)) - (0 if post.review is Review.NONE else MARK_ROOM)
        font = self._footer_font(option, missed)
        return wrapped_lines(text, font, width, FOOTER_LINES, anywhere=False)

    def _paint_footer(
        self,
        painter: QPainter,
        card: QRectF,
        footer_top: float,
        lines: list[str],
        post: Post,
        missed: bool,
        option: QStyleOptionViewItem,
    ) -> None:
        """Quieter than the title; a missed post's in the alert colour, in bold; at the
        right of its first line, the mark of the client's review (if the post was sent)."""
        pal, metrics = option.palette, option.fontMetrics
        left = int(card.left()) + STRIPE + PADDING - 2
        first_line = QRectF(left, footer_top, card.right() - PADDING - left, metrics.height())
        paint_review_mark(painter, first_line, post.review, pal)
        painter.setFont(self._footer_font(option, missed))
        painter.setPen(alert_colour(pal) if missed else muted_text(pal))
        y = int(footer_top)
        for line in lines:
            painter.drawText(QPointF(left, y + metrics.ascent()), line)
            y += line_step(metrics)

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
        box = checkbox_rect(option)
        self._paint_checkbox(painter, QRectF(box), state is FollowUpState.DONE, pal)

        metrics = option.fontMetrics
        line = metrics.height()
        left = box.right() + 6
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
            note_width = int(strip.right()) - PADDING - box.left()
            note = QFontMetrics(note_font).elidedText(
                " · ".join(logged), Qt.TextElideMode.ElideRight, note_width
            )
            painter.drawText(
                QRect(box.left(), top + line + LINE_GAP, note_width, line), align, note
            )

    def _paint_checkbox(self, painter: QPainter, box: QRectF, checked: bool, pal: QPalette) -> None:
        frame, fill = checkbox_colours(pal)
        inner = box.adjusted(1, 1, -1, -1)
        painter.setPen(QPen(frame, 1.5))
        painter.setBrush(frame if checked else fill)
        painter.drawRoundedRect(inner, 3, 3)
        if checked:
            tick = QPen(fill, 2)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(tick)
            left, top, size = inner.left(), inner.top(), inner.width()
            painter.drawPolyline(
                [
                    QPointF(left + size * 0.22, top + size * 0.52),
                    QPointF(left + size * 0.42, top + size * 0.72),
                    QPointF(left + size * 0.78, top + size * 0.3),
                ]
            )
