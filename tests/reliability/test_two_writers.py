"""One plan open twice (two windows, two programs): no change lost, none corrupted, and a
lock that lasts is a clear message, never "database is locked"."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest

from planner import schema
from planner.actions import Action, Label
from planner.errors import PlanLockedError
from planner.model import Change, ContentType, Post
from planner.store import Plan
from tests.conftest import TODAY, all_posts, ensure_channel, make_post
from ui.document import PlanDocument
from ui.main_window import MainWindow


def new_post(post: Post) -> Action:
    return Action(Label.NEW_POST, Change(posts_after=(post,)))


def test_interleaved_writes_from_two_connections_all_land(plan_path) -> None:
    first = Plan.create(plan_path)
    second = Plan.open(plan_path)
    channel = ensure_channel(first, "Instagram")
    for i in range(50):
        writer = first if i % 2 else second
        writer.put_posts([Post(channel.id, ContentType.VALUE, f"post {i}")])
    assert first.count_posts() == second.count_posts() == 50
    assert first.integrity_problems() == []
    first.close()
    second.close()


def test_two_processes_write_at_once(plan_path) -> None:
    with Plan.create(plan_path) as plan:
        ensure_channel(plan, "Instagram")
    script = (
        "import sys\n"
        "from planner.model import ContentType, Post\n"
        "from planner.store import Plan\n"
        "plan = Plan.open(sys.argv[1])\n"
        "channel = plan.channels()[0]\n"
        "for i in range(100):\n"
        "    plan.put_posts([Post(channel.id, ContentType.VALUE, f'{sys.argv[2]} {i}')])\n"
    )
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(plan_path), name])
        for name in ("left", "right")
    ]
    assert [worker.wait(timeout=120) for worker in workers] == [0, 0]
    with Plan.open(plan_path) as plan:
        assert plan.count_posts() == 200
        assert plan.integrity_problems() == []


def test_a_lasting_lock_is_a_clear_message_and_nothing_is_half_written(
    plan_path, monkeypatch
) -> None:
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_SECONDS", 0.2)
    plan = Plan.create(plan_path)
    make_post(plan, "value", title="before")
    other = sqlite3.connect(plan_path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(PlanLockedError) as raised:
            make_post(plan, "value", title="while locked")
    finally:
        other.rollback()
        other.close()
    message = str(raised.value)
    assert "database is locked" not in message
    assert message.startswith("bakery.sqlite3 is in use by another program or window")
    assert [p.title for p in all_posts(plan)] == ["before"]
    make_post(plan, "value", title="after")  # once the lock is gone, work goes on
    assert plan.count_posts() == 2
    plan.close()


def test_the_second_window_shows_the_first_windows_changes(qtbot, plan_path) -> None:
    Plan.create(plan_path, time_zone="Europe/Rome").close()
    windows = [
        MainWindow(PlanDocument(Plan.open(plan_path)), remember_state=False) for _ in range(2)
    ]
    for window in windows:
        qtbot.addWidget(window)
    left, right = windows
    channel = ensure_channel(left.plan, "Instagram")
    post = Post(channel.id, ContentType.VALUE, "from the left", date=TODAY, time=dt.time(9))
    left.perform(new_post(post))
    right.perform(new_post(Post(channel.id, ContentType.VALUE, "mine", date=TODAY)))
    assert right.undo_action.isEnabled()
    right.files.check_outside_changes()  # what the timer and activating the window do
    assert sorted(p.title for p in right.model.posts()) == ["from the left", "mine"]
    assert not right.undo_action.isEnabled()  # undo starts afresh: it cannot undo theirs
    assert "changed in another window" in right.statusBar().currentMessage()
    for window in windows:
        window.close()


def test_a_lock_in_a_window_is_a_message_not_a_crash(qtbot, plan_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(schema, "BUSY_TIMEOUT_SECONDS", 0.2)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    plan = Plan.create(plan_path, time_zone="Europe/Rome")
    window = MainWindow(PlanDocument(plan), remember_state=False)
    qtbot.addWidget(window)
    channel = ensure_channel(plan, "Instagram")
    holder = sqlite3.connect(plan_path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.perform(new_post(Post(channel.id, ContentType.VALUE, "x")))
    finally:
        holder.rollback()
        holder.close()
    assert len(shown) == 1
    assert "in use by another program or window" in shown[0]
    assert plan.count_posts() == 0
    window.close()
