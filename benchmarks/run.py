"""Speed and memory of Content Planner against references measured in the same run.

    python benchmarks/run.py            # the full run: scale figures at 1,000,000 posts
    python benchmarks/run.py --quick    # fewer repeats, scale figures at 200,000 posts
    python benchmarks/run.py --frozen   # also freeze the app and a bare window, and time
                                        # both (PyInstaller: adds several minutes)
    python benchmarks/run.py --only-startup [--frozen]   # the start-up figures alone

Each figure prints on one line with its reference, budget and verdict. Ratios compare with
a reference measured on the same machine in the same run, so a busy machine moves both;
commands compared are run in turns.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlite_utils import Database  # noqa: E402

from planner import clock  # noqa: E402
from planner.channels import new_channel  # noqa: E402
from planner.csv_export import write_to_file  # noqa: E402
from planner.csv_format import COLUMNS  # noqa: E402
from planner.csv_import import import_csv  # noqa: E402
from planner.exports import Format, export_to_file  # noqa: E402
from planner.model import Change, ContentType, Post, Status, new_uid  # noqa: E402
from planner.recurrence import Frequency, Recurrence, new_series  # noqa: E402
from planner.rows import post_row  # noqa: E402
from planner.schema import configure_for_writing, connect  # noqa: E402
from planner.store import Plan  # noqa: E402
from planner.weeks import Week  # noqa: E402

# A busy small business: two posts a day. Every plan has the same density, so that a week
# holds as many posts in a plan of 1,000 as in one of 200,000: only the plan's size grows.
POSTS_PER_DAY = 2
FIRST_DAY = dt.date(1900, 1, 1)
CHANNELS = ("Instagram", "Facebook", "LinkedIn", "Newsletter", "X")
KINDS = list(ContentType)
RESULTS: list[bool] = []


def build_plan(path: Path, count: int, *, series: int = 0, as_posts: bool = False) -> dt.date:
    """A plan of ``count`` posts, ``POSTS_PER_DAY`` a day from 1900; returns the middle day.
    With ``series``, that many weekly series run for the five years up to the middle day and
    on; ``as_posts`` stores their posts one by one instead (the same weeks, no series)."""
    random.seed(count)
    with Plan.create(path, time_zone="Europe/Rome") as plan:
        channels = tuple(new_channel(i, name) for i, name in enumerate(CHANNELS, start=1))
        plan.apply(Change(channels_after=channels))
        channel_ids = [channel.id for channel in channels]
        rows = (
            post_row(
                Post(
                    channel_id=random.choice(channel_ids),
                    content_type=random.choice(KINDS),
                    title=f"Post {i}: something worth reading",
                    body="A few lines of text, as a post would have. " * 3,
                    date=FIRST_DAY + dt.timedelta(days=i // POSTS_PER_DAY),
                    time=dt.time(8 + 4 * (i % POSTS_PER_DAY)),
                    status=Status.SCHEDULED,
                )
            )
            for i in range(count)
        )
        with plan.transaction() as db:
            db.table("posts").insert_all(rows, batch_size=2000)
        middle = FIRST_DAY + dt.timedelta(days=count // POSTS_PER_DAY // 2)
        for i in range(series):
            start = middle - dt.timedelta(days=5 * 365 - i)
            template = Post(channel_ids[i % 5], KINDS[i % 3], f"Series {i}", date=start)
            if as_posts:
                weekly = (start + dt.timedelta(weeks=n) for n in range(5 * 52 + 60))
                copies = [post_row(replace(template, uid=new_uid(), date=day)) for day in weekly]
                with plan.transaction() as db:
                    db.table("posts").insert_all(copies)
            else:
                rule = Recurrence(Frequency.WEEKLY, start.weekday())
                plan.apply(Change(series_after=(new_series(template, rule),)))
    return middle


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def report(name: str, value: str, budget: str, ok: bool) -> None:
    RESULTS.append(ok)
    print(f"{name:<44} {value:<48} budget {budget:<14} {'OK' if ok else 'OVER'}", flush=True)


def note(name: str, value: str) -> None:
    """A reference figure that explains another; it has no budget and no verdict."""
    print(f"  {name:<42} {value}", flush=True)


# -- start-up ---------------------------------------------------------------------------------

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
window.show()
app.processEvents()
image = window.grab().toImage()
print("bare ok", image.width(), image.height())
"""


# Lists the PySide6 classes the window's modules import (an enum type counts as the class
# that holds it), as import lines.
LIST_QT_CLASSES = """
import sys
import ui.app
lines = set()
for name, module in list(sys.modules.items()):
    if name == "ui" or name.startswith("ui."):
        for value in vars(module).values():
            where = getattr(value, "__module__", None) or ""
            if isinstance(value, type) and where.startswith("PySide6.Qt"):
                lines.add(f"from {where} import {value.__qualname__.split('.')[0]}")
print("\\n".join(sorted(lines)))
"""


def same_classes_window(env: dict[str, str]) -> str:
    """The bare window, importing first every Qt class the app's window imports: what
    PySide6 spends setting those classes up (their enums above all), without our code."""
    listed = subprocess.run(
        [sys.executable, "-c", LIST_QT_CLASSES],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    return listed.stdout + BARE_WINDOW


def run_quietly(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def installed_env(cache: Path) -> dict[str, str]:
    """The environment of an installed app: its modules compiled once and then loaded as
    bytecode (pip and PyInstaller ship bytecode), kept in ``cache``, outside the sources."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def showing(day: dt.date, env: dict[str, str]) -> dict[str, str]:
    """``env`` with the app's clock at noon on ``day``: the window opens on its week."""
    return {**env, clock.NOW_VARIABLE: f"{day.isoformat()}T12:00:00+00:00"}


def startup(plan: Path, middle: dt.date, folder: Path, repeat: int) -> None:
    env = showing(middle, installed_env(folder / "bytecode"))
    commands = (
        [sys.executable, "-m", "ui", "selfcheck", str(plan)],
        [sys.executable, "-c", same_classes_window(env)],
        [sys.executable, "-c", BARE_WINDOW],
    )
    for command in commands:
        run_quietly(command, env)  # compile, and warm the disk caches
    # Taken in turns, so that a machine growing busier slows all alike.
    rounds = [[run_quietly(command, env) for command in commands] for _ in range(2 * repeat + 1)]
    ours, same_classes, bare = (statistics.median(times) for times in zip(*rounds, strict=True))
    report(
        "start-up to the first painted week (50,000)",
        f"{ours * 1000:.0f} ms vs a bare window with our Qt classes "
        f"{same_classes * 1000:.0f} ms = {ours / same_classes:.2f}x",
        "<= 1.25x",
        ours / same_classes <= 1.25,
    )
    note(
        "the bare window (no budget)",
        f"{bare * 1000:.0f} ms: ours {ours / bare:.2f}x, the one with our Qt classes "
        f"{same_classes / bare:.2f}x",
    )


# -- week navigation and the mix -------------------------------------------------------------


def navigation(*plans: tuple[Path, dt.date], weeks: int) -> list[tuple[float, float, float]]:
    """For each plan: the median and worst next-week repaint (ms), and the median mix (ms),
    over ``weeks`` centred on the plan's middle day (the smallest plan is 71 weeks long).
    The plans' windows take their steps in turns, so that a machine growing busier slows
    them all alike."""
    from PySide6.QtCore import qInstallMessageHandler

    from ui.app import application, quiet_offscreen_notes
    from ui.document import PlanDocument
    from ui.main_window import MainWindow

    app = application([])
    qInstallMessageHandler(quiet_offscreen_notes)
    windows = []
    for plan_path, middle in plans:
        first = middle - dt.timedelta(weeks=weeks // 2)
        # The window opens on the week holding "now": the first week of the walk.
        noon = dt.datetime.combine(first, dt.time(12)).replace(tzinfo=clock.zone("Europe/Rome"))
        clock.set_source(lambda noon=noon: noon)
        window = MainWindow(PlanDocument(Plan.open(plan_path)), remember_state=False)
        window.show()
        windows.append(window)
    app.processEvents()

    def next_week(window: MainWindow) -> None:
        window.next_action.trigger()
        window.view.viewport().repaint()
        window.mix_panel.repaint()

    repaints: list[list[float]] = [[] for _ in windows]
    visited: list[list[Week]] = [[] for _ in windows]
    for _ in range(weeks):
        for window, samples, shown in zip(windows, repaints, visited, strict=True):
            samples += timed(lambda window=window: next_week(window), 1)
            shown.append(window.week)
    mixes: list[list[float]] = [[] for _ in windows]
    for step in range(weeks):
        for window, samples, shown in zip(windows, mixes, visited, strict=True):
            samples += timed(lambda window=window, week=shown[step]: window.plan.week_mix(week), 1)
    for window in windows:
        window.close()
    app.processEvents()
    return [
        (median_ms(samples), max(samples) * 1000, median_ms(mix_samples))
        for samples, mix_samples in zip(repaints, mixes, strict=True)
    ]


# -- CSV ---------------------------------------------------------------------------------------


def csv_export(plan_path: Path, folder: Path, repeat: int) -> None:
    target = folder / "export.csv"

    def ours() -> None:
        with Plan.open(plan_path, readonly=True) as plan:
            write_to_file(plan.export_rows(), plan.channel_map(), target)

    def reference() -> None:
        # The same rows read with sqlite3 and written with Python's csv module, as they are.
        conn = sqlite3.connect(plan_path)
        rows = conn.execute(
            "SELECT uid, date, time, channel_id, content_type, title, body, status, tags, "
            "notes, followup_done, followup_note, conversations FROM posts ORDER BY date, time"
        )
        with (folder / "reference.csv").open("w", encoding="utf-8-sig", newline="") as stream:
            csv.writer(stream, lineterminator="\r\n").writerows(rows)
        conn.close()

    mine = statistics.median(timed(ours, repeat))
    base = statistics.median(timed(reference, repeat))
    report(
        "CSV export of 100,000 posts",
        f"{mine * 1000:.0f} ms vs csv read-and-write {base * 1000:.0f} ms = {mine / base:.2f}x",
        "<= 1.5x",
        mine / base <= 1.5,
    )


def ics_export(plan_path: Path, folder: Path, repeat: int) -> None:
    """The calendar of a plan against its CSV, both through the app's export."""
    with Plan.open(plan_path, readonly=True) as plan:
        count = plan.count_posts()

        def export(kind: Format) -> Callable[[], object]:
            return lambda: export_to_file(plan, kind, None, folder / f"export.{kind.value}")

        export(Format.ICS)()  # imports icalendar
        rounds = [
            (timed(export(Format.CSV), 1)[0], timed(export(Format.ICS), 1)[0])
            for _ in range(repeat)
        ]
    csv_time, ics_time = (statistics.median(times) for times in zip(*rounds, strict=True))
    report(
        f"ICS export of {count:,} posts",
        f"{ics_time * 1000:.0f} ms vs CSV export {csv_time * 1000:.0f} ms "
        f"= {ics_time / csv_time:.2f}x",
        "<= 3x",
        ics_time / csv_time <= 3,
    )


# -- importing and exporting at scale ---------------------------------------------------------

# Rows of an import file as an export writes them; ten posts a day from 1900, so that a
# million posts stay inside the years a plan may hold.
IMPORT_PER_DAY = 10


def write_import_file(path: Path, count: int, channels: Callable[[int], str]) -> Path:
    """A CSV file of ``count`` new posts, each with its uid, on the channel ``channels``
    names for its number."""
    generator = random.Random(count)
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
        writer.writerow(COLUMNS)
        for i in range(count):
            day = FIRST_DAY + dt.timedelta(days=i // IMPORT_PER_DAY)
            writer.writerow(
                [
                    str(new_uid_from(generator)),
                    day.isoformat(),
                    f"{8 + i % IMPORT_PER_DAY:02d}:00",
                    channels(i),
                    KINDS[i % 3].value,
                    f"Post {i}: something worth reading",
                    "A few lines of text, as a post would have. " * 3,
                    "scheduled",
                    "",
                    "",
                    "no",
                    "",
                    "0",
                ]
            )
    return path


def new_uid_from(generator: random.Random) -> uuid.UUID:
    return uuid.UUID(int=generator.getrandbits(128), version=4)


def five_channels(i: int) -> str:
    return CHANNELS[i % len(CHANNELS)]


# Runs the content-planner command given as arguments, then prints its peak resident
# memory (VmHWM: ru_maxrss would carry over this large process's own) on standard error.
COMMAND_WITH_PEAK = """
import runpy, sys
sys.argv = ["content-planner", *sys.argv[1:]]
try:
    runpy.run_module("ui", run_name="__main__")
finally:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("peak", line.split()[1], file=sys.stderr)
"""


def command(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """The seconds a content-planner command takes, and its peak memory in MB."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", COMMAND_WITH_PEAK, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"content-planner {' '.join(args)}: {result.stderr[-2000:]}")
    line = next(line for line in result.stderr.splitlines() if line.startswith("peak"))
    return seconds, int(line.split()[1]) / 1024


def import_reference(source: Path, folder: Path, repeat: int) -> None:
    """``content-planner import`` of 100,000 rows against what a careful programmer writes
    with sqlite-utils: the same rows and columns inserted into the same posts table (its
    checks and indexes), in one transaction, in WAL mode."""
    with source.open(encoding="utf-8-sig", newline="") as stream:
        cells = list(csv.DictReader(stream))
    ids = {name: number for number, name in enumerate(CHANNELS, start=1)}
    rows = [
        {
            "uid": row["uid"],
            "channel_id": ids[row["channel"]],
            "content_type": row["content_type"],
            "title": row["title"],
            "body": row["body"],
            "date": row["date"],
            "time": row["time"],
            "status": row["status"],
            "tags": row["tags"],
            "notes": row["notes"],
            "followup_done": int(row["followup_done"] == "yes"),
            "followup_note": row["followup_note"],
            "conversations": int(row["conversations"]),
        }
        for row in cells
    ]
    env = installed_env(folder / "bytecode")
    ours, references = [], []
    for round_ in range(repeat):
        target = folder / f"imported-{round_}.sqlite3"
        ours.append(command(["import", str(target), str(source)], env)[0])
        reference = folder / f"reference-{round_}.sqlite3"
        with Plan.create(reference) as plan:
            plan.apply(Change(channels_after=tuple(new_channel(i, n) for n, i in ids.items())))
        conn = connect(reference)
        configure_for_writing(conn)
        db = Database(conn)
        started = time.perf_counter()
        with db.atomic():
            db.table("posts").insert_all(rows, batch_size=2000)
        references.append(time.perf_counter() - started)
        conn.close()
    mine, base = statistics.median(ours), statistics.median(references)
    report(
        f"content-planner import of {len(rows):,} rows",
        f"{mine * 1000:.0f} ms vs insert_all (WAL, one transaction) {base * 1000:.0f} ms "
        f"= {mine / base:.2f}x",
        "<= 2.5x",
        mine / base <= 2.5,
    )


def new_channels(folder: Path, repeat: int) -> None:
    """10,000 rows naming 10,000 channels the plan lacks, against 10,000 rows on 4."""
    count = 10_000
    many = write_import_file(folder / "many-channels.csv", count, lambda i: f"Channel {i}")
    four = write_import_file(folder / "four-channels.csv", count, lambda i: CHANNELS[i % 4])
    env = installed_env(folder / "bytecode")
    rounds = []
    for round_ in range(repeat):
        times = []
        for name, source in (("four", four), ("many", many)):
            plan = folder / f"channels-{name}-{round_}.sqlite3"
            times.append(command(["import", str(plan), str(source)], env)[0])
        rounds.append(times)
    four_time, many_time = (statistics.median(times) for times in zip(*rounds, strict=True))
    report(
        "10,000 rows making 10,000 channels",
        f"{many_time * 1000:.0f} ms vs on 4 channels {four_time * 1000:.0f} ms "
        f"= {many_time / four_time:.2f}x",
        "<= 2x",
        many_time / four_time <= 2,
    )


def at_scale(folder: Path, large: int, repeat: int) -> None:
    """Import, CSV export and calendar export of ``large`` posts. Their peak memory, as
    commands, against the same command on 1,000 posts; their time per post, run here (so
    that no start-up hides in it), against 10,000 posts."""
    env = installed_env(folder / "bytecode")
    sizes = (1_000, 10_000, large)
    sources = {n: write_import_file(folder / f"rows-{n}.csv", n, five_channels) for n in sizes}
    plans = {n: folder / f"scale-{n}.sqlite3" for n in sizes}
    out = {kind: folder / f"out.{kind.value}" for kind in (Format.CSV, Format.ICS)}
    commands: dict[str, Callable[[int], list[str]]] = {
        "import": lambda n: ["import", f"{plans[n]}.by-command", str(sources[n])],
        "export csv": lambda n: [
            "export",
            str(plans[n]),
            "--format",
            "csv",
            "-o",
            str(out[Format.CSV]),
        ],
        "export ics": lambda n: [
            "export",
            str(plans[n]),
            "--format",
            "ics",
            "-o",
            str(out[Format.ICS]),
        ],
    }

    def import_here(n: int, round_: int) -> float:
        with Plan.create(f"{plans[n]}.{round_}" if round_ else plans[n]) as plan:
            return timed(lambda: import_csv(plan, sources[n]), 1)[0]  # into a plan made

    def export_here(n: int, kind: Format) -> float:
        with Plan.open(plans[n], readonly=True) as plan:
            return timed(lambda: export_to_file(plan, kind, None, out[kind]), 1)[0]

    here: dict[str, Callable[[int, int], float]] = {
        "import": import_here,
        "export csv": lambda n, _round: export_here(n, Format.CSV),
        "export ics": lambda n, _round: export_here(n, Format.ICS),
    }
    for name in commands:
        seconds = {
            # The fastest run: what the work costs, less what a busy machine adds. The
            # import of the largest file runs once (a minute), the others three times.
            n: min(
                here[name](n, r) for r in range(1 if name == "import" and n == large else repeat)
            )
            for n in sizes
        }
        peak = {n: command(commands[name](n), env)[1] for n in (1_000, large)}
        extra = peak[large] - peak[1_000]
        report(
            f"{name}: peak memory, {large:,} posts",
            f"{peak[large]:.0f} MB vs 1,000 posts {peak[1_000]:.0f} MB = {extra:+.0f} MB",
            "<= +150 MB",
            extra <= 150,
        )
        small, big = seconds[10_000] / 10_000, seconds[large] / large
        report(
            f"{name}: time per post, 10,000 -> {large:,}",
            f"{small * 1e6:.1f} us -> {big * 1e6:.1f} us = {big / small:.2f}x",
            "<= 1.2x",
            big / small <= 1.2,
        )


# -- memory -----------------------------------------------------------------------------------

# VmHWM is the process's own peak; ru_maxrss would carry this (large) parent's over exec.
PEAK = """
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print("peak", line.split()[1])
"""


def peak_kb(code: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", code + "\n" + PEAK], check=True, capture_output=True, text=True
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("peak"))
    return int(line.split()[1])


def memory(plan_path: Path, middle: dt.date) -> None:
    window = f"""
import datetime as dt, sys
sys.path.insert(0, {str(ROOT)!r})
from planner.store import Plan
from ui.app import application
from ui.document import PlanDocument
from ui.main_window import MainWindow
app = application([])
from planner import clock
noon = dt.datetime.combine(dt.date.fromisoformat({middle.isoformat()!r}), dt.time(12))
clock.set_source(lambda: noon.replace(tzinfo=clock.zone("Europe/Rome")))
window = MainWindow(PlanDocument(Plan.open({str(plan_path)!r})), remember_state=False)
window.show()
for _ in range(10):
    window.next_action.trigger()
    app.processEvents()
window.grab()
"""
    ours, bare = peak_kb(window), peak_kb(BARE_WINDOW)
    extra = (ours - bare) / 1024
    report(
        "memory: peak RSS, 200,000-post plan open",
        f"{ours / 1024:.0f} MB vs bare window {bare / 1024:.0f} MB = +{extra:.1f} MB",
        "<= +40 MB",
        extra <= 40,
    )


def cli_mix(plan_path: Path, middle: dt.date, folder: Path, repeat: int) -> None:
    command = [sys.executable, "-m", "ui", "mix", str(plan_path), "--week", middle.isoformat()]
    env = installed_env(folder / "bytecode")
    run_quietly(command, env)  # compile
    seconds = statistics.median(run_quietly(command, env) for _ in range(repeat))
    report(
        "content-planner mix, 5,000-post plan",
        f"{seconds * 1000:.0f} ms (the whole command)",
        "< 1 s",
        seconds < 1,
    )


def frozen_startup(plan: Path, middle: dt.date, folder: Path, repeat: int) -> None:
    """The frozen app (what users launch) against the bare window frozen by PyInstaller
    with its defaults; both bundles' sizes."""
    from bundle_size import freeze_script, megabytes, sizes

    print("  (freezing the app and a bare window: a few minutes)", flush=True)
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
    app_folder = ROOT / "dist" / "content-planner"
    bare_folder = freeze_script(folder / "frozen", "bare", BARE_WINDOW)
    env = showing(middle, dict(os.environ))
    commands = (
        [str(app_folder / "content-planner"), "selfcheck", str(plan)],
        [str(bare_folder / "bare")],
    )
    for one in commands:
        run_quietly(one, env)  # warm the disk caches
    rounds = [[run_quietly(one, env) for one in commands] for _ in range(2 * repeat + 1)]
    ours, bare = (statistics.median(times) for times in zip(*rounds, strict=True))
    report(
        "frozen app: start-up to the first week (50,000)",
        f"{ours * 1000:.0f} ms vs frozen bare window {bare * 1000:.0f} ms = {ours / bare:.2f}x",
        "<= 1.5x",
        ours / bare <= 1.5,
    )
    note(
        "bundles (one folder)",
        f"content-planner {megabytes(sum(sizes(app_folder).values()))}, "
        f"bare window {megabytes(sum(sizes(bare_folder).values()))}",
    )


# -- the month and the list -------------------------------------------------------------------


def views_figures(plan_path: Path, middle: dt.date, repeat: int) -> None:
    """The month and list views at 200,000 posts: switching to the month, a keystroke in
    the list's filter, and the list's memory over the week's."""
    month_switch_and_keystrokes(plan_path, middle, repeat)
    list_memory(plan_path, middle)


def month_switch_and_keystrokes(plan_path: Path, middle: dt.date, repeat: int) -> None:
    from PySide6.QtCore import QEventLoop, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from ui.app import application, quiet_offscreen_notes
    from ui.document import PlanDocument
    from ui.main_window import MainWindow

    app = application([])
    qInstallMessageHandler(quiet_offscreen_notes)
    noon = dt.datetime.combine(middle, dt.time(12)).replace(tzinfo=clock.zone("Europe/Rome"))
    clock.set_source(lambda: noon)
    window = MainWindow(PlanDocument(Plan.open(plan_path)), remember_state=False)
    window.show()
    app.processEvents()
    views = window.views

    def to_month() -> None:
        views.view_actions[1].trigger()
        views.month_view.viewport().repaint()

    switches = []
    for _ in range(4 * repeat):
        window.show_week(window.week.shifted(5))  # another month each time
        views.view_actions[0].trigger()
        app.processEvents()
        switches += timed(to_month, 1)
    report(
        "switch to the month view, 200,000 posts",
        f"median {median_ms(switches):.1f} ms, worst {max(switches) * 1000:.1f} ms",
        "<= 50 ms",
        median_ms(switches) <= 50,
    )

    panel = views.list_panel
    loop = QEventLoop()
    panel.model.answered.connect(loop.quit)

    def answered_after(action: Callable[[], object]) -> float:
        """Seconds from ``action`` until the list shows the new filter's rows."""
        started = time.perf_counter()
        action()
        loop.exec()
        panel.table.viewport().repaint()
        return time.perf_counter() - started

    def type_in(field: QLineEdit, letter: str) -> None:
        if letter.isascii():
            QTest.keyClicks(field, letter)
        else:  # QTest types ASCII only; a letter an input method gives arrives so
            field.insert(letter)

    views.view_actions[2].trigger()
    loop.exec()
    cold = answered_after(lambda: QTest.keyClicks(panel.search, "x"))
    time.sleep(6)  # the word index is made in the background, once
    app.processEvents()
    panel.search.clear()
    loop.exec()
    keystrokes = []
    # A word no post holds, a rare one, one every post holds, and accents ignored.
    for word in ("sourdough", "post 1999", "reading", "caffè"):
        for letter in word:
            keystrokes.append(answered_after(lambda c=letter: type_in(panel.search, c)))
        panel.search.clear()
        loop.exec()
    report(
        "list filter keystroke until the rows show",
        f"median {median_ms(keystrokes):.1f} ms, worst {max(keystrokes) * 1000:.1f} ms",
        "<= 50 ms",
        median_ms(keystrokes) <= 50,
    )
    note("... the first word, before the word index", f"{cold * 1000:.0f} ms")
    window.close()
    app.processEvents()
    clock.set_source(None)


# The week view; then the list of every post scrolled from top to bottom, sorted by title,
# and a word looked for.
VIEWS_WINDOW = """
import datetime as dt, sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEventLoop, Qt
from planner import clock
from planner.store import Plan
from ui.app import application
from ui.document import PlanDocument
from ui.main_window import MainWindow
app = application([])
noon = dt.datetime.combine(dt.date.fromisoformat({day!r}), dt.time(12))
clock.set_source(lambda: noon.replace(tzinfo=clock.zone("Europe/Rome")))
window = MainWindow(PlanDocument(Plan.open({plan!r})), remember_state=False)
window.show()
for _ in range(10):
    window.next_action.trigger()
    app.processEvents()
window.grab()
if {listed!r}:
    panel = window.views.list_panel
    loop = QEventLoop()
    panel.model.answered.connect(loop.quit)
    window.views.view_actions[2].trigger()
    loop.exec()
    while not panel.model.complete:
        loop.exec()
    for row in range(0, panel.model.rowCount(), 997):
        panel.table.scrollTo(panel.model.index(row, 0))
        panel.table.viewport().repaint()
    panel.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    loop.exec()
    while not panel.model.complete:
        loop.exec()
    panel.search.setText("post 1999")  # and the word index made for it
    loop.exec()
    import time
    time.sleep(6)
    panel.search.setText("post 19999")
    loop.exec()
    window.grab()
"""


def list_memory(plan_path: Path, middle: dt.date) -> None:
    def peak(listed: bool) -> int:
        code = VIEWS_WINDOW.format(
            root=str(ROOT), day=middle.isoformat(), plan=str(plan_path), listed=listed
        )
        return peak_kb(code)

    week, listed = peak(False), peak(True)
    extra = (listed - week) / 1024
    report(
        "memory: the list view over the week, 200,000",
        f"{listed / 1024:.0f} MB vs week view {week / 1024:.0f} MB = +{extra:.1f} MB",
        "<= +40 MB",
        extra <= 40,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="fewer repeats, 200,000 posts at scale"
    )
    parser.add_argument("--frozen", action="store_true", help="also time the frozen app")
    parser.add_argument(
        "--only-startup",
        action="store_true",
        help="only the start-up figures (with --frozen, the frozen one too)",
    )
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    weeks = 26 if args.quick else 52
    large = 200_000 if args.quick else 1_000_000
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        run = "quick" if args.quick else "full"
        print(
            f"Content Planner benchmarks ({run} run{', frozen' if args.frozen else ''})", flush=True
        )
        if args.only_startup:
            plan = folder / "plan-50000.sqlite3"
            middle = build_plan(plan, 50_000)
            startup(plan, middle, folder, repeat)
            if args.frozen:
                frozen_startup(plan, middle, folder, repeat)
            return 1 if RESULTS.count(False) else 0
        plans = {}
        for count in (1_000, 5_000, 50_000, 100_000, 200_000):
            path = folder / f"plan-{count}.sqlite3"
            plans[count] = (path, build_plan(path, count))
        with_series, as_posts = folder / "series.sqlite3", folder / "stored.sqlite3"
        series_middle = build_plan(with_series, 50_000, series=20)
        build_plan(as_posts, 50_000, series=20, as_posts=True)

        cli_mix(*plans[5_000], folder, repeat)
        startup(*plans[50_000], folder, repeat)
        small, large_plan = navigation(plans[1_000], plans[200_000], weeks=weeks)
        report(
            "week navigation, 200,000 posts: median",
            f"{large_plan[0]:.1f} ms over {weeks} weeks",
            "<= 16 ms",
            large_plan[0] <= 16,
        )
        report(
            "week navigation, 200,000 posts: worst",
            f"{large_plan[1]:.1f} ms over {weeks} weeks",
            "<= 50 ms",
            large_plan[1] <= 50,
        )
        growth = large_plan[0] / small[0]
        report(
            "navigation growth, 1,000 -> 200,000 posts",
            f"{small[0]:.1f} ms -> {large_plan[0]:.1f} ms = {growth:.2f}x",
            "< 2x",
            growth < 2,
        )
        mix_growth = large_plan[2] / small[2]
        report(
            "mix growth, 1,000 -> 200,000 posts",
            f"{small[2]:.2f} ms -> {large_plan[2]:.2f} ms = {mix_growth:.2f}x",
            "< 2x",
            mix_growth < 2,
        )
        stored, series = navigation(
            (as_posts, series_middle), (with_series, series_middle), weeks=weeks
        )
        ratio = series[0] / stored[0]
        report(
            "navigation, 20 weekly series of 5 years",
            f"{series[0]:.1f} ms vs the same posts stored {stored[0]:.1f} ms = {ratio:.2f}x",
            "<= 1.25x",
            ratio <= 1.25,
        )
        memory(*plans[200_000])
        views_figures(*plans[200_000], repeat)
        csv_export(plans[100_000][0], folder, repeat)
        ics_export(plans[100_000][0], folder, max(3, repeat // 2))
        source = write_import_file(folder / "import-100000.csv", 100_000, five_channels)
        import_reference(source, folder, 3)
        new_channels(folder, 3)
        at_scale(folder, large, 3)
        if args.frozen:
            frozen_startup(*plans[50_000], folder, repeat)
    failed = RESULTS.count(False)
    minutes = (time.perf_counter() - started) / 60
    print(f"{len(RESULTS) - failed} of {len(RESULTS)} figures within budget ({minutes:.0f} min)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
