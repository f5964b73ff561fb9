"""What the commands need to find in a plan's rows, checked row by row.

SQLite's own checks (integrity, foreign keys) cannot see a date that is no date, a status
no version wrote or settings that are missing, yet a plan edited by hand or by another
tool can hold them, and ``mix`` or ``export`` would stop on them half way. ``check``
reads every row as those commands read it and names what it could not read; when a
command does meet such a row, :func:`explained` turns its stumble into the same words.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from planner import clock
from planner.dateparse import MAX_YEAR, MIN_YEAR
from planner.errors import PlanError, ValidationError
from planner.model import ContentType, Status, WeekStart, post_problems
from planner.recurrence import check_rule, occurrence_dates
from planner.rows import POST_COLUMNS, SERIES_COLUMNS, post_from_row, series_from_row
from planner.rules import RuleId, rule_for
from planner.special_days import holiday_problem

if TYPE_CHECKING:
    from planner.store import Plan

# What reading a damaged row raises in the code that reads rows (a ValidationError comes
# from a setting the app would never have saved).
READ_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    OverflowError,
    ValidationError,
)
Check = Callable[[Any], str | None]  # a reason the value is wrong, or None


class DamagedPlanError(PlanError):
    """The plan holds a row the app cannot read; the message names it."""


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) else "is not text"


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _words(value: Any) -> str | None:
    return _text(value) or (None if value.strip() else "is empty")


def _date(value: Any) -> str | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return "is not a date (YYYY-MM-DD)"
    return None if MIN_YEAR <= day.year <= MAX_YEAR else f"is outside {MIN_YEAR}-{MAX_YEAR}"


def _required_date(value: Any) -> str | None:
    return "is missing" if value is None else _date(value)


def _time(value: Any) -> str | None:
    if value is None:
        return None
    try:
        dt.time.fromisoformat(value)
    except (TypeError, ValueError):
        return "is not a time of day (HH:MM)"
    return None


def _one_of(allowed: Iterable[str | int]) -> Check:
    choices = tuple(allowed)

    def check(value: Any) -> str | None:
        if type(value) in (str, int) and value in choices:
            return None
        return f"is not one of {', '.join(map(str, choices))}"

    return check


def _count(least: int, most: int | None = None, *, optional: bool = False) -> Check:
    def check(value: Any) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            return "is not a whole number"
        if value < least or (most is not None and value > most):
            return f"is not between {least} and {most}" if most else f"is below {least}"
        return None

    return check


def _skips(value: Any) -> str | None:
    if not isinstance(value, str):
        return "is not text"
    if any(_date(day) for day in value.split(",") if day):
        return "holds a day that is not a date"
    return None


POST_CHECKS: dict[str, Check] = {
    "uid": _words,
    "content_type": _one_of(c.value for c in ContentType),
    "title": _words,
    "body": _text,
    "date": _date,
    "time": _time,
    "status": _one_of(s.value for s in Status),
    "tags": _text,
    "notes": _text,
    "followup_done": _count(0, 1),
    "followup_note": _text,
    "conversations": _count(0),
    "occurrence": _date,
}
SERIES_CHECKS: dict[str, Check] = {
    "uid": _words,
    "start": _required_date,
    "time": _time,
    "content_type": _one_of(c.value for c in ContentType),
    "title": _words,
    "body": _text,
    "status": _one_of(s.value for s in Status if s is not Status.IDEA),
    "tags": _text,
    "notes": _text,
    "skips": _skips,
}
SETTINGS_CHECKS: dict[str, Check] = {
    "name": _words,
    "time_zone": lambda zone: (
        None if isinstance(zone, str) and clock.is_known_zone(zone) else "is not a known time zone"
    ),
    "week_start": _one_of(WeekStart.ALLOWED),
    "rule": _one_of(rule.value for rule in RuleId),
    "custom_limit": _count(1, 99),
    "holiday_country": _optional_text,
    "holiday_region": _optional_text,
}
CHANNEL_CHECKS: dict[str, Check] = {
    "name": _words,
    "char_limit": _count(1, optional=True),
    "weekly_target": _count(1, optional=True),
    "reply_hours": _count(1, optional=True),
}

PLAN_DATE_CHECKS: dict[str, Check] = {
    "name": _words,
    "first": _required_date,
    "last": _required_date,
}
STARTER_CHECKS: dict[str, Check] = {
    "content_type": _one_of(c.value for c in ContentType),
    "text": _words,
}


def _field_problems(row: dict[str, Any], fields: dict[str, Check]) -> list[str]:
    found = []
    for name, check in fields.items():
        reason = check(row[name])
        if reason:
            found.append(f"{name} {_shown(row[name])} {reason}")
    return found


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:37]}…"


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(sql)
    columns = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(columns, values, strict=True))


@cache
def _expected_columns() -> dict[str, list[str]]:
    """Each table of a plan of this version, with its columns: those of a new plan."""
    from planner.schema import migrate

    reference = sqlite3.connect(":memory:")
    migrate(reference, 0)
    tables = reference.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    found = {
        table: [column for _, column, *_ in reference.execute(f'PRAGMA table_info("{table}")')]
        for (table,) in tables.fetchall()
    }
    reference.close()
    return found


def _schema_problems(conn: sqlite3.Connection) -> list[str]:
    found = []
    for table, columns in _expected_columns().items():
        present = {column for _, column, *_ in conn.execute(f'PRAGMA table_info("{table}")')}
        if not present:
            found.append(f"the table {table} is missing")
        found += [f"the table {table} lacks its column {c}" for c in columns if c not in present]
    return found


def problems(conn: sqlite3.Connection) -> list[str]:
    """Every row of the plan the commands could not read, each named with what is wrong;
    empty for a sound plan. SQLite errors (a damaged file) reach the caller."""
    found = _schema_problems(conn)
    if found:
        return found  # the rows cannot be read as the commands read them
    found = _settings_problems(conn)
    channels = set()
    for row in _rows(conn, "SELECT id, name, char_limit, weekly_target, reply_hours FROM channels"):
        channels.add(row["id"])
        found += [
            f"channel {_shown(row['name'])}: {p}" for p in _field_problems(row, CHANNEL_CHECKS)
        ]
    series = set()
    for row in _rows(conn, f"SELECT {SERIES_COLUMNS} FROM series"):
        series.add(row["uid"])
        found += [f"{_series_name(row)}: {p}" for p in _series_problems(row, channels)]
    for row in _rows(conn, f"SELECT {POST_COLUMNS} FROM posts"):
        found += [f"{_post_name(row)}: {p}" for p in _post_problems(row, channels, series)]
    for row in _rows(conn, "SELECT id, name, first, last FROM plan_dates"):
        found += [f"{_date_name(row)}: {p}" for p in _plan_date_problems(row)]
    for row in _rows(conn, "SELECT id, content_type, text FROM starters"):
        reasons = _field_problems(row, STARTER_CHECKS)
        found += [f"conversation starter {row['id']}: {p}" for p in reasons]
    return found


def _settings_problems(conn: sqlite3.Connection) -> list[str]:
    rows = list(_rows(conn, "SELECT * FROM plan WHERE id = 1"))
    if not rows:
        return ["the plan's settings are missing (its name, time zone, week start and rule)"]
    if len(rows) > 1:
        return [f"the plan has {len(rows)} sets of settings instead of one"]
    row = rows[0]
    found = [f"setting {p}" for p in _field_problems(row, SETTINGS_CHECKS)]
    if not found:
        try:
            rule_for(row["rule"], row["custom_limit"])
        except ValidationError as error:
            found.append(f"setting rule: {error}")
        holidays = holiday_problem(row["holiday_country"], row["holiday_region"])
        if holidays:
            found.append(f"setting holidays: {holidays}")
    return found


def _date_name(row: dict[str, Any]) -> str:
    return f"plan date {_shown(row['name'])} (id {row['id']})"


def _plan_date_problems(row: dict[str, Any]) -> list[str]:
    found = _field_problems(row, PLAN_DATE_CHECKS)
    if not found and row["last"] < row["first"]:
        found.append(f"last {_shown(row['last'])} is before its first day {row['first']}")
    return found


def _post_name(row: dict[str, Any]) -> str:
    day = row["date"] if isinstance(row["date"], str) else "no date"
    return f"post {_shown(row['title'])} ({day}, uid {row['uid']})"


def _series_name(row: dict[str, Any]) -> str:
    return f"repeating post {_shown(row['title'])} (from {row['start']}, uid {row['uid']})"


def _channel_problem(channel_id: Any, channels: set[int]) -> list[str]:
    return [] if channel_id in channels else [f"channel_id {_shown(channel_id)} is no channel"]


def _post_problems(row: dict[str, Any], channels: set[int], series: set[str]) -> list[str]:
    found = _field_problems(row, POST_CHECKS) + _channel_problem(row["channel_id"], channels)
    if row["series_uid"] is not None and row["series_uid"] not in series:
        found.append(f"series_uid {_shown(row['series_uid'])} is no repeating post")
    if found:
        return found
    try:
        post = post_from_row(row)
    except READ_ERRORS as error:  # what the fields' checks missed, if anything
        return [f"cannot be read ({error})"]
    return [f"{field} {reason}" for field, reason in post_problems(post)]


def _series_problems(row: dict[str, Any], channels: set[int]) -> list[str]:
    found = _field_problems(row, SERIES_CHECKS) + _channel_problem(row["channel_id"], channels)
    if found:
        return found
    try:
        series = series_from_row(row)
        check_rule(series.rule, series.start)
        occurrence_dates(series, series.start, series.start + dt.timedelta(days=366))
    except READ_ERRORS as error:
        return [f"rule {_shown(row['rule'])} cannot be read ({error})"]
    return []


@contextmanager
def explained(plan: Plan) -> Iterator[None]:
    """Run a command that reads ``plan``; if it stumbles on a damaged row, raise a
    :class:`DamagedPlanError` that names the row instead of the bare error."""
    try:
        yield
    except READ_ERRORS as error:
        found = plan.content_problems()
        if not found:
            raise  # not the plan's fault: a bug, reported as one
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise DamagedPlanError(
            f"{plan.display_name} cannot be read: {found[0]}{more}. "
            "'content-planner check' lists every problem."
        ) from error
