"""CSV files at the edges: huge values, huge lines, columns without a name, and what a real
spreadsheet does to a file it opens with its default settings and saves back."""

from __future__ import annotations

import re

import pytest

from planner.csv_format import COLUMNS
from planner.csv_import import import_csv
from planner.errors import CsvImportError
from planner.model import ContentType, Post
from planner.store import Plan
from tests.conftest import add_channel, ensure_channel
from tests.planner.test_csv import export_bytes, only

HEADER = "channel,content_type,title"


def problems(plan: Plan, data: bytes) -> list[str]:
    with pytest.raises(CsvImportError) as raised:
        import_csv(plan, data)
    assert plan.count_posts() == 0
    return [str(problem) for problem in raised.value.problems]


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("99999999999999999999", "'99999999999999999999' is more than 100,000 conversations"),
        ("9" * 5000, "is more than 100,000 conversations"),
        ("²", "'²' is not a number of conversations (0 or more)"),
        ("-3", "'-3' is not a number of conversations (0 or more)"),
    ],
)
def test_a_huge_number_is_a_bad_cell_like_any_other(plan, cell, reason) -> None:
    data = f"{HEADER},conversations\nX,value,Hi,{cell}\n".encode()
    (found,) = problems(plan, data)
    assert found.startswith("line 2, conversations: ")
    assert reason in found


def test_a_first_line_over_the_cell_limit_names_line_and_column(plan) -> None:
    data = b"channel,content_type," + b"x" * 140_000 + b"\nX,value,Hi\n"
    (found,) = problems(plan, data)
    assert found.startswith("line 1, column 3 (C): a cell is longer than 131,072 characters")
    assert "the first line names the columns" in found


@pytest.mark.parametrize(
    "data",
    [
        b'{"posts": "' + b"x" * 140_000 + b'", "n": 1}',
        b'  [{"title":"' + b"x" * 140_000 + b'","date":"2026-12-09"},{"title":"b"}]\n',
    ],
)
def test_a_minified_json_file_is_named_for_what_it_is(plan, data) -> None:
    (found,) = problems(plan, data)
    assert found.startswith("line 1, column 1 (A): this is JSON, not CSV; the first line names")


def test_a_cell_over_the_limit_is_named_by_its_column(plan) -> None:
    data = f"{HEADER},body,,notes\nX,value,Hi,{'b' * 140_000},,ok\n".encode()
    assert problems(plan, data) == ["line 2, body: a cell is longer than 131,072 characters"]
    data = f"{HEADER},,notes\nX,value,Hi,{'b' * 140_000},ok\n".encode()
    assert problems(plan, data) == [
        "line 2, column 4 (D): a cell is longer than 131,072 characters"
    ]


def test_values_under_a_blank_header_cell_are_refused(plan) -> None:
    # What a spreadsheet sends back after it split a cell holding a ";": every value after
    # it moves one column right, under a header cell it added without a name.
    data = (
        b"channel,content_type,title,body,status,tags,\r\n"
        b"X,value,Orari di Natale,aperti,la domenica,scheduled,natale\r\n"
        b"X,value,Fine,,draft,,\r\n"
    )
    assert problems(plan, data) == [
        "line 2, column 7 (G): 'natale' stands under a column with no name in the first line"
    ]


def test_blank_header_cells_over_empty_values_are_fine_and_not_reported(plan) -> None:
    data = b"channel,content_type,title,,Priority,\r\nX,value,Hi,,high,\r\n"
    preview_text = import_csv(plan, data).summary()
    assert preview_text.endswith("ignored columns: Priority")
    assert only(plan).title == "Hi"


def test_every_text_cell_is_quoted_so_any_separator_stays_inside(plan) -> None:
    channel = add_channel(plan, "Insta;gram")
    plan.put_posts(
        [Post(channel.id, ContentType.VALUE, "Orari di Natale; aperti", body="a\tb", notes="c d")]
    )
    text = export_bytes(plan).decode("utf-8-sig")
    header, row = text.split("\r\n")[:2]
    assert header == ",".join(f'"{column}"' for column in COLUMNS)
    # A spreadsheet splitting on tab, comma and semicolon (LibreOffice's default) still sees
    # every cell whole, because each one is inside quotes.
    assert re.fullmatch(r'("[^"]*",){12}"[^"]*"', row)
    assert '"Orari di Natale; aperti","a\tb"' in row


@pytest.mark.parametrize("start", ["\r", "\n", "\r\n"])
def test_the_guard_survives_a_spreadsheet_turning_cr_into_lf(plan, start) -> None:
    plan.put_posts(
        [Post(ensure_channel(plan, "X").id, ContentType.VALUE, "T", body=f"{start}=1+2")]
    )
    data = export_bytes(plan)
    assert f'"\'{start}=1+2"'.encode() in data
    # A spreadsheet saves every line break as LF, and keeps the apostrophe.
    back = data.replace(b"'\r\n", b"'\n").replace(b"'\r", b"'\n")
    with Plan.in_memory() as other:
        import_csv(other, back)
        assert only(other).body == "\n=1+2"
