"""The command line of PRODUCT.md §5: outputs, exit codes, one-line errors."""

from __future__ import annotations

import codecs
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__
from planner.cli import main
from planner.store import Plan
from tests.conftest import TODAY, all_posts, make_post

WEEK = TODAY.isoformat()
GOOD_CSV = "date,time,channel,content_type,title\n2026-11-24,9am,Instagram,promo,Sale\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(plan_path: Path) -> Path:
    with Plan.create(plan_path, time_zone="Europe/Rome") as plan:
        for kind in ("promotional", "promotional", "promotional", "value", "value"):
            make_post(plan, kind, channel="Instagram")
        make_post(plan, "conversation", channel="Facebook")
        make_post(plan, "conversation", channel="Facebook")
        make_post(plan, "value", None, title="Idea for later")
    return plan_path


def test_version(capsys) -> None:
    assert run(capsys, "--version") == (0, f"content-planner {__version__}\n", "")


def test_mix_json(capsys, sample) -> None:
    code, out, err = run(capsys, "mix", str(sample), "--week", WEEK, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["total"] == 7
    assert data["counts"] == {"promotional": 3, "value": 2, "conversation": 2}
    assert data["over_limit"] is True
    assert data["warnings"][0] == {
        "code": "promo_share_high",
        "message": "3 of 7 posts this week are promotional (43%); "
        "your limit is 33% (rule of thirds).",
    }


def test_mix_text_and_week_by_any_day(capsys, sample) -> None:
    code, out, _ = run(capsys, "mix", str(sample), "--week", "27/11/2026")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Week 48 · 23–29 Nov 2026 · 7 posts · rule of thirds (promotional limit 33%)"
    assert "promotional      3   43%" in lines[1]
    assert any(line.startswith("promo_share_high: 3 of 7") for line in lines)


def test_mix_of_an_empty_week(capsys, sample) -> None:
    code, out, _ = run(capsys, "mix", str(sample), "--week", "2027-03-01", "--json")
    assert code == 0
    assert json.loads(out)["shares"] == {"promotional": 0, "value": 0, "conversation": 0}


@pytest.mark.parametrize("command", ["mix", "export", "check"])
def test_a_missing_plan_is_an_error_and_is_not_created(capsys, tmp_path, command) -> None:
    missing = tmp_path / "nope.sqlite3"
    code, _, err = run(capsys, command, str(missing))
    assert code == 1
    assert err.count("\n") == 1
    assert "There is no plan at" in err
    assert not missing.exists()


@pytest.mark.parametrize("command", ["mix", "export", "check"])
def test_a_bad_file_is_one_line_and_exit_1(capsys, tmp_path, command) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("shopping list")
    code, _, err = run(capsys, command, str(bad))
    assert code == 1
    assert err == f"content-planner: {bad} is not a plan (it is not a Content Planner file).\n"
    assert bad.read_text() == "shopping list"


@pytest.mark.parametrize(
    "argv",
    [
        ["mix"],
        ["mix", "p", "--week", "31/02/2026"],
        ["export", "p", "--format", "docx"],
        ["import", "p"],
        ["mix", "p", "--colour"],
    ],
)
def test_usage_errors_exit_2(capsys, argv) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--from", "2026-11-01"],
        ["--to", "2026-11-01"],
        ["--week", WEEK, "--from", WEEK, "--to", WEEK],
        ["--from", "2026-12-01", "--to", "2026-11-01"],
        ["--format", "pdf"],
    ],
)
def test_export_usage_errors_exit_2(capsys, sample, argv) -> None:
    code, out, err = run(capsys, "export", str(sample), *argv)
    assert (code, out) == (2, "")
    assert "usage:" in err


def test_export_csv_to_stdout_with_bom_by_default(capsysbinary, sample) -> None:
    assert main(["export", str(sample)]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(codecs.BOM_UTF8 + b'"uid","date","time","channel","content_type"')
    assert out.count(b"\r\n") == 9  # header, 7 dated posts and the idea
    assert main(["export", str(sample), "--no-bom", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out.startswith(b'"uid",')


def test_export_ranges(capsys, sample, tmp_path) -> None:
    target = tmp_path / "week.csv"
    code, _, err = run(capsys, "export", str(sample), "--week", WEEK, "-o", str(target))
    assert code == 0
    assert err == f"Exported 7 posts to {target}.\n"
    run(
        capsys,
        "export",
        str(sample),
        "--from",
        "2026-11-24",
        "--to",
        "2026-11-30",
        "-o",
        str(target),
    )
    assert target.read_text(encoding="utf-8-sig").count("\n") == 1  # the header only


def test_export_ics_to_stdout_and_to_a_file(capsysbinary, sample, tmp_path) -> None:
    assert main(["export", str(sample), "--format", "ics", "--week", WEEK]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"BEGIN:VCALENDAR")
    assert out.count(b"BEGIN:VEVENT") == 7
    target = tmp_path / "week.ics"
    assert main(["export", str(sample), "--format", "ics", "-o", str(target)]) == 0
    assert capsysbinary.readouterr().err == f"Exported 7 events to {target}.\n".encode()
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 7  # every dated post; not the idea


def test_import_creates_the_plan_and_reports(capsys, tmp_path) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(GOOD_CSV)
    target = tmp_path / "new.sqlite3"
    code, out, _ = run(capsys, "import", str(target), str(source))
    assert code == 0
    assert out == "Imported 1 posts: 1 new, 0 updated, 0 unchanged; new channels: Instagram.\n"
    code, out, _ = run(capsys, "import", str(target), str(source))
    assert out == "Imported 1 posts: 0 new, 0 updated, 1 unchanged.\n"
    with Plan.open(target) as plan:
        assert plan.count_posts() == 1


def test_dry_run_writes_nothing(capsys, tmp_path, sample) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(GOOD_CSV)
    missing = tmp_path / "missing.sqlite3"
    code, out, _ = run(capsys, "import", str(missing), str(source), "--dry-run")
    assert code == 0
    assert out.startswith("Dry run: would import 1 posts: 1 new")
    assert not missing.exists()
    before = sample.read_bytes()
    assert run(capsys, "import", str(sample), str(source), "--dry-run")[0] == 0
    assert sample.read_bytes() == before


def test_a_bad_csv_writes_nothing_and_names_each_problem(capsys, tmp_path, sample) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(GOOD_CSV + "31/02/2026,,X,value,Bad\n2026-11-25,,X,rumour,Worse\n")
    with Plan.open(sample) as plan:
        before = plan.count_posts()
    code, out, err = run(capsys, "import", str(sample), str(source))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "content-planner: Nothing was imported: the file has 2 problems.",
        "line 3, date: '31/02/2026' is not a valid date",
        "line 4, content_type: 'rumour' is not a content type (promotional, value or conversation)",
    ]
    with Plan.open(sample) as plan:
        assert plan.count_posts() == before
    missing = tmp_path / "never.sqlite3"
    assert run(capsys, "import", str(missing), str(source))[0] == 1
    assert not missing.exists()


def test_import_dayfirst_and_stdin(capsys, monkeypatch, tmp_path) -> None:
    target = tmp_path / "p.sqlite3"
    data = b"date,channel,content_type,title\n01/02/2026,X,value,Hi\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run(capsys, "import", str(target), "-", "--dayfirst")[0] == 0
    with Plan.open(target) as plan:
        assert all_posts(plan)[0].date.isoformat() == "2026-02-01"


def test_import_of_a_missing_file(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "p.sqlite3"), str(tmp_path / "none.csv"))
    assert code == 1
    assert err.startswith("content-planner: ")
    assert "No such file" in err
    assert err.count("\n") == 1


def test_check(capsys, sample) -> None:
    assert run(capsys, "check", str(sample)) == (
        0,
        "bakery.sqlite3 is sound: 8 posts, 2 channels.\n",
        "",
    )


def test_window_commands_need_the_window(capsys) -> None:
    code, _, err = run(capsys, "selfcheck")
    assert code == 1
    assert "needs the window" in err


def test_the_installed_command_never_shows_a_traceback(tmp_path) -> None:
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    for argv in (["mix", str(bad)], ["check", str(bad)], ["export", str(bad), "-o", "x.csv"]):
        result = subprocess.run(
            [sys.executable, "-m", "ui", *argv], capture_output=True, text=True, check=False
        )
        assert result.returncode == 1, result
        assert "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1


def test_reports_through_a_pipe_are_utf8_whatever_the_code_page(monkeypatch, tmp_path) -> None:
    # Windows writes to pipes and files in its ANSI code page (cp1252), where "☕" does not
    # exist and "·" is a byte no UTF-8 reader understands.
    piped = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(piped, encoding="cp1252"))
    csv = tmp_path / "week.csv"
    csv.write_text(GOOD_CSV.replace("Instagram", "Café ☕"), encoding="utf-8")
    plan = tmp_path / "shop.sqlite3"
    assert main(["import", str(plan), str(csv)]) == 0
    assert main(["mix", str(plan), "--week", WEEK]) == 0
    sys.stdout.flush()
    text = piped.getvalue().decode("utf-8")
    assert "new channels: Café ☕." in text
    assert "Week 48 · 23–29 Nov 2026 · 1 posts · " in text


@pytest.mark.parametrize(("form", "unit"), [("csv", "post"), ("ics", "event")])
def test_one_exported_post_is_counted_in_the_singular(capsys, plan_path, tmp_path, form, unit):
    with Plan.create(plan_path) as plan:
        make_post(plan, "value", TODAY, title="Only one")
    target = tmp_path / f"one.{form}"
    code, _, err = run(capsys, "export", str(plan_path), "--format", form, "-o", str(target))
    assert code == 0
    assert err == f"Exported 1 {unit} to {target}.\n"
