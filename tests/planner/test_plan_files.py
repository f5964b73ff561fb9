"""Opening plan files: bad files are refused untouched; a plan opens, reopens and copies."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from planner.errors import NewerPlanError, NotAPlanError, PlanError, PlanMissingError
from planner.files import OutputError
from planner.model import ContentType
from planner.schema import APPLICATION_ID, CURRENT_VERSION
from planner.store import Plan
from tests.conftest import add_channel, all_posts, find_post, make_post


def fingerprint(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes (hashed) and what lies beside it: nothing may change either."""
    return hashlib.sha256(path.read_bytes()).digest(), sorted(p.name for p in path.parent.iterdir())


def text_file(path: Path) -> None:
    path.write_text("uid,date\nthis is a CSV, not a plan\n")


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def truncated_plan(path: Path) -> None:
    with Plan.create(path) as plan:
        for i in range(300):
            make_post(plan, ContentType.VALUE, title=f"post {i} " + "x" * 200)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('sourdough')")
    conn.commit()
    conn.close()


def newer_plan(path: Path) -> None:
    Plan.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (text_file, NotAPlanError, "is not a plan"),
        (empty_file, NotAPlanError, "is empty"),
        (truncated_plan, NotAPlanError, "damaged"),
        (foreign_sqlite, NotAPlanError, "another program's database"),
        (newer_plan, NewerPlanError, "newer version"),
    ],
)
@pytest.mark.parametrize("readonly", [False, True])
def test_bad_files_are_refused_and_left_byte_identical(
    tmp_path, make, error, words, readonly
) -> None:
    path = tmp_path / "client.sqlite3"
    make(path)
    before = fingerprint(path)
    with pytest.raises(error, match=words) as raised:
        Plan.open(path, readonly=readonly)
    assert "client.sqlite3" in str(raised.value)
    assert fingerprint(path) == before


def test_a_folder_is_not_a_plan(tmp_path) -> None:
    with pytest.raises(PlanError, match="is a folder"):
        Plan.open(tmp_path)


def test_a_missing_plan_is_created_only_when_asked(tmp_path) -> None:
    path = tmp_path / "new" / "client.sqlite3"
    with pytest.raises(PlanMissingError):
        Plan.open(path)
    assert not path.parent.exists()
    with Plan.open(path, create=True) as plan:
        assert plan.settings().name == "client"
    assert path.exists()


def test_a_new_plan_is_marked_versioned_and_in_wal_mode(plan_path) -> None:
    Plan.create(plan_path, time_zone="Europe/Rome").close()
    conn = sqlite3.connect(plan_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_foreign_keys_are_enforced(plan) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        plan.db.execute(
            "INSERT INTO posts (uid, channel_id, content_type, title, status) "
            "VALUES ('u', 999, 'value', 't', 'draft')"
        )


def test_posts_survive_closing_and_reopening(plan_path) -> None:
    with Plan.create(plan_path) as plan:
        saved = make_post(plan, ContentType.CONVERSATION, title="Ask: sourdough or rye? 🍞")
    with Plan.open(plan_path) as plan:
        assert find_post(plan, saved.uid) == saved


def test_readonly_plans_refuse_changes_and_write_nothing(plan_path) -> None:
    Plan.create(plan_path).close()
    before = plan_path.read_bytes()
    with Plan.open(plan_path, readonly=True) as plan, pytest.raises(PlanError, match="read-only"):
        add_channel(plan, "Instagram")
    # SQLite may leave its -shm/-wal index beside a WAL plan; the plan itself is untouched.
    assert plan_path.read_bytes() == before


def test_save_a_copy_uses_a_complete_consistent_snapshot(plan, tmp_path) -> None:
    post = make_post(plan, ContentType.VALUE)
    copy = tmp_path / "copy.sqlite3"
    plan.save_copy(copy)  # while the plan is open, with its changes still in the WAL
    with Plan.open(copy) as copied:
        assert find_post(copied, post.uid) == post
    with pytest.raises(OutputError, match="is the plan being read"):
        plan.save_copy(plan.path)


def test_integrity_check_of_a_sound_plan(plan) -> None:
    make_post(plan, ContentType.VALUE)
    assert plan.integrity_problems() == []


def test_sqlite_errors_are_told_by_their_code_not_their_wording(tmp_path) -> None:
    import sqlite3

    from planner.errors import NotAPlanError, PlanLockedError
    from planner.schema import describe_sqlite_error

    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.Error) as missing:
        conn.execute("SELECT * FROM locked_posts")  # "no such table: locked_posts"
    told = describe_sqlite_error(tmp_path / "p.sqlite3", missing.value)
    assert not isinstance(told, PlanLockedError)
    (tmp_path / "text.sqlite3").write_bytes(b"not a database" * 100)
    with pytest.raises(sqlite3.Error) as bad:
        sqlite3.connect(tmp_path / "text.sqlite3").execute("SELECT * FROM sqlite_master")
    assert isinstance(describe_sqlite_error(tmp_path / "text.sqlite3", bad.value), NotAPlanError)


def test_a_plan_killed_while_saving_its_log_into_the_file_opens_whole(tmp_path) -> None:
    """SQLite copies the log (-wal) into the file page by page, the first page (which
    gives the new length) first. A kill in between leaves a file shorter than its first
    page says, and a log that still holds every page: the plan is whole, not damaged."""
    live, crashed = tmp_path / "live.sqlite3", tmp_path / "crashed" / "client.sqlite3"
    plan = Plan.create(live)
    plan.conn.execute("PRAGMA wal_autocheckpoint = 0")  # every page stays in the log
    for i in range(20):
        make_post(plan, ContentType.VALUE, title=f"post {i}", body="x" * 4000)
    pages = plan.conn.execute("PRAGMA page_count").fetchone()[0]
    crashed.parent.mkdir()
    crashed.write_bytes(live.read_bytes())
    Path(f"{crashed}-wal").write_bytes(Path(f"{live}-wal").read_bytes())
    plan.close()
    header = bytearray(crashed.read_bytes())
    assert len(header) < pages * 4096  # the log holds the pages the file lacks
    header[28:32] = pages.to_bytes(4, "big")  # the first page, copied before the kill
    header[92:96] = header[24:28]
    crashed.write_bytes(header)

    with Plan.open(crashed) as reopened:
        assert reopened.integrity_problems() == []
        assert len(all_posts(reopened)) == 20


@pytest.mark.parametrize("readonly", [False, True])
def test_a_refused_plan_is_left_closed(tmp_path, monkeypatch, readonly) -> None:
    """No connection stays open on a file refused as damaged: Windows would keep it from
    being moved or deleted until the app quits."""
    path = tmp_path / "client.sqlite3"
    Plan.create(path).close()
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x00"  # a page size SQLite does not take
    path.write_bytes(data)
    opened: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect

    def tracked(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        opened.append(conn)
        return conn

    monkeypatch.setattr(sqlite3, "connect", tracked)
    with pytest.raises(PlanError):
        Plan.open(path, readonly=readonly)
    assert opened
    for conn in opened:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            conn.execute("SELECT 1")
