"""Names the dead-code check (vulture, run by .ci/run) cannot see used.

Vulture only reads this file. Qt calls the virtual methods our classes override;
build.spec (not a .py file) calls the Windows version text.
"""
# ruff: noqa

_ = object

# build.spec
_.version_text

# Qt's virtual methods (CardDelegate, SvgIconEngine, IdeasModel, IdeasFilter, MainWindow,
# MixBar, MixPanel, ReviewChart, WeekModel, WeekView, DayClicks, WeekFlip, MonthView), called
# by Qt.
_.sizeHint
_.paint
_.editorEvent
_.clone
_.mimeTypes
_.supportedDragActions
_.supportedDropActions
_.filterAcceptsRow
_.eventFilter
_.resizeEvent
_.closeEvent
_.columnCount
_.headerData
_.moveCursor
_.startDrag
_.dragEnterEvent
_.dragMoveEvent
_.dropEvent
_.mouseMoveEvent
_.mouseDoubleClickEvent
_.modifiers  # WeekView.moveCursor's argument, named as Qt names it

# openpyxl reads these attributes when it saves the review pack's workbook.
_.creator
_.alignment
_.hidden
_.number_format
_.freeze_panes
_.ref
_.fitToWidth
_.fitToHeight
_.pageSetUpPr
_.print_title_rows
_.data_type
