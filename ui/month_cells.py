"""Painting a month's cells, on screen (the month view) and on paper (the month picture):
a day with its number, its holidays and dates, and its posts as compact lines; a week with
its number and its mix as a thin P/V/C strip, marked ⚠ when promotion is over the limit.

    ┌ 8  Immaculate Concep… ┐   the day's number, then its holidays and dates
    │▌09:00 P Autumn sale   │   one line per post: time, type letter, title
    │▌      V Tip: storing… │
    │ +3 more               │   when the day has no room for the rest
    └───────────────────────┘

Both callers hand in an :class:`Ink` (their colours and font); the layout is the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from planner.mix import Code, MixReport
from planner.model import ContentType, Post
from ui import texts
from ui.style import blend, type_colour

translate = QCoreApplication.translate

PAD = 3.0
STRIPE = 3.0
TITLE_CHARACTERS = 8  # the least of a title worth its line; less, and the time makes way


@dataclass(frozen=True)
class Ink:
    """The colours and font a month is painted with."""

    font: QFont
    text: QColor
    quiet: QColor  # numbers, days outside the month, "+3 more"
    holiday: QColor  # holiday and date names
    base: QColor  # what the cells stand on
    today: QColor  # today's cell
    rule: QColor  # lines between cells


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).height() + 2


def head_height(font: QFont, names: Sequence[str]) -> float:
    """The day's number line (with the first name beside it)."""
    return line_height(font) + (line_height(font) if len(names) > 1 else 0)


def post_top(cell: QRectF, font: QFont, names: Sequence[str]) -> float:
    return cell.top() + PAD + head_height(font, names)


def lines_that_fit(cell: QRectF, font: QFont, names: Sequence[str], count: int) -> int:
    """How many posts the cell shows as lines; the last line says "+N more" if not all."""
    room = int((cell.bottom() - PAD - post_top(cell, font, names)) // line_height(font))
    return count if count <= room else max(room - 1, 0)


def post_index_at(cell: QRectF, font: QFont, names: Sequence[str], count: int, y: float) -> int:
    """The post whose line is at height ``y`` in the cell, or -1."""
    top = post_top(cell, font, names)
    if y < top:
        return -1
    index = int((y - top) // line_height(font))
    return index if index < lines_that_fit(cell, font, names, count) else -1


def more_at(cell: QRectF, font: QFont, names: Sequence[str], count: int, y: float) -> bool:
    """Whether ``y`` is on the day's "+3 more" line (a double-click there opens the week)."""
    shown = lines_that_fit(cell, font, names, count)
    if shown >= count:
        return False
    top = post_top(cell, font, names) + shown * line_height(font)
    return top <= y < top + line_height(font)


def in_head(cell: QRectF, font: QFont, names: Sequence[str], y: float) -> bool:
    """Whether ``y`` is on the day's number line (a double-click there opens the week)."""
    return y < cell.top() + PAD + head_height(font, names)


def paint_day(
    painter: QPainter,
    cell: QRectF,
    ink: Ink,
    day: dt.date,
    posts: Sequence[Post],
    names: Sequence[str],
    *,
    in_month: bool,
    today: bool,
    selected_uid: str | None = None,
    highlight: QColor | None = None,
) -> None:
    painter.save()
    painter.fillRect(cell, ink.today if today else ink.base)
    painter.setPen(QPen(ink.rule, 1))
    painter.drawRect(cell)
    font = QFont(ink.font)
    metrics = QFontMetricsF(font)
    line = line_height(font)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(ink.text if in_month else ink.quiet)
    number = QRectF(cell.left() + PAD, cell.top() + PAD, cell.width() - 2 * PAD, line)
    painter.drawText(
        number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
    )
    if names:
        painter.setFont(font)
        painter.setPen(ink.holiday)
        indent = QFontMetricsF(bold).horizontalAdvance(f"{day.day}  ")
        first = number.adjusted(indent, 0, 0, 0)
        rest = " · ".join(names)
        shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, first.width())
        if len(names) > 1:  # a second line for the rest
            shown = metrics.elidedText(names[0], Qt.TextElideMode.ElideRight, first.width())
            second = QRectF(number.left(), number.bottom(), number.width(), line)
            more = metrics.elidedText(
                " · ".join(names[1:]), Qt.TextElideMode.ElideRight, second.width()
            )
            painter.drawText(
                second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more
            )
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.setFont(font)
    shown_count = lines_that_fit(cell, font, names, len(posts))
    top = post_top(cell, font, names)
    for index, post in enumerate(posts[:shown_count]):
        row = QRectF(cell.left() + 1, top + index * line, cell.width() - 2, line)
        _post_line(painter, row, ink, post, metrics, post.uid == selected_uid, highlight)
    if shown_count < len(posts):
        painter.setPen(ink.quiet)
        hidden = len(posts) - shown_count
        more = translate("MonthView", "+%n more", "", hidden)
        row = QRectF(cell.left() + PAD, top + shown_count * line, cell.width() - 2 * PAD, line)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
    painter.restore()


def _post_line(
    painter: QPainter,
    row: QRectF,
    ink: Ink,
    post: Post,
    metrics: QFontMetricsF,
    selected: bool,
    highlight: QColor | None,
) -> None:
    colour = type_colour(post.content_type)
    painter.fillRect(row, blend(ink.base, colour, 0.14))
    painter.fillRect(QRectF(row.left(), row.top(), STRIPE, row.height()), colour)
    if selected and highlight is not None:
        painter.setPen(QPen(highlight, 2))
        painter.drawRect(row.adjusted(1, 1, -1, -1))
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    left = row.left() + STRIPE + PAD
    time_width = metrics.horizontalAdvance("00:00 ")
    title_room = row.right() - PAD - (left + time_width + metrics.height() + PAD)
    if title_room < TITLE_CHARACTERS * metrics.averageCharWidth():
        time_width = 0.0  # a narrow day shows the titles; the time is in the week and the tip
    elif post.time:
        painter.setPen(ink.quiet)
        painter.drawText(
            QRectF(left, row.top(), time_width, row.height()), align, texts.clock_time(post.time)
        )
    letter_rect = QRectF(left + time_width, row.top(), metrics.height(), row.height())
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(colour)
    painter.drawText(
        letter_rect, Qt.AlignmentFlag.AlignCenter, texts.type_letter(post.content_type)
    )
    painter.restore()
    title_left = letter_rect.right() + PAD
    width = row.right() - PAD - title_left
    painter.setPen(ink.text)
    title = metrics.elidedText(post.title.replace("\n", " "), Qt.TextElideMode.ElideRight, width)
    painter.drawText(QRectF(title_left, row.top(), width, row.height()), align, title)


def paint_week(painter: QPainter, cell: QRectF, ink: Ink, number: int, report: MixReport) -> None:
    """The week's number, and its mix as a vertical P/V/C strip, ⚠ when over the limit."""
    painter.save()
    painter.fillRect(cell, ink.base)
    painter.setPen(QPen(ink.rule, 1))
    painter.drawRect(cell)
    font = QFont(ink.font)
    line = line_height(font)
    painter.setFont(font)
    painter.setPen(ink.quiet)
    head = QRectF(cell.left(), cell.top() + PAD, cell.width(), line)
    painter.drawText(head, Qt.AlignmentFlag.AlignCenter, str(number))
    strip = QRectF(
        cell.center().x() - 4, head.bottom() + PAD, 8, cell.height() - line * 2.5 - 3 * PAD
    )
    painter.setPen(QPen(ink.rule, 1))
    painter.drawRect(strip)
    if report.total:
        top = strip.top()
        for kind in ContentType:
            height = strip.height() * float(report.share(kind))
            painter.fillRect(QRectF(strip.left(), top, strip.width(), height), type_colour(kind))
            top += height
    if any(w.code == Code.PROMO_SHARE_HIGH for w in report.warnings):
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(type_colour(ContentType.PROMOTIONAL))
        mark = QRectF(cell.left(), strip.bottom() + PAD, cell.width(), line)
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "⚠")
    painter.restore()


def week_summary(number: int, report: MixReport) -> str:
    """The week cell in words, for its tooltip and screen readers."""
    total = report.total
    text = translate("MonthView", "Week {number}: %n posts", "", total).format(number=number)
    shares = ", ".join(
        f"{texts.type_name(kind)} {texts.percent_text(report.share(kind))}" for kind in ContentType
    )
    text += f" ({shares})" if report.total else ""
    if any(w.code == Code.PROMO_SHARE_HIGH for w in report.warnings):
        text += " · " + translate("MonthView", "too much promotion")
    return text
