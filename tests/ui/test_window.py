"""The real window, driven as a user would: PRODUCT.md §4 and issue 3's checks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QMessageBox

from planner.model import Change, ContentType, Status
from tests.conftest import TODAY, all_posts, find_channel, find_post, make_post
from tests.ui.panels import warning_texts
from ui.export_dialog import ExportDialog
from ui.import_dialog import ImportDialog
from ui.import_progress import ImportCancelledError, ImportProgress
from ui.main_window import MainWindow
from ui.post_dialog import PostDialog
from ui.week_model import posts_mime_data

P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION


def fill_dialog(monkeypatch, **fields):
    """Answer the next post dialog like a user: type into its fields, then press Save."""
    seen = []

    def answer(dialog: PostDialog) -> int:
        seen.append(dialog)
        if "title" in fields:
            dialog.title_edit.selectAll()
            QTest.keyClicks(dialog.title_edit, fields["title"])
        if "channel" in fields:
            dialog.channel_combo.setCurrentText(fields["channel"])
        if "content_type" in fields:
            dialog.type_group.button(list(ContentType).index(fields["content_type"])).click()
        if "time" in fields:
            dialog.time_check.setChecked(True)
            dialog.time_edit.setTime(fields["time"])
        if "body" in fields:
            dialog.body_edit.setPlainText(fields["body"])
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save.isEnabled():
            save.click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(PostDialog, "exec", answer)
    return seen


def titles(window: MainWindow) -> list[str]:
    return [post.title for post in window.model.posts()]


def undo_text(window: MainWindow) -> str:
    return window.undo_action.text()


def test_a_closed_dialog_does_not_stay_behind_in_memory(window, monkeypatch) -> None:
    fill_dialog(monkeypatch, title="Tip of the week", channel="Instagram")
    for _ in range(3):
        window.new_post_action.trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(all_posts(window.plan)) == 3
    assert window.findChildren(PostDialog) == []


def test_create_a_post_through_the_dialog_then_undo_and_redo(window, monkeypatch) -> None:
    fill_dialog(
        monkeypatch,
        title="Sourdough class on Saturday",
        channel="Instagram",
        content_type=P,
        time=dt.time(9, 30),
    )
    window.new_post_action.trigger()
    (post,) = all_posts(window.plan)
    assert (post.title, post.content_type, post.date, post.time) == (
        "Sourdough class on Saturday",
        P,
        TODAY,
        dt.time(9, 30),
    )
    assert find_channel(window.plan, "Instagram").char_limit == 2200
    assert titles(window) == ["Sourdough class on Saturday"]
    assert undo_text(window) == "Undo New post"
    window.undo_action.trigger()
    assert all_posts(window.plan) == []
    assert find_channel(window.plan, "Instagram") is None  # the new channel went with it
    window.redo_action.trigger()
    assert all_posts(window.plan) == [post]


def test_the_dialog_refuses_a_post_without_a_title(window, monkeypatch) -> None:
    seen = fill_dialog(monkeypatch, title="   ", channel="X")
    window.new_post_action.trigger()
    assert all_posts(window.plan) == []
    dialog = seen[0]
    assert dialog.title_error.isVisibleTo(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_the_dialog_counts_characters_against_the_channel_limit(window, monkeypatch) -> None:
    seen = fill_dialog(
        monkeypatch,
        title="Hi",
        channel="X",
        body="y" * 270 + " https://example.com/a/very/long/link",
    )
    window.new_post_action.trigger()
    dialog = seen[0]
    assert (
        dialog.count_label.text() == "294 / 280 characters: 14 over the limit (links count as 23)"
    )


def test_move_by_drop_keeps_the_time_and_undoes(window, qtbot) -> None:
    post = make_post(window.plan, V, TODAY, time=dt.time(18, 15), title="Tip")
    window.refresh()
    thursday = window.week.days[3]
    dropped = window.model.dropMimeData(
        posts_mime_data([post]), Qt.DropAction.MoveAction, -1, 3, QModelIndex()
    )
    assert dropped is False  # the model never moves rows itself: the window does, undoably
    qtbot.waitUntil(lambda: find_post(window.plan, post.uid).date == thursday)
    assert find_post(window.plan, post.uid).time == dt.time(18, 15)
    assert window.model.index_of(post.uid).column() == 3
    assert undo_text(window) == "Undo Move post"
    window.undo_action.trigger()
    assert find_post(window.plan, post.uid) == post
    window.redo_action.trigger()
    assert find_post(window.plan, post.uid).date == thursday


def test_ctrl_drop_copies(window, qtbot) -> None:
    post = make_post(window.plan, C, TODAY, title="Poll", status=Status.PUBLISHED)
    window.refresh()
    parent = window.model.index(0, 5)
    window.model.dropMimeData(posts_mime_data([post]), Qt.DropAction.CopyAction, -1, -1, parent)
    qtbot.waitUntil(lambda: window.plan.count_posts() == 2)
    copy = next(p for p in all_posts(window.plan) if p.uid != post.uid)
    assert (copy.title, copy.date, copy.status) == ("Poll", window.week.days[5], Status.DRAFT)
    assert find_post(window.plan, post.uid) == post
    assert undo_text(window) == "Undo Copy post"


def test_promotional_warning_appears_at_4_of_9_and_clears(window, monkeypatch) -> None:
    channels = ["Instagram", "Facebook", "LinkedIn"]
    kinds = [P, V, C, P, V, C, P, V, V]
    for i, kind in enumerate(kinds):
        make_post(window.plan, kind, window.week.days[i % 7], channel=channels[i % 3])
    window.refresh()
    assert not window.mix_panel.banner.isVisibleTo(window)
    promo = make_post(window.plan, P, window.week.days[2], channel="X", title="Flash sale")
    value = next(p for p in all_posts(window.plan) if p.content_type is V)
    window.plan.apply(Change(posts_before=(value,)))
    window.refresh()
    assert window.mix_panel.banner.isVisibleTo(window)
    assert window.mix_panel.banner_text.text() == (
        "4 of 9 posts this week are promotional (44%); your limit is 33% (rule of thirds)."
    )
    fill_dialog(monkeypatch, content_type=C)
    window.post_flows.edit_post(promo)
    assert find_post(window.plan, promo.uid).content_type is C
    assert not window.mix_panel.banner.isVisibleTo(window)
    assert window.mix_panel.count_labels[P].text() == "3"
    window.undo_action.trigger()
    assert window.mix_panel.banner.isVisibleTo(window)


def test_week_navigation(window) -> None:
    make_post(window.plan, V, TODAY + dt.timedelta(days=7), title="Next week's tip")
    window.refresh()
    assert window.week_label.text() == "Week 48 · 23–29 Nov 2026"
    assert titles(window) == []
    assert window.mix_panel.heading.text() == "This week"
    window.next_action.trigger()
    assert window.week_label.text() == "Week 49 · 30 Nov – 6 Dec 2026"
    assert window.mix_panel.heading.text() == "Week 49 · 30 Nov – 6 Dec 2026"
    assert titles(window) == ["Next week's tip"]
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.week.start == dt.date(2026, 11, 16)
    window.today_action.trigger()
    assert window.week.start == dt.date(2026, 11, 23)


def test_keyboard_shortcuts_navigate_weeks(window, qtbot) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.week.start == dt.date(2026, 11, 30)
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.week.start == dt.date(2026, 11, 23)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.week.start == dt.date(2026, 11, 23)


def test_channel_filter_shows_one_channel_and_its_own_mix(window) -> None:
    make_post(window.plan, P, channel="Instagram", title="IG")
    make_post(window.plan, V, channel="Facebook", title="FB")
    window.refresh()
    combo = window.channel_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All channels",
        "Facebook",
        "Instagram",
    ]
    combo.setCurrentIndex(combo.findText("Instagram"))
    assert titles(window) == ["IG"]
    assert window.mix_panel.count_labels[V].text() == "0"
    assert window.mix_panel.heading.text() == "This week: Instagram only"
    combo.setCurrentIndex(0)
    assert sorted(titles(window)) == ["FB", "IG"]
    assert window.mix_panel.count_labels[V].text() == "1"
    assert window.mix_panel.heading.text() == "This week"


def test_keyboard_selection_delete_duplicate_and_edit(window, qtbot, monkeypatch) -> None:
    first = make_post(window.plan, V, window.week.days[0], title="Monday")
    make_post(window.plan, V, window.week.days[2], title="Wednesday")
    window.refresh()
    window.view.setFocus()
    window.view.select_posts([first.uid])
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.view.current_post().title == "Wednesday"
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.view.current_post().title == "Monday"
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert sorted(titles(window)) == ["Monday", "Monday", "Wednesday"]
    assert undo_text(window) == "Undo Duplicate post"
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert sorted(titles(window)) == ["Monday", "Wednesday"]
    assert undo_text(window) == "Undo Delete post"
    fill_dialog(monkeypatch, title="Monday, edited")
    window.view.select_posts([first.uid])
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert find_post(window.plan, first.uid).title == "Monday, edited"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert find_post(window.plan, first.uid).title == "Monday"


def test_opening_a_bad_file_shows_why_and_keeps_the_plan(window, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:3]))
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a plan at all")
    plan = window.plan
    assert window.files.open_plan(bad) is False
    assert shown == [
        ("Cannot open this plan", f"{bad} is not a plan (it is not a Content Planner file).")
    ]
    assert window.plan is plan
    assert bad.read_text() == "not a plan at all"


def test_open_another_plan_and_recent_plans(window, tmp_path) -> None:
    other = tmp_path / "florist.sqlite3"
    window.files.open_plan(other, create=True)
    assert window.plan.path == other
    assert window.windowTitle() == "florist.sqlite3 – Content Planner"
    assert [a.text() for a in window.recent_menu.actions()] == ["florist.sqlite3"]
    assert not window.undo_action.isEnabled()


def test_importing_a_bad_csv_writes_nothing(window, tmp_path, monkeypatch) -> None:
    make_post(window.plan, V, title="Existing")
    source = tmp_path / "posts.csv"
    source.write_text(
        "date,channel,content_type,title\n2026-11-24,X,value,Fine\n31/02/2026,X,value,Bad\n"
    )
    seen = []

    def inspect(dialog: ImportDialog) -> int:
        seen.append(
            (
                [dialog.problems.item(i).text() for i in range(dialog.problems.count())],
                dialog.import_button.isEnabled(),
            )
        )
        dialog.accept()  # even forcing it: nothing may be written
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", inspect)
    window.file_flows.import_csv(str(source))
    assert seen == [(["line 3, date: '31/02/2026' is not a valid date"], False)]
    assert [p.title for p in all_posts(window.plan)] == ["Existing"]
    assert not window.undo_action.isEnabled() or undo_text(window) != "Undo Import post"


def test_importing_a_good_csv_is_one_undoable_step(window, tmp_path, monkeypatch) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(
        "date,channel,content_type,title\n2026-11-24,X,value,One\n2026-11-25,X,promo,Two\n"
    )
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.accept(), dialog.result())[1])
    cursors = []
    perform = window.document.perform

    def watched(action):  # a large import takes seconds to save: the pointer says so
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor else None)
        return perform(action)

    monkeypatch.setattr(window.document, "perform", watched)
    window.file_flows.import_csv(str(source))
    assert cursors == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    assert sorted(titles(window)) == ["One", "Two"]
    assert undo_text(window) == "Undo Import 2 posts"
    window.undo_action.trigger()
    assert all_posts(window.plan) == []
    assert window.plan.channels() == []


def test_empty_plan_offers_a_sample_week(window, qtbot) -> None:
    assert window.stack.currentWidget() is window.empty_state
    qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.splitter
    posts = window.model.posts()
    assert len(posts) == 9
    assert {p.content_type for p in posts} == set(ContentType)
    assert warning_texts(window.mix_panel) == ["✓ A balanced week: nothing to warn about."]
    assert undo_text(window) == "Undo Add sample week"
    window.undo_action.trigger()
    assert window.plan.is_empty()
    assert window.stack.currentWidget() is window.empty_state


def test_status_bar_and_today_header(window) -> None:
    make_post(window.plan, V)
    window.refresh()
    assert window.status_label.text() == (
        "plan: bakery.sqlite3 · 1 post this week · times in Europe/Rome"
    )
    header_font = window.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert header_font.bold()
    assert window.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None


def test_week_starts_on_the_plans_day(window) -> None:
    settings = window.plan.settings()
    from dataclasses import replace

    window.plan.apply(Change(settings_after=replace(settings, week_start=6)))
    window.refresh()
    assert window.week.start == dt.date(2026, 11, 22)
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Sun 22"


@pytest.mark.parametrize("readonly", [True])
def test_a_read_only_plan_cannot_be_changed(qtbot, plan_path, readonly) -> None:
    from planner.store import Plan
    from ui.document import PlanDocument

    Plan.create(plan_path).close()
    shown = MainWindow(PlanDocument(Plan.open(plan_path, readonly=readonly)))
    qtbot.addWidget(shown)
    assert not shown.new_post_action.isEnabled()
    assert not shown.settings_action.isEnabled()
    assert shown.view.dragDropMode() is QAbstractItemView.DragDropMode.NoDragDrop
    assert shown.ideas_panel.list.dragDropMode() is QAbstractItemView.DragDropMode.NoDragDrop
    shown.ideas_panel.setCurrentIndex(1)
    assert not shown.ideas_panel.use_button.isEnabled()
    assert shown.stack.currentWidget() is shown.splitter
    assert "read-only" in shown.status_label.text()


def test_save_a_copy_new_plan_and_export(window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    make_post(window.plan, V, title="Keep me")
    answers = iter(
        [str(tmp_path / "copy.sqlite3"), str(tmp_path / "week.csv"), str(tmp_path / "new")]
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), ""))
    monkeypatch.setattr(ExportDialog, "exec", lambda _dialog: ExportDialog.DialogCode.Accepted)
    window.save_copy_action.trigger()
    window.export_action.trigger()
    assert (tmp_path / "week.csv").read_text(encoding="utf-8-sig").count("Keep me") == 1
    window.new_plan_action.trigger()
    assert window.plan.path == tmp_path / "new.sqlite3"
    assert window.plan.is_empty()
    window.files.open_plan(tmp_path / "copy.sqlite3")
    assert [p.title for p in all_posts(window.plan)] == ["Keep me"]


def test_a_failed_undo_is_reported_and_the_history_cleared(window, monkeypatch, qtbot) -> None:
    from planner.errors import PlanLockedError

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1]))
    make_post(window.plan, V, title="A")
    window.refresh()
    window.view.select_posts([all_posts(window.plan)[0].uid])
    window.delete_action.trigger()

    def locked(*_args):
        raise PlanLockedError("bakery.sqlite3 is in use by another program or window.")

    monkeypatch.setattr(window.plan, "apply", locked)
    window.undo_action.trigger()
    assert shown == ["Could not undo or redo"]
    qtbot.waitUntil(lambda: window.document.undo_stack.count() == 0)


def test_a_failed_action_changes_nothing_and_says_why(window, monkeypatch) -> None:
    from planner.errors import PlanLockedError

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    post = make_post(window.plan, V, title="A")
    window.refresh()

    def locked(*_args):
        raise PlanLockedError("bakery.sqlite3 is in use by another program or window.")

    monkeypatch.setattr(window.plan, "apply", locked)
    window.view.select_posts([post.uid])
    window.delete_action.trigger()
    assert shown == ["bakery.sqlite3 is in use by another program or window."]
    assert window.document.undo_stack.count() == 0
    assert titles(window) == ["A"]


def test_a_failed_save_on_a_new_channel_leaves_no_channel_and_no_undo(window, monkeypatch) -> None:
    from planner.errors import PlanLockedError

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1]))

    def locked(_posts):
        raise PlanLockedError("bakery.sqlite3 is in use by another program or window.")

    monkeypatch.setattr(window.plan, "put_posts", locked)
    fill_dialog(monkeypatch, title="Sourdough class", channel="Instagram")
    window.new_post_action.trigger()
    assert shown == ["Not saved"]
    assert window.plan.channels() == []
    assert window.document.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


def test_an_import_cancelled_while_the_file_is_read_writes_nothing(
    window, tmp_path, monkeypatch
) -> None:
    source = tmp_path / "posts.csv"
    source.write_text("date,channel,content_type,title\n2026-11-24,X,value,One\n")
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.accept(), dialog.result())[1])
    checked: list[str] = []

    def cancel_the_import(progress: ImportProgress, share: float) -> None:
        checked.append(progress._dialog.labelText())
        if len(checked) == 2:  # the dialog's check passes; the import itself is cancelled
            raise ImportCancelledError

    monkeypatch.setattr(ImportProgress, "__call__", cancel_the_import)
    window.file_flows.import_csv(str(source))
    assert checked == ["Checking posts.csv…", "Importing posts.csv…"]
    assert all_posts(window.plan) == []
    assert window.plan.channels() == []
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was imported."
    assert not window.undo_action.isEnabled()


def test_an_import_cancelled_while_the_file_is_checked_opens_no_dialog(
    window, tmp_path, monkeypatch
) -> None:
    source = tmp_path / "posts.csv"
    source.write_text("date,channel,content_type,title\n2026-11-24,X,value,One\n")
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: opened.append(dialog) or 1)

    def cancel(_progress: ImportProgress, _share: float) -> None:
        raise ImportCancelledError

    monkeypatch.setattr(ImportProgress, "__call__", cancel)
    window.file_flows.import_csv(str(source))
    assert opened == []
    assert all_posts(window.plan) == []
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was imported."
