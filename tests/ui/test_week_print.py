"""The week on paper: a PDF page per week, read back; printing; the export dialog."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from planner.model import Status
from planner.store import Plan
from planner.weeks import weeks_between
from tests.conftest import NOW, TODAY, command_environment, make_post
from ui.export_dialog import ExportDialog
from ui.week_print import write_pdf


def fill_two_weeks(plan: Plan) -> None:
    for i, kind in enumerate(["promotional"] * 3 + ["value"] * 2 + ["conversation"] * 2):
        make_post(
            plan,
            kind,
            TODAY + dt.timedelta(days=i),
            time=dt.time(9 + i),
            title=f"This week {kind} {i}",
            status=Status.PUBLISHED,
        )
    make_post(plan, "value", TODAY + dt.timedelta(days=8), title="Next week's tip")


def page_texts(path) -> list[str]:
    """Each page's words, with the layout's line breaks and tabs made plain spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_one_landscape_page_per_week_with_titles_and_the_mix(qapp, plan, tmp_path) -> None:
    fill_two_weeks(plan)
    target = tmp_path / "weeks.pdf"
    weeks = weeks_between(TODAY, TODAY + dt.timedelta(days=8), 0)
    assert write_pdf(plan, weeks, target, NOW) == 2
    reader = PdfReader(str(target))
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape
    first, second = page_texts(target)
    assert "Week 48" in first
    assert "This week promotional 0" in first
    assert "43%" in first  # 3 of 7 promotional
    assert "3 of 7 posts this week are promotional (43%)" in first
    assert "Page 1 of 2" in first
    assert "Next week's tip" in second
    assert "Page 2 of 2" in second


def test_the_command_line_writes_the_pdf(plan, plan_path, tmp_path) -> None:
    fill_two_weeks(plan)
    plan.close()
    target = tmp_path / "out.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui",
            "export",
            str(plan_path),
            "--format",
            "pdf",
            "--from",
            TODAY.isoformat(),
            "--to",
            (TODAY + dt.timedelta(days=8)).isoformat(),
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=command_environment(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"Exported 2 pages to {target}.\n"
    assert len(PdfReader(str(target)).pages) == 2


def test_print_uses_the_same_page(window, tmp_path, monkeypatch) -> None:
    fill_two_weeks(window.plan)
    window.refresh()
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.print_action.trigger()
    (text,) = page_texts(target)
    assert "This week value 3" in text
    assert "Page 1 of 1" in text


def test_export_dialog_writes_each_format(window, tmp_path, monkeypatch) -> None:
    fill_two_weeks(window.plan)
    window.refresh()
    choices = iter([("csv", "everything"), ("ics", "next"), ("pdf", "next")])
    names = iter([tmp_path / "all.csv", tmp_path / "month.ics", tmp_path / "month.pdf"])

    def choose(dialog: ExportDialog) -> int:
        kind, span = next(choices)
        for button in dialog.formats.buttons():
            button.setChecked(button.property("format") == kind)
        for button in dialog.spans.buttons():
            button.setChecked(button.property("span") == span)
        dialog.weeks.setValue(2)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(names)), ""))
    for _ in range(3):
        window.export_action.trigger()
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").count("\n") == 9
    assert (tmp_path / "month.ics").read_bytes().count(b"BEGIN:VEVENT") == 8
    assert len(PdfReader(str(tmp_path / "month.pdf")).pages) == 2
    assert window.statusBar().currentMessage() == "Exported 2 pages to month.pdf."
