"""Fixtures shared by the domain and window tests."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from planner import clock
from planner.channels import find_named, new_channel
from planner.mix import Code, MixReport
from planner.model import Change, Channel, ContentType, Post, Series
from planner.paths import HOME_VARIABLE
from planner.rows import POST_FIELDS, post_from_row
from planner.store import Plan
from ui.offscreen import use_offscreen_platform

# Generated inputs are judged on what they find, not on how fast a shared machine makes
# them: under Wine, on a loaded CI machine, dates alone came 8 in 3.4 s and failed the run.
settings.register_profile("shared-machine", suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shared-machine")

# GUI tests run without a display (with the system's fonts), before any test imports Qt.
use_offscreen_platform()

# A fixed "now" for everything that depends on the clock: Monday of week 48, 2026, 10:00
# in the tests' usual plan zone.
ZONE = "Europe/Rome"
NOW = dt.datetime(2026, 11, 23, 10, 0)
TODAY = NOW.date()


# What Wine cannot do as Windows does (packaging/windows/wine_check.py runs the suite
# there), each for a reason of Wine's or of the test machine's, never of the app's. Under
# Wine these Qt warnings fail no test; the run's header lists them. On Windows they still do.
WINE_QT_WARNINGS = {
    # Qt's Windows print dialog refuses a printer that is not a real one, and this Wine has
    # none (its printers come from CUPS); Windows 10 and later always have Microsoft Print
    # to PDF.
    "QPrintDialog: Cannot be used on non-native printers": "no printer under Wine",
}


def under_wine() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


def pytest_configure(config: pytest.Config) -> None:
    if under_wine():
        for message in WINE_QT_WARNINGS:
            config.addinivalue_line("qt_log_ignore", re.escape(message))
        retry_wine_process_creation()


def retry_wine_process_creation() -> None:
    """Wine's CreateProcess now and then fails with ERROR_INTERNAL_ERROR (1359) on a busy
    machine, which Windows does not do; under Wine the tests' commands try again."""
    import _winapi

    create = _winapi.CreateProcess

    def create_process(*arguments: object) -> object:
        for _ in range(4):
            try:
                return create(*arguments)
            except OSError as error:
                if getattr(error, "winerror", None) != 1359:
                    raise
                print("under Wine: CreateProcess failed (1359); once more", file=sys.stderr)
                time.sleep(0.5)
        return create(*arguments)

    _winapi.CreateProcess = create_process


def pytest_report_header() -> list[str]:
    if not under_wine():
        return []
    return [f"under Wine, Qt's {m!r} fails no test: {r}" for m, r in WINE_QT_WARNINGS.items()]


def set_clock(wall: dt.datetime, zone: str = ZONE) -> None:
    """Make it ``wall`` o'clock in ``zone`` for the app's one clock, in this process and in
    the commands a test starts."""
    moment = wall.replace(tzinfo=clock.zone(zone)).astimezone(dt.UTC)
    clock.set_source(lambda: moment)
    os.environ[clock.NOW_VARIABLE] = moment.isoformat()


def command_environment() -> dict[str, str]:
    """The environment of a command a test starts: offscreen, without the font folder the
    tests chose for themselves (the app must find the system's fonts on its own)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("QT_QPA_FONTDIR", None)
    return environment


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    """Every test runs at NOW, whatever the computer's date: no result may depend on the
    day the suite runs. A test moves the clock with :func:`set_clock`."""
    set_clock(NOW)
    yield
    clock.set_source(None)
    os.environ.pop(clock.NOW_VARIABLE, None)


@pytest.fixture(autouse=True)
def c_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs in the C locale, whatever the computer's: it decides how numeric
    dates such as 01/02/2026 are read when nothing else does (C: month first). A test
    sets another with ``LC_ALL``."""
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder: the user's real plans are never touched."""
    folder = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    return folder


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "bakery.sqlite3"


@pytest.fixture
def plan(plan_path: Path) -> Iterator[Plan]:
    with Plan.create(plan_path, time_zone="Europe/Rome") as opened:
        yield opened


def make_post(
    plan: Plan,
    content_type: ContentType | str,
    day: dt.date | None = TODAY,
    *,
    channel: str = "Instagram",
    time: dt.time | None = None,
    title: str | None = None,
    **fields: object,
) -> Post:
    """Add a post to ``plan`` with sensible defaults; returns it as saved."""
    kind = ContentType(content_type)
    post = Post(
        channel_id=ensure_channel(plan, channel).id,
        content_type=kind,
        title=title or f"{kind.value} post",
        date=day,
        time=time,
        **fields,
    )
    return plan.put_posts([post])[0]


def add_channel(
    plan: Plan,
    name: str,
    char_limit: int | None = None,
    weekly_target: int | None = None,
    reply_hours: int | None = None,
) -> Channel:
    """Add a channel to ``plan`` as given (no usual limit filled in); returns it."""
    channel = Channel(plan.new_channel_id(), name, char_limit, weekly_target, reply_hours)
    plan.apply(Change(channels_after=(channel,)))
    return channel


def all_posts(plan: Plan) -> list[Post]:
    """Every post of the plan: the dated ones in time order (a series that never ends up to
    a year from today), then the ideas; what a whole export writes, as posts."""
    stored = {post.uid for post in plan.stored_posts()}
    posts = (post_from_row(dict(zip(POST_FIELDS, row, strict=True))) for row in plan.export_rows())
    return [post if post.uid in stored else replace(post, virtual=True) for post in posts]


def find_channel(plan: Plan, name: str) -> Channel | None:
    """The plan's channel called ``name``, compared case-insensitively."""
    return find_named(plan.channels(), name)


def ensure_channel(plan: Plan, name: str) -> Channel:
    """The plan's channel called ``name``, made (with its usual limit) if it lacks one."""
    found = find_channel(plan, name)
    if found is not None:
        return found
    channel = new_channel(plan.new_channel_id(), name)
    plan.apply(Change(channels_after=(channel,)))
    return channel


def add_series(plan: Plan, series: list[Series]) -> None:
    plan.apply(Change(series_after=tuple(series)))


def codes(report: MixReport) -> list[Code]:
    return [warning.code for warning in report.warnings]


def find_post(plan: Plan, uid: str) -> Post | None:
    return plan.find_posts([uid]).get(uid)


def _mount_tmpfs(folder: Path, size: str) -> bool:
    """Mount a small RAM disk at ``folder``, where this machine lets the tests (Linux, as an
    administrator, with ``mount`` allowed); False elsewhere."""
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return mounted.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a disk with room for a small file or two: a real 16 KB RAM disk where
    the machine allows mounting one; elsewhere, syncing a file to the disk fails with "No
    space left on device", as on a full disk that reports it late (network shares do)."""
    folder = tmp_path / "full"
    folder.mkdir()
    if _mount_tmpfs(folder, "16k"):
        yield folder
        _unmount(folder)
        return

    def no_space(_handle: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    yield folder


class Stick:
    """A folder the test fills and then locks, like a USB stick with its write-protect
    switch on: a RAM disk remounted read-only where the machine allows mounting, else the
    folder and its files made read-only (chmod)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.mounted = _mount_tmpfs(folder, "4m")

    def lock(self) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)
            return
        for path in self.folder.iterdir():
            path.chmod(0o444)
        self.folder.chmod(0o555)

    def unlock(self) -> None:
        if self.mounted:
            _unmount(self.folder)
            return
        self.folder.chmod(0o755)
        for path in self.folder.iterdir():
            path.chmod(0o644)


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Stick]:
    if sys.platform == "win32":
        pytest.skip("a folder cannot be write-protected on Windows")
    folder = tmp_path / "stick"
    folder.mkdir()
    locked = Stick(folder)
    yield locked
    locked.unlock()
