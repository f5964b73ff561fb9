"""The plan file: recognising it, connecting to it, and its versioned schema.

A plan is a SQLite file marked with our ``application_id``; its schema version is
``PRAGMA user_version``. Opening a plan never writes to a file that turns out not to be a
plan, nor to one written by a newer version. Before a migration, a copy is made with the
SQLite backup API (never a file copy: committed data may still sit in the ``-wal`` file).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from planner import clock, files
from planner.errors import (
    QT_TRANSLATE_NOOP,
    NewerPlanError,
    NotAPlanError,
    PlanError,
    PlanExistsError,
    PlanLockedError,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

APP_NAME = "Content Planner"
# "CPln": marks a SQLite file as a plan, so another program's database is never mistaken for one.
APPLICATION_ID = 0x43506C6E
SQLITE_MAGIC = b"SQLite format 3\x00"
# What a damaged file can raise from any SQLite call: Python cannot even decode the
# message of an error whose text (a damaged schema, say) is not valid UTF-8.
SQLITE_ERRORS = (sqlite3.Error, UnicodeDecodeError)
# How long a write waits for another window or process to finish its transaction.
BUSY_TIMEOUT_SECONDS = 5.0


def _v1_initial(db: Database) -> None:
    # CHECK constraints keep the file sound even if a future bug slips past the domain's
    # validation; sqlite-utils' table.transform() carries them into later migrations.
    db.execute(
        """
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            week_start INTEGER NOT NULL DEFAULT 0 CHECK (week_start IN (0, 5, 6)),
            rule TEXT NOT NULL DEFAULT 'thirds'
                CHECK (rule IN ('thirds', '80-20', '4-1-1', 'custom')),
            custom_limit INTEGER NOT NULL DEFAULT 30 CHECK (custom_limit BETWEEN 1 AND 99)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE channels (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            char_limit INTEGER CHECK (char_limit > 0),
            weekly_target INTEGER CHECK (weekly_target > 0)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE posts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            channel_id INTEGER NOT NULL REFERENCES channels(id),
            content_type TEXT NOT NULL
                CHECK (content_type IN ('promotional', 'value', 'conversation')),
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            body TEXT NOT NULL DEFAULT '',
            date TEXT CHECK (
                date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
            ),
            time TEXT CHECK (
                time IS NULL OR (date IS NOT NULL AND time GLOB '[0-2][0-9]:[0-5][0-9]')
            ),
            status TEXT NOT NULL CHECK (status IN ('idea', 'draft', 'scheduled', 'published')),
            tags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE UNIQUE INDEX channels_name ON channels(name COLLATE NOCASE)")
    # Every window repaint asks for one week: keep that a range scan, at any plan size.
    db.table("posts").create_index(["date", "time"], index_name="posts_date_time")
    db.table("posts").create_index(["channel_id", "date"], index_name="posts_channel_date")


def _v2_followups(db: Database) -> None:
    # A published post's follow-up (replies done, a note, conversations held) lives on the
    # post itself: one to one, deleted and restored with it. reply_hours: the time a
    # channel's replies are planned within (NULL: within the day).
    db.execute(
        "ALTER TABLE posts ADD COLUMN followup_done INTEGER NOT NULL DEFAULT 0 "
        "CHECK (followup_done IN (0, 1))"
    )
    db.execute("ALTER TABLE posts ADD COLUMN followup_note TEXT NOT NULL DEFAULT ''")
    db.execute(
        "ALTER TABLE posts ADD COLUMN conversations INTEGER NOT NULL DEFAULT 0 "
        "CHECK (conversations >= 0)"
    )
    db.execute("ALTER TABLE channels ADD COLUMN reply_hours INTEGER CHECK (reply_hours > 0)")


_DATE_CHECK = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"


def _v3_series_and_starters(db: Database) -> None:
    # A series stores its template and its rule; its occurrences are computed for the
    # weeks shown, so years of weekly series cost nothing to store or to skip over. An
    # occurrence edited by hand is stored as a post with series_uid and the occurrence
    # date it replaces.
    db.execute(
        f"""
        CREATE TABLE series (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            rule TEXT NOT NULL CHECK (rule GLOB 'FREQ=*'),
            start TEXT NOT NULL CHECK (start {_DATE_CHECK}),
            time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
            channel_id INTEGER NOT NULL REFERENCES channels(id),
            content_type TEXT NOT NULL
                CHECK (content_type IN ('promotional', 'value', 'conversation')),
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            body TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published')),
            tags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            skips TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("ALTER TABLE posts ADD COLUMN series_uid TEXT REFERENCES series(uid)")
    db.execute(
        f"ALTER TABLE posts ADD COLUMN occurrence TEXT "
        f"CHECK (occurrence IS NULL OR (series_uid IS NOT NULL AND occurrence {_DATE_CHECK}))"
    )
    db.execute(
        "CREATE INDEX posts_occurrence ON posts(occurrence, series_uid) "
        "WHERE occurrence IS NOT NULL"
    )
    db.execute(
        """
        CREATE TABLE starters (
            id INTEGER PRIMARY KEY,
            content_type TEXT NOT NULL
                CHECK (content_type IN ('promotional', 'value', 'conversation')),
            text TEXT NOT NULL CHECK (trim(text) <> '')
        ) STRICT
        """
    )
    db.table("starters").insert_all(
        {"content_type": kind, "text": text} for kind, text in _V3_STARTERS
    )


# The conversation starters every plan begins with, as this step shipped them: a released
# step inserts the same rows forever (the user edits the list in the window).
_C, _V = "conversation", "value"
_V3_STARTERS = (
    (_C, "Ask a question: what is your favourite ... and why?"),
    (_C, "Run a poll: this one or that one?"),
    (_C, "Behind the scenes: show how you make it, and ask what they would like to see next"),
    (_C, "Ask for their story: how do you use what you bought from us?"),
    (_C, 'Fill in the blank: "My perfect Saturday starts with ___"'),
    (_C, "Let them choose: help us name the new product (or pick its colour)"),
    (_C, "Q&A: invite questions, answer them all in a post next week"),
    (_C, "A contest: share a photo with us for a chance to win"),
    (_C, "Thank a regular customer (with their permission) and ask who else to thank"),
    (_V, "A how-to: one small tip your customers can use today"),
    (_V, "A customer story: how you helped someone, in their words"),
    (_V, "Answer a frequent question in full"),
    (_V, "A common mistake in your trade, and how to avoid it"),
    (_V, "Meet the team: who does what, and one thing they love about the job"),
    (_V, "A local tip: a neighbouring business you like, and why"),
    (_V, "A checklist or a short guide to keep"),
)


def _v4_client_review(db: Database) -> None:
    # A client's review of each post (planner.approval): its state, comment and the date of
    # the answer, and a title or text the client rewrote, waiting until accepted (NULL:
    # none). The plan gets a stable identity, so a review pack finds the plan it came from.
    db.execute(
        "ALTER TABLE posts ADD COLUMN review TEXT NOT NULL DEFAULT 'none' "
        "CHECK (review IN ('none', 'awaiting', 'approved', 'changes'))"
    )
    db.execute("ALTER TABLE posts ADD COLUMN review_comment TEXT NOT NULL DEFAULT ''")
    db.execute(
        f"ALTER TABLE posts ADD COLUMN review_date TEXT "
        f"CHECK (review_date IS NULL OR review_date {_DATE_CHECK})"
    )
    db.execute("ALTER TABLE posts ADD COLUMN suggested_title TEXT")
    db.execute("ALTER TABLE posts ADD COLUMN suggested_body TEXT")
    db.execute("ALTER TABLE plan ADD COLUMN uid TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE plan SET uid = ?", [_v4_plan_uid(db)])


# Plan uids derived from a plan's first posts and series, in this namespace.
PLAN_NAMESPACE = "0b8f6c1e-8a43-4c55-b7d2-3f1e7c9a5d20"


def _v4_plan_uid(db: Database) -> str:
    """The identity an older plan gets: derived from the uids its posts and series already
    have (random, and kept for life), so an old plan read in memory before its file is
    upgraded has the same identity the file then gets. A plan with nothing in it yet has
    no pack to match: it gets a fresh one."""
    rows = db.execute(
        "SELECT uid FROM (SELECT uid FROM posts ORDER BY id LIMIT 20) "
        "UNION ALL SELECT uid FROM (SELECT uid FROM series ORDER BY id LIMIT 20)"
    ).fetchall()
    import uuid  # only when an old plan is upgraded: opening a plan does without it

    if not rows:
        return str(uuid.uuid4())
    return str(uuid.uuid5(uuid.UUID(PLAN_NAMESPACE), ",".join(uid for (uid,) in rows)))


def _v5_holidays_and_dates(db: Database) -> None:
    # Whose public holidays the day headers show (NULL: the computer's region's; '': none),
    # and the plan's own dates that matter, a day or a span of days.
    db.execute("ALTER TABLE plan ADD COLUMN holiday_country TEXT")
    db.execute(
        "ALTER TABLE plan ADD COLUMN holiday_region TEXT "
        "CHECK (holiday_region IS NULL OR holiday_country <> '')"
    )
    db.execute(
        f"""
        CREATE TABLE plan_dates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            first TEXT NOT NULL CHECK (first {_DATE_CHECK}),
            last TEXT NOT NULL CHECK (last {_DATE_CHECK} AND last >= first)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX plan_dates_span ON plan_dates(first, last)")


# Each step moves the schema up one version; version N is reached by the first N steps.
# A released step is never edited: files in users' hands were made by it.
MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_followups,
    _v3_series_and_starters,
    _v4_client_review,
    _v5_holidays_and_dates,
]
CURRENT_VERSION = len(MIGRATIONS)


def check_file(path: Path) -> None:
    """Refuse, without writing, a path that is not a readable, whole SQLite file."""
    if path.is_dir():
        raise PlanError.said(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a plan file."), path=path
        )
    try:
        with path.open("rb") as file:
            header = file.read(100)
            size = file.seek(0, 2)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise unreadable(path, error) from None
    if not header:
        raise NotAPlanError.said(
            QT_TRANSLATE_NOOP("Messages", "{path} is empty, not a plan."), path=path
        )
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotAPlanError.said(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} is not a plan (it is not a Content Planner file)."
            ),
            path=path,
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # A kill while SQLite copies its log into the file can leave the file shorter than
    # its first page says; the log then still holds every page and SQLite recovers it.
    if size < pages * page_size and not has_log(path):
        raise NotAPlanError.said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} is damaged: the file is shorter than it should be "
                "(perhaps cut off while copying). Open a backup copy instead.",
            ),
            path=path,
        )


def has_log(path: Path) -> bool:
    """Whether SQLite's log (``-wal``) beside ``path`` holds changes not yet in the file."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection to ``path``; a read-only one cannot write at all, and opens a plan on
    read-only media too (see :func:`_connect_read_only`)."""
    if readonly:
        conn = _connect_read_only(Path(path))
    else:
        # Bytes: a file name that is not valid UTF-8 reaches SQLite as the system spells it.
        conn = sqlite3.connect(os.fsencode(path), timeout=BUSY_TIMEOUT_SECONDS)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _uri(path: Path, parameter: str) -> str:
    return f"{path.resolve().as_uri()}?{parameter}"


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read ``path`` without writing to it. A plan in WAL mode needs its ``-shm`` index
    beside it, which SQLite cannot make in a read-only folder or on a read-only disk; there
    the file is read as immutable (nothing can change it), or, when it still has changes in
    its ``-wal`` file, from a copy of both, so that no saved change is missed."""
    conn = sqlite3.connect(_uri(path, "mode=ro"), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # opens the file and its index now
        return conn
    except sqlite3.Error as error:
        conn.close()  # also on a damaged file: Windows keeps an open file from being deleted
        # CANTOPEN on a read-only disk; READONLY_DIRECTORY (or _CANTINIT, with an -shm
        # left behind) in a folder this user may not write to.
        name = getattr(error, "sqlite_errorname", "")
        if name != "SQLITE_CANTOPEN" and not name.startswith("SQLITE_READONLY"):
            raise
    if has_log(path):
        return _copy_in_memory(path, Path(f"{path}-wal"))
    return sqlite3.connect(_uri(path, "immutable=1"), uri=True)


def _copy_in_memory(path: Path, wal: Path) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:")
    with tempfile.TemporaryDirectory(prefix="content-planner-") as folder:
        copy = Path(folder) / "plan.sqlite3"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, f"{copy}-wal")
        source = sqlite3.connect(os.fsencode(copy))
        try:
            source.backup(memory)
        finally:
            source.close()
    return memory


def writer(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over ``conn``, for writing. Imported only when something is written, so
    that reading a plan (the command line, the window's first paint) starts faster."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def configure_for_writing(db: sqlite3.Connection) -> None:
    # WAL: the window reads while a write is under way, and a crash never leaves a half
    # transaction. synchronous=FULL: a change the window reports as saved survives a power
    # cut too (NORMAL may lose the last commits then); the cost is one fsync per user action,
    # which a person clicking never notices.
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def schema_version(db: sqlite3.Connection, path: Path) -> int:
    """The plan's schema version, after checking the file is a plan at all."""
    (app_id,) = db.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:
        raise NotAPlanError.said(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is not a plan: it is another program's database."
            ),
            name=path.name,
        )
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version < 1:  # every plan has had format 1 or later since its first transaction
        raise NotAPlanError.said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is damaged: its plan format ({version}) is not one {app} wrote. Restore "
                "it from a backup (File ▸ Restore from backup); the file was left untouched.",
            ),
            name=path.name,
            version=version,
            app=APP_NAME,
        )
    if version > CURRENT_VERSION:
        raise NewerPlanError.said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} was saved by a newer version of {app} (plan format {version}; this "
                "version reads up to {current}). Update {app} to open it; the file was left "
                "untouched.",
            ),
            name=path.name,
            app=APP_NAME,
            version=version,
            current=CURRENT_VERSION,
        )
    return int(version)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply the steps after ``from_version``, each in its own transaction with its version."""
    db = writer(conn)
    for version in range(from_version + 1, CURRENT_VERSION + 1):
        with db.atomic():
            if version == 1:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")


def backup_before_migration(db: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the plan as it is, beside it, before it is migrated; returns the copy's path."""
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-backup-{stamp}{path.suffix}")
    copy_database(db, target)
    return target


def copy_database(
    db: sqlite3.Connection, target: Path | str, protected: Iterable[Path] = ()
) -> None:
    """A consistent copy of the whole plan, through SQLite's backup API, put in place only
    once complete (see :mod:`planner.files`); an earlier file at ``target`` stays until
    then. Raises :class:`~planner.files.OutputError` naming ``target``."""
    with files.replace_when_done(Path(target), protected, check=_whole_copy) as temporary:
        destination = sqlite3.connect(os.fsencode(temporary))
        try:
            db.backup(destination)
        finally:
            destination.close()


def _whole_copy(copy: Path) -> None:
    try:
        check_file(copy)
    except PlanError:
        raise OSError(0, "the copy came out incomplete") from None


def describe_sqlite_error(path: Path, error: sqlite3.Error | UnicodeDecodeError) -> PlanError:
    """The user's reading of a SQLite error met while opening or using ``path``, told by
    the error's code (``SQLITE_BUSY``, ``SQLITE_READONLY_DIRECTORY``...), not its wording."""
    if isinstance(error, UnicodeDecodeError):
        return NotAPlanError.said(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is damaged (unreadable text). Open a backup copy instead."
            ),
            name=path.name,
        )
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name == "SQLITE_BUSY_SNAPSHOT":  # not a wait: the plan changed under a change
        return PlanLockedError.said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} was changed by another program or window while this change was being "
                "made, so nothing was written. Try again.",
            ),
            name=path.name,
        )
    if name == "SQLITE_FULL":
        return PlanError.said(
            QT_TRANSLATE_NOOP("Messages", "{name}: the disk is full, so nothing was written."),
            name=path.name,
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return PlanLockedError.said(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is in use by another program or window and stayed locked for "
                "{seconds} seconds. Close it there and try again.",
            ),
            name=path.name,
            seconds=round(BUSY_TIMEOUT_SECONDS),
        )
    if name.startswith("SQLITE_READONLY"):
        return read_only_plan(path.name)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return NotAPlanError.said(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} is damaged ({reason}). Open a backup copy instead."
            ),
            name=path.name,
            reason=text,
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return PlanError.said(
            QT_TRANSLATE_NOOP("Messages", "{name} cannot be opened: {reason}."),
            name=path.name,
            reason=text,
        )
    return PlanError(f"{path.name}: {text}.")


def read_only_plan(name: str) -> PlanError:
    return PlanError.said(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{name} cannot be changed: the file or its folder is read-only. Save a copy "
            "somewhere you can write to, and open that.",
        ),
        name=name,
    )


def opened_read_only() -> PlanError:
    return PlanError.said(
        QT_TRANSLATE_NOOP("Messages", "This plan was opened read-only; nothing can be changed.")
    )


def already_there(path: Path) -> PlanExistsError:
    return PlanExistsError.said(
        QT_TRANSLATE_NOOP("Messages", "{path} already exists; open it instead."), path=path
    )


def unreadable(path: Path, error: OSError) -> PlanError:
    return PlanError.said(
        QT_TRANSLATE_NOOP("Messages", "{path} cannot be read ({reason})."),
        path=path,
        reason=error.strerror or error,
    )
