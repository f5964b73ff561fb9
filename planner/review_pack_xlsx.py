"""The review pack as an Excel workbook (openpyxl), and reading one back however the
client's spreadsheet saved it (Excel, LibreOffice, Numbers).

    ┌──────────────────────────────────────────────────────────────────────┐
    │ Bakery: posts for review, 23–29 Nov 2026                   (title)   │
    │ For each post, choose approve or change ...                (help)    │
    │ Date │ Time │ Channel │ Type │ Title │ Text │ Decision ▾ │ Comment │ … │ header, frozen
    │ Mon 23 Nov 2026 │ 09:00 │ Instagram │ Value │ ...        │         │ … │
    └──────────────────────────────────────────────────────────────────────┘

Excel holds at most 32,767 characters in a cell: a longer text is refused (send that pack
as PDF) rather than cut, which would come back as a rewrite the client never made.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.errors import CsvImportError, Problem
from planner.review_pack import (
    COLUMNS,
    HEADER_SEARCH,
    HIDDEN_COLUMNS,
    Pack,
    PackError,
    PackFile,
    PackRow,
    column_name,
    header_columns,
    missing_columns,
    missing_problem,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EXCEL_CELL_LIMIT = 32_767
WIDTHS = {
    "date": 17,
    "time": 9,
    "channel": 14,
    "type": 14,
    "title": 32,
    "body": 60,
    "decision": 13,
    "comment": 40,
}
WRAPPED = frozenset({"title", "body", "comment"})
TITLE_ROW, HELP_ROW, HEADER_ROW = 1, 2, 3
# "application/vnd.oasis.opendocument.spreadsheet", stored first in an .ods file.
ODS_MARK = b"opendocument.spreadsheet"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def write_pack_xlsx(pack: Pack, path: Path) -> int:
    """The pack as an XLSX workbook at ``path`` (replaced only once complete)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.properties import PageSetupProperties

    from planner.files import replace_when_done

    for post in pack.posts:
        if max(len(post.title), len(post.body)) > EXCEL_CELL_LIMIT:
            raise PackError(
                f"{post.title[:40]!r} has more than {EXCEL_CELL_LIMIT:,} characters, more than "
                "a spreadsheet cell holds: send this pack as PDF, or shorten the post"
            )
    words = pack.words
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = words["sheet"]
    book.properties.title = pack.title
    book.properties.creator = "Content Planner"
    last_letter = get_column_letter(COLUMNS.index("comment") + 1)
    _text(sheet, f"A{TITLE_ROW}", pack.title).font = Font(bold=True, size=14)
    sheet.merge_cells(f"A{TITLE_ROW}:{last_letter}{TITLE_ROW}")
    help_cell = _text(sheet, f"A{HELP_ROW}", words["help"])
    help_cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(f"A{HELP_ROW}:{last_letter}{HELP_ROW}")
    sheet.row_dimensions[HELP_ROW].height = 32
    header_fill = PatternFill("solid", fgColor="DDDDDD")
    answer_fill = PatternFill("solid", fgColor="FFF4C2")  # where the client writes
    for number, column in enumerate(COLUMNS, start=1):
        cell = _text(sheet, (HEADER_ROW, number), column_name(column, pack.language))
        cell.font = Font(bold=True)
        cell.fill = header_fill
        letter = get_column_letter(number)
        dimension = sheet.column_dimensions[letter]
        dimension.width = WIDTHS.get(column, 12)
        dimension.hidden = column in HIDDEN_COLUMNS
    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    for row, post in enumerate(pack.posts, start=HEADER_ROW + 1):
        cells = pack.text_cells(post)
        for number, column in enumerate(COLUMNS, start=1):
            if column == "date":
                cell = sheet.cell(row, number, post.date)
                cell.number_format = words["date_format"]
            elif column == "time" and post.time is not None:
                cell = sheet.cell(row, number, post.time)
                cell.number_format = "hh:mm"
            else:
                cell = _text(sheet, (row, number), cells[column])
            cell.alignment = wrapped if column in WRAPPED else top
            if column in ("decision", "comment"):
                cell.fill = answer_fill
        # Spreadsheets do not all size rows to wrapped text on opening: give each its height.
        sheet.row_dimensions[row].height = row_height(post.title, post.body)
    last_row = HEADER_ROW + max(len(pack.posts), 1)
    decision_letter = get_column_letter(COLUMNS.index("decision") + 1)
    # Typed words other than the two offered are read too ("ok", "sì"): no error box.
    choices = DataValidation(
        type="list",
        formula1=f'"{words["approve"]},{words["change"]}"',
        allow_blank=True,
        showErrorMessage=False,
    )
    choices.add(f"{decision_letter}{HEADER_ROW + 1}:{decision_letter}{last_row}")
    sheet.add_data_validation(choices)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_letter}{last_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    with replace_when_done(path, pack.sources) as temporary:
        book.save(temporary)
    return len(pack.posts)


LINE_POINTS = 15.0
MAX_ROW_POINTS = 409.0  # Excel's tallest row


def row_height(title: str, body: str) -> float:
    """The height (points) a row needs for its title and text, wrapped in their columns."""
    lines = max(_lines(title, WIDTHS["title"]), _lines(body, WIDTHS["body"]), 1)
    return min(lines * LINE_POINTS + 3, MAX_ROW_POINTS)


def _lines(text: str, width: int) -> int:
    # A column's width is counted in characters of the default font; words wrap a little
    # before the edge.
    usable = max(width - 2, 1)
    return sum(max(1, -(-len(part) // usable)) for part in text.splitlines() or [""])


def _text(sheet: Worksheet, where: str | tuple[int, int], text: str) -> Any:
    """A cell holding ``text`` as text: a title starting with "=" stays words, never a
    formula the spreadsheet would run."""
    cell = sheet[where] if isinstance(where, str) else sheet.cell(*where)
    cell.value = text
    cell.data_type = "s"
    return cell


# -- reading -------------------------------------------------------------------------------


def read_xlsx(data: bytes) -> PackFile:
    """The rows of the first sheet that holds a pack's header."""
    _refuse_other_files(data)
    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # a damaged file makes any part of the reader fail
        reason = (
            f"the spreadsheet is damaged and cannot be read ({type(error).__name__}); "
            "ask for it again, or open it and save it once more as .xlsx"
        )
        raise CsvImportError([Problem(1, None, reason)]) from None
    missing: list[str] = ["decision", "uid"]
    for sheet in book.worksheets:
        for number, values in enumerate(sheet.iter_rows(max_row=HEADER_SEARCH, values_only=True)):
            columns = header_columns([_cell_text(value) for value in values])
            gaps = missing_columns(columns)
            if not gaps:
                return _rows(sheet, number + 1, columns)
            if len(gaps) < len(missing):
                missing = gaps
    raise CsvImportError([missing_problem(1, missing)])


def _refuse_other_files(data: bytes) -> None:
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_STREAM in data:
            reason = (
                "the spreadsheet is protected with a password: open it, save it without "
                "the password, and read it again"
            )
        else:
            reason = "this is an old Excel file (.xls): save it as an Excel workbook (.xlsx)"
        raise CsvImportError([Problem(1, None, reason)])
    if ODS_MARK in data[:200]:
        reason = "this is an OpenDocument spreadsheet (.ods): save it as .xlsx or as CSV"
        raise CsvImportError([Problem(1, None, reason)])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        names = set()
    if "xl/workbook.xml" not in names:
        reason = "this file is not an Excel workbook, or it is damaged (cut off while sent?)"
        raise CsvImportError([Problem(1, None, reason)])


def _rows(sheet: Worksheet, header_row: int, columns: list[str | None]) -> PackFile:
    rows = []
    for number, values in enumerate(
        sheet.iter_rows(min_row=header_row + 1, values_only=True), start=header_row + 1
    ):
        cells = {
            column: _cell_text(value)
            for column, value in zip(columns, values, strict=False)
            if column is not None
        }
        if any(text.strip() for text in cells.values()):
            rows.append(PackRow(number, cells))
    return PackFile(rows, frozenset(c for c in columns if c))


def _cell_text(value: object) -> str:
    """A cell as text: numbers without a needless ``.0``, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time.min else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
