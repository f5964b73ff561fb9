"""The review pack round trip: a client opens the pack in a spreadsheet, answers, rewrites
a caption, saves it and sends it back; the answers land on the right posts, once."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from planner import actions
from planner.approval import Review, Rewrite
from planner.errors import CsvImportError
from planner.model import ContentType, Post
from planner.review_answers import PackRefusedError, preview_answers
from planner.review_pack import (
    Language,
    PackFormat,
    make_pack,
    read_pack,
    write_pack,
)
from planner.store import Plan
from tests.conftest import TODAY, find_post, make_post

DATA = Path(__file__).parent.parent / "data"
WEEK_END = TODAY + dt.timedelta(days=6)
HEADER_ROW, FIRST_ROW = 3, 4


def three_posts(plan: Plan) -> list[Post]:
    return [
        make_post(plan, "value", TODAY, time=dt.time(9), title="How we bake rye", body="Rye."),
        make_post(
            plan,
            "promotional",
            TODAY + dt.timedelta(days=1),
            title="=Weekend pre-order",
            body="Order by Friday.\nPick up on Saturday.",
        ),
        make_post(plan, "conversation", TODAY + dt.timedelta(days=2), title="Which loaf next?"),
    ]


def send(plan: Plan, path: Path, language: Language = Language.ENGLISH) -> int:
    """What ``review export`` does: write the pack, mark its posts awaiting."""
    pack = make_pack(plan, TODAY, WEEK_END, language)
    written = write_pack(pack, PackFormat(path.suffix[1:]), path, None)
    plan.apply(actions.send_for_review(plan, pack.posts).change)
    return written


def read_back(plan: Plan, path: Path, accepted: set[tuple[str, Rewrite]] | None = None) -> int:
    """What ``review import`` does; returns how many posts changed."""
    preview = preview_answers(plan, read_pack(path.read_bytes()))
    action = actions.read_answers(plan, preview, TODAY, accepted or set())
    plan.apply(action.change)
    return len(action.change.posts_after)


def row_of(sheet, uid: str) -> int:
    uids = [cell.value for cell in sheet["K"]]
    return uids.index(uid) + 1


def test_a_pack_answered_in_a_spreadsheet_comes_back_as_decisions_and_a_suggestion(
    plan, tmp_path
) -> None:
    rye, preorder, loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    assert send(plan, pack) == 3
    assert {find_post(plan, p.uid).review for p in (rye, preorder, loaf)} == {Review.AWAITING}

    # The client: decisions typed in their own words, a comment, a rewritten caption.
    book = openpyxl.load_workbook(pack)
    sheet = book.active
    sheet.cell(row_of(sheet, rye.uid), 7, "Approve")
    sheet.cell(row_of(sheet, preorder.uid), 7, "modifica")
    sheet.cell(row_of(sheet, preorder.uid), 8, "Saturday, not Friday")
    sheet.cell(row_of(sheet, preorder.uid), 6, "Order by Saturday.\nPick up on Sunday.")
    sheet.cell(row_of(sheet, loaf.uid), 7, " OK ")
    answered = tmp_path / "answered.xlsx"
    book.save(answered)

    assert read_back(plan, answered) == 3
    rye_now, preorder_now, loaf_now = (find_post(plan, p.uid) for p in (rye, preorder, loaf))
    assert (rye_now.review, loaf_now.review) == (Review.APPROVED, Review.APPROVED)
    assert preorder_now.review is Review.CHANGES
    assert preorder_now.review_comment == "Saturday, not Friday"
    assert preorder_now.review_date == TODAY
    # Not accepted: the post keeps its text; the client's waits beside it.
    assert preorder_now.body == "Order by Friday.\nPick up on Saturday."
    assert preorder_now.suggested_body == "Order by Saturday.\nPick up on Sunday."
    assert preorder_now.suggested_title is None
    # The "=" title went out as words and came back as words, not a formula.
    assert preorder_now.title == "=Weekend pre-order"

    # The same pack read twice changes nothing the second time.
    before = plan.stored_posts()
    assert read_back(plan, answered) == 0
    assert plan.stored_posts() == before


def test_an_accepted_rewrite_replaces_the_text_and_reading_again_changes_nothing(
    plan, tmp_path
) -> None:
    rye, _preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    book = openpyxl.load_workbook(pack)
    sheet = book.active
    sheet.cell(row_of(sheet, rye.uid), 5, "How we bake our rye")
    book.save(pack)
    assert read_back(plan, pack, {(rye.uid, Rewrite.TITLE)}) == 1
    now = find_post(plan, rye.uid)
    assert (now.title, now.suggested_title, now.review) == (
        "How we bake our rye",
        None,
        Review.AWAITING,  # a rewrite alone decides nothing
    )
    assert read_back(plan, pack) == 0


def test_a_text_edited_here_since_the_pack_went_out_is_no_suggestion(plan, tmp_path) -> None:
    rye, _preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    plan.put_posts([actions.edited(find_post(plan, rye.uid), body="Rye, slowly.")])
    preview = preview_answers(plan, read_pack(pack.read_bytes()))
    assert preview.answers == []
    assert preview.unanswered == 3


def test_the_pack_round_trips_through_csv_saved_by_excel_with_semicolons(plan, tmp_path) -> None:
    rye, preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.csv"
    send(plan, pack, Language.ITALIAN)
    rows = list(csv.reader(io.StringIO(pack.read_text(encoding="utf-8-sig"))))
    assert rows[0][:8] == [
        "Data",
        "Ora",
        "Canale",
        "Tipo",
        "Titolo",
        "Testo",
        "Decisione",
        "Commento",
    ]
    # European Excel saves with ";", without a BOM, in the Windows code page.
    for row in rows[1:]:
        if row[-1] == rye.uid:
            row[6] = "Sì"
        if row[-1] == preorder.uid:
            row[6], row[7] = "da modificare", "Più caldo, per favore"
            row[4] = "'=Weekend pre-order!"
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator="\r\n").writerows(rows)
    saved = tmp_path / "saved.csv"
    saved.write_bytes(text.getvalue().encode("cp1252"))
    preview = preview_answers(plan, read_pack(saved.read_bytes()))
    assert preview.notes == ["read as Windows text (not UTF-8)", "cells separated by ';'"]
    assert read_back(plan, saved) == 2
    assert find_post(plan, rye.uid).review is Review.APPROVED
    changed = find_post(plan, preorder.uid)
    assert (changed.review, changed.review_comment) == (Review.CHANGES, "Più caldo, per favore")
    assert changed.suggested_title == "=Weekend pre-order!"  # the guard came off


def test_rows_the_client_added_refuse_the_pack_by_line_and_the_rest_is_listed(
    plan, tmp_path
) -> None:
    rye, _preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    book = openpyxl.load_workbook(pack)
    sheet = book.active
    sheet.cell(row_of(sheet, rye.uid), 7, "approve")
    sheet.cell(9, 5, "One more idea: a sourdough class")
    sheet.cell(10, 7, "approve")
    book.save(pack)
    before = plan.stored_posts()
    with pytest.raises(PackRefusedError) as refused:
        read_back(plan, pack)
    report = refused.value.report()
    assert [problem.line for problem in refused.value.problems] == [9, 10]
    assert "line 9: a row without a post's uid (added to the pack" in report
    assert f"line {row_of(sheet, rye.uid)}: {TODAY} 'How we bake rye': approved" in report
    assert plan.stored_posts() == before


def test_an_unknown_decision_is_named_by_line_and_column(plan, tmp_path) -> None:
    rye, _preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    book = openpyxl.load_workbook(pack)
    sheet = book.active
    sheet.cell(row_of(sheet, rye.uid), 7, "maybe later")
    book.save(pack)
    with pytest.raises(PackRefusedError) as refused:
        read_back(plan, pack)
    (problem,) = refused.value.problems
    assert str(problem) == (
        f"line {row_of(sheet, rye.uid)}, decision: 'maybe later' is not a decision: "
        "write approve or change"
    )


def test_a_row_for_a_post_deleted_since_is_reported_and_the_others_are_read(plan, tmp_path) -> None:
    rye, preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    book = openpyxl.load_workbook(pack)
    sheet = book.active
    for post in (rye, preorder):
        sheet.cell(row_of(sheet, post.uid), 7, "approve")
    book.save(pack)
    plan.apply(actions.delete_posts(plan, [preorder]).change)
    preview = preview_answers(plan, read_pack(pack.read_bytes()))
    assert [str(p) for p in preview.gone] == [
        f"line {row_of(sheet, preorder.uid)}: this post is no longer in the plan "
        "(deleted since the pack was sent)"
    ]
    assert [a.post.uid for a in preview.answers] == [rye.uid]
    assert find_post(plan, preorder.uid) is None  # not brought back, nor guessed at


def test_a_pack_from_another_plan_is_refused(plan, tmp_path) -> None:
    three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    with Plan.create(tmp_path / "other.sqlite3") as other, pytest.raises(CsvImportError) as refused:
        preview_answers(other, read_pack(pack.read_bytes()))
    assert "this pack was sent from another plan" in refused.value.report()


def test_a_copy_of_the_plan_reads_the_pack_of_the_original(plan, tmp_path) -> None:
    _rye, _preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    plan.save_copy(tmp_path / "copy.sqlite3")
    with Plan.open(tmp_path / "copy.sqlite3") as copy:
        assert copy.uid == plan.uid
        assert preview_answers(copy, read_pack(pack.read_bytes())).unanswered == 3


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ((DATA / "pack-with-password.xlsx").read_bytes(), "protected with a password"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old Excel file (.xls)"),
        (b"PK\x03\x04" + b"\x14\0" * 40, "not an Excel workbook, or it is damaged"),
        (
            b"PK\x03\x04\x14\0\0\0\0\0mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "OpenDocument spreadsheet (.ods)",
        ),
        (b"   \r\n", "the file is empty"),
        (b"date,title\n2026-11-23,Hi\n", "not a review pack: no Decision column"),
        (b"date;title;decision\n2026-11-23;Hi;ok\n", "hidden uid column is missing"),
    ],
)
def test_files_that_are_not_a_readable_pack_get_a_clear_message(data, reason) -> None:
    with pytest.raises(CsvImportError) as refused:
        read_pack(data)
    assert reason in refused.value.report()


def test_a_workbook_cut_off_in_the_middle_is_refused_in_words(plan, tmp_path) -> None:
    three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    data = pack.read_bytes()
    with pytest.raises(CsvImportError) as refused:
        read_pack(data[: len(data) // 2])
    assert "damaged" in refused.value.report()
    broken = data.replace(b"xl/worksheets/sheet1.xml", b"xl/worksheets/sheetX.xml")
    with pytest.raises(CsvImportError) as refused:
        read_pack(broken)
    assert "damaged" in refused.value.report()


def test_a_sheet_saved_by_numbers_with_a_summary_sheet_and_a_table_name_is_read(
    plan, tmp_path
) -> None:
    """Numbers exports a summary sheet first and the table's name above its header."""
    rye, _preorder, _loaf = three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    sent = openpyxl.load_workbook(pack).active
    values = [[cell.value for cell in row] for row in sent.iter_rows(min_row=HEADER_ROW)]
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Export Summary"
    summary["A1"] = "This document was exported from Numbers."
    table = book.create_sheet("Review")
    table.append(["Table 1"])
    for row in values:
        table.append(row)
    table.cell(2 + [r[-1] for r in values].index(rye.uid), 7, "Approved")
    numbers = tmp_path / "numbers.xlsx"
    book.save(numbers)
    assert read_back(plan, numbers) == 1
    assert find_post(plan, rye.uid).review is Review.APPROVED


def test_the_sheet_is_laid_out_for_a_client_to_read_and_answer(plan, tmp_path) -> None:
    three_posts(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack, Language.ITALIAN)
    sheet = openpyxl.load_workbook(pack).active
    assert sheet.title == "Revisione"
    assert sheet["A1"].value == "bakery: post da approvare, 23–29 nov 2026"
    assert [c.value for c in sheet[HEADER_ROW]][:8] == [
        "Data",
        "Ora",
        "Canale",
        "Tipo",
        "Titolo",
        "Testo",
        "Decisione",
        "Commento",
    ]
    assert sheet.freeze_panes == "A4"
    assert [sheet.column_dimensions[c].hidden for c in "HIJK"] == [False, True, True, True]
    assert sheet.column_dimensions["F"].width == 60
    assert sheet["F5"].alignment.wrap_text
    (drop_down,) = sheet.data_validations.dataValidation
    assert drop_down.formula1 == '"approva,modifica"'
    assert str(drop_down.sqref) == "G4:G6"
    assert sheet["A4"].value == dt.datetime(2026, 11, 23)
    assert (sheet["B4"].value, sheet["B5"].value) == (dt.time(9), "qualsiasi ora")
    assert [sheet.cell(row, 4).value for row in (4, 5, 6)] == [
        "Valore",
        "Promozione",
        "Conversazione",
    ]
    assert sheet["E5"].data_type == "s"


def test_a_text_longer_than_a_spreadsheet_cell_is_refused_before_anything_is_written(
    plan, tmp_path
) -> None:
    post = make_post(plan, ContentType.VALUE, TODAY, body="x" * 40_000)
    pack = tmp_path / "pack.xlsx"
    with pytest.raises(Exception, match="send this pack as PDF"):
        send(plan, pack)
    assert not pack.exists()
    assert find_post(plan, post.uid).review is Review.NONE


def test_an_occurrence_of_a_series_is_sent_and_answered(plan, tmp_path) -> None:
    from tests.planner.test_actions import weekly

    series = weekly(plan)
    pack = tmp_path / "pack.xlsx"
    send(plan, pack)
    (tuesday,) = plan.posts_between(TODAY, WEEK_END)
    assert (tuesday.series_uid, tuesday.review, tuesday.virtual) == (
        series.uid,
        Review.AWAITING,
        False,
    )
    book = openpyxl.load_workbook(pack)
    book.active.cell(FIRST_ROW, 7, "approve")
    book.save(pack)
    assert read_back(plan, pack) == 1
    assert find_post(plan, tuesday.uid).review is Review.APPROVED
