"""No input file can reach an "unexpected error": any bytes, and rows shaped like a CSV with
hostile values, end in an import or in problems named by line, on the command line and in
the import dialog alike."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.csv_format import COLUMNS
from planner.model import ContentType
from planner.store import Plan
from tests.conftest import make_post
from ui.import_dialog import ImportDialog

# Cells that have tripped readers: huge numbers, dates at the edges, quotes, separators,
# guards, line ends, NUL, and a cell over the csv module's limit.
CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "99999999999999999999",
            "9" * 5000,
            "-1",
            "²",
            "1e400",
            "31/02/2026",
            "24/12/2026",
            "12/24/2026",
            "01/02/2026",
            "9999-12-31",
            "0001-01-01",
            "12/31/99999",
            "25:61",
            "99:99 pm",
            "'=1+1",
            "\r=cmd",
            '"',
            'a"b',
            ";",
            "\t",
            "\x00",
            "\u2028",
            "x" * 131_073,
            "not-a-uid",
            "0b9ee0e4-61ac-4d3c-8d3b-4f3a0e7c9a11",
            "{0b9ee0e4-61ac-4d3c-8d3b-4f3a0e7c9a11}",
            "yes",
            "scheduled",
            "promo",
            "",
        ]
    ),
)
# A value each column accepts, so that rows get past their first cells to the hostile ones.
FINE = {
    "uid": "",
    "date": "2026-11-24",
    "time": "9:30",
    "channel": "Instagram",
    "content_type": "value",
    "title": "Hi",
    "body": "Body",
    "status": "draft",
    "tags": "a, b",
    "notes": "",
    "followup_done": "no",
    "followup_note": "",
    "conversations": "3",
}
EXTRA_COLUMNS = st.sampled_from(["", " ", "likes", "x" * 131_073])


@st.composite
def csv_shaped(draw: st.DrawFn) -> bytes:
    header = draw(st.permutations(COLUMNS))[: draw(st.integers(1, len(COLUMNS)))]
    header += draw(st.lists(EXTRA_COLUMNS, max_size=2))
    rows = [
        [draw(st.one_of(st.just(FINE.get(column, "")), CELLS)) for column in header]
        + draw(st.lists(CELLS, max_size=1))
        for _row in range(draw(st.integers(0, 4)))
    ]
    separator = draw(st.sampled_from([",", ";", "\t"]))
    quote = draw(st.booleans())

    def line(cells: list[str]) -> str:
        if quote:
            cells = ['"' + cell.replace('"', '""') + '"' for cell in cells]
        return separator.join(cells)

    text = "\r\n".join(line(cells) for cells in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


# A failing example holding a 131 kB cell is still worth seeing.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
ANY_FILE = st.one_of(st.binary(max_size=300), csv_shaped(), csv_shaped())
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@FUZZ
@given(ANY_FILE, st.booleans())
def test_import_from_the_command_line_never_fails_unexplained(data, dry_run) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "posts.csv"
        source.write_bytes(data)
        with Plan.create(Path(folder) / "plan.sqlite3") as plan:
            make_post(plan, ContentType.VALUE, title="Kept")
        argv = ["import", str(Path(folder) / "plan.sqlite3"), str(source)]
        with pytest.MonkeyPatch.context() as patch:
            errors: list[str] = []
            patch.setattr("planner.cli.fail", lambda message: errors.append(message) or 1)
            code = main([*argv, "--dry-run"] if dry_run else argv)
    assert code in (0, 1)
    assert not any("unexpected error" in message for message in errors)
    if code == 1:
        assert errors[0].startswith("Nothing was imported: the file has")


@FUZZ
@given(ANY_FILE)
def test_the_import_dialog_always_shows_a_preview_or_problems(qtbot, data) -> None:
    with Plan.in_memory() as plan:
        make_post(plan, ContentType.VALUE, title="Kept")
        dialog = ImportDialog(plan, data, "posts.csv")
        qtbot.addWidget(dialog)
        assert dialog.summary.text()
        if dialog.preview is None:
            assert dialog.problems.count() >= 1
            assert not dialog.import_button.isEnabled()
        dialog.close()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            b"channel,content_type,title,conversations\nX,value,Hi,99999999999999999999\n",
            "line 2, conversations: '99999999999999999999' is more than 100,000 conversations",
        ),
        (
            b"channel,content_type," + b"x" * 140_000 + b"\nX,value,Hi\n",
            "line 1, column 3 (C): a cell is longer than 131,072 characters",
        ),
        (
            b'{"posts": "' + b"x" * 140_000 + b'"}',
            "line 1, column 1 (A): this is JSON, not CSV",
        ),
    ],
)
def test_the_window_names_the_bad_cell(window, tmp_path, monkeypatch, data, problem) -> None:
    source = tmp_path / "posts.csv"
    source.write_bytes(data)
    seen: list[str] = []

    def look(dialog: ImportDialog) -> int:
        seen.extend(dialog.problems.item(row).text() for row in range(dialog.problems.count()))
        return ImportDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", look)
    window.file_flows.import_csv(str(source))
    assert len(seen) == 1
    assert seen[0].startswith(problem)
    assert window.plan.count_posts() == 0
