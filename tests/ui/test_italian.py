"""The window in Italian (PRODUCT.md §10): every text a person reads in the main window and
in every dialog is Italian, counts take their plural forms, numbers and dates follow the
locale.

A text counts as English when it holds a word that the English sources of the translation
use and no Italian translation does ("week", "posts", "Cancel"): the check grows with the
strings, and a dialog added later is opened by the menu action that opens it (and the test
fails until a dialog no action reaches is opened here).
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

import ui
from planner import actions
from planner.actions import add_sample_week
from planner.store import Plan
from tests.conftest import NOW, TODAY, make_post
from tests.packaging.test_bundle_rules import load
from ui import file_flows, language, review_flows, texts
from ui.app import application
from ui.document import PlanDocument
from ui.export_dialog import ExportDialog, default_delimiter
from ui.main_window import MainWindow

translations = load("translations")
# Qt's own buttons, which come from Qt's translation (qtbase_it.qm), not ours.
QT_BUTTON_WORDS = {"cancel", "save", "close", "yes", "apply", "discard", "open"}


def words(text: str) -> set[str]:
    text = re.sub(r"\{\w*\}|%L?n|<[^>]+>|&(?=\w)", " ", text)
    return {word.lower() for word in re.findall(r"[^\W\d]+", text)}  # it_IT is one word


def english_only_words() -> set[str]:
    messages = translations.read_ts(translations.source_file("it"))
    english = set().union(*(words(message.source) for message in messages))
    italian = set().union(*(words(form) for message in messages for form in message.forms))
    return (english - italian) | QT_BUTTON_WORDS


ENGLISH = english_only_words()


def english_in(texts_shown: list[str]) -> list[str]:
    return [text for text in texts_shown if words(text) & ENGLISH]


# -- reading what a widget shows -----------------------------------------------------------


def visible_texts(top: QWidget) -> list[str]:
    """Every text ``top`` shows or tells a screen reader: titles, labels, buttons, fields'
    hints, lists, tabs, table headers, tooltips."""
    found = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        found += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox) and widget.isEditable():
            found.append(widget.currentText())  # its items are the user's data (zones)
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            found.append(widget.text())
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += model_texts(widget)
    return [text for text in found if text]


def model_texts(view: QAbstractItemView) -> list[str]:
    model, top = view.model(), QModelIndex()
    columns = range(1 if isinstance(model, QAbstractListModel) else model.columnCount(top))
    found = [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in columns]
    for row in range(model.rowCount(top)):
        for column in columns:
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                found.append(str(index.data(role) or ""))
    return found


def menu_texts(menu: QMenu) -> list[str]:
    found = [menu.title()]
    for action in menu.actions():
        found += [action.text(), action.toolTip()]
        if action.menu() is not None:
            found += menu_texts(action.menu())
    return found


def ui_dialogs() -> set[type[QDialog]]:
    """Every dialog class of the window's code."""
    for module in pkgutil.iter_modules(ui.__path__):
        if module.name != "__main__":
            importlib.import_module(f"ui.{module.name}")
    found, waiting = set(), [QDialog]
    while waiting:
        for subclass in waiting.pop().__subclasses__():
            waiting.append(subclass)
            if subclass.__module__.startswith("ui."):
                found.add(subclass)
    return found


# -- the window in Italian -----------------------------------------------------------------


@pytest.fixture
def italian(qapp) -> Iterator[None]:
    before = QLocale()
    application()
    language.install(qapp, "it")
    yield
    language.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def finestra(italian, qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """A bakery's plan begun in Italian, with the sample week and a published post."""
    plan = Plan.create(tmp_path / "forno.sqlite3", time_zone="Europe/Rome", language="it")
    week = plan.this_week()
    plan.apply(add_sample_week(plan, week.shifted(-1), NOW, "it").change)
    plan.apply(add_sample_week(plan, week, NOW, "it").change)
    shown = MainWindow(PlanDocument(plan))
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()


def select_a_post(window: MainWindow) -> None:
    window.view.setFocus()
    window.view.select_posts([window.model.posts()[0].uid])


def test_the_main_window_is_italian(finestra) -> None:
    shown = visible_texts(finestra) + [
        text for menu in finestra.menuBar().findChildren(QMenu) for text in menu_texts(menu)
    ]
    shown += [finestra.status_label.text()]
    assert english_in(shown) == []
    assert "Settimana 48 · 23–29 nov 2026" in shown
    assert "lun 23" in shown  # the day headers, in the locale's words
    assert "9 post questa settimana" in finestra.status_label.text()


def answered_pack(plan: Plan, path: Path) -> Path:
    """A review pack of this week, answered by an Italian client: a decision, a comment
    and a rewritten text."""
    import openpyxl

    from planner.review_pack import Language, PackFormat, make_pack, write_pack

    week = plan.this_week()
    write_pack(make_pack(plan, week.start, week.end, Language.ITALIAN), PackFormat.XLSX, path, None)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet["G4"], sheet["H4"], sheet["F4"] = "modifica", "Più breve, grazie", "Pane caldo."
    book.save(path)
    return path


def test_every_dialog_is_italian(finestra, monkeypatch, tmp_path) -> None:
    """Every action of the menus is triggered (and undone); each dialog it opens, every
    message box and question, is read as it would show."""
    seen: dict[str, list[str]] = {}

    def read(dialog: QDialog) -> int:
        dialog.show()
        seen.setdefault(type(dialog).__name__, []).extend(visible_texts(dialog))
        dialog.hide()
        return QDialog.DialogCode.Rejected

    def box(kind: str):
        def answer(_parent, title, text, *args, **kwargs):
            seen.setdefault(kind, []).extend([title, text])
            return QMessageBox.StandardButton.Cancel

        return staticmethod(answer)

    for dialog_class in [QDialog, QMessageBox, QPrintDialog, *ui_dialogs()]:
        monkeypatch.setattr(dialog_class, "exec", read)
    for kind in ("about", "information", "question", "warning"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    source = tmp_path / "settimana.csv"
    source.write_text(
        "date;channel;content_type;title;status\n"
        "09/12/2026;Instagram;valore;Orari di Natale;bozza\n",
        encoding="utf-8",
    )
    # File ▸ Import reads the CSV; no other file is chosen.
    monkeypatch.setattr(
        file_flows,
        "open_file_name",
        lambda _parent, _title, _folder, filters: str(source) if "csv" in filters else "",
    )
    monkeypatch.setattr(file_flows, "save_file_name", lambda *_args: "")
    # File ▸ Read client answers reads a pack the client answered in Italian.
    pack = answered_pack(finestra.plan, tmp_path / "revisione.xlsx")
    monkeypatch.setattr(review_flows, "open_file_name", lambda *_args: str(pack))
    monkeypatch.setattr(review_flows, "save_file_name", lambda *_args: "")

    published = finestra.plan.week_mix(finestra.week.shifted(-1)).posts[0]
    finestra.show_week(finestra.week.shifted(-1))
    actions = [
        action
        for menu in finestra.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.menu() is None and not action.isSeparator()
    ]
    for action in actions:
        if action in (finestra.quit_action, finestra.undo_action, finestra.redo_action):
            continue
        finestra.view.setFocus()
        finestra.view.select_posts([published.uid])
        history = finestra.document.undo_stack
        before = history.index()
        action.trigger()
        while history.index() > before:
            history.undo()
    finestra.ideas_panel.setCurrentIndex(1)
    finestra.post_flows.edit_starter(None)
    finestra.post_flows.edit_followup(published)

    assert {cls.__name__ for cls in ui_dialogs()} <= set(seen)
    shown = [text for texts_seen in seen.values() for text in texts_seen]
    assert english_in(shown) == []
    assert "Annulla" in seen["PostDialog"]  # Qt's own button, from Qt's translation
    assert "Salva" in seen["PostDialog"]


def test_counts_take_their_plural_forms(italian) -> None:
    assert texts.conversations_text(1) == "1 conversazione"
    assert texts.conversations_text(3) == "3 conversazioni"
    assert texts.conversations_text(12000) == "12.000 conversazioni"


def test_a_warning_reads_naturally_with_italian_numbers(italian) -> None:
    plan = Plan.in_memory(time_zone="Europe/Rome")
    kinds = ["promotional"] * 3 + ["value"] * 3 + ["conversation"]
    for number, kind in enumerate(kinds):
        make_post(plan, kind, TODAY + dt.timedelta(days=1), channel=f"Canale {number}")
    (warning,) = plan.week_mix(plan.this_week()).report.warnings
    assert texts.warning_text(warning) == (
        "3 post su 7 questa settimana sono promozionali (43%); "
        "il tuo limite è 33% (regola dei terzi)."
    )
    assert texts.percent_text(warning.figures["limit_value"], 1) == "33,3%"


def test_the_italian_plan_has_italian_starters_and_sample(finestra) -> None:
    starters = finestra.plan.starters()
    assert starters[0].text.startswith("Fai una domanda")
    assert "Dietro il forno: come lievita di notte il nostro pane a pasta madre" in [
        post.title for post in finestra.model.posts()
    ]


def test_menus_keep_their_keyboard_letters_apart(finestra) -> None:
    """Alt+letter reaches one item per menu in Italian too."""
    for menu in [finestra.menuBar(), *finestra.menuBar().findChildren(QMenu)]:
        letters = [
            match[1].lower()
            for action in menu.actions()
            for match in [re.search(r"&(\w)", action.text())]
            if isinstance(action, QAction) and match
        ]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_the_export_offers_semicolons_where_decimals_take_a_comma(
    window, monkeypatch, tmp_path
) -> None:
    assert default_delimiter(QLocale("it_IT")) == ";"
    assert default_delimiter(QLocale("de_DE")) == ";"
    assert default_delimiter(QLocale("en_US")) == ","
    make_post(window.plan, "value", TODAY, title="Orari; di Natale")
    offered = []

    def choose_semicolon(dialog: ExportDialog) -> int:
        offered.append(dialog.delimiter())
        dialog.separator.setCurrentIndex(dialog.separator.findData(";"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose_semicolon)
    out = tmp_path / "settimana.csv"
    monkeypatch.setattr(file_flows, "save_file_name", lambda *_args: str(out))
    window.file_flows.export()
    assert offered == [","]  # the tests' computer writes 1.5
    assert out.read_text(encoding="utf-8-sig").startswith('"uid";"date"')
    window.file_flows.export()
    assert offered == [",", ";"]  # the last choice is offered again


def test_undo_names_the_action_in_italian(finestra) -> None:
    posts = finestra.model.posts()[:3]
    finestra.perform(actions.move_posts(finestra.plan, posts, TODAY + dt.timedelta(days=2)))
    assert finestra.undo_action.text() == "Annulla spostamento di 3 post"  # Qt's own "Annulla"
    finestra.perform(actions.delete_posts(finestra.plan, finestra.model.posts()[:1]))
    assert finestra.undo_action.text() == "Annulla eliminazione del post"


def test_the_plan_file_messages_are_italian(finestra, monkeypatch, tmp_path) -> None:
    """What the core says about a plan file reaches an Italian window in Italian."""
    from planner.files import OutputError, check_target

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    empty = tmp_path / "vuoto.sqlite3"
    empty.write_bytes(b"")
    finestra.files.open_plan(empty)
    assert shown == [f"{empty} è vuoto, non è un piano."]

    plan = finestra.plan.path
    with pytest.raises(OutputError) as refused:
        check_target(Path(f"{plan}-wal"), [plan])
    assert texts.said(refused.value) == (
        f"{plan}-wal è il file -wal del piano che si sta leggendo (forno.sqlite3); "
        "scriverci lo distruggerebbe. Scegli un altro file."
    )
