"""Plans made by earlier versions open, upgraded, after a backup copy of the original."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from planner import actions
from planner.model import FollowUp, Status
from planner.schema import CURRENT_VERSION, MIGRATIONS, connect, writer
from planner.store import Plan
from tests.conftest import all_posts

FIRST_VERSION = Path(__file__).parent.parent / "data" / "plan-v1.sqlite3"


def version_of(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_a_first_version_plan_is_upgraded_with_a_backup_first(tmp_path) -> None:
    path = tmp_path / "corner.sqlite3"
    shutil.copy(FIRST_VERSION, path)
    assert version_of(path) == 1 < CURRENT_VERSION
    with Plan.open(path) as plan:
        backup = plan.migration_backup
        assert backup is not None
        assert backup.parent == tmp_path
        assert backup.name.startswith("corner.v1-backup-")
        settings = plan.settings()
        assert (settings.name, settings.week_start, settings.rule, settings.custom_limit) == (
            "Corner bakery",
            6,
            "custom",
            25,
        )
        assert [(c.name, c.char_limit, c.weekly_target) for c in plan.channels()] == [
            ("Instagram", 2200, 3),
            ("Newsletter", None, None),
        ]
        posts = {p.title: p for p in all_posts(plan)}
        assert len(posts) == 4
        pumpkin = posts["Pumpkin loaves are back"]
        assert (pumpkin.date, pumpkin.time, pumpkin.status) == (
            dt.date(2026, 11, 24),
            dt.time(9),
            Status.PUBLISHED,
        )
        assert pumpkin.followup == FollowUp()  # new in version 2: not done, no note
        assert posts["Five ways to keep bread fresh"].body == "Line one\nLine two"
        assert posts["Which bread for Sunday? 🍞"].notes == "=poll"
        assert plan.integrity_problems() == []
    assert version_of(path) == CURRENT_VERSION
    # The backup is the plan exactly as it was: version 1, every post.
    assert version_of(backup) == 1
    with Plan.open(backup, readonly=True) as old:
        assert old.count_posts() == 4


def test_reading_an_old_plan_read_only_upgrades_in_memory_only(tmp_path) -> None:
    path = tmp_path / "corner.sqlite3"
    shutil.copy(FIRST_VERSION, path)
    before = path.read_bytes()
    with Plan.open(path, readonly=True) as plan:
        assert plan.count_posts() == 4
        assert plan.migration_backup is None
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []


def test_every_step_is_in_the_version_count() -> None:
    assert len(MIGRATIONS) == CURRENT_VERSION


def version_4_plan(path: Path) -> Path:
    """A plan as version 4 of the app left it (the client's review): one post, awaiting."""
    conn = connect(path)
    for step in MIGRATIONS[:4]:
        step(writer(conn))
    conn.execute("PRAGMA application_id = 1129344110")
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO plan (id, name, time_zone) VALUES (1, 'Client', 'Europe/Rome')")
    conn.execute("INSERT INTO channels (id, name) VALUES (1, 'Instagram')")
    conn.execute(
        "INSERT INTO posts (uid, channel_id, content_type, title, status, date, review) "
        "VALUES ('6e0d1f4c-1111-4c2b-9a44-0a7f1f3c9d11', 1, 'value', 'Old post', 'draft', "
        "'2026-11-24', 'awaiting')"
    )
    conn.commit()
    conn.close()
    return path


def test_a_version_4_plan_gains_holidays_and_its_own_dates_after_a_backup(tmp_path) -> None:
    path = version_4_plan(tmp_path / "client.sqlite3")
    before = path.read_bytes()
    with Plan.open(path, readonly=True) as read_only:
        assert read_only.plan_dates() == []
    assert path.read_bytes() == before
    with Plan.open(path) as plan:
        assert plan.migration_backup is not None
        assert plan.migration_backup.name.startswith("client.v4-backup-")
        settings = plan.settings()
        assert (settings.holiday_country, settings.holiday_region) == (None, None)
        assert [(p.title, p.review) for p in plan.stored_posts()] == [("Old post", "awaiting")]
        plan.apply(actions.add_date(plan, "Black Friday", dt.date(2026, 11, 27)).change)
        assert plan.content_problems() == []
    assert version_of(path) == CURRENT_VERSION == 5
    assert version_of(plan.migration_backup) == 4
    with Plan.open(path, readonly=True) as again:
        assert [d.name for d in again.plan_dates()] == ["Black Friday"]
