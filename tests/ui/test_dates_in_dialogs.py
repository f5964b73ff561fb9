"""Dates in the dialogs: the import dialog shows the dates it read, in the user's order (as
Qt knows it), and which order it used; the post dialog warns of a time the clocks skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, QTime

from planner.date_order import DateOrder
from planner.model import Change
from planner.store import Plan
from ui import texts
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


# -- the post dialog -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "time", "shown"),
    [
        ("Europe/Rome", dt.date(2027, 3, 28), QTime(2, 30), "03:30"),
        ("America/New_York", dt.date(2027, 3, 14), QTime(2, 15), "03:15"),
    ],
)
@pytest.mark.usefixtures("locale")
def test_the_post_dialog_warns_of_a_time_the_clocks_skip(
    window, monkeypatch, zone, day, time, shown
) -> None:
    from ui.post_dialog import PostDialog

    # Times as a 24-hour locale writes them, whatever the computer's (Windows in the US
    # says "3:30 AM").
    QLocale.setDefault(QLocale("en_GB"))
    window.plan.apply(Change(settings_after=replace(window.plan.settings(), time_zone=zone)))
    seen = []

    def fill(dialog: PostDialog) -> int:
        dialog.title_edit.setText("Spring forward")
        dialog.date_check.setChecked(True)
        dialog.date_edit.setDate(texts.qdate(day))
        dialog.time_check.setChecked(True)
        dialog.time_edit.setTime(time)
        seen.append((dialog.time_note.isVisibleTo(dialog), dialog.time_note.text()))
        dialog.time_edit.setTime(QTime(10, 0))
        seen.append((dialog.time_note.isVisibleTo(dialog), dialog.time_note.text()))
        dialog.time_edit.setTime(time)
        return PostDialog.DialogCode.Accepted  # saving is allowed: it is a warning

    monkeypatch.setattr(PostDialog, "exec", fill)
    window.post_flows.new_post()
    (visible, text), (visible_later, _text) = seen
    assert visible
    assert "does not exist on" in text
    assert text.endswith(f"The post will be at {shown}.")
    assert not visible_later
    assert [p.title for p in window.plan.all_posts()] == ["Spring forward"]


@pytest.mark.usefixtures("locale")
@pytest.mark.parametrize(
    ("name", "shown"), [("it_IT", "mer 9 dic 2026"), ("en_US", "Wed Dec 9 2026")]
)
def test_the_post_dialogs_date_follows_the_users_order(qtbot, name, shown) -> None:
    from ui.post_dialog import PostDialog

    QLocale.setDefault(QLocale(name))
    dialog = PostDialog([], day=dt.date(2026, 12, 9), today=dt.date(2026, 12, 9))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == shown
