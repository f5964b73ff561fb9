"""What the week and the month tables share: days as equal columns, drawn by a delegate,
without a grid, row numbers or clickable headers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QHeaderView, QTableView, QWidget


def set_up_day_grid(
    table: QTableView, delegate: QAbstractItemDelegate, min_day_width: int
) -> QHeaderView:
    """Set ``table`` up as a grid of days; returns its header of day names."""
    # A viewport made here rather than by Qt: wrapping a Qt-made QWidget makes PySide look
    # through every widget class, which costs the start-up about 30 ms.
    table.setViewport(QWidget())
    table.setItemDelegate(delegate)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setCornerButtonEnabled(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    header.setSectionsClickable(False)
    header.setMinimumSectionSize(min_day_width)
    return header
