"""The window's own words: its status-bar messages can be seen, and it asks before
creating a plan from a name given on the command line."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner import paths, store
from planner.model import ContentType
from planner.store import Plan
from tests.conftest import TODAY, make_post
from ui.document import PlanDocument
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.plan_files import open_start_plan


def shown_message(window: MainWindow) -> str:
    """The status-bar message, if the bar leaves it room to be read; "" otherwise."""
    bar = window.statusBar()
    message = bar.currentMessage()
    widgets = [w for w in bar.findChildren(QWidget) if w.parentWidget() is bar and w.isVisible()]
    room = min((w.x() for w in widgets), default=bar.width())
    return message if bar.fontMetrics().horizontalAdvance(message) < room else ""


@pytest.fixture
def big_window(window: MainWindow, qtbot) -> MainWindow:
    window.resize(1024, 768)
    qtbot.waitExposed(window)
    return window


def test_copy_and_export_messages_can_be_read(big_window, tmp_path, monkeypatch) -> None:
    window = big_window
    make_post(window.plan, "value", title="Keep me")
    answers = iter([str(tmp_path / "copy.sqlite3"), str(tmp_path / "week.csv")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), ""))
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: ExportDialog.DialogCode.Accepted)
    window.save_copy_action.trigger()
    assert shown_message(window) == f"Copy saved as {tmp_path / 'copy.sqlite3'}."
    window.export_action.trigger()
    assert shown_message(window) == "Exported 1 post to week.csv."


def test_a_change_made_elsewhere_is_announced_where_it_can_be_read(big_window) -> None:
    window = big_window
    other = Plan.open(window.plan.path)
    make_post(other, "value", title="From elsewhere")
    other.close()
    window.files.check_outside_changes()
    assert shown_message(window).startswith("The plan was changed in another window")


def test_opened_read_only_is_announced_where_it_can_be_read(qtbot, plan_path, monkeypatch):
    Plan.create(plan_path).close()
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    window = MainWindow(PlanDocument(Plan.open(plan_path)), remember_state=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: shown_message(window).startswith("Opened read-only"))
    window.close()


@pytest.mark.parametrize(
    "answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]
)
def test_the_window_asks_before_creating_a_plan_named_on_the_command_line(
    qapp, tmp_path, monkeypatch, answer
) -> None:
    asked = []

    def reply(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", reply)
    named = tmp_path / "chek"
    plan, problem = open_start_plan(named)
    plan.close()
    assert problem is None
    assert asked == [f"There is no plan at {named}.\n\nCreate a new, empty plan there?"]
    created = answer == QMessageBox.StandardButton.Yes
    assert named.exists() is created
    assert plan.path == (named if created else paths.default_plan_path())


def test_an_existing_plan_opens_without_a_question(qapp, plan_path, monkeypatch) -> None:
    Plan.create(plan_path).close()
    monkeypatch.setattr(QMessageBox, "question", pytest.fail)
    plan, problem = open_start_plan(plan_path)
    plan.close()
    assert (plan.path, problem) == (plan_path, None)


def test_a_damaged_row_is_explained_once_and_the_window_stays_open(
    window, monkeypatch, qtbot
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append((args[1], args[2])))
    make_post(window.plan, ContentType.VALUE, title="Edited by hand")
    make_post(window.plan, ContentType.VALUE, title="Next week", day=TODAY + dt.timedelta(days=7))
    window.plan.conn.execute("UPDATE posts SET time = '29:00' WHERE title = 'Edited by hand'")
    window.plan.conn.commit()

    window.refresh()
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, text = shown[0]
    assert title == "This plan is damaged"
    assert "'Edited by hand" in text
    assert "'29:00' is not a time of day" in text
    assert window.model.posts() == []  # not the posts of the week shown before
    window.refresh()  # the same problem again: said in the status bar, not one more dialog
    qtbot.wait(50)
    assert len(shown) == 1
    assert "cannot be read" in window.status_label.text()

    window.next_action.trigger()  # the weeks without the damaged row work as before
    assert [p.title for p in window.model.posts()] == ["Next week"]
    assert "cannot be read" not in window.status_label.text()


@pytest.mark.qt_no_exception_capture
def test_an_unforeseen_error_is_shown_in_words_and_logged(window, monkeypatch, tmp_path) -> None:
    """A menu command that fails on an error nobody foresaw: the person sees a dialog
    (not nothing: there is no terminal), and the details go to a log file."""
    from ui import last_resort

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append((args[1], args[2])))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    last_resort.install()

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(window.plan, "week_mix", broken)
    window.next_action.trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Something went wrong"
    assert "RuntimeError: a bug" in text
    log = paths.data_folder() / last_resort.LOG_NAME
    assert str(log) in text
    assert 'raise RuntimeError("a bug")' in log.read_text(encoding="utf-8")
