"""The planner never opens a network connection: every command runs with sockets banned."""

from __future__ import annotations

import os
import subprocess
import sys

from planner.model import ContentType, Status
from planner.store import Plan
from tests.conftest import TODAY, make_post

# Any socket made or used from Python aborts the run, and Qt's network module must not
# even be loaded.
GUARD = """
import sys
def refuse(event, args):
    if event.startswith("socket."):
        raise SystemExit(f"NETWORK: {event} {args!r}")
sys.addaudithook(refuse)
from ui.launcher import main
code = main(sys.argv[1:])
assert "PySide6.QtNetwork" not in sys.modules, "QtNetwork was loaded"
sys.exit(code)
"""


def run_guarded(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", GUARD, *argv], capture_output=True, text=True, env=env, check=False
    )


def test_every_command_runs_without_the_network(plan_path, tmp_path) -> None:
    with Plan.create(plan_path) as plan:
        make_post(plan, ContentType.PROMOTIONAL, TODAY, status=Status.PUBLISHED)
        make_post(plan, ContentType.VALUE, None)
    source = tmp_path / "posts.csv"
    source.write_text("date,channel,content_type,title\n2026-11-24,X,value,Hi\n")
    plan = str(plan_path)
    for argv in (
        ["--version"],
        ["import", plan, str(source)],
        ["mix", plan, "--json"],
        ["check", plan],
        ["export", plan, "-o", str(tmp_path / "out.csv")],
        ["export", plan, "--format", "ics", "-o", str(tmp_path / "out.ics")],
        ["export", plan, "--format", "pdf", "-o", str(tmp_path / "out.pdf")],
        ["selfcheck", plan],
        ["selfcheck"],
    ):
        result = run_guarded(*argv)
        assert result.returncode == 0, (argv, result.stdout, result.stderr)
        assert "NETWORK" not in result.stdout + result.stderr


def test_the_guard_would_catch_a_connection() -> None:
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            GUARD.replace(
                "from ui.launcher import main",
                "import socket; socket.create_connection(('127.0.0.1', 9))",
            ),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "NETWORK: socket." in probe.stderr
