"""Starting the app: selfcheck and the window command, as a user runs them."""

from __future__ import annotations

import subprocess
import sys

from planner.model import ContentType
from planner.store import Plan
from tests.conftest import command_environment, make_post
from ui.offscreen import use_offscreen_platform


def run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", *argv],
        capture_output=True,
        text=True,
        env=command_environment(),
        check=False,
    )


def test_selfcheck_without_a_plan_renders_the_sample_week() -> None:
    result = run_cli("selfcheck")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("selfcheck ok: selfcheck.sqlite3, week ")
    assert "9 posts shown" in result.stdout
    assert result.stderr == ""


def test_selfcheck_opens_a_plan_without_writing_to_it(plan_path) -> None:
    with Plan.create(plan_path) as plan:
        make_post(plan, ContentType.VALUE, plan.this_week().start)
    before = plan_path.read_bytes()
    result = run_cli("selfcheck", str(plan_path))
    assert result.returncode == 0, result.stderr
    assert "1 posts shown" in result.stdout
    assert plan_path.read_bytes() == before


def test_selfcheck_of_a_bad_plan_is_one_line_and_exit_1(tmp_path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    result = run_cli("selfcheck", str(bad))
    assert result.returncode == 1
    assert (
        result.stderr
        == f"content-planner: {bad} is not a plan (it is not a Content Planner file).\n"
    )


def test_offscreen_on_windows_draws_with_the_system_fonts(monkeypatch) -> None:
    # Qt's offscreen platform on Windows looks for fonts only in Qt's own folder, which
    # PySide6 leaves empty: PDF pages and the selfcheck had no text.
    monkeypatch.setattr(sys, "platform", "win32")
    environment = {"WINDIR": "D:\\Windows"}
    use_offscreen_platform(environment)
    assert environment["QT_QPA_PLATFORM"] == "offscreen"
    assert environment["QT_QPA_FONTDIR"] == "D:\\Windows\\Fonts"
    mine = {"QT_QPA_PLATFORM": "windows", "QT_QPA_FONTDIR": "E:\\Fonts"}
    use_offscreen_platform(mine)
    assert mine == {"QT_QPA_PLATFORM": "windows", "QT_QPA_FONTDIR": "E:\\Fonts"}
