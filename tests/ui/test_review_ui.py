"""The freelancer's round trip in the window: send a week for review, read the client's
answers back, see the review on cards, in the mix panel, the post dialog and on paper."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QStyleOptionViewItem

from planner.approval import Review
from planner.model import Post, Status
from planner.review_pack import Language, make_pack
from planner.weeks import weeks_between
from tests.conftest import NOW, TODAY, find_post, make_post
from ui.answers_dialog import AnswersDialog
from ui.card_delegate import CardDelegate
from ui.export_dialog import ExportDialog
from ui.post_dialog import PostDialog
from ui.review_print import write_pack_pdf
from ui.week_model import WeekModel
from ui.week_print import write_pdf

TUESDAY = TODAY + dt.timedelta(days=1)


def pdf_text(page) -> str:
    """A page's words as a reader sees them: ligatures (ﬁ) undone, spacing made plain."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def week_of_posts(plan) -> tuple[Post, Post]:
    rye = make_post(plan, "value", TODAY, time=dt.time(9), title="How we bake rye", body="Rye.")
    sale = make_post(
        plan, "promotional", TUESDAY, title="Weekend pre-order", body="Order by Friday."
    )
    return rye, sale


def send_week(window, monkeypatch, path) -> None:
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.send_review_action.trigger()


def answer_as_client(path, rows: dict[str, dict[int, str]]) -> None:
    """Open the pack as the client's spreadsheet would, type answers by uid, save it."""
    book = openpyxl.load_workbook(path)
    sheet = book.active
    uids = [cell.value for cell in sheet["K"]]
    for uid, cells in rows.items():
        for column, value in cells.items():
            sheet.cell(uids.index(uid) + 1, column, value)
    book.save(path)


def test_send_for_review_writes_the_pack_and_one_undo_takes_the_marks_back(
    window, monkeypatch, tmp_path
) -> None:
    rye, sale = week_of_posts(window.plan)
    window.refresh()
    pack = tmp_path / "pack.xlsx"
    send_week(window, monkeypatch, pack)
    assert openpyxl.load_workbook(pack).active["E4"].value == "How we bake rye"
    assert {find_post(window.plan, p.uid).review for p in (rye, sale)} == {Review.AWAITING}
    assert window.statusBar().currentMessage() == (
        "Saved pack.xlsx for the client: 2 posts now await the answer."
    )
    assert window.undo_action.text() == "Undo Send 2 posts for review"
    assert "Client review: 0 of 2 approved · 2 awaiting" in window.mix_panel.review_label.text()
    window.undo_action.trigger()
    assert {find_post(window.plan, p.uid).review for p in (rye, sale)} == {Review.NONE}
    assert not window.mix_panel.review_label.isVisibleTo(window.mix_panel)


def test_the_answers_are_shown_and_a_ticked_rewrite_is_taken_in_one_step(
    window, monkeypatch, tmp_path
) -> None:
    rye, sale = week_of_posts(window.plan)
    window.refresh()
    pack = tmp_path / "pack.xlsx"
    send_week(window, monkeypatch, pack)
    answer_as_client(
        pack,
        {
            rye.uid: {7: "Approve"},
            sale.uid: {7: "modifica", 8: "Saturday, please", 6: "Order by Saturday."},
        },
    )
    shown = []

    def read(dialog: AnswersDialog) -> int:
        shown.append(
            (
                dialog.summary.text(),
                [
                    [dialog.answers.topLevelItem(i).text(c) for c in range(3)]
                    for i in range(dialog.answers.topLevelItemCount())
                ],
            )
        )
        (choice,) = dialog._choices.values()
        choice.setChecked(True)
        dialog.read_button.click()
        return dialog.result()

    monkeypatch.setattr(AnswersDialog, "exec", read)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack), ""))
    window.read_answers_action.trigger()
    summary, rows = shown[0]
    assert summary == (
        "2 new answers: 1 approved, 1 with changes requested, 1 with the client's own wording."
    )
    assert rows == [
        ["Mon 23 Nov · Instagram · How we bake rye", "approved", ""],
        ["Tue 24 Nov · Instagram · Weekend pre-order", "changes requested", "Saturday, please"],
    ]
    changed = find_post(window.plan, sale.uid)
    assert (changed.review, changed.body, changed.suggested_body) == (
        Review.CHANGES,
        "Order by Saturday.",
        None,
    )
    assert find_post(window.plan, rye.uid).review is Review.APPROVED
    assert "Client review: 1 of 2 approved" in window.mix_panel.review_label.text()
    window.undo_action.trigger()  # one step for the whole pack
    assert find_post(window.plan, sale.uid).body == "Order by Friday."
    assert {find_post(window.plan, p.uid).review for p in (rye, sale)} == {Review.AWAITING}


def test_a_pack_with_an_added_row_is_refused_and_the_rest_still_listed(
    qapp, plan, tmp_path
) -> None:
    rye, _sale = week_of_posts(plan)
    pack = tmp_path / "pack.xlsx"
    from planner.review_pack import PackFormat, write_pack

    write_pack(
        make_pack(plan, TODAY, TODAY + dt.timedelta(days=6), Language.ENGLISH),
        PackFormat.XLSX,
        pack,
        None,
    )
    answer_as_client(pack, {rye.uid: {7: "ok"}})
    book = openpyxl.load_workbook(pack)
    book.active["E9"] = "And a post about our new oven?"
    book.save(pack)
    dialog = AnswersDialog(plan, pack.read_bytes(), "pack.xlsx")
    assert not dialog.read_button.isEnabled()
    assert dialog.problems.item(0).text().startswith("line 9: a row without a post's uid")
    assert dialog.answers.topLevelItem(0).text(1) == "approved"
    dialog.deleteLater()


def test_a_damaged_pack_says_so_in_the_dialog(qapp, plan) -> None:
    dialog = AnswersDialog(plan, b"PK\x03\x04garbage", "pack.xlsx")
    assert not dialog.read_button.isEnabled()
    assert "not an Excel workbook, or it is damaged" in dialog.problems.item(0).text()
    assert not dialog.answers.isVisibleTo(dialog)
    dialog.deleteLater()


def test_the_post_dialog_edits_the_review_and_takes_the_clients_wording(qapp, plan) -> None:
    post = make_post(
        plan,
        "value",
        TODAY,
        title="Rye",
        body="Slow dough.",
        review=Review.CHANGES,
        review_comment="Say how slow",
        review_date=TODAY,
        suggested_body="Slow dough: 24 hours.",
    )
    dialog = PostDialog(plan.channels(), post=post, today=TODAY)
    assert dialog.review_editor.state.currentText() == "changes requested"
    assert dialog.review_editor.comment.toPlainText() == "Say how slow"
    assert dialog.review_editor.suggestion.isVisibleTo(dialog)
    dialog.review_editor.use_button.click()
    assert dialog.body_edit.toPlainText() == "Slow dough: 24 hours."
    assert not dialog.review_editor.suggestion.isVisibleTo(dialog)
    dialog.review_editor.state.setCurrentIndex(list(Review).index(Review.APPROVED))
    saved = dialog.post()
    assert (saved.body, saved.suggested_body, saved.review, saved.review_date) == (
        "Slow dough: 24 hours.",
        None,
        Review.APPROVED,
        TODAY,
    )
    dialog.deleteLater()


def test_a_new_post_starts_unreviewed_without_a_comment_box(qapp, plan) -> None:
    dialog = PostDialog(plan.channels(), day=TODAY, today=TODAY)
    assert dialog.review_editor.state.currentText() == "not sent for review"
    assert not dialog.review_editor.comment.isVisibleTo(dialog)
    assert not dialog.review_editor.suggestion.isVisibleTo(dialog)
    assert dialog.post().review is Review.NONE
    dialog.deleteLater()


def paint_card(post: Post) -> QImage:
    model = WeekModel()
    model.set_week(
        weeks_between(TODAY, TODAY, 0)[0],
        [post],
        {},
        now=NOW,
    )
    image = QImage(QSize(200, 110), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 200, 110)
    CardDelegate().paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def test_a_card_carries_a_mark_for_each_review_state(qapp) -> None:
    post = Post(1, "value", "Rye", date=TODAY)  # type: ignore[arg-type]
    images = {review: paint_card(Post(**{**vars(post), "review": review})) for review in Review}
    assert len({image.bits().tobytes() for image in images.values()}) == 4
    model = WeekModel()
    model.set_week(
        weeks_between(TODAY, TODAY, 0)[0],
        [Post(**{**vars(post), "review": Review.APPROVED})],
        {},
        now=NOW,
    )
    assert model.describe(model.post_at(model.index(0, 0))).endswith("approved")


def test_the_review_pack_pdf_has_every_caption_in_full_and_boxes_to_tick(
    qapp, plan, tmp_path
) -> None:
    long_body = "\n".join(f"Line {n} of a long caption, every word kept." for n in range(80))
    make_post(plan, "value", TODAY, title="How we bake rye", body=long_body)
    make_post(plan, "promotional", TUESDAY, title="Weekend pre-order", body="Order by Friday.")
    pack = make_pack(plan, TODAY, TODAY + dt.timedelta(days=6), Language.ITALIAN)
    target = tmp_path / "pack.pdf"
    pages = write_pack_pdf(pack, target)
    texts = [pdf_text(page) for page in PdfReader(str(target)).pages]
    assert pages == len(texts) >= 2
    whole = " ".join(texts)
    for n in range(80):
        assert f"Line {n} of a long caption, every word kept." in whole
    assert "Approva" in texts[0]
    assert "Modifica" in whole
    assert "lun 23 nov 2026" in texts[0]
    assert f"Pagina 1 di {pages}" in texts[0]
    assert "Weekend pre-order" in whole


def test_the_week_pdf_names_the_review_state(qapp, plan, tmp_path) -> None:
    make_post(plan, "value", TODAY, title="Approved one", review=Review.APPROVED)
    target = tmp_path / "week.pdf"
    write_pdf(plan, weeks_between(TODAY, TODAY, 0), target, NOW)
    assert "Instagram · draft approved" in pdf_text(PdfReader(str(target)).pages[0])


def test_the_command_line_writes_the_pack_as_pdf(plan, plan_path, tmp_path) -> None:
    week_of_posts(plan)
    plan.close()
    target = tmp_path / "pack.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "ui", "review", "export", str(plan_path), "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "Exported 1 page to pack.pdf for review, in English; "
        "2 posts now await the client's answer.\n"
    )
    assert "Weekend pre-order" in pdf_text(PdfReader(str(target)).pages[0])


def test_sending_a_week_without_posts_says_so_and_writes_nothing(
    window, monkeypatch, tmp_path
) -> None:
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    send_week(window, monkeypatch, tmp_path / "pack.xlsx")
    assert said == ["The chosen weeks have no planned posts to send."]
    assert not (tmp_path / "pack.xlsx").exists()
    assert window.document.undo_stack.count() == 0


def test_the_send_dialog_offers_packs_in_the_clients_language(qapp) -> None:
    dialog = ExportDialog(weeks_between(TODAY, TODAY, 0)[0], ";", pack=True)
    assert dialog.windowTitle() == "Send for review"
    assert dialog.format() == "xlsx"
    assert dialog.client_language() is Language.ENGLISH
    assert not dialog.everything.isVisibleTo(dialog)
    assert dialog.delimiter() == ";"  # for a CSV pack, as for an export
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Save pack…"
    dialog.deleteLater()


def test_a_read_only_plan_can_neither_send_nor_read(qtbot, plan_path) -> None:
    from planner.store import Plan
    from ui.document import PlanDocument
    from ui.main_window import MainWindow

    Plan.create(plan_path).close()
    shown = MainWindow(PlanDocument(Plan.open(plan_path, readonly=True)))
    qtbot.addWidget(shown)
    assert not shown.send_review_action.isEnabled()
    assert not shown.read_answers_action.isEnabled()
    assert Status.DRAFT  # the plan's posts stay as they were
