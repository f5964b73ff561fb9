"""Bad plan files and bad CSVs, everywhere: a clear message, nothing written, no
traceback, from the command line and in the window alike."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from planner import store
from planner.cli import main
from planner.model import ContentType
from planner.schema import CURRENT_VERSION
from planner.store import Plan
from tests.conftest import all_posts, make_post
from ui.import_dialog import ImportDialog


def not_a_plan(path: Path) -> None:
    path.write_text("shopping list: flour, yeast")


def empty(path: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path) -> None:
    with Plan.create(path) as plan:
        for i in range(200):
            make_post(plan, ContentType.VALUE, title=f"{i} " + "x" * 300)
    path.write_bytes(path.read_bytes()[:20000])


def foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (total REAL)")
    conn.commit()
    conn.close()


def newer(path: Path) -> None:
    Plan.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 5}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def folder(path: Path) -> None:
    path.mkdir()


BAD_FILES = [not_a_plan, empty, truncated, foreign, newer, folder]
REASONS = {
    "not_a_plan": "is not a plan",
    "empty": "is empty",
    "truncated": "damaged",
    "foreign": "another program's database",
    "newer": "newer version",
    "folder": "is a folder",
}


def digest(path: Path) -> str:
    return "folder" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "ui", *argv], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize("make", BAD_FILES, ids=lambda make: make.__name__)
def test_bad_plan_files_from_the_command_line(tmp_path, make) -> None:
    path = tmp_path / "client.sqlite3"
    make(path)
    before = digest(path)
    csv_file = tmp_path / "posts.csv"
    csv_file.write_text("channel,content_type,title\nX,value,Hi\n")
    for argv in (
        ["mix", str(path)],
        ["check", str(path)],
        ["export", str(path)],
        ["import", str(path), str(csv_file)],
        ["selfcheck", str(path)],
    ):
        result = cli(*argv)
        assert result.returncode == 1, (argv, result.stderr)
        assert result.stderr.count("\n") == 1, (argv, result.stderr)
        assert "Traceback" not in result.stderr
        assert REASONS[make.__name__] in result.stderr, (argv, result.stderr)
    assert digest(path) == before


@pytest.mark.parametrize("make", BAD_FILES, ids=lambda make: make.__name__)
def test_bad_plan_files_in_the_window(window, tmp_path, monkeypatch, make) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    path = tmp_path / "client.sqlite3"
    make(path)
    before = digest(path)
    plan = window.plan
    assert window.files.open_plan(path) is False
    assert len(shown) == 1
    assert REASONS[make.__name__] in shown[0]
    assert window.plan is plan
    assert digest(path) == before


def test_an_unreadable_file_is_a_clear_error(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "secret.sqlite3"
    Plan.create(path).close()
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert main(["mix", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"content-planner: {path} cannot be read (Permission denied).\n"
    )


def test_a_plan_on_a_read_only_medium_opens_to_be_read(plan_path, monkeypatch, capsys) -> None:
    with Plan.create(plan_path) as plan:
        make_post(plan, ContentType.VALUE, title="On the stick")
    before = plan_path.read_bytes()
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    with Plan.open(plan_path) as plan:
        assert plan.readonly
        assert plan.read_only_medium
        assert [p.title for p in all_posts(plan)] == ["On the stick"]
    source = plan_path.parent / "posts.csv"
    source.write_text("channel,content_type,title\nX,value,New\n")
    assert main(["import", str(plan_path), str(source)]) == 1
    assert capsys.readouterr().err == (
        "content-planner: bakery.sqlite3 cannot be changed: the file or its folder is "
        "read-only. Save a copy somewhere you can write to, and open that.\n"
    )
    assert plan_path.read_bytes() == before


BAD_CSVS = {
    "utf16 without a BOM": "channel,content_type,title\nX,value,Hi\n".encode("utf-16-le"),
    "latin-1": "channel,content_type,title\nX,value,Café\n".encode("latin-1"),
    "stray quote": b'channel,content_type,title\nX,value,"unfinished\n',
    "a cell too long": b"channel,content_type,title\nX,value," + b"y" * 200_000 + b"\n",
    "empty": b"",
    "binary": bytes(range(256)) * 10,
}


@pytest.mark.parametrize("name", list(BAD_CSVS))
def test_bad_csvs_write_nothing_from_the_command_line(tmp_path, name, capsys) -> None:
    plan_path = tmp_path / "plan.sqlite3"
    with Plan.create(plan_path) as plan:
        make_post(plan, ContentType.VALUE, title="Untouched")
    before = digest(plan_path)
    source = tmp_path / "bad.csv"
    source.write_bytes(BAD_CSVS[name])
    assert main(["import", str(plan_path), str(source)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("content-planner: Nothing was imported: the file has 1 problem.\nline ")
    assert "Traceback" not in err
    assert digest(plan_path) == before
    assert not (tmp_path / "new.sqlite3").exists()


@pytest.mark.parametrize("name", list(BAD_CSVS))
def test_bad_csvs_write_nothing_in_the_window(window, tmp_path, monkeypatch, name) -> None:
    make_post(window.plan, ContentType.VALUE, title="Untouched")
    source = tmp_path / "bad.csv"
    source.write_bytes(BAD_CSVS[name])
    seen = []

    def look(dialog: ImportDialog) -> int:
        seen.append((dialog.problems.count(), dialog.import_button.isEnabled()))
        return ImportDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", look)
    window.file_flows.import_csv(str(source))
    assert seen == [(1, False)]
    assert [p.title for p in all_posts(window.plan)] == ["Untouched"]


def test_a_good_utf16_file_and_a_header_alone_are_fine(plan, capsys, plan_path) -> None:
    source = plan_path.parent / "excel.csv"
    source.write_bytes("channel\tcontent_type\ttitle\r\nX\tvalue\tHi\r\n".encode("utf-16"))
    plan.close()
    assert main(["import", str(plan_path), str(source)]) == 0
    source.write_text("channel,content_type,title\n")
    assert main(["import", str(plan_path), str(source)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Imported 0 posts: 0 new, 0 updated, 0 unchanged."
    )
