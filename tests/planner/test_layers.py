"""The domain stays Qt-free, and window-free commands never load Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import planner

FORBIDDEN = ("PySide6", "shiboken6", "ui")
PLANNER = Path(planner.__file__).parent


def imported_modules(source: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


def test_no_planner_module_imports_qt_or_the_window() -> None:
    offenders = {
        f"{source.relative_to(PLANNER.parent)}: {module}"
        for source in PLANNER.rglob("*.py")
        for module in imported_modules(source)
        if module.split(".")[0] in FORBIDDEN
    }
    assert not offenders


def test_the_import_scan_would_catch_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import os\nfrom PySide6.QtCore import QObject\nimport ui.app\n"
        "import importlib\nimportlib.import_module('shiboken6')\n"
    )
    assert {"PySide6.QtCore", "ui.app", "shiboken6"} <= imported_modules(bad)


def test_window_free_commands_do_not_load_qt(tmp_path: Path) -> None:
    plan = tmp_path / "p.sqlite3"
    script = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"main(['import', {str(plan)!r}, '-', '--dry-run'])\n"
        "main(['--version'])\n"
        f"main(['mix', {str(plan)!r}])\n"
        f"main(['check', {str(plan)!r}])\n"
        f"main(['export', {str(plan)!r}, '-o', {str(tmp_path / 'out.csv')!r}])\n"
        f"main(['review', 'export', {str(plan)!r}, '-o', {str(tmp_path / 'pack.xlsx')!r}])\n"
        f"main(['review', 'import', {str(plan)!r}, {str(tmp_path / 'pack.xlsx')!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:', loaded)\n"
    )
    from planner.store import Plan
    from tests.conftest import make_post

    with Plan.create(plan) as made:
        make_post(made, "value")  # this week: review export has a post to send
    result = subprocess.run(
        [sys.executable, "-c", script],
        input="date,channel,content_type,title\n2026-11-23,X,value,Hi\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "QT: []"
    assert (tmp_path / "pack.xlsx").exists()
    assert "Dry run" in result.stdout
