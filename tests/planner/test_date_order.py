"""Dates read the wrong way are data loss too (PRODUCT.md §5): the order of day and month
comes from the flag, then the dates themselves, then the computer's locale; whatever reads
a date that could go both ways says which way it went."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from planner.cli import main
from planner.csv_import import check_import, import_csv
from planner.date_order import ComputerOrder, DateOrder, computer_order, locale_order
from planner.errors import CsvImportError
from planner.store import Plan
from tests.conftest import all_posts, make_post

ITALIAN = "date,channel,content_type,title\n09/12/2026,Instagram,value,Orari di Natale\n"


@pytest.mark.parametrize(
    ("name", "order"),
    [
        ("it_IT.UTF-8", DateOrder.DAY_FIRST),
        ("en_US.UTF-8", DateOrder.MONTH_FIRST),
        ("en_GB.UTF-8", DateOrder.DAY_FIRST),
        ("en-PH", DateOrder.MONTH_FIRST),
        ("de_DE@euro", DateOrder.DAY_FIRST),
        ("en", DateOrder.MONTH_FIRST),
        ("fr", DateOrder.DAY_FIRST),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_locale_names(name, order) -> None:
    assert locale_order(name) is order


def test_the_locale_variables_in_posix_precedence() -> None:
    both = {"LANG": "en_US.UTF-8", "LC_TIME": "it_IT.UTF-8"}
    assert computer_order(both) == ComputerOrder(DateOrder.DAY_FIRST, "it_IT")
    assert computer_order({**both, "LC_ALL": "en_US.UTF-8"}).order is DateOrder.MONTH_FIRST
    assert computer_order({"LANG": "C.UTF-8"}) == ComputerOrder(None, "C")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("it_IT.UTF-8", dt.date(2026, 12, 9)), ("en_US.UTF-8", dt.date(2026, 9, 12))],
)
def test_an_italian_file_is_read_by_the_computers_locale(
    plan, monkeypatch, locale, expected
) -> None:
    monkeypatch.setenv("LC_ALL", locale)
    preview = check_import(plan, ITALIAN.encode())
    assert preview.created == 1
    assert preview.dates.dates == {"09/12/2026": expected}
    assert preview.dates.order is not None
    assert preview.dates.order.text == locale.split(".")[0]
    assert (preview.dates.ambiguous, preview.dates.ambiguous_day) == ("09/12/2026", expected)


def test_one_date_only_one_order_reads_settles_the_whole_file(plan, monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    text = ITALIAN + "24/12/2026,Instagram,value,Vigilia\n"
    preview = import_csv(plan, text.encode())
    assert sorted(p.date for p in all_posts(plan)) == [dt.date(2026, 12, 9), dt.date(2026, 12, 24)]
    assert preview.dates.order is not None
    assert (preview.dates.order.where, preview.dates.order.text) == ("line 3", "24/12/2026")
    # The flag comes before the file's own evidence.
    with pytest.raises(CsvImportError) as raised:
        check_import(plan, text.encode(), order=DateOrder.MONTH_FIRST)
    (problem,) = raised.value.problems
    assert str(problem) == (
        "line 3, date: '24/12/2026' has the day first, but dates are read month first, as chosen"
    )


def test_a_file_mixing_both_orders_is_refused_in_words(plan) -> None:
    text = ITALIAN + "24/12/2026,X,value,A\n12/25/2026,X,value,B\n"
    with pytest.raises(CsvImportError) as raised:
        import_csv(plan, text.encode())
    assert [str(p) for p in raised.value.problems] == [
        "line 4, date: '12/25/2026' has the month first, but dates are read day first, "
        "as line 3 (24/12/2026) shows"
    ]


def test_unambiguous_and_iso_dates_say_nothing_about_the_order(plan) -> None:
    text = "date,channel,content_type,title\n2026-12-09,X,value,A\n24/12/2026,X,value,B\n"
    preview = check_import(plan, text.encode())
    assert preview.dates.order is None
    assert preview.dates.dates == {"24/12/2026": dt.date(2026, 12, 24)}


# -- the command line ----------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_shows_the_dates_it_read_and_the_order(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("LC_ALL", "it_IT.UTF-8")
    source = tmp_path / "natale.csv"
    source.write_text(ITALIAN + "10/12/2026,Instagram,value,Auguri\n")
    code, out, _err = run(
        capsys, "import", str(tmp_path / "plan.sqlite3"), str(source), "--dry-run"
    )
    assert code == 0
    assert out.splitlines()[1:] == [
        "Dates like 09/12/2026 were read as Wed 9 Dec 2026 (day first, as the computer's "
        "language and region (it_IT) write them; --monthfirst reads it as Sat 12 Sep 2026).",
        "Dates as written, and as read:",
        "  09/12/2026 → Wed 9 Dec 2026",
        "  10/12/2026 → Thu 10 Dec 2026",
    ]
    code, out, _err = run(
        capsys, "import", str(tmp_path / "p.sqlite3"), str(source), "--monthfirst"
    )
    assert code == 0
    assert "(month first, as chosen; --dayfirst reads it as Wed 9 Dec 2026)" in out
    with Plan.open(tmp_path / "p.sqlite3") as plan:
        assert [p.date for p in all_posts(plan)] == [dt.date(2026, 9, 12), dt.date(2026, 10, 12)]


@pytest.mark.parametrize(
    ("locale", "week_start"), [("it_IT.UTF-8", "2026-11-30"), ("en_US.UTF-8", "2026-01-12")]
)
def test_mix_week_by_the_locale_and_said_on_stderr(
    capsys, monkeypatch, plan_path, locale, week_start
) -> None:
    Plan.create(plan_path).close()
    monkeypatch.setenv("LC_ALL", locale)
    code, out, err = run(capsys, "mix", str(plan_path), "--week", "01/12/2026", "--json")
    assert code == 0
    assert json.loads(out)["week_start"] == week_start
    assert err.startswith("content-planner: read --week 01/12/2026 as ")
    code, out, err = run(capsys, "mix", str(plan_path), "--week", "01/12/2026", "--dayfirst")
    assert "Week 49" in out


def test_export_range_settled_by_its_own_dates(capsys, monkeypatch, plan) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    make_post(plan, "value", dt.date(2027, 1, 5), title="Epiphany eve")
    make_post(plan, "value", dt.date(2027, 5, 1), title="May day")
    plan.close()
    argv = ["export", str(plan.path), "--from", "24/12/2026", "--to", "06/01/2027", "-o", "-"]
    code, out, err = run(capsys, *argv)
    assert code == 0
    assert "Epiphany eve" in out
    assert "May day" not in out
    assert err == (
        "content-planner: read --to 06/01/2027 as Wed 6 Jan 2027 (day first, as --from "
        "(24/12/2026) shows; --monthfirst reads it as Tue 1 Jun 2027)\n"
    )


def test_date_order_usage_errors(capsys, plan_path) -> None:
    Plan.create(plan_path).close()
    code, _out, err = run(capsys, "mix", str(plan_path), "--dayfirst", "--monthfirst")
    assert code == 2
    assert "not allowed with argument" in err
    code, _out, err = run(
        capsys, "export", str(plan_path), "--from", "24/12/2026", "--to", "12/25/2026"
    )
    assert code == 2
    assert err.endswith(
        "error: argument --to: '12/25/2026' has the month first, but dates are read day "
        "first, as --from (24/12/2026) shows\n"
    )
