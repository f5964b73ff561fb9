"""Plans at the edges: on read-only media, created on a full disk or killed half way, under
names that are not UTF-8, older plans met by commands that only read, command words
mistyped, and two programs changing one plan at the same moment."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from planner import schema
from planner.cli import main
from planner.errors import PlanError
from planner.schema import CURRENT_VERSION, describe_sqlite_error
from planner.store import Plan
from tests.conftest import TODAY, Stick, add_channel, all_posts, make_post
from ui.document import PlanDocument
from ui.main_window import MainWindow

FIRST_VERSION = Path(__file__).parent.parent / "data" / "plan-v1.sqlite3"
GOOD_CSV = "date,channel,content_type,title\n2026-11-24,Instagram,value,Tip\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- read-only media ---------------------------------------------------------------------


@pytest.fixture
def plan_on_stick(stick: Stick) -> Path:
    path = stick.folder / "client.sqlite3"
    with Plan.create(path, time_zone="Europe/Rome") as plan:
        make_post(plan, "value", title="On the stick")
    stick.lock()
    return path


def test_every_reading_command_works_on_a_read_only_stick(plan_on_stick, capsys, tmp_path) -> None:
    before = plan_on_stick.read_bytes()
    code, out, err = run(capsys, "check", str(plan_on_stick))
    assert (code, out, err) == (0, "client.sqlite3 is sound: 1 posts, 1 channels.\n", "")
    code, out, _ = run(capsys, "mix", str(plan_on_stick), "--week", TODAY.isoformat(), "--json")
    assert code == 0
    assert '"total": 1' in out
    target = tmp_path / "week.csv"
    assert run(capsys, "export", str(plan_on_stick), "-o", str(target))[0] == 0
    assert "On the stick" in target.read_text(encoding="utf-8-sig")
    source = tmp_path / "posts.csv"
    source.write_text(GOOD_CSV)
    code, out, err = run(capsys, "import", str(plan_on_stick), str(source))
    assert (code, out) == (1, "")
    assert err == (
        "content-planner: client.sqlite3 cannot be changed: the file or its folder is "
        "read-only. Save a copy somewhere you can write to, and open that.\n"
    )
    assert plan_on_stick.read_bytes() == before


def test_the_window_opens_a_plan_on_a_read_only_stick(qtbot, plan_on_stick) -> None:
    plan = Plan.open(plan_on_stick)
    assert plan.readonly
    assert plan.read_only_medium
    window = MainWindow(PlanDocument(plan), remember_state=False)
    qtbot.addWidget(window)
    assert [p.title for p in window.model.posts()] == ["On the stick"]
    assert not window.new_post_action.isEnabled()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Opened read-only"))
    window.close()


def test_unsaved_changes_in_the_wal_are_read_from_a_read_only_stick(stick: Stick) -> None:
    """A plan copied to the stick while still open keeps recent changes in its -wal file;
    reading it on the locked stick must not miss them."""
    path = stick.folder / "client.sqlite3"
    plan = Plan.create(path, time_zone="Europe/Rome")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the change in the -wal file
    make_post(plan, "value", title="Only in the WAL")
    shutil.copy(path, stick.folder / "copy.sqlite3")
    shutil.copy(f"{path}-wal", stick.folder / "copy.sqlite3-wal")
    conn.close()
    plan.close()
    stick.lock()
    with Plan.open(stick.folder / "copy.sqlite3", readonly=True) as copy:
        assert [p.title for p in all_posts(copy)] == ["Only in the WAL"]


class RefusingConnection:
    """What SQLite gives for a WAL plan whose index it may not create beside it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def execute(self, *_args: object) -> None:
        error = sqlite3.OperationalError("attempt to write a readonly database")
        error.sqlite_errorname = self.name
        raise error

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    "refusal", ["SQLITE_CANTOPEN", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_CANTINIT"]
)
def test_each_refusal_of_a_read_only_place_is_read_all_the_same(
    plan_path, monkeypatch, refusal
) -> None:
    """A read-only disk says CANTOPEN; a folder the user may not write to (not as an
    administrator, whom nothing stops) says READONLY_DIRECTORY."""
    with Plan.create(plan_path, time_zone="Europe/Rome") as plan:
        make_post(plan, "value", title="Readable")
    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> object:
        if isinstance(database, str) and database.endswith("?mode=ro"):
            return RefusingConnection(refusal)
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with Plan.open(plan_path, readonly=True) as plan:
        assert [p.title for p in all_posts(plan)] == ["Readable"]


# -- creating a plan -----------------------------------------------------------------------


def test_a_failed_creation_leaves_nothing_in_the_way(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "new.sqlite3"

    def crash(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Plan, "_initialise", crash)
    with pytest.raises(PlanError):
        Plan.create(path)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    source = tmp_path / "posts.csv"
    source.write_text(GOOD_CSV)
    assert run(capsys, "import", str(path), str(source))[0] == 0
    assert run(capsys, "check", str(path))[0] == 0


def test_creation_killed_in_its_first_moments_leaves_no_plan(tmp_path) -> None:
    """A process killed while it creates a plan (here: just before the plan is put in
    place) leaves no file under the plan's name, only a hidden temporary one."""
    path = tmp_path / "new.sqlite3"
    script = (
        "import os, sys\n"
        "from planner import files\n"
        "files._place_new = lambda *a: os._exit(9)\n"
        "from planner.store import Plan\n"
        "Plan.create(sys.argv[1])\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert result.returncode == 9
    assert not path.exists()
    Plan.create(path).close()  # the next try is not blocked


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes on Linux only")
def test_a_plan_whose_name_is_not_utf8(tmp_path, capsys) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.sqlite3"))
    source = tmp_path / "posts.csv"
    source.write_text(GOOD_CSV)
    code, out, err = run(capsys, "import", str(path), str(source))
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "check", str(path))
    assert (code, out) == (0, "caf\ufffd.sqlite3 is sound: 1 posts, 1 channels.\n")
    with Plan.open(path) as plan:
        assert plan.settings().name == "caf\ufffd"


# -- older plans ---------------------------------------------------------------------------


@pytest.fixture
def old_plan(tmp_path: Path) -> Path:
    path = tmp_path / "corner.sqlite3"
    shutil.copy(FIRST_VERSION, path)
    return path


def untouched(path: Path) -> tuple[bytes, list[str]]:
    beside = [p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))]
    return path.read_bytes(), sorted(beside)


def test_reading_commands_a_dry_run_and_a_refused_import_never_upgrade(
    old_plan, tmp_path, capsys
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    good, bad, out = elsewhere / "good.csv", elsewhere / "bad.csv", elsewhere / "out.csv"
    good.write_text(GOOD_CSV)
    bad.write_text("date,channel,content_type,title\n31/02/2026,X,value,Bad\n")
    before = untouched(old_plan)
    for argv in (
        ["check", str(old_plan)],
        ["mix", str(old_plan)],
        ["export", str(old_plan), "-o", str(out)],
        ["import", str(old_plan), str(good), "--dry-run"],
        ["import", str(old_plan), str(bad)],
    ):
        run(capsys, *argv)
        assert untouched(old_plan) == before, argv
    assert run(capsys, "import", str(old_plan), str(good))[0] == 0  # a write: upgraded now
    backups = [p.name for p in tmp_path.iterdir() if ".v1-backup-" in p.name]
    assert len(backups) == 1
    with Plan.open(old_plan, readonly=True) as plan:
        assert plan.count_posts() == 5
    assert sqlite3.connect(old_plan).execute("PRAGMA user_version").fetchone() == (CURRENT_VERSION,)


# -- mistyped command words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "meant"), [("chek", "check"), ("exprot", "export"), ("mx", "mix")]
)
def test_a_near_miss_of_a_command_is_a_usage_error(tmp_path, monkeypatch, capsys, word, meant):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, word, "plan.sqlite3")
    assert (code, out) == (2, "")
    assert f"'{word}' is not a command; did you mean '{meant}'?" in err
    assert err.startswith("usage: content-planner")
    assert list(tmp_path.iterdir()) == []


def test_a_file_of_that_name_is_opened_not_refused(tmp_path, monkeypatch) -> None:
    from planner.cli import near_miss

    monkeypatch.chdir(tmp_path)
    assert near_miss("chek") == "check"
    Path("chek").touch()
    assert near_miss("chek") is None
    assert near_miss("./chek") is None
    assert near_miss("chek.sqlite3") is None
    assert near_miss("bakery") is None


# -- two programs at once -----------------------------------------------------------------


def test_a_change_holds_the_plan_from_its_first_read(plan, plan_path) -> None:
    """Another program cannot commit between what a change reads and what it writes, so
    SQLite never has to refuse the change half way (it did, after a tenth of a second,
    calling the plan "locked for 5 seconds")."""
    other = sqlite3.connect(plan_path, timeout=0)
    with plan.transaction():
        plan.channels()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO channels (name) VALUES ('Theirs')")
        add_channel(plan, "Mine")
    other.execute("INSERT INTO channels (name) VALUES ('Theirs')")
    other.commit()
    other.close()
    assert sorted(c.name for c in plan.channels()) == ["Mine", "Theirs"]


def test_a_change_voided_by_another_program_says_so(plan, plan_path) -> None:
    conn = sqlite3.connect(plan_path, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM channels").fetchone()
    add_channel(plan, "Theirs")  # committed by another program in between
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("INSERT INTO channels (name) VALUES ('Mine')")
    conn.close()
    message = str(describe_sqlite_error(plan_path, raised.value))
    assert message == (
        "bakery.sqlite3 was changed by another program or window while this change was "
        "being made, so nothing was written. Try again."
    )


def test_two_imports_at_once_both_land(plan_path, tmp_path, capsys, monkeypatch) -> None:
    """Even into a plan neither finds: one creates it, the other writes into that one."""
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_SECONDS", 30.0)
    sources = []
    for name in ("left", "right"):
        rows = [f"2026-11-2{i % 7},{name},value,{name} {i}" for i in range(300)]
        source = tmp_path / f"{name}.csv"
        source.write_text("date,channel,content_type,title\n" + "\n".join(rows) + "\n")
        sources.append(source)
    codes: list[int] = []
    workers = [
        threading.Thread(target=lambda s=s: codes.append(main(["import", str(plan_path), str(s)])))
        for s in sources
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert codes == [0, 0], capsys.readouterr().err
    with Plan.open(plan_path) as plan:
        assert plan.count_posts() == 600
        assert sorted(c.name for c in plan.channels()) == ["left", "right"]
