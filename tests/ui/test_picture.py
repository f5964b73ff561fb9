"""The week or month as a picture from the command line: a PNG at a readable size, the
week's and the month's alike in size, never written over the plan."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from planner.store import Plan
from tests.conftest import TODAY, command_environment, make_post
from ui import file_flows


def export(plan_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", "export", str(plan_path), *options],
        capture_output=True,
        text=True,
        env=command_environment(),
        check=False,
    )


def colours(image: QImage) -> set[int]:
    """The colours of every 8th pixel of every 8th row: enough to tell pictures apart."""
    return {
        image.pixel(x, y) for y in range(0, image.height(), 8) for x in range(0, image.width(), 8)
    }


def test_the_week_and_its_month_as_pictures(plan: Plan, plan_path: Path, tmp_path) -> None:
    make_post(plan, "promotional", TODAY, time=dt.time(9), title="Winter sale")
    make_post(plan, "value", TODAY + dt.timedelta(weeks=1), title="Three bread tips")
    plan.close()
    week, month = tmp_path / "week.png", tmp_path / "month.png"
    done = export(plan_path, "--format", "png", "--week", TODAY.isoformat(), "-o", str(week))
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"Exported a picture of 1 post to {week}.\n"
    done = export(plan_path, "--format", "png", "--view", "month", "-o", str(month))
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"Exported a picture of 2 posts to {month}.\n"
    week_image, month_image = QImage(str(week)), QImage(str(month))
    assert (week_image.width(), week_image.height()) == (month_image.width(), month_image.height())
    assert week_image.width() >= 1600  # readable when a chat shows it whole
    assert len(colours(week_image)) > 3
    assert len(colours(month_image)) > 3
    assert colours(week_image) != colours(month_image)


def test_a_picture_is_refused_in_words_where_it_cannot_go(plan: Plan, plan_path: Path) -> None:
    make_post(plan, "value", TODAY)
    plan.close()
    before = plan_path.read_bytes()
    over_the_plan = export(plan_path, "--format", "png", "-o", str(plan_path))
    assert over_the_plan.returncode == 1
    assert over_the_plan.stderr.startswith("content-planner: ")
    assert plan_path.read_bytes() == before
    for options, words in (
        (["--format", "png", "-o", "-"], "a PNG needs -o FILE"),
        (["--format", "png", "--from", TODAY.isoformat(), "-o", "x.png"], "use --week DATE"),
        (["--view", "month", "-o", "x.csv"], "--view goes with --format png"),
    ):
        refused = export(plan_path, *options)
        assert refused.returncode == 2, refused.stderr
        assert words in refused.stderr


def test_file_export_a_picture_writes_the_month_the_window_shows(
    window, tmp_path, monkeypatch
) -> None:
    make_post(window.plan, "conversation", TODAY, title="Ask about bread")
    window.refresh()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    target = tmp_path / "month.png"
    monkeypatch.setattr(file_flows, "save_file_name", lambda *_args: str(target))
    window.picture_action.trigger()
    assert window.statusBar().currentMessage() == "Exported a picture of 1 post to month.png."
    assert QImage(str(target)).width() >= 1600
