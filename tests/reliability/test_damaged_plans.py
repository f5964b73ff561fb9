"""Plans damaged on disk or edited by hand: ``check`` finds whatever the other commands
would stumble on, and no plan file, however damaged, gets "unexpected error" from any of
them."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner import actions
from planner.cli import main
from planner.model import ContentType, Post
from planner.recurrence import Frequency, Recurrence, new_series
from planner.rows import POST_FIELDS
from planner.store import Plan
from tests.conftest import TODAY, add_series, ensure_channel, make_post

TABLES = {
    "plan": [
        "name",
        "time_zone",
        "week_start",
        "rule",
        "custom_limit",
        "holiday_country",
        "holiday_region",
    ],
    "plan_dates": ["name", "first", "last"],
    "channels": ["name", "char_limit", "weekly_target", "reply_hours"],
    "posts": list(POST_FIELDS),
    "series": ["uid", "rule", "start", "time", "channel_id", "content_type", "status", "skips"],
    "starters": ["content_type", "text"],
}


def build_plan(path: Path) -> None:
    """A small plan with a little of everything the commands read."""
    with Plan.create(path, time_zone="Europe/Rome") as plan:
        make_post(plan, "promotional", time=dt.time(9), title="Sale", tags=("winter",))
        make_post(plan, "value", TODAY + dt.timedelta(days=1), channel="Facebook")
        make_post(plan, "conversation", None, title="An idea")
        first = Post(ensure_channel(plan, "Instagram").id, ContentType.VALUE, "Tip", date=TODAY)
        add_series(plan, [new_series(first, Recurrence.like(TODAY, Frequency.WEEKLY))])
        plan.apply(actions.add_date(plan, "Black Friday", dt.date(2026, 11, 27)).change)
    conn = sqlite3.connect(path)  # one self-contained file, as a copy on a stick would be
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def without_constraints(path: Path) -> None:
    """The plan as a generic database editor may leave it after "modify table": the same
    columns, but no types, checks or keys to stop a wrong value."""
    conn = sqlite3.connect(path)
    for table in TABLES:
        conn.execute(f"CREATE TABLE loose AS SELECT * FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE loose RENAME TO {table}")
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def pristine() -> Iterator[tuple[Path, Path]]:
    """The plan as built, and with its constraints gone."""
    with tempfile.TemporaryDirectory() as folder:
        built, loose = Path(folder) / "built.sqlite3", Path(folder) / "loose.sqlite3"
        build_plan(built)
        shutil.copy(built, loose)
        without_constraints(loose)
        yield built, loose


COMMANDS = [
    ["mix", "--week", TODAY.isoformat(), "--json"],
    ["export", "-o", "out.csv"],
    ["export", "--format", "ics", "-o", "out.ics"],
]


def run_every_command(data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    """``check`` and the reading commands on a plan holding ``data``: each ends in words
    (exit 0 or 1, never an unexpected error), and what ``check`` calls sound the others
    read without a stumble."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.sqlite3"
        path.write_bytes(data)
        sound = main(["check", str(path)]) == 0
        report = capsys.readouterr().err
        assert "unexpected error" not in report, report
        for command, *options in COMMANDS:
            argv = [
                command,
                str(path),
                *(str(Path(folder) / o) if "." in o else o for o in options),
            ]
            code = main(argv)
            err = capsys.readouterr().err
            assert "unexpected error" not in err, (argv, err)
            assert code in (0, 1), (argv, err)
            if sound:
                assert code == 0, (argv, err)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=6)),
        min_size=1,
        max_size=4,
    )
)
# The plan format in the file's header (bytes 60-63) turned negative.
@example(damage=[(60, b"\x80")])
def test_no_damaged_bytes_cause_an_unexpected_error(pristine, capsys, damage) -> None:
    data = bytearray(pristine[0].read_bytes())
    for offset, patch in damage:
        start = offset % len(data)
        data[start : start + len(patch)] = patch
    run_every_command(bytes(data), capsys)


VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(
        [
            "2026-02-31",
            "2026-13-01",
            "0001-01-01",
            "9999-12-31",
            "29:99",
            "9am",
            "24:00",
            "promo",
            "idea",
            "custom",
            "FREQ=WEEKLY;BYDAY=XX",
            "FREQ=DAILY",
            "Mars/Base",
            "0",
            "7",
        ]
    ),
    st.binary(max_size=4),
)
EDITS = st.one_of(
    st.tuples(
        st.sampled_from(sorted(TABLES)).flatmap(
            lambda table: st.tuples(st.just(table), st.sampled_from(TABLES[table]))
        ),
        st.integers(min_value=1, max_value=4),
        VALUES,
    ),
    st.tuples(st.sampled_from(sorted(TABLES)), st.integers(min_value=1, max_value=4)),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(EDITS, min_size=1, max_size=3))
def test_check_finds_every_row_the_commands_would_stumble_on(pristine, capsys, edits) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.sqlite3"
        shutil.copy(pristine[1], path)
        conn = sqlite3.connect(path)
        for edit in edits:
            if len(edit) == 3:
                (table, column), row, value = edit
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [value, row])
            else:
                table, row = edit
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [row])
        conn.commit()
        conn.close()
        data = path.read_bytes()
    run_every_command(data, capsys)


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE posts SET date = '2026-02-31' WHERE title = 'Sale'", "date '2026-02-31' is not"),
        ("UPDATE posts SET time = '29:99' WHERE title = 'Sale'", "time '29:99' is not a time"),
        ("UPDATE posts SET content_type = 'rumour' WHERE title = 'Sale'", "content_type 'rumour'"),
        ("UPDATE posts SET status = 'lost' WHERE title = 'Sale'", "status 'lost' is not one of"),
        ("UPDATE posts SET channel_id = 99 WHERE title = 'Sale'", "channel_id 99 is no channel"),
        ("DELETE FROM plan", "the plan's settings are missing"),
        ("INSERT INTO plan SELECT * FROM plan", "the plan has 2 sets of settings"),
        ("UPDATE plan SET time_zone = 'Mars/Base'", "time_zone 'Mars/Base' is not a known"),
        ("UPDATE series SET rule = 'FREQ=WEEKLY;BYDAY=XX'", "rule 'FREQ=WEEKLY;BYDAY=XX'"),
        ("UPDATE plan SET holiday_country = 'XX'", "no public holidays are known for the country"),
        ("UPDATE plan SET holiday_country = 'IT', holiday_region = 'ZZ'", "IT has no region 'ZZ'"),
        ("UPDATE plan_dates SET first = '2026-02-30'", "first '2026-02-30' is not a date"),
        ("UPDATE plan_dates SET last = '2026-11-01'", "last '2026-11-01' is before its first"),
    ],
)
def test_check_names_each_damaged_row_and_the_commands_fail_in_its_words(
    pristine, tmp_path, capsys, sql, named
) -> None:
    path = tmp_path / "plan.sqlite3"
    shutil.copy(pristine[1], path)
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert named in err
    assert err.endswith("content-planner: plan.sqlite3 has 1 problem\n")
    # A command that reads the damaged row says what the check says, in one line.
    for argv in (["mix", str(path), "--week", TODAY.isoformat()], ["export", str(path)]):
        code = main(argv)
        err = capsys.readouterr().err
        if code:
            assert err.startswith("content-planner: plan.sqlite3 cannot be read: "), err
            assert named in err
            assert err.count("\n") == 1


def test_the_first_version_plan_is_sound(tmp_path, capsys) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent.parent / "data" / "plan-v1.sqlite3", path)
    assert main(["check", str(path)]) == 0
    assert "is sound: 4 posts, 2 channels" in capsys.readouterr().out


def test_a_column_name_damaged_in_the_schema_is_named_by_check(tmp_path, capsys) -> None:
    """A damaged byte in the schema's text renames a column: check says which, and counts
    nothing (counting read the channels and stopped on 'unexpected error')."""
    path = tmp_path / "plan.sqlite3"
    with Plan.create(path) as plan:
        make_post(plan, ContentType.VALUE)
    conn = sqlite3.connect(path)  # every page in the file itself, none left in its -wal
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    # Every copy of the name (SQLite builds differ in where they leave an old one).
    path.write_bytes(path.read_bytes().replace(b"weekly_target", b"w0ekly_target"))
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "the table channels lacks its column weekly_target",
        "content-planner: plan.sqlite3 has 1 problem",
    ]
