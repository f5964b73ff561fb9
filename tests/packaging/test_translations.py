"""packaging/translations.py: the .ts files follow the code, keep their translations, and
report what a translator still has to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.test_bundle_rules import load

translations = load("translations")
Message = translations.Message


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny ui/ and its .ts files, in place of the project's."""
    code, core = tmp_path / "ui", tmp_path / "planner"
    code.mkdir()
    core.mkdir()
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    monkeypatch.setattr(translations, "CODE", code)
    monkeypatch.setattr(translations, "CORE", core)
    monkeypatch.setattr(
        translations, "source_file", lambda language: tmp_path / f"app_{language}.ts"
    )
    return code


def write_code(code: Path, body: str) -> None:
    (code / "window.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "translate = QCoreApplication.translate\n\n\n" + body,
        encoding="utf-8",
    )


def test_update_keeps_translations_drops_old_strings_and_adds_new_ones(project) -> None:
    write_code(
        project,
        "def texts(count):\n"
        '    translate("Window", "Old")\n'
        '    translate("Window", "Kept")\n'
        '    translate("Window", "%n posts", "", count)\n',
    )
    assert translations.update() == 0
    messages = translations.read_ts(translations.source_file("it"))
    assert [(m.source, m.numerus) for m in messages] == [
        ("Old", False),
        ("Kept", False),
        ("%n posts", True),  # a plural, though lupdate marks only tr() calls so
    ]
    english = translations.read_ts(translations.source_file("en"))
    assert [m.source for m in english] == ["%n posts"]  # the source language: plurals only
    for message in messages:
        message.forms = ["Tenuto"] if message.source == "Kept" else message.forms
        message.finished = message.source == "Kept"
    translations.source_file("it").write_text(translations.ts_text(messages, "it"))
    write_code(
        project, 'def texts():\n    translate("Window", "Kept")\n    translate("Window", "New")\n'
    )
    assert translations.check() == 1  # behind the code
    translations.update()
    after = {m.source: m for m in translations.read_ts(translations.source_file("it"))}
    assert set(after) == {"Kept", "New"}
    assert (after["Kept"].forms, after["Kept"].finished) == (["Tenuto"], True)
    assert not after["New"].finished
    assert translations.check() == 1  # "New" still lacks its Italian


def test_the_core_s_marked_messages_are_extracted(project) -> None:
    """planner/ has no Qt: it marks its messages for the window to translate."""
    (project.parent / "planner" / "errors.py").write_text(
        "def QT_TRANSLATE_NOOP(context, text):\n    return text\n\n\n"
        'MESSAGE = QT_TRANSLATE_NOOP("Messages", "{path} is empty, not a plan.")\n',
        encoding="utf-8",
    )
    messages, warnings = translations.extract()
    assert [(m.context, m.source) for m in messages] == [
        ("Messages", "{path} is empty, not a plan.")
    ]
    assert warnings == []


def test_a_call_lupdate_cannot_read_is_reported(project) -> None:
    write_code(
        project,
        "def texts(posts):\n"
        '    translate("Window", "%n posts", "", len(posts))\n'
        '    translate("Window", VARIABLE)\n',
    )
    _messages, warnings = translations.extract()
    assert any("window.py:6: lupdate cannot read this call" in w for w in warnings)
    assert any("window.py:7: the text and context must be written out" in w for w in warnings)


@pytest.mark.parametrize(
    ("source", "forms", "problem"),
    [
        ("Hello {name}", ["Ciao {nome}"], "placeholders not in the source: nome"),
        ("Hello {name}", ["Ciao"], "placeholders left out: name"),
        ("&File", ["File"], "needs 1 mnemonic"),
        ("Save", ["&Salva"], "needs 0 mnemonic"),
        ("Save", [""], "no translation"),
    ],
)
def test_a_broken_translation_is_reported(source, forms, problem) -> None:
    message = Message("Window", source, forms=forms, finished=True)
    assert any(found.startswith(problem) for found in translations.problems_of(message))


def test_a_plural_form_may_leave_the_number_out() -> None:
    message = Message(
        "Actions",
        "Move %Ln posts to {where}",
        numerus=True,
        finished=True,
        forms=["Sposta il post in {where}", "Sposta %Ln post in {where}"],
    )
    assert translations.problems_of(message) == []
