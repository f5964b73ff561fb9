"""Check the frozen app (after ``bash packaging/build.sh``) the way a user would use it.

    python packaging/check_frozen.py [DIST]

It opens a plan, imports a CSV, reports the mix, exports CSV, calendar and PDF (with its
text), sends a review pack (XLSX, PDF) and reads the answers back, and starts the window
offscreen (``selfcheck``), in English and (on Linux) under an Italian locale, all through
the frozen executables. The plan's time zone is Pacific/Auckland and the system's zone
data is hidden from the app (PYTHONTZPATH is empty), so the calendar keeps its zone only
when the frozen app carries ``tzdata`` itself.
Exits 1 on the first failure, with what the app printed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner import __version__  # noqa: E402
from planner.store import Plan  # noqa: E402

ZONE = "Pacific/Auckland"
WINDOWS, MACOS = sys.platform == "win32", sys.platform == "darwin"


class FrozenCheckError(Exception):
    pass


def executables(dist: Path) -> tuple[Path, list[Path]]:
    """The console executable for the command line, and every executable to selfcheck."""
    folder = dist / "content-planner"
    if WINDOWS:
        cli = folder / "content-planner-cli.exe"
        return cli, [cli]
    app = folder / "content-planner"
    bundle = dist / "Content Planner.app" / "Contents" / "MacOS" / "content-planner"
    return app, [app, bundle] if MACOS else [app]


def run(command: list[object], env: dict[str, str], expect: str = "") -> str:
    shown = " ".join(str(part) for part in command[1:])
    result = subprocess.run(
        [str(part) for part in command],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",  # output in another encoding fails the check by what it shows
        timeout=120,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 or expect not in output:
        raise FrozenCheckError(f"{shown}: exit {result.returncode}, expected {expect!r}\n{output}")
    print(f"frozen: {shown}: ok")
    return result.stdout


def check(dist: Path, folder: Path) -> None:
    cli, windows = executables(dist)
    for executable in windows:
        if not executable.is_file():
            raise FrozenCheckError(f"{executable} is missing: run packaging/build.sh first")
    today = dt.datetime.now(zoneinfo.ZoneInfo(ZONE)).date()
    plan = folder / "Shop.sqlite3"
    Plan.create(plan, time_zone=ZONE).close()
    csv = folder / "week.csv"
    csv.write_text(
        "date,time,channel,content_type,title\n"
        f"{today},09:00,Instagram,value,How we bake our rye\n"
        f"{today},12:30,Instagram,conversation,Which loaf next?\n"
        f"{today},17:00,Facebook,promotional,Weekend pre-order\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONTZPATH": "",  # no system zone data: only the bundled tzdata can answer
        "CONTENT_PLANNER_HOME": str(folder / "home"),
    }
    run([cli, "--version"], env, __version__)
    run([cli, "import", plan, csv], env, "Imported 3 posts: 3 new")
    report = json.loads(run([cli, "mix", plan, "--week", today, "--json"], env))
    if report["total"] != 3 or report["counts"]["promotional"] != 1:
        raise FrozenCheckError(f"mix: unexpected report {report}")
    # Read through a pipe, the report is UTF-8 on every system (Windows' own is cp1252).
    run([cli, "mix", plan, "--week", today], env, " · 3 posts · ")
    run([cli, "export", plan, "--week", today, "-o", folder / "week-out.csv"], env)
    rows = (folder / "week-out.csv").read_text(encoding="utf-8-sig").splitlines()
    if len(rows) != 4:
        raise FrozenCheckError(f"export csv: {len(rows) - 1} rows instead of 3")
    run([cli, "export", plan, "--week", today, "--format", "ics", "-o", folder / "w.ics"], env)
    calendar = (folder / "w.ics").read_text(encoding="utf-8")
    if f"TZID:{ZONE}" not in calendar or f"TZID={ZONE}" not in calendar:
        raise FrozenCheckError(f"export ics: the events lost their zone, {ZONE}: no tzdata?")
    run([cli, "export", plan, "--week", today, "--format", "pdf", "-o", folder / "w.pdf"], env)
    pdf = (folder / "w.pdf").read_bytes()
    if not pdf.startswith(b"%PDF"):
        raise FrozenCheckError("export pdf: not a PDF")
    if b"/FontFile" not in pdf:
        raise FrozenCheckError("export pdf: no font in the PDF, so no text: fonts not found?")
    check_review_pack(cli, plan, today, folder, env)
    for executable in windows:
        run([executable, "selfcheck", plan], env, "3 posts shown")
    if not WINDOWS and not MACOS:
        # Under an Italian locale the window speaks Italian, with Qt's own words (Annulla)
        # too: both translations travel with the app. (Windows and macOS take the language
        # from their settings, not from LANG.)
        italian = {**env, "LANG": "it_IT.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
        italian["XDG_CONFIG_HOME"] = str(folder / "config")  # no language chosen before
        expected = "language it (qtbase_it.qm, content_planner_it.qm)"
        run([cli, "selfcheck", plan], italian, expected)


def check_review_pack(
    cli: Path, plan: Path, today: dt.date, folder: Path, env: dict[str, str]
) -> None:
    """The freelancer's round trip: a pack as XLSX (openpyxl is bundled), answered as a
    client would in a spreadsheet, read back; and the pack as a PDF to print."""
    import openpyxl

    pack = folder / "review.xlsx"
    run([cli, "review", "export", plan, "--week", today, "-o", pack], env, "3 posts now await")
    book = openpyxl.load_workbook(pack)
    sheet = book.active
    if sheet["E4"].value != "How we bake our rye":
        raise FrozenCheckError(f"review export: unexpected first title {sheet['E4'].value!r}")
    sheet["G4"], sheet["G5"], sheet["H5"] = "Approve", "modifica", "Saturday, please"
    book.save(pack)
    run([cli, "review", "import", plan, pack], env, "1 approved, 1 changes requested")
    pdf = folder / "review.pdf"
    run([cli, "review", "export", plan, "--week", today, "-o", pdf, "--language", "it"], env)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise FrozenCheckError("review export pdf: not a PDF")


def main() -> int:
    dist = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"
    with tempfile.TemporaryDirectory() as folder:
        try:
            check(dist, Path(folder))
        except FrozenCheckError as failure:
            print(f"frozen: FAILED {failure}", file=sys.stderr)
            return 1
    print("frozen: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
