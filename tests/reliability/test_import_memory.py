"""A large import streams: 200,000 rows need no more memory than 2,000 (but for SQLite's page
cache, which a large write may grow to its cap), whether the command line writes them
straight into the plan or the window stages them for one undoable step (applied, then
undone). Each import runs in a process of its own, which reports its peak resident memory
(VmHWM, Linux)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from planner.csv_format import COLUMNS
from planner.store import LARGE_WRITE_CACHE_KB

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path("/proc/self/status").exists(), reason="the peak is read from /proc (Linux)"
    ),
]

ROOT = Path(__file__).resolve().parents[2]
# What 200,000 rows may add to the peak of 2,000: they once added over 400 MB.
CAP_MB = LARGE_WRITE_CACHE_KB / 1024 + 40

PEAK = """
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print("peak", line.split()[1])
"""
COMMAND_LINE = """
import sys
from planner.cli import main
assert main(["import", sys.argv[1], sys.argv[2]]) == 0
"""
WINDOW = """
import sys
from pathlib import Path
from planner import actions
from planner.store import Plan
with Plan.create(sys.argv[1]) as plan:
    change = actions.import_posts(plan, Path(sys.argv[2])).change
    plan.apply(change)
    print("imported", plan.count_posts())
    plan.apply(change.reversed())
    print("undone", plan.count_posts())
"""


def write_rows(path: Path, count: int) -> Path:
    """``count`` new posts as an export writes them (no uids), ten a day from 1900."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for i in range(count):
            year, day = 1900 + i // 3650, i // 10 % 365
            date = f"{year}-{day // 28 % 12 + 1:02d}-{day % 28 + 1:02d}"
            channel = ("Instagram", "Facebook", "LinkedIn", "Newsletter")[i % 4]
            row = ["", date, f"{8 + i % 10:02d}:00", channel, "value", f"Post {i}"]
            writer.writerow([*row, "Some words. " * 10, "scheduled", "tag", "", "no", "", "0"])
    return path


def peak_mb(script: str, plan: Path, source: Path) -> tuple[float, str]:
    result = subprocess.run(
        [sys.executable, "-c", script + PEAK, str(plan), str(source)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("peak")]
    return int(line.split()[1]) / 1024, result.stdout


@pytest.mark.parametrize(
    ("script", "done"),
    [
        (COMMAND_LINE, "Imported 200000 posts: 200000 new"),
        (WINDOW, "imported 200000\nundone 0"),
    ],
    ids=["command line", "window action and its undo"],
)
def test_a_large_import_takes_the_memory_of_a_small_one(tmp_path, script, done) -> None:
    small = write_rows(tmp_path / "small.csv", 2_000)
    large = write_rows(tmp_path / "large.csv", 200_000)
    small_peak, _ = peak_mb(script, tmp_path / "small.sqlite3", small)
    large_peak, said = peak_mb(script, tmp_path / "large.sqlite3", large)
    assert done in said
    assert large_peak - small_peak < CAP_MB, (
        f"200,000 rows peaked at {large_peak:.0f} MB, 2,000 at {small_peak:.0f} MB"
    )
