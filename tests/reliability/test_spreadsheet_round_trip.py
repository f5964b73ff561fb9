"""A client opens the exported CSV in a spreadsheet, saves it and sends it back: every cell
comes back in its own column, the formula guard still comes off, nothing shifts.

LibreOffice Calc, headless, opens the file with the separators its import dialog ticks by
default (tab, comma and semicolon) and saves it back as CSV. Where LibreOffice is not
installed (``.ci/run`` installs it), the same default settings are applied by a reader that
splits on any of the three outside quotes, as Calc does.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from planner.csv_export import write_to_file
from planner.csv_import import import_csv
from planner.model import ContentType, Post, Status
from planner.store import Plan
from tests.conftest import all_posts, ensure_channel

# Calc's CSV filter options: tab, comma, semicolon; quote "; UTF-8 (76); from line 1.
CALC_DEFAULT_IMPORT = "CSV:9/44/59,34,76,1"
CALC_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1"
TEXTS = [
    "Orari di Natale; aperti la domenica",
    "Prices, sizes; colours",
    "=1+1 is not a formula",
    "\r=cmd|' /C calc'!A0",
    "two\r\nlines; with separators, both",
    "@handle +39 333 -5",
]


def make_plan(path: Path) -> Plan:
    plan = Plan.create(path, time_zone="Europe/Rome")
    channel = ensure_channel(plan, "Insta;gram")
    for number, text in enumerate(TEXTS):
        plan.put_posts(
            [
                Post(
                    channel.id,
                    ContentType.VALUE,
                    title=text.strip(),
                    body=text,
                    notes=text,
                    tags=(f"tag{number}", "a;b"),
                    date=dt.date(2026, 12, 1 + number),
                    time=dt.time(9, 30) if number % 2 else None,
                    status=Status.SCHEDULED,
                )
            ]
        )
    return plan


def as_a_spreadsheet_saves_it(text: str) -> str:
    # Spreadsheets keep one kind of line break inside a cell: the line feed.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_came_back(plan: Plan, data: bytes) -> None:
    before = {p.uid: p for p in all_posts(plan)}
    with Plan.in_memory(time_zone="Europe/Rome") as other:
        import_csv(other, data)
        after = {p.uid: p for p in all_posts(other)}
    assert after.keys() == before.keys()
    for uid, post in before.items():
        back = after[uid]
        assert (back.title, back.body, back.notes) == tuple(
            as_a_spreadsheet_saves_it(text) for text in (post.title, post.body, post.notes)
        )
        assert (back.date, back.time, back.status, back.tags) == (
            post.date,
            post.time,
            post.status,
            post.tags,
        )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_and_saves_the_export_without_shifting_a_cell(tmp_path) -> None:
    with make_plan(tmp_path / "plan.sqlite3") as plan:
        exported = tmp_path / "plan.csv"
        write_to_file(plan.export_rows(), plan.channel_map(), exported)
        profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
        common = ["soffice", profile, "--headless", "--norestore"]
        spreadsheet = tmp_path / "sheet"
        for args in (
            [f"--infilter={CALC_DEFAULT_IMPORT}", "--convert-to", "ods", str(exported)],
            ["--convert-to", CALC_EXPORT, str(spreadsheet / "plan.ods")],
        ):
            subprocess.run(
                [*common, *args, "--outdir", str(spreadsheet)],
                check=True,
                capture_output=True,
                timeout=180,
            )
        saved = (spreadsheet / "plan.csv").read_bytes()
        assert saved != exported.read_bytes()  # Calc wrote it anew (no BOM, LF, its quoting)
        check_came_back(plan, saved)


def split_as_calc_does(text: str) -> list[list[str]]:
    """Calc's default import: tab, comma and semicolon all separate cells outside quotes."""
    rows, cells, cell, quoted, at_start = [], [], [], False, True
    index = 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"' and text[index + 1 : index + 2] == '"':
                cell.append('"')
                index += 1
            elif char == '"':
                quoted = False
            else:
                cell.append(char)
        elif char == '"' and at_start:
            quoted = True
        elif char in "\t,;":
            cells.append("".join(cell))
            cell, at_start = [], True
            index += 1
            continue
        elif char in "\r\n":
            if char == "\r" and text[index + 1 : index + 2] == "\n":
                index += 1
            cells.append("".join(cell))
            rows.append(cells)
            cells, cell, at_start = [], [], True
            index += 1
            continue
        else:
            cell.append(char)
        at_start = False
        index += 1
    return rows


def test_calcs_default_separators_keep_every_cell_whole(tmp_path) -> None:
    with make_plan(tmp_path / "plan.sqlite3") as plan:
        exported = tmp_path / "plan.csv"
        write_to_file(plan.export_rows(), plan.channel_map(), exported)
        rows = split_as_calc_does(exported.read_text(encoding="utf-8-sig"))
        assert {len(row) for row in rows} == {13}
        # What Calc saves back: every row as it read it, line breaks in cells as LF.
        stream = io.StringIO()
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerows([[as_a_spreadsheet_saves_it(cell) for cell in row] for row in rows])
        check_came_back(plan, stream.getvalue().encode())
