"""The import dialog shows the dates it read, reads them in the user's order (as Qt knows
it), and says which order it used when a date reads both ways."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from planner.date_order import DateOrder
from planner.store import Plan
from ui.import_dialog import ImportDialog

ITALIAN = b"date,channel,content_type,title\n09/12/2026,Instagram,value,Orari di Natale\n"


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def dialog_for(qtbot, data: bytes) -> ImportDialog:
    plan = Plan.in_memory()
    dialog = ImportDialog(plan, data, "natale.csv")
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.usefixtures("locale")
def test_an_italian_user_gets_9_december_and_sees_it(qtbot) -> None:
    QLocale.setDefault(QLocale("it_IT"))
    dialog = dialog_for(qtbot, ITALIAN)
    assert dialog.preview is not None
    assert [p.date for p in dialog.preview.created] == [dt.date(2026, 12, 9)]
    assert dialog.dates.item(0).text() == "09/12/2026 → mercoledì 9 dicembre 2026"
    note = dialog.dates_note.text()
    assert "day first" in note
    assert "(it_IT)" in note
    assert "sabato 12 settembre 2026" in note  # what the other order would have read
    dialog.order.setCurrentIndex(dialog.order.findData(DateOrder.MONTH_FIRST))
    assert [p.date for p in dialog.preview.created] == [dt.date(2026, 9, 12)]
    assert "as chosen above" in dialog.dates_note.text()


@pytest.mark.usefixtures("locale")
def test_an_american_user_gets_september_and_the_files_evidence_wins(qtbot) -> None:
    QLocale.setDefault(QLocale("en_US"))
    dialog = dialog_for(qtbot, ITALIAN)
    assert dialog.preview is not None
    assert [p.date for p in dialog.preview.created] == [dt.date(2026, 9, 12)]
    assert "(en_US)" in dialog.dates_note.text()
    dialog = dialog_for(qtbot, ITALIAN + b"24/12/2026,Instagram,value,Vigilia\n")
    assert dialog.preview is not None
    assert sorted(p.date for p in dialog.preview.created) == [
        dt.date(2026, 12, 9),
        dt.date(2026, 12, 24),
    ]
    assert "as line 3 (24/12/2026) shows" in dialog.dates_note.text()


def test_iso_dates_need_no_explaining(qtbot) -> None:
    dialog = dialog_for(qtbot, b"date,channel,content_type,title\n2026-12-09,X,value,A\n")
    assert dialog.preview is not None
    assert dialog.dates.count() == 0
    assert dialog.dates_note.text() == ""
