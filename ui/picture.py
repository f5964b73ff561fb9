"""A week or a month as a picture (PNG) to paste in a chat with a client: the week as its
PDF page shows it, the month as the month view shows it, on white, at a readable size."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPainter, QPen

from planner.files import write_bytes
from planner.months import Month
from planner.special_days import NamesOf
from planner.store import Plan
from planner.weeks import week_containing
from ui import month_cells, texts
from ui.month_cells import Ink
from ui.week_print import INK, PAGE_HEIGHT, PAGE_WIDTH, PAPER, QUIET, RULE, WeekPrinter

translate = QCoreApplication.translate
SCALE = 1.25  # 2000 x 1414 pixels: sharp in a chat, small enough to send
HEADER = 70.0


def write_png(
    plan: Plan, view: str, day: dt.date, path: Path, now: dt.datetime, names: NamesOf
) -> int:
    """The week (``view`` "week") or month ("month") holding ``day`` as a PNG at ``path``,
    written whole or not at all; returns the posts it shows."""
    image = QImage(int(PAGE_WIDTH * SCALE), int(PAGE_HEIGHT * SCALE), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    try:
        painter.scale(SCALE, SCALE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        week_start = plan.settings().week_start
        if view == "month":
            shown = _month(painter, plan, Month.containing(day), now, names)
        else:
            printer = WeekPrinter(plan, now, names)
            sheet = plan.week_mix(week_containing(day, week_start), now)
            printer.page(painter, sheet, 1, 1)
            shown = len(sheet.posts)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImage.save(buffer, b"PNG") is refused by PySide6 6.11 (it wants a str its stubs
    # refuse): the writer takes the format as bytes on both counts.
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    write_bytes(path, bytes(buffer.data().data()), plan.sources)
    return shown


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _month(painter: QPainter, plan: Plan, month: Month, now: dt.datetime, names: NamesOf) -> int:
    settings = plan.settings()
    weeks = plan.weeks_mix(month.weeks(settings.week_start), now)
    days = names(weeks[0].week.start, weeks[-1].week.end)
    painter.setPen(INK)
    painter.setFont(_font(30, bold=True))
    painter.drawText(QRectF(0, 0, PAGE_WIDTH / 2, 44), Qt.AlignmentFlag.AlignLeft, settings.name)
    painter.setFont(_font(24))
    title = texts.month_title(month.year, month.month)
    painter.drawText(
        QRectF(PAGE_WIDTH / 2, 4, PAGE_WIDTH / 2, 40), Qt.AlignmentFlag.AlignRight, title
    )
    painter.setPen(QPen(INK, 2))
    painter.drawLine(0, 56, int(PAGE_WIDTH), 56)
    ink = Ink(
        font=_font(15),
        text=INK,
        quiet=QUIET,
        holiday=QColor("#1F5FA8"),
        base=PAPER,
        today=PAPER,
        rule=RULE,
    )
    head = 30.0
    week_width = 46.0
    width = (PAGE_WIDTH - week_width) / 7
    height = (PAGE_HEIGHT - HEADER - head - 10) / len(weeks)
    painter.setFont(_font(16, bold=True))
    painter.setPen(INK)
    for column, day in enumerate(weeks[0].week.days):
        cell = QRectF(week_width + column * width, HEADER, width, head)
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, texts.weekday_name(day))
    for row, shown in enumerate(weeks):
        top = HEADER + head + row * height
        month_cells.paint_week(
            painter, QRectF(0, top, week_width, height), ink, shown.week.number, shown.report
        )
        by_day = {d: [p for p in shown.posts if p.date == d] for d in shown.week.days}
        for column, day in enumerate(shown.week.days):
            cell = QRectF(week_width + column * width, top, width, height)
            month_cells.paint_day(
                painter,
                cell,
                ink,
                day,
                by_day[day],
                days.get(day, ()),
                in_month=day in month,
                today=False,
            )
    return sum(1 for shown in weeks for post in shown.posts if post.date in month)
