"""A client answers the review pack in LibreOffice Calc and saves it, as a workbook or as
CSV: the answers still land on the right posts, the rewritten caption is still the only
suggestion, and a formula-like title is still words.

LibreOffice runs headless (``.ci/run`` installs it); it opens the XLSX the app wrote with
the answers typed in, and saves it again in its own way.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from planner.approval import Review
from planner.review_answers import preview_answers
from planner.review_pack import (
    Language,
    PackFormat,
    make_pack,
    read_pack,
    write_pack,
)
from planner.store import Plan
from tests.conftest import TODAY, make_post

CALC_XLSX = "xlsx:Calc MS Excel 2007 XML"
CALC_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def answered_pack(plan: Plan, folder: Path) -> Path:
    make_post(plan, "value", TODAY, time=dt.time(9), title="How we bake rye", body="Rye.\nSlow.")
    make_post(plan, "promotional", TODAY + dt.timedelta(days=1), title="=Pre-order", body="Now")
    make_post(plan, "conversation", TODAY + dt.timedelta(days=2), title="Which loaf?", body="Tell")
    pack = folder / "pack.xlsx"
    write_pack(
        make_pack(plan, TODAY, TODAY + dt.timedelta(days=6), Language.ITALIAN),
        PackFormat.XLSX,
        pack,
        None,
    )
    book = openpyxl.load_workbook(pack)
    sheet = book.active
    sheet["G4"], sheet["G5"], sheet["H5"] = "Approva", "MODIFICA", "Più chiaro"
    sheet["F5"] = "Ordina ora,\ncon il 10% in meno"
    sheet["G6"] = "sì"
    book.save(pack)
    return pack


def save_with_calc(pack: Path, target: str, folder: Path) -> Path:
    out = folder / "calc"
    profile = f"-env:UserInstallation=file://{folder / 'profile'}"
    subprocess.run(
        [
            "soffice",
            profile,
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(pack),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (saved,) = out.iterdir()
    return saved


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("target", [CALC_XLSX, CALC_CSV])
def test_a_pack_saved_by_libreoffice_reads_as_the_client_answered(plan, tmp_path, target) -> None:
    pack = answered_pack(plan, tmp_path)
    saved = save_with_calc(pack, target, tmp_path)
    assert saved.read_bytes() != pack.read_bytes()
    preview = preview_answers(plan, read_pack(saved.read_bytes()))
    decided = {a.post.title: (a.decision, a.comment, a.title, a.body) for a in preview.answers}
    assert decided == {
        "How we bake rye": (Review.APPROVED, "", None, None),
        "=Pre-order": (Review.CHANGES, "Più chiaro", None, "Ordina ora,\ncon il 10% in meno"),
        "Which loaf?": (Review.APPROVED, "", None, None),
    }
