"""Now comes from one clock, which every test freezes: no result depends on the day."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import planner
import ui
from planner import clock
from tests.conftest import NOW, ZONE, set_clock

SOURCES = [*Path(planner.__file__).parent.rglob("*.py"), *Path(ui.__file__).parent.rglob("*.py")]
# Calls that read the computer's clock; only planner/clock.py may make them.
CLOCK_READS = {("datetime", "now"), ("datetime", "today"), ("date", "today"), ("time", "time")}


def clock_reads(source: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.func.attr) in CLOCK_READS:
                found.append(f"{source.name}:{node.lineno}")
    return found


def test_only_the_clock_reads_the_computers_time() -> None:
    offenders = [
        place for source in SOURCES if source.name != "clock.py" for place in clock_reads(source)
    ]
    assert offenders == []


def test_the_suite_runs_at_the_frozen_moment_whatever_the_date() -> None:
    assert clock.wall_now(ZONE) == NOW
    assert clock.today("Pacific/Auckland") == dt.date(2026, 11, 23)  # 22:00 there
    set_clock(dt.datetime(2027, 3, 28, 2, 30), "UTC")
    assert clock.wall_now("Europe/Rome") == dt.datetime(2027, 3, 28, 4, 30)


def test_a_moment_in_the_environment_stops_the_clock_of_a_process(monkeypatch) -> None:
    monkeypatch.setenv(clock.NOW_VARIABLE, "2030-01-01T12:00:00+00:00")
    assert clock._source_from_environment()() == dt.datetime(2030, 1, 1, 12, tzinfo=dt.UTC)
    for unusable in ("", "soon", "2030-01-01T12:00:00"):  # no offset: not a moment
        monkeypatch.setenv(clock.NOW_VARIABLE, unusable)
        assert clock._source_from_environment() is clock._system_moment
