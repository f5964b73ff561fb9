"""Outputs never destroy inputs: every file the app writes (CSV, calendar, PDF, a copy of
the plan) refuses the plan itself and write-protected files, writes through links, and on
a failure (a full disk) leaves the earlier file as it was, with one line naming it."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner import files
from planner.cli import main
from planner.files import OutputError
from planner.model import ContentType, Post
from planner.store import Plan
from tests.conftest import TODAY, all_posts, ensure_channel, make_post
from ui.export_dialog import ExportDialog, Format
from ui.launcher import LazyWindow

FORMATS = ["csv", "ics", "pdf"]
# Links need an administrator (or developer mode) on Windows, and modes there are only
# "read-only" or not.
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="links and modes are POSIX")
# Four weeks: enough pages for a PDF that a nearly full disk cannot hold.
RANGE = ["--from", TODAY.isoformat(), "--to", (TODAY + dt.timedelta(days=27)).isoformat()]


@pytest.fixture
def busy_plan(plan_path: Path) -> Path:
    """A plan whose exports run to some tens of kilobytes."""
    with Plan.create(plan_path, time_zone="Europe/Rome") as plan:
        for i in range(120):
            make_post(
                plan,
                ("promotional", "value", "conversation")[i % 3],
                TODAY + dt.timedelta(days=i % 28),
                time=dt.time(8 + i % 10),
                title=f"Post {i}: oven-fresh news from the bakery",
                body="Sourdough, rye and spelt, baked this morning. " * 4,
            )
    return plan_path


def export(
    capsys: pytest.CaptureFixture[str], plan: Path, kind: str, target: Path
) -> tuple[int, str]:
    """``content-planner export`` as a user runs it; the exit code and what it said."""
    code = main(
        ["export", str(plan), "--format", kind, *RANGE, "-o", str(target)], window=LazyWindow()
    )
    return code, capsys.readouterr().err


def plan_state(path: Path) -> tuple[bytes, list[str]]:
    """The plan's bytes, and the other files beside it (SQLite's own -wal and -shm, which a
    reader may leave, aside)."""
    beside = [p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))]
    return path.read_bytes(), sorted(beside)


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize(
    "alias", ["itself", "wal", "shm", pytest.param("symlink", marks=POSIX_ONLY), "hard link"]
)
def test_an_export_never_replaces_the_plan(qapp, capsys, busy_plan, kind, alias) -> None:
    target = {
        "itself": busy_plan,
        "wal": Path(f"{busy_plan}-wal"),
        "shm": Path(f"{busy_plan}-shm"),
        "symlink": busy_plan.parent / "week.csv",
        "hard link": busy_plan.parent / "week.ics",
    }[alias]
    if alias == "symlink":
        target.symlink_to(busy_plan)
    if alias == "hard link":
        os.link(busy_plan, target)
    before = plan_state(busy_plan)
    code, err = export(capsys, busy_plan, kind, target)
    assert code == 1
    assert err.startswith(f"content-planner: {target} is ")
    assert "the plan being read (bakery.sqlite3); writing there would destroy it" in err
    assert err.count("\n") == 1
    assert plan_state(busy_plan) == before
    assert main(["check", str(busy_plan)]) == 0


@pytest.mark.parametrize("kind", FORMATS)
def test_a_write_protected_file_is_not_replaced(qapp, capsys, busy_plan, tmp_path, kind) -> None:
    target = tmp_path / f"for the client.{kind}"
    target.write_text("the copy the client approved")
    target.chmod(0o444)
    code, err = export(capsys, busy_plan, kind, target)
    assert (code, err) == (
        1,
        f"content-planner: {target} is write-protected; it was left as it was.\n",
    )
    assert target.read_text() == "the copy the client approved"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


@POSIX_ONLY
@pytest.mark.parametrize("kind", FORMATS)
def test_a_link_is_written_through(qapp, capsys, busy_plan, tmp_path, kind) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / f"week.{kind}"
    real.write_text("last week's")
    real.chmod(0o640)
    link = tmp_path / f"latest.{kind}"
    link.symlink_to(real)
    code, err = export(capsys, busy_plan, kind, link)
    assert code == 0, err
    assert link.is_symlink()
    assert link.resolve() == real
    assert real.read_bytes().startswith((codecs.BOM_UTF8, b"BEGIN:VCALENDAR", b"%PDF-"))
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the file keeps its permissions
    assert sorted(p.name for p in shared.iterdir()) == [real.name]


@pytest.mark.parametrize("kind", FORMATS)
def test_a_full_disk_leaves_the_earlier_file(qapp, capsys, busy_plan, full_disk, kind) -> None:
    target = full_disk / f"week.{kind}"
    target.write_text("last week's, still good")
    code, err = export(capsys, busy_plan, kind, target)
    assert code == 1
    assert err == (
        f"content-planner: {target} was not written (No space left on device); "
        "the earlier file is unchanged.\n"
    )
    assert target.read_text() == "last week's, still good"
    assert [p.name for p in full_disk.iterdir()] == [target.name]  # no temporary left


def test_a_new_file_on_a_full_disk_is_not_left_half_written(
    qapp, capsys, busy_plan, full_disk
) -> None:
    target = full_disk / "week.csv"
    code, err = export(capsys, busy_plan, "csv", target)
    assert (code, err) == (
        1,
        f"content-planner: {target} was not written (No space left on device).\n",
    )
    assert list(full_disk.iterdir()) == []


def test_a_copy_of_the_plan_keeps_the_old_copy_until_it_is_whole(busy_plan, full_disk) -> None:
    old_copy = full_disk / "copy.sqlite3"
    old_copy.write_bytes(b"last month's copy")
    with Plan.open(busy_plan) as plan, pytest.raises(OutputError) as refused:
        plan.save_copy(old_copy)
    assert str(refused.value).startswith(f"{old_copy} was not written (")
    assert str(refused.value).endswith("; the earlier file is unchanged.")
    assert old_copy.read_bytes() == b"last month's copy"
    assert [p.name for p in full_disk.iterdir()] == ["copy.sqlite3"]


@POSIX_ONLY
def test_a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_usual(tmp_path) -> None:
    private = tmp_path / "private.csv"
    private.write_text("old")
    private.chmod(0o600)
    files.write_bytes(private, b"new")
    assert (private.read_bytes(), stat.S_IMODE(private.stat().st_mode)) == (b"new", 0o600)
    fresh = tmp_path / "fresh.csv"
    files.write_bytes(fresh, b"new")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGPIPE exit code")
def test_an_export_to_a_closed_pipe_ends_quietly(plan) -> None:
    channel = ensure_channel(plan, "Instagram")
    text = "More than a pipe holds at once. " * 10
    plan.put_posts(
        Post(channel.id, ContentType.VALUE, f"Post {i}", body=text, date=TODAY) for i in range(800)
    )
    plan.close()
    for kind in ("csv", "ics"):
        export = subprocess.Popen(
            [sys.executable, "-m", "ui", "export", str(plan.path), "--format", kind],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert export.stdout is not None
        assert export.stderr is not None
        export.stdout.read(10)  # as `| head -c 10` does, then goes away
        export.stdout.close()
        err = export.stderr.read()
        export.stderr.close()
        assert export.wait(timeout=60) == 141
        assert err == b""


# -- the window --------------------------------------------------------------------------


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


@pytest.mark.parametrize("kind", [Format.CSV, Format.ICS, Format.PDF])
def test_the_window_never_exports_over_its_plan(window, monkeypatch, kind) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportDialog, "format", lambda _d: kind)
    make_post(window.plan, "value", title="Keep me")
    answer_file_dialog(monkeypatch, window.plan.path)
    window.export_action.trigger()
    assert len(shown) == 1
    assert "is the plan being read (bakery.sqlite3)" in shown[0]
    assert [p.title for p in all_posts(window.plan)] == ["Keep me"]
    assert window.plan.integrity_problems() == []


def test_the_window_never_exports_a_picture_over_its_plan(window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    make_post(window.plan, "value", title="Keep me")
    answer_file_dialog(monkeypatch, window.plan.path)
    window.picture_action.trigger()
    assert len(shown) == 1
    assert "is the plan being read (bakery.sqlite3)" in shown[0]
    assert window.plan.integrity_problems() == []


def test_save_a_copy_in_the_window_keeps_the_old_copy_on_a_full_disk(
    window, monkeypatch, full_disk
) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:]))
    for i in range(100):
        make_post(window.plan, "value", title=f"Post {i} " + "x" * 200)
    old_copy = full_disk / "copy.sqlite3"
    old_copy.write_bytes(b"last month's copy")
    answer_file_dialog(monkeypatch, old_copy)
    window.save_copy_action.trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Copy not saved"
    assert text.startswith(f"{old_copy} was not written (")
    assert old_copy.read_bytes() == b"last month's copy"
