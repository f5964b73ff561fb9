"""Which language the window speaks (PRODUCT.md §2, §10): the computer's by default, or the
one chosen in View ▸ Language (for the next start); translations built from the .ts files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ui import language, translations


@pytest.fixture
def restored(qapp) -> Iterator[None]:
    """The test may install another language: English again afterwards."""
    before = QLocale()
    yield
    language.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        (["it-IT", "it"], "it"),
        (["it-CH"], "it"),
        (["en-GB", "en"], "en"),
        (["de-DE", "de"], "en"),  # a language the app lacks: English
        (["de", "it_IT", "en"], "it"),  # LANGUAGE=de:it:en, in the user's order
        (["C"], "en"),
    ],
)
def test_the_computers_language_is_the_first_the_app_speaks(preferred, expected) -> None:
    assert language.first_spoken(preferred) == expected


def test_the_language_menu_remembers_the_choice_for_the_next_start(window, monkeypatch) -> None:
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    menu = {action.text(): action for action in window.findChildren(QAction)}
    assert menu["Same as this computer (English)"].isChecked()
    menu["Italiano"].trigger()
    assert QSettings().value(language.SETTING) == "it"
    assert told == ["The new language applies the next time you open Content Planner."]
    menu["Same as this computer (English)"].trigger()
    assert QSettings().value(language.SETTING) == ""
    assert len(told) == 1  # back to the language the window speaks: nothing to tell


def test_the_chosen_language_wins_over_the_computers(qapp, restored) -> None:
    language.choose("it")  # on a computer in English (the tests' C locale)
    assert language.install(qapp) == "it"
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    assert QCoreApplication.translate("WindowActions", "&Edit") == "&Modifica"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"  # Qt's own
    assert QLocale().language() == QLocale.Language.Italian


def test_an_edited_translation_is_compiled_again(qapp, monkeypatch, tmp_path, restored) -> None:
    folder, cache = tmp_path / "translations", tmp_path / "cache"
    shutil.copytree(translations.FOLDER, folder)
    monkeypatch.setattr(translations, "FOLDER", folder)
    monkeypatch.setattr(translations, "_cache_folder", lambda: cache)
    first = translations.compiled("it")
    ts = translations.source_file("it")
    edit = "<source>&amp;Edit</source>\n        <translation>&amp;{}</translation>"
    text = ts.read_text(encoding="utf-8")
    assert edit.format("Modifica") in text
    ts.write_text(text.replace(edit.format("Modifica"), edit.format("Cambia")), encoding="utf-8")
    second = translations.compiled("it")
    assert first is not None
    assert second is not None
    assert first != second
    language.install(qapp, "it")
    assert QCoreApplication.translate("WindowActions", "&Edit") == "&Cambia"


def test_without_lrelease_the_window_speaks_english(
    qapp, monkeypatch, tmp_path, capsys, restored
) -> None:
    monkeypatch.setattr(translations, "_cache_folder", lambda: tmp_path / "cache")
    monkeypatch.setattr(translations, "qt_tool", lambda name: tmp_path / name)
    assert language.install(qapp, "it") == "en"
    assert "the window speaks English" in capsys.readouterr().err
    assert QCoreApplication.translate("WindowActions", "&Edit") == "&Edit"


@pytest.mark.skipif(
    sys.platform != "linux", reason="Windows and macOS take the language from their settings"
)
def test_the_app_starts_in_italian_under_an_italian_locale(tmp_path) -> None:
    """The installed command, as a person starts it: the computer's language decides."""
    environment = {
        **os.environ,
        "LC_ALL": "",
        "LANG": "it_IT.UTF-8",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "ui", "selfcheck"]
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "language it (qtbase_it.qm, content_planner_it" in result.stdout
    english = subprocess.run(
        command, env={**environment, "LANG": "en_US.UTF-8"}, capture_output=True, text=True
    )
    assert "language en (content_planner_en" in english.stdout


def test_english_keeps_the_computers_formats_and_italian_its_region(qapp, restored) -> None:
    italian = language.locale_for("it")
    assert italian.language() == QLocale.Language.Italian
    assert language.locale_for("en") == QLocale.system()  # the tests' C locale


def test_qt_translations_sit_where_the_app_looks(qapp) -> None:
    found = translations.qt_own("it")
    assert found is not None
    assert found.name == "qtbase_it.qm"
    assert translations.qt_own("en") is None  # Qt speaks English itself
