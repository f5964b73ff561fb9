"""Rolling backups, taken with the backup API when a plan opens; restore from one."""

from __future__ import annotations

import datetime as dt
import shutil

from PySide6.QtWidgets import QMessageBox

from planner import backups
from planner.model import Change, ContentType
from planner.store import Plan
from tests.conftest import all_posts, make_post
from ui.restore_dialog import RestoreDialog

MORNING = dt.datetime(2026, 11, 23, 9, 0)


def test_a_backup_is_a_whole_plan_in_the_backups_folder(plan, home) -> None:
    make_post(plan, ContentType.VALUE, title="Keep me")
    backup = backups.back_up(plan, now=MORNING)
    assert backup is not None
    assert backup.path.parent == home / "backups"
    assert backup.path.name.startswith("bakery-")
    with Plan.open(backup.path, readonly=True) as copy:
        assert [p.title for p in all_posts(copy)] == ["Keep me"]
    assert backups.backups_of(plan.path) == [backup]


def test_not_again_within_half_an_hour_and_only_the_last_ten_kept(plan) -> None:
    assert backups.back_up(plan, now=MORNING) is not None
    assert backups.back_up(plan, now=MORNING + dt.timedelta(minutes=10)) is None
    for hour in range(1, 15):
        make_post(plan, ContentType.VALUE, title=f"hour {hour}")
        backups.back_up(plan, now=MORNING + dt.timedelta(hours=hour))
    kept = backups.backups_of(plan.path)
    assert len(kept) == backups.KEEP
    assert kept[0].taken == MORNING + dt.timedelta(hours=14)
    assert kept[0].posts == 14
    assert [b.posts for b in kept] == list(range(14, 4, -1))


def test_plans_with_the_same_name_keep_their_backups_apart(plan, tmp_path) -> None:
    other_folder = tmp_path / "client"
    other_folder.mkdir()
    with Plan.create(other_folder / "bakery.sqlite3") as other:
        backups.back_up(other, now=MORNING)
    backups.back_up(plan, now=MORNING)
    assert len(backups.backups_of(plan.path)) == 1


def test_restore_puts_the_backup_back_after_backing_up_the_present(plan) -> None:
    make_post(plan, ContentType.VALUE, title="Old post")
    backup = backups.back_up(plan, now=MORNING)
    plan.apply(Change(posts_before=tuple(all_posts(plan))))
    make_post(plan, ContentType.VALUE, title="New post", channel="Facebook")
    restoring = backups.restoring(plan, backup)
    plan.apply(restoring.change)
    assert [p.title for p in all_posts(plan)] == ["Old post"]
    assert [c.name for c in plan.channels()] == ["Instagram"]
    (kept, _backup) = backups.backups_of(plan.path)
    with Plan.open(kept.path, readonly=True) as present:
        assert [p.title for p in all_posts(present)] == ["New post"]
    assert plan.integrity_problems() == []
    plan.apply(restoring.change.reversed())  # a restore is undone like any action
    assert [p.title for p in all_posts(plan)] == ["New post"]


def test_restoring_a_first_version_backup_upgrades_it(plan, home) -> None:
    from pathlib import Path

    old = Path(__file__).parent.parent / "data" / "plan-v1.sqlite3"
    folder = home / "backups"
    folder.mkdir()
    target = folder / f"{backups._prefix(plan.path)}20261101-080000.sqlite3"
    shutil.copy(old, target)
    (backup,) = backups.backups_of(plan.path)
    plan.apply(backups.restoring(plan, backup).change)
    assert len(all_posts(plan)) == 4
    assert plan.starters()  # a version 3 table, made by the upgrade


def test_the_window_backs_up_on_opening_and_restores(window, qtbot, monkeypatch) -> None:
    make_post(window.plan, ContentType.VALUE, title="Opened with this")
    window.files._back_up()
    (backup,) = backups.backups_of(window.plan.path)
    assert backup.posts == 1
    make_post(window.plan, ContentType.VALUE, title="Added later")
    window.refresh()
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: RestoreDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    window.restore_action.trigger()
    assert [p.title for p in all_posts(window.plan)] == ["Opened with this"]
    assert window.statusBar().currentMessage().startswith("Restored the backup of")
    assert len(backups.backups_of(window.plan.path)) == 2  # the present was kept too
