"""Kill a process (SIGKILL; TerminateProcess on Windows) at random moments while it edits
and imports: the plan stays sound, holds every change reported saved, and each import whole
or not at all."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.model import ContentType, Post
from planner.store import Plan
from tests.conftest import ensure_channel
from tests.reliability.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("CRASH_KILLS", "40"))
SEED = int(os.environ.get("CRASH_SEED", "2026"))


def run_and_kill(plan: Path, journal: Path, seed: int, delay: float) -> None:
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.crash_worker",
            str(plan),
            str(journal),
            str(seed),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # The delay counts from the first action, however long the start took (Wine, a busy
    # machine): a kill before any action would prove nothing.
    started = time.monotonic()
    while journal.stat().st_size == 0:
        assert worker.poll() is None, worker.communicate()[1].decode()
        assert time.monotonic() - started < 120, "the worker never began an action"
        time.sleep(0.01)
    time.sleep(delay)
    worker.kill()  # no chance to clean up: SIGKILL, or TerminateProcess on Windows (exit 1)
    _, errors = worker.communicate()
    killed = 1 if sys.platform == "win32" else -signal.SIGKILL
    assert (worker.returncode, errors.decode()) == (killed, "")


@pytest.mark.slow
def test_kills_at_random_moments_lose_nothing_reported(tmp_path) -> None:
    rng = random.Random(SEED)
    reported = begun = imports_whole = kills_in_import = 0
    for kill in range(KILLS):
        seed = SEED * 1000 + kill
        plan_path, journal_path = tmp_path / f"plan-{kill}.sqlite3", tmp_path / f"journal-{kill}"
        Plan.create(plan_path).close()
        journal_path.touch()
        run_and_kill(plan_path, journal_path, seed, rng.uniform(0.3, 1.8))

        with Plan.open(plan_path) as plan:  # opening recovers what the kill left in the WAL
            assert plan.integrity_problems() == [], f"kill {kill} (seed {seed})"
            titles = {p.uid: p.title for p in plan.all_posts()}
            imports: dict[int, int] = {}
            for title in titles.values():
                match = re.fullmatch(r"import-(\d+)-\d+", title)
                if match:
                    imports[int(match[1])] = imports.get(int(match[1]), 0) + 1
            journal = Journal.read(journal_path)
            assert journal.problems(seed, titles, imports) == [], f"kill {kill} (seed {seed})"
            # The plan works on after the crash.
            channel = ensure_channel(plan, "Instagram")
            plan.put_posts([Post(channel.id, ContentType.VALUE, "after the crash")])
        reported += journal.reported
        begun += len(journal.actions)
        imports_whole += len(imports)
        kills_in_import += any(a.kind == "import" and not a.done for a in journal.actions.values())
    print(
        f"\n{KILLS} kills survived; {reported} actions reported saved, {begun} begun; "
        f"{imports_whole} imports found whole, {kills_in_import} kills during an import"
    )
    assert reported > KILLS  # the kills did land among the actions, not before them


def test_the_journal_check_catches_a_lost_change_and_a_half_import(tmp_path) -> None:
    from tests.reliability.journal import IMPORT_ROWS, post_uid

    journal_path = tmp_path / "journal"
    journal_path.write_text("begin 0 add -\ndone 0\nbegin 1 import -\ndone 1\nbegin 2 import -\n")
    journal = Journal.read(journal_path)
    sound = {post_uid(7, 0): "add-0"}
    assert journal.problems(7, sound, {1: IMPORT_ROWS}) == []
    assert journal.problems(7, sound, {1: IMPORT_ROWS, 2: IMPORT_ROWS}) == []  # under way
    assert journal.problems(7, {}, {1: IMPORT_ROWS}) == ["post of action 0: None, not {'add-0'}"]
    assert journal.problems(7, sound, {1: IMPORT_ROWS, 2: 3}) == ["import 2: 3 rows, not {0, 40}"]
