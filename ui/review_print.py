"""The review pack on paper: the posts of a range, day by day, each with its whole
caption and two boxes to tick (approve / change) and room for a comment; in the client's
language, readable in black and white.

Pages are A4 portrait, drawn in a fixed logical size and scaled to the device. The posts
are laid out first (a long caption runs on to the next page, line by line), then painted,
so every page can say "Page 2 of 5".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextLayout,
)

from planner.model import Post
from planner.review_pack import Pack, day_word, time_word, type_word
from ui.style import type_colour
from ui.week_print import INK, QUIET, RULE, pixel_font, write_pdf_pages

PAGE_WIDTH, PAGE_HEIGHT = 1131.0, 1600.0  # A4 portrait, in logical units
HEADER, FOOTER = 70.0, 40.0
BOX = 22.0  # a box to tick
COMMENT_LINES = 2
Paint = Callable[[QPainter, float], None]  # draws a piece with its top at the given y


@dataclass(frozen=True)
class Piece:
    height: float
    paint: Paint
    keep_with_next: float = 0.0  # room the next pieces need on the same page


def text_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken into lines of ``width`` (its own line breaks kept)."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        found = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            found.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        lines += [part.rstrip() for part in found] or [""]
    return lines


class PackPrinter:
    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.width = PAGE_WIDTH
        self.words = pack.words

    def print(self, device: QPagedPaintDevice) -> int:
        """Draw the pack on ``device``; returns the number of pages."""
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
        device.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        pages = self._pages(self._pieces())
        painter = QPainter(device)
        try:
            area = painter.viewport()
            scale = min(area.width() / PAGE_WIDTH, area.height() / PAGE_HEIGHT)
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._frame(painter, number, len(pages))
                for piece, top in page:
                    piece.paint(painter, top)
                painter.restore()
        finally:
            painter.end()
        return len(pages)

    # -- layout --------------------------------------------------------------------------

    def _pages(self, pieces: list[Piece]) -> list[list[tuple[Piece, float]]]:
        pages: list[list[tuple[Piece, float]]] = [[]]
        bottom = PAGE_HEIGHT - FOOTER
        top = HEADER
        for piece in pieces:
            needed = piece.height + piece.keep_with_next
            if pages[-1] and top + min(needed, bottom - HEADER) > bottom:
                pages.append([])
                top = HEADER
            pages[-1].append((piece, top))
            top += piece.height
        return pages

    def _pieces(self) -> list[Piece]:
        pieces = [self._help()]
        day = None
        for post in self.pack.posts:
            if post.date != day:
                day = post.date
                pieces.append(self._day(post))
            pieces += self._post(post)
        return pieces

    def _help(self) -> Piece:
        font = pixel_font(17)
        lines = text_lines(self.words["print_help"], font, self.width)
        line = QFontMetricsF(font).height()

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            painter.setPen(QUIET)
            for number, text in enumerate(lines):
                painter.drawText(QRectF(0, top + number * line, self.width, line), text)

        return Piece(len(lines) * line + 12, paint)

    def _day(self, post: Post) -> Piece:
        assert post.date is not None
        text = day_word(post.date, self.pack.language)

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(pixel_font(22, bold=True))
            painter.setPen(INK)
            painter.drawText(QRectF(0, top + 14, self.width, 30), text)
            painter.setPen(QPen(INK, 1.5))
            painter.drawLine(0, int(top + 48), int(self.width), int(top + 48))

        return Piece(56, paint, keep_with_next=200)

    def _post(self, post: Post) -> list[Piece]:
        """A post: its boxes, what and where, the title, every line of the caption, and
        ruled lines for a comment."""
        indent = 40.0
        width = self.width - indent
        title_font, body_font = pixel_font(18, bold=True), pixel_font(17)
        title_lines = text_lines(post.title, title_font, width)
        body_lines = text_lines(post.body, body_font, width) if post.body.strip() else []
        title_line = QFontMetricsF(title_font).height()
        body_line = QFontMetricsF(body_font).height()
        meta = " · ".join(
            (
                time_word(post, self.pack.language),
                self.pack.channel_name(post),
                type_word(post.content_type, self.pack.language),
            )
        )

        def head(painter: QPainter, top: float) -> None:
            y = top + 14
            self._boxes(painter, y)
            painter.setFont(pixel_font(16))
            painter.setPen(QUIET)
            painter.drawText(QRectF(indent, y + BOX + 8, width, 24), meta)
            badge = QRectF(0, y + BOX + 8, 26, 26)
            painter.setPen(QPen(INK, 1.2))
            painter.setBrush(type_colour(post.content_type))
            painter.drawEllipse(badge)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor("white"))
            painter.setFont(pixel_font(15, bold=True))
            letter = type_word(post.content_type, self.pack.language)[:1]
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, letter)
            painter.setFont(title_font)
            painter.setPen(INK)
            y += BOX + 40
            for text in title_lines:
                painter.drawText(QRectF(indent, y, width, title_line), text)
                y += title_line

        head_height = 14 + BOX + 40 + len(title_lines) * title_line + 4
        pieces = [Piece(head_height, head, keep_with_next=min(3, len(body_lines)) * body_line)]
        for text in body_lines:
            pieces.append(Piece(body_line, self._body_line(text, body_font, indent, width)))
        pieces.append(Piece(24 + COMMENT_LINES * 34 + 10, self._comment_space(indent, width)))
        return pieces

    def _body_line(self, text: str, font: QFont, indent: float, width: float) -> Paint:
        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(QRectF(indent, top, width, QFontMetricsF(font).height()), text)

        return paint

    def _comment_space(self, indent: float, width: float) -> Paint:
        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(pixel_font(15))
            painter.setPen(QUIET)
            painter.drawText(QRectF(indent, top + 8, width, 22), self.words["comment"] + ":")
            painter.setPen(QPen(RULE, 1))
            for number in range(1, COMMENT_LINES + 1):
                y = int(top + 8 + number * 34)
                painter.drawLine(int(indent), y, int(self.width), y)

        return paint

    def _boxes(self, painter: QPainter, y: float) -> None:
        """☐ Approve   ☐ Change, as boxes a pen can tick."""
        x = 0.0
        painter.setFont(pixel_font(18, bold=True))
        for word in (self.words["approve"], self.words["change"]):
            painter.setPen(QPen(INK, 2))
            painter.drawRect(QRectF(x, y, BOX, BOX))
            label = word[:1].upper() + word[1:]
            painter.drawText(QRectF(x + BOX + 10, y - 2, 200, BOX + 4), label)
            x += BOX + 10 + QFontMetricsF(painter.font()).horizontalAdvance(label) + 48

    def _frame(self, painter: QPainter, number: int, count: int) -> None:
        painter.setPen(INK)
        painter.setFont(pixel_font(24, bold=True))
        painter.drawText(QRectF(0, 0, PAGE_WIDTH, 36), self.pack.title)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(0, 46, int(PAGE_WIDTH), 46)
        painter.setFont(pixel_font(14))
        painter.setPen(QUIET)
        footer = QRectF(0, PAGE_HEIGHT - FOOTER + 14, PAGE_WIDTH, FOOTER - 14)
        page = self.words["page"].format(number=number, count=count)
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight, page)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft, "Content Planner")


def write_pack_pdf(pack: Pack, path: Path) -> int:
    """The pack as a PDF at ``path``; returns the pages. Made as the week's PDF: a failed
    write leaves the earlier file."""
    return write_pdf_pages(path, pack.title, pack.sources, PackPrinter(pack).print)
