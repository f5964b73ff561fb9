"""Weeks on paper (PDF or printer): one landscape page per week, the grid and the mix the
window shows, readable in black and white (every card carries its type letter).

The page is drawn in a fixed logical size and scaled to the device, so the PDF writer and
a printer at any resolution give the same layout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from planner import followups
from planner.approval import Review
from planner.files import write_bytes
from planner.mix import MixReport, WeekMix
from planner.model import Channel, ContentType, Post
from planner.special_days import NamesOf
from planner.store import Plan
from planner.weeks import Week
from ui import texts
from ui.style import blend, type_colour
from ui.text_lines import wrapped_lines

translate = QCoreApplication.translate

PAGE_WIDTH, PAGE_HEIGHT = 1600.0, 1131.0  # A4 landscape, in logical units
HEADER, FOOTER = 84.0, 36.0
PANEL = 330.0  # the mix summary, right of the grid
GAP = 8.0
INK, QUIET, RULE, PAPER = QColor("#111111"), QColor("#555555"), QColor("#BBBBBB"), QColor("white")


class WeekPrinter:
    def __init__(self, plan: Plan, now: dt.datetime, names: NamesOf | None = None) -> None:
        self.plan = plan
        self.now = now
        self.names = names  # the days' holidays and the plan's own dates
        self.name = plan.settings().name
        self.zone = plan.settings().time_zone
        self.channels: dict[int, Channel] = plan.channel_map()

    def print(self, device: QPagedPaintDevice, weeks: Sequence[Week]) -> int:
        """Draw one page per week on ``device``; returns the number of pages."""
        device.setPageOrientation(QPageLayout.Orientation.Landscape)
        device.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
        pages = [self.plan.week_mix(week, self.now) for week in weeks]
        painter = QPainter(device)
        try:
            area = painter.viewport()  # the printable part of the page, in device pixels
            scale = min(area.width() / PAGE_WIDTH, area.height() / PAGE_HEIGHT)
            for number, sheet in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                self.page(painter, sheet, number, len(pages))
                painter.restore()
        finally:
            painter.end()
        return len(pages)

    # -- one page ------------------------------------------------------------------------

    def page(self, painter: QPainter, sheet: WeekMix, number: int, count: int) -> None:
        """One week's page, in logical units (``PAGE_WIDTH`` by ``PAGE_HEIGHT``)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._header(painter, sheet.week)
        grid = QRectF(0, HEADER, PAGE_WIDTH - PANEL - GAP * 2, PAGE_HEIGHT - HEADER - FOOTER)
        self._grid(painter, grid, sheet)
        panel = QRectF(grid.right() + GAP * 2, HEADER, PANEL, grid.height())
        self._mix(painter, panel, sheet.report)
        footer = QRectF(0, PAGE_HEIGHT - FOOTER + 10, PAGE_WIDTH, FOOTER - 10)
        painter.setFont(pixel_font(15))
        painter.setPen(QUIET)
        painter.drawText(
            footer, Qt.AlignmentFlag.AlignLeft, translate("WeekPrinter", "Content Planner")
        )
        page = translate("WeekPrinter", "Page {number} of {count}").format(
            number=number, count=count
        )
        painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter, page)
        zone = translate("WeekPrinter", "Times in {zone}").format(zone=self.zone)
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight, zone)

    def _header(self, painter: QPainter, week: Week) -> None:
        painter.setPen(INK)
        painter.setFont(pixel_font(30, bold=True))
        painter.drawText(QRectF(0, 0, PAGE_WIDTH / 2, 44), Qt.AlignmentFlag.AlignLeft, self.name)
        painter.setFont(pixel_font(24))
        painter.drawText(
            QRectF(PAGE_WIDTH / 2, 4, PAGE_WIDTH / 2, 40),
            Qt.AlignmentFlag.AlignRight,
            texts.week_title(week),
        )
        painter.setPen(QPen(INK, 2))
        painter.drawLine(0, 56, int(PAGE_WIDTH), 56)

    def _grid(self, painter: QPainter, area: QRectF, sheet: WeekMix) -> None:
        width = area.width() / 7
        week = sheet.week
        names = self.names(week.start, week.end) if self.names else {}
        by_day: list[list[Post]] = [[] for _ in range(7)]
        for post in sheet.posts:
            if post.date is not None:
                by_day[(post.date - sheet.week.start).days].append(post)
        for column, day in enumerate(sheet.week.days):
            cell = QRectF(area.left() + column * width, area.top(), width, area.height())
            painter.setPen(QPen(RULE, 1))
            painter.drawRect(cell)
            painter.setFont(pixel_font(17, bold=True))
            painter.setPen(INK)
            head = QRectF(cell.left(), cell.top(), cell.width(), 34)
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, texts.short_day(day))
            if day in names:  # the holiday or date under the day's name, in a line of its own
                painter.setFont(pixel_font(14))
                painter.setPen(QUIET)
                line = QRectF(cell.left() + 4, head.bottom(), cell.width() - 8, 22)
                text = QFontMetricsF(pixel_font(14)).elidedText(
                    " · ".join(names[day]), Qt.TextElideMode.ElideRight, line.width()
                )
                painter.drawText(line, Qt.AlignmentFlag.AlignCenter, text)
                head = head.adjusted(0, 0, 0, 22)
            painter.setPen(QPen(RULE, 1))
            painter.drawLine(head.bottomLeft(), head.bottomRight())
            body = cell.adjusted(6, head.height() + 6, -6, -6)
            self._cards(painter, body, by_day[column])

    def _cards(self, painter: QPainter, area: QRectF, posts: Sequence[Post]) -> None:
        # Titles get up to three lines, fewer when a busy day would not fit otherwise.
        title_lines = 3
        text_width = int(area.width()) - 20
        while (
            title_lines > 1
            and sum(self._height(p, title_lines, text_width) for p in posts) + GAP * len(posts)
            > area.height()
        ):
            title_lines -= 1
        top = area.top()
        for index, post in enumerate(posts):
            height = self._height(post, title_lines, text_width)
            if top + height > area.bottom():
                rest = len(posts) - index
                painter.setFont(pixel_font(15, bold=True))
                painter.setPen(INK)
                more = translate("WeekPrinter", "+ %n more", "", rest)
                painter.drawText(QRectF(area.left(), top, area.width(), 24), more)
                return
            self._card(painter, QRectF(area.left(), top, area.width(), height), post, title_lines)
            top += height + GAP

    def _height(self, post: Post, title_lines: int, width: int) -> float:
        font = pixel_font(15)
        line = QFontMetricsF(font).height()
        lines = len(wrapped_lines(post.title, font, width, title_lines))
        followup = line + 4 if post.has_followup else 0
        review = line if post.review is not Review.NONE else 0
        return 12 + 24 + lines * line + line + review + followup + 8

    def _card(self, painter: QPainter, rect: QRectF, post: Post, title_lines: int) -> None:
        colour = type_colour(post.content_type)
        shape = QPainterPath()
        shape.addRoundedRect(rect, 6, 6)
        painter.fillPath(shape, blend(PAPER, colour, 0.10))
        stripe = QPainterPath()
        stripe.addRect(QRectF(rect.left(), rect.top(), 6, rect.height()))
        painter.fillPath(shape.intersected(stripe), colour)
        painter.setPen(QPen(RULE, 1))
        painter.drawPath(shape)

        left = rect.left() + 12
        width = rect.right() - 8 - left
        badge = QRectF(left, rect.top() + 8, 26, 26)
        painter.setPen(QPen(INK, 1.2))
        painter.setBrush(colour)
        painter.drawEllipse(badge)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(pixel_font(16, bold=True))
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, texts.type_letter(post.content_type))
        painter.setPen(INK)
        when = QRectF(badge.right() + 8, badge.top(), width - 34, 26)
        painter.drawText(when, Qt.AlignmentFlag.AlignVCenter, texts.time_text(post))

        font = pixel_font(15)
        line = QFontMetricsF(font).height()
        painter.setFont(font)
        y = badge.bottom() + 4
        for text in wrapped_lines(post.title, font, int(width), title_lines):
            painter.drawText(QRectF(left, y, width, line), Qt.AlignmentFlag.AlignLeft, text)
            y += line
        painter.setPen(QUIET)
        channel = self.channels.get(post.channel_id)
        footer = f"{channel.name if channel else ''} · {texts.status_name(post.status)}"
        metrics = QFontMetricsF(font)
        elided = metrics.elidedText(footer, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(left, y, width, line), Qt.AlignmentFlag.AlignLeft, elided)
        if post.review is not Review.NONE:  # the client's review, in words, on its own line
            y += line
            review = metrics.elidedText(
                texts.review_name(post.review), Qt.TextElideMode.ElideRight, width
            )
            italic = pixel_font(15)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.drawText(QRectF(left, y, width, line), Qt.AlignmentFlag.AlignLeft, review)
            painter.setFont(font)
        state = followups.state(post, self.now)
        if state is not None:
            y += line + 4
            mark = "☑ " if state is followups.FollowUpState.DONE else "☐ "
            hours = channel.reply_hours if channel else None
            text = metrics.elidedText(
                mark + texts.followup_text(state, hours), Qt.TextElideMode.ElideRight, width
            )
            painter.setPen(INK)
            painter.drawText(QRectF(left, y, width, line), Qt.AlignmentFlag.AlignLeft, text)

    def _mix(self, painter: QPainter, area: QRectF, report: MixReport) -> None:
        painter.setPen(INK)
        painter.setFont(pixel_font(22, bold=True))
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), 32),
            translate("WeekPrinter", "Content mix"),
        )
        bar = QRectF(area.left(), area.top() + 44, area.width(), 34)
        painter.setPen(QPen(INK, 1))
        painter.drawRect(bar)
        left = bar.left()
        painter.setFont(pixel_font(16, bold=True))
        for content_type in ContentType:
            share = float(report.share(content_type))
            if share <= 0:
                continue
            segment = QRectF(left, bar.top(), bar.width() * share, bar.height())
            painter.fillRect(segment, type_colour(content_type))
            painter.setPen(QColor("white"))
            if segment.width() > 24:
                painter.drawText(
                    segment, Qt.AlignmentFlag.AlignCenter, texts.type_letter(content_type)
                )
            left = segment.right()
        limit_x = bar.left() + bar.width() * float(report.rule.limit)
        painter.setPen(QPen(INK, 3))
        painter.drawLine(int(limit_x), int(bar.top()) - 6, int(limit_x), int(bar.bottom()) + 6)

        y = bar.bottom() + 16
        painter.setFont(pixel_font(16))
        for content_type in ContentType:
            painter.setPen(INK)
            line = QRectF(area.left(), y, area.width(), 26)
            name = f"{texts.type_letter(content_type)}  {texts.type_name(content_type)}"
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, name)
            percent = texts.percent_text(report.share(content_type))
            figures = f"{report.counts[content_type]}   {percent}"
            painter.drawText(line, Qt.AlignmentFlag.AlignRight, figures)
            y += 28
        rule = translate("WeekPrinter", "{rule}: at most {limit} promotional.").format(
            rule=texts.rule_name(report.rule.id), limit=texts.percent_text(report.rule.limit)
        )
        y = self._paragraph(painter, area, y + 6, rule, QUIET)
        for row in report.cadence:
            target = row.target
            text = translate("WeekPrinter", "{channel}: {count} of %n posts", "", target)
            text = text.format(channel=row.channel, count=row.count)
            y = self._paragraph(painter, area, y, text, QUIET)
        if not report.warnings:
            text = translate("WeekPrinter", "No warnings: a balanced week.")
            self._paragraph(painter, area, y + 8, text, INK)
        for warning in report.warnings:
            y = self._paragraph(painter, area, y + 8, "⚠ " + texts.warning_text(warning), INK)

    def _paragraph(
        self, painter: QPainter, area: QRectF, top: float, text: str, colour: QColor
    ) -> float:
        painter.setPen(colour)
        painter.setFont(pixel_font(15))
        box = QRectF(area.left(), top, area.width(), area.bottom() - top)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(box, flags, text)
        painter.drawText(box, flags, text)
        return used.bottom() + 4


def pixel_font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def write_pdf(
    plan: Plan, weeks: Sequence[Week], path: Path, now: dt.datetime, names: NamesOf | None = None
) -> int:
    """The weeks as a PDF at ``path``; returns the pages."""
    title = f"{plan.settings().name}: {texts.week_title(weeks[0])}"
    printer = WeekPrinter(plan, now, names)
    return write_pdf_pages(path, title, plan.sources, lambda writer: printer.print(writer, weeks))


def write_pdf_pages(
    path: Path, title: str, sources: Iterable[Path], print_pages: Callable[[QPdfWriter], int]
) -> int:
    """What ``print_pages`` draws, as an A4 PDF at ``path``; returns the pages. The PDF is
    made in memory and written through :mod:`planner.files`: a failed write (a full disk)
    raises, leaving the earlier file, and the plan itself (in ``sources``) is never written
    over."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Content Planner")
    pages = print_pages(writer)
    del writer  # the PDF is complete once the writer is gone
    write_bytes(path, bytes(buffer.data().data()), sources)
    return pages
