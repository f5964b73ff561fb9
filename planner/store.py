"""A plan file and the operations on it. Every operation is one transaction."""

from __future__ import annotations

import datetime as dt
import heapq
import os
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner import clock, files
from planner.channels import channel_problem, name_key
from planner.errors import (
    QT_TRANSLATE_NOOP,
    PlanError,
    PlanExistsError,
    PlanMissingError,
    ValidationError,
)
from planner.mix import Code, WeekMix, compute_mix
from planner.model import (
    Change,
    Channel,
    ContentType,
    PlanDate,
    Post,
    Series,
    Settings,
    Starter,
    WeekStart,
    new_uid,
    normalize_tags,
    post_problems,
)
from planner.recurrence import check_rule, occurrence, occurrence_dates, occurrences
from planner.rows import (
    CHANNEL_FIELDS,
    ON_SAME_UID,
    POST_COLUMNS,
    POST_FIELDS,
    SERIES_COLUMNS,
    channel_tuple,
    post_from_row,
    post_tuple,
    row_order,
    series_from_row,
    series_row,
)
from planner.rules import RuleId, check_custom_limit
from planner.schema import (
    CURRENT_VERSION,
    SQLITE_ERRORS,
    already_there,
    backup_before_migration,
    check_file,
    configure_for_writing,
    connect,
    copy_database,
    describe_sqlite_error,
    has_log,
    migrate,
    opened_read_only,
    read_only_plan,
    schema_version,
    unreadable,
    writer,
)
from planner.special_days import holiday_problem
from planner.starters import STARTERS
from planner.weeks import Week, week_containing

if TYPE_CHECKING:
    from sqlite_utils import Database

    from planner.review import WeekReview

# The order of the week grid and of exports: by day, "any time" first, then by time.
_POST_ORDER = "date, time, id"
_UPSERT_POST = (
    f"INSERT INTO posts ({POST_COLUMNS}) VALUES ({', '.join('?' * len(POST_FIELDS))}) "
    + ON_SAME_UID
)
_UPSERT_CHANNEL = (
    f"INSERT INTO channels ({', '.join(CHANNEL_FIELDS)}) "
    f"VALUES ({', '.join('?' * len(CHANNEL_FIELDS))}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in CHANNEL_FIELDS if name != "id")
)
# The most memory SQLite's page cache takes in a large write (KB): the uids' index of a
# million posts fits.
LARGE_WRITE_CACHE_KB = 64 * 1024
# From this many posts written at once, a write may rebuild the indexes (see put_posts).
BULK_WRITE = 10_000
# How far ahead a series that never ends is written out when every post is asked for.
SERIES_HORIZON = dt.timedelta(days=365)


class Plan:
    """One plan file (or an in-memory plan). Open with :meth:`open` or :meth:`create`."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, *, readonly: bool = False
    ) -> None:
        self.conn = conn
        self._writer: Database | None = None
        self.path = path
        self.readonly = readonly
        # Where the copy made before upgrading an older plan was saved, if one was made.
        self.migration_backup: Path | None = None
        # Read-only, but of an older version: upgraded in memory, the file left as it is.
        self.upgraded_in_memory = False
        # Opened read-only because the file or its folder cannot be written.
        self.read_only_medium = False

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = False,
        readonly: bool = False,
        name: str | None = None,
        language: str = "en",
    ) -> Plan:
        """Open the plan at ``path``, upgrading an older one (after a backup copy).

        ``readonly`` never writes to the file: an older plan is then upgraded in memory.
        ``create`` makes a missing plan (called ``name``, begun in ``language``).
        Raises :class:`PlanError` (with a message for the user) for anything that is not a
        plan this version can open; such a file is left exactly as it was.
        """
        path = Path(path)
        try:
            check_file(path)
        except FileNotFoundError:
            if not create or readonly:
                raise PlanMissingError.said(
                    QT_TRANSLATE_NOOP("Messages", "There is no plan at {path}."), path=path
                ) from None
            try:
                return cls.create(path, name=name, language=language)
            except PlanExistsError:  # another program made it meanwhile: open theirs
                check_file(path)
        # On a read-only medium (or a file without write permission) the plan opens to be
        # read: better than refusing it, and nothing can be half written.
        forced = not readonly and not _writable(path)
        try:
            plan = cls._open_existing(path, readonly=readonly or forced)
        except SQLITE_ERRORS as error:
            raise describe_sqlite_error(path, error) from None
        except OSError as error:
            raise unreadable(path, error) from None
        plan.read_only_medium = forced
        return plan

    @classmethod
    def _open_existing(cls, path: Path, *, readonly: bool) -> Plan:
        probe = connect(path, readonly=True)
        try:
            version = schema_version(probe, path)
            if readonly:
                if version == CURRENT_VERSION:
                    return cls(probe, path, readonly=True)
                memory = sqlite3.connect(":memory:")
                probe.backup(memory)
                migrate(memory, version)
                probe.close()
                plan = cls(memory, path, readonly=True)
                plan.upgraded_in_memory = True
                return plan
        except BaseException:
            probe.close()
            raise
        probe.close()
        db = connect(path)
        try:
            configure_for_writing(db)
            plan = cls(db, path)
            if version < CURRENT_VERSION:
                plan.migration_backup = backup_before_migration(db, path, version)
                migrate(db, version)
        except BaseException:
            db.close()
            raise
        return plan

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        name: str | None = None,
        time_zone: str | None = None,
        language: str = "en",
        fill: Callable[[Plan], object] | None = None,
    ) -> Plan:
        """A new, empty plan file at ``path`` (which must not exist yet), or one that
        ``fill`` fills (an import creating its plan); its conversation starters are in
        ``language`` (English where it has none). It is built beside and put in place
        whole: a failed creation (full disk, a kill, ``fill`` raising) leaves no file."""
        path = Path(path)
        if path.exists():
            raise already_there(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with files.created(path) as temporary:
                built = cls(connect(temporary), path)
                try:
                    configure_for_writing(built.conn)
                    built._initialise(name or readable(path.stem), time_zone, language)
                    if fill is not None:
                        fill(built)
                finally:
                    built.close()
            db = connect(path)
            configure_for_writing(db)
        except FileExistsError:
            raise already_there(path) from None
        except OSError as error:
            raise PlanError.said(
                QT_TRANSLATE_NOOP("Messages", "Cannot create {path}: {reason}."),
                path=path,
                reason=error.strerror or error,
            ) from None
        except SQLITE_ERRORS as error:
            raise describe_sqlite_error(path, error) from None
        return cls(db, path)

    @classmethod
    def in_memory(
        cls, *, name: str = "Plan", time_zone: str = "UTC", readonly: bool = False
    ) -> Plan:
        plan = cls(sqlite3.connect(":memory:"), None)
        plan._initialise(name, time_zone)
        plan.readonly = readonly
        return plan

    def _initialise(self, name: str, time_zone: str | None, language: str = "en") -> None:
        # Schema and settings in one transaction: a crash never leaves a plan without settings.
        with self.transaction():
            migrate(self.conn, 0)
            zone = time_zone or clock.local_zone_name()
            self.db.table("plan").insert(
                {"id": 1, "name": name, "time_zone": zone, "uid": new_uid()}
            )
            if language in STARTERS:
                # The schema brings the English starters; a plan begun in another
                # language starts with that language's.
                self.db.execute("DELETE FROM starters")
                self.db.table("starters").insert_all(
                    {"content_type": kind.value, "text": text} for kind, text in STARTERS[language]
                )

    def close(self) -> None:
        self.conn.close()

    @property
    def db(self) -> Database:
        """sqlite-utils over the plan, made on the first write (reading needs none)."""
        if self._writer is None:
            self._writer = writer(self.conn)
        return self._writer

    def __enter__(self) -> Plan:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def display_name(self) -> str:
        return readable(self.path.name) if self.path else self.settings().name

    @property
    def sources(self) -> tuple[Path, ...]:
        """The plan's file, which no output may be written over (nor its -wal, -shm)."""
        return (self.path,) if self.path else ()

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: everything inside is committed together, or not at all.

        The outermost one takes the write lock at its start (waiting for another writer to
        finish): what it reads is then what it writes over, and another program's commit
        can never void it half way (SQLite refuses a write whose reads went stale)."""
        if self.read_only_medium:
            raise read_only_plan(self.display_name)
        if self.readonly:
            raise opened_read_only()
        try:
            if self.conn.in_transaction:
                with self.db.atomic() as db:  # a savepoint inside the outer action
                    yield db
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.commit()
        except sqlite3.IntegrityError as error:
            raise ValidationError(f"not saved: {error}") from None
        except SQLITE_ERRORS as error:
            raise describe_sqlite_error(self.path or Path("plan"), error) from None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, params)
            columns = [column[0] for column in cursor.description]
            return [dict(zip(columns, row, strict=True)) for row in cursor]
        except SQLITE_ERRORS as error:
            raise describe_sqlite_error(self.path or Path("plan"), error) from None

    # -- settings ------------------------------------------------------------------------

    def settings(self) -> Settings:
        (row,) = self._rows("SELECT * FROM plan WHERE id = 1")
        return Settings(
            name=row["name"],
            time_zone=row["time_zone"],
            week_start=row["week_start"],
            rule=RuleId(row["rule"]),
            custom_limit=row["custom_limit"],
            holiday_country=row["holiday_country"],
            holiday_region=row["holiday_region"],
        )

    @property
    def uid(self) -> str:
        """The plan's own identity, kept for its life (a copy keeps it too): a review pack
        carries it, so that the answers are read into the plan they were sent from."""
        (row,) = self._rows("SELECT uid FROM plan WHERE id = 1")
        return str(row["uid"])

    def this_week(self, today: dt.date | None = None) -> Week:
        """The week holding today (in the plan's time zone), by the plan's week start."""
        settings = self.settings()
        return week_containing(today or clock.today(settings.time_zone), settings.week_start)

    # -- channels ------------------------------------------------------------------------

    def channels(self) -> list[Channel]:
        rows = self._rows("SELECT * FROM channels ORDER BY name COLLATE NOCASE, id")
        return [Channel(**row) for row in rows]

    def channel_map(self) -> dict[int, Channel]:
        return {channel.id: channel for channel in self.channels()}

    def new_channel_id(self) -> int:
        """The id the next new channel takes (an action names it before it is written, so
        its posts can point to it and an undo can bring back the very same channel)."""
        (row,) = self._rows("SELECT coalesce(max(id), 0) + 1 AS id FROM channels")
        return int(row["id"])

    def count_posts_on_channel(self, channel_id: int) -> int:
        (row,) = self._rows("SELECT count(*) AS n FROM posts WHERE channel_id = ?", [channel_id])
        return int(row["n"])

    def channel_contents(self, channel_id: int) -> tuple[list[Post], list[Series]]:
        """The channel's stored posts and its series (with their edited occurrences)."""
        series = [s for s in self.series() if s.template.channel_id == channel_id]
        marks = ", ".join("?" * len(series))
        condition = f"channel_id = ? OR series_uid IN ({marks})"
        return self.posts_where(condition, [channel_id, *(s.uid for s in series)]), series

    # -- posts ---------------------------------------------------------------------------

    def find_posts(self, uids: Iterable[str]) -> dict[str, Post]:
        """The plan's posts among ``uids``, by uid (unknown uids are left out)."""
        found: dict[str, Post] = {}
        wanted = list(uids)
        for start in range(0, len(wanted), 500):  # stay under SQLite's parameter limit
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for post in self.posts_where(f"uid IN ({marks})", chunk):
                found[post.uid] = post
        return found

    def posts_between(self, first: dt.date, last: dt.date) -> list[Post]:
        """Dated posts from ``first`` to ``last`` inclusive, in time order: the stored ones
        and the occurrences of the series, less those replaced by a post edited by hand."""
        stored = self.posts_where("date BETWEEN ? AND ?", [first.isoformat(), last.isoformat()])
        computed = self._computed(first, last, {p.uid for p in stored})
        return sorted([*stored, *computed], key=Post.sort_key) if computed else stored

    def _computed(
        self, first: dt.date, last: dt.date, stored_uids: set[str] | None = None
    ) -> list[Post]:
        """The series's occurrences in the span that no stored post replaces (by its
        occurrence, or by its uid: among ``stored_uids``, or if None among every post)."""
        series = self.series()
        if not series:
            return []
        rows = self._rows(
            "SELECT series_uid, occurrence FROM posts WHERE occurrence BETWEEN ? AND ?",
            [first.isoformat(), last.isoformat()],
        )
        replaced = {(row["series_uid"], dt.date.fromisoformat(row["occurrence"])) for row in rows}
        found = occurrences(series, first, last, replaced, stored_uids or set())
        if stored_uids is None:
            # Asked of the stored posts (however many) only for the occurrences' uids.
            stored = self.find_posts(post.uid for post in found)
            found = [post for post in found if post.uid not in stored]
        return found

    def has_series(self) -> bool:
        return bool(self._rows("SELECT 1 AS found FROM series LIMIT 1"))

    def _series_span(self) -> tuple[dt.date, dt.date] | None:
        """The days whose series occurrences a whole export writes: from the first series
        to a year from today (or to the last series's start), whatever the stored posts'
        dates; None for a plan without series."""
        (row,) = self._rows("SELECT min(start) AS first, max(start) AS last FROM series")
        if row["first"] is None:
            return None
        horizon = clock.today(self.settings().time_zone) + SERIES_HORIZON
        last = max(dt.date.fromisoformat(row["last"]), horizon)
        return dt.date.fromisoformat(row["first"]), last

    def posts_in(self, week: Week) -> list[Post]:
        return self.posts_between(week.start, week.end)

    def ideas(self) -> list[Post]:
        return self.posts_where("date IS NULL", [])

    def export_rows(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> Generator[tuple[Any, ...], None, None]:
        """The posts of :meth:`posts_between` (or, without a span, every post: the dated
        ones in time order, a series that never ends up to a year from today, then the
        ideas) as rows in ``rows.POST_COLUMNS`` order. Stored posts stream straight from SQLite,
        so exporting a large plan builds no object per post."""
        span, condition, params = self._export_span(first, last)
        computed = self._computed(*span) if span and self.has_series() else []
        select = f"SELECT {POST_COLUMNS} FROM posts WHERE {{}} ORDER BY {_POST_ORDER}"
        try:
            dated = self.conn.execute(select.format(condition), params)
            if computed:
                yield from heapq.merge(dated, map(post_tuple, computed), key=row_order)
            else:
                yield from dated
            if not (first and last):
                yield from self.conn.execute(select.format("date IS NULL"))
        except SQLITE_ERRORS as error:
            raise describe_sqlite_error(self.path or Path("plan"), error) from None

    def _export_span(
        self, first: dt.date | None, last: dt.date | None
    ) -> tuple[tuple[dt.date, dt.date] | None, str, list[str]]:
        """What :meth:`export_rows` writes: the span of the series's occurrences, and the
        condition (with its parameters) on the stored dated posts."""
        if first and last:
            return (first, last), "date BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]
        return self._series_span(), "date IS NOT NULL", []

    def timed_years(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> tuple[int, int] | None:
        """The first and the last year of the timed posts :meth:`export_rows` gives (a
        calendar describes its time zone for those years); None if none has a time."""
        span, condition, params = self._export_span(first, last)
        (row,) = self._rows(
            f"SELECT min(date) AS first, max(date) AS last FROM posts "
            f"WHERE time IS NOT NULL AND {condition}",
            params,
        )
        years = [int(row["first"][:4]), int(row["last"][:4])] if row["first"] else []
        if span and self.has_series():
            years += [post.date.year for post in self._computed(*span) if post.time and post.date]
        return (min(years), max(years)) if years else None

    def data_version(self) -> int:
        """A number that changes when another connection (a second window, another
        program) commits a change to the plan; this connection's own writes leave it."""
        (row,) = self._rows("PRAGMA data_version")
        return int(row["data_version"])

    def is_empty(self) -> bool:
        """True for a plan without a post or a series (cheap at any size, unlike counting)."""
        return not self._rows("SELECT 1 AS found FROM posts UNION ALL SELECT 1 FROM series LIMIT 1")

    def count_posts(self) -> int:
        (row,) = self._rows("SELECT count(*) AS n FROM posts")
        return int(row["n"])

    def put_posts(self, posts: Iterable[Post]) -> list[Post]:
        """Save ``posts``: each one replaces the post with its uid, or is added."""
        cleaned = [_tidy(post) for post in posts]
        for post in cleaned:
            problems = post_problems(post)
            if problems:
                field, reason = problems[0]
                raise ValidationError(f"{field}: {reason}")
        rows = map(post_tuple, cleaned)
        many = len(cleaned) >= BULK_WRITE and len(cleaned) >= self.count_posts()
        with self.transaction(), self.bulk_insert(when=many):
            # One prepared statement for every post: an import of 100,000 rows stays close
            # to the cost of the SQL itself.
            self.conn.executemany(_UPSERT_POST, rows)
        return cleaned

    @contextmanager
    def large_write(self) -> Iterator[None]:
        """A page cache of up to :data:`LARGE_WRITE_CACHE_KB` for a write of many rows:
        new posts go into the uids' index at random places, and once that index outgrows
        the usual 2 MB, each insert would read and write back a page of it. The cache
        grows only as far as the write needs."""
        (usual,) = self.conn.execute("PRAGMA cache_size").fetchone()
        self.conn.execute(f"PRAGMA cache_size = -{LARGE_WRITE_CACHE_KB}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {usual}")

    @contextmanager
    def bulk_insert(self, *, when: bool) -> Iterator[None]:
        """For a write larger than the plan (a big import), drop the posts' secondary
        indexes and build them again afterwards, in the same transaction (the caller's):
        SQLite builds an index from sorted keys faster than it inserts that many keys one
        by one. Queries inside find no index by date or channel."""
        if not when:
            yield
            return
        indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' "
            "AND sql IS NOT NULL"  # the uid's own index (no sql) must stay: upserts use it
        ).fetchall()
        for name, _sql in indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        yield
        for _name, sql in indexes:
            self.conn.execute(sql)

    def current_posts(self, posts: Iterable[Post]) -> list[Post]:
        """``posts`` as the plan holds them now (a view may show them as they were a moment
        ago): stored ones read again, computed occurrences computed again from their series;
        those gone since are left out. The order of ``posts`` is kept."""
        wanted = list(posts)
        found = self.find_posts(post.uid for post in wanted)
        series: dict[str, Series | None] = {}
        current = []
        for post in wanted:
            if post.uid in found:
                current.append(found[post.uid])
            elif post.virtual and post.series_uid and post.occurrence:
                if post.series_uid not in series:
                    series[post.series_uid] = self.find_series(post.series_uid)
                one = series[post.series_uid]
                day = post.occurrence
                if one is not None and occurrence_dates(one, day, day) == [day]:
                    current.append(occurrence(one, day))
        return current

    def apply(self, change: Change) -> None:
        """Carry out one user action in one transaction: what is only in a "before" list
        is deleted, what is in an "after" list is saved. Every action is one (see
        ``planner.actions``), and its undo is ``apply(change.reversed())``.

        A computed occurrence in "after" means the occurrence as its series gives it:
        any post that replaced it is deleted.
        """
        stored_after = [p for p in change.posts_after if not p.virtual]
        kept_posts = {p.uid for p in stored_after}
        kept_series = {s.uid for s in change.series_after}
        kept_channels = {c.id for c in change.channels_after}
        kept_starters = {s.id for s in change.starters_after}
        kept_dates = {d.id for d in change.dates_after}
        gone_channels = [c.id for c in change.channels_before if c.id not in kept_channels]
        # In this order, foreign keys hold at every step: what a post or series points to
        # is saved before it, and deleted after what points to it.
        with self.transaction():
            if change.settings_after is not None:
                self._put_settings(change.settings_after)
            self._delete_starters(s.id for s in change.starters_before if s.id not in kept_starters)
            self._put_starters(change.starters_after, {s.id for s in change.starters_before})
            self._delete_dates(d.id for d in change.dates_before if d.id not in kept_dates)
            self._put_dates(change.dates_after, {d.id for d in change.dates_before})
            self._put_channels(
                change.channels_after, {c.id for c in change.channels_before}, gone_channels
            )
            self._put_series(change.series_after)
            self._delete_posts(p.uid for p in change.posts_before if p.uid not in kept_posts)
            self._delete_posts(p.uid for p in change.posts_after if p.virtual)
            self.put_posts(stored_after)
            if change.staged is not None:
                from planner.staging import apply_staged  # large imports only

                apply_staged(self.conn, change.staged)
            self._delete_series(s.uid for s in change.series_before if s.uid not in kept_series)
            self._delete_channels(gone_channels)

    def _delete_posts(self, uids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.conn.executemany("DELETE FROM posts WHERE uid = ?", [(uid,) for uid in uids])

    def stored_posts(self) -> list[Post]:
        """Every stored post (no computed occurrence), dated ones and ideas."""
        return self.posts_where("1", [])

    def posts_where(self, condition: str, params: Sequence[Any]) -> list[Post]:
        """The stored posts that meet an SQL ``condition`` (with its ``params``), in time order."""
        sql = f"SELECT {POST_COLUMNS} FROM posts WHERE {condition} ORDER BY {_POST_ORDER}"
        return [post_from_row(row) for row in self._rows(sql, params)]

    # -- series --------------------------------------------------------------------------

    def series(self) -> list[Series]:
        rows = self._rows(f"SELECT {SERIES_COLUMNS} FROM series ORDER BY start, id")
        return [series_from_row(row) for row in rows]

    def find_series(self, uid: str) -> Series | None:
        rows = self._rows(f"SELECT {SERIES_COLUMNS} FROM series WHERE uid = ?", [uid])
        return series_from_row(rows[0]) if rows else None

    def edited_occurrences(self, series_uid: str) -> list[Post]:
        """The stored posts that replace occurrences of the series (edited by hand)."""
        return self.posts_where("series_uid = ?", [series_uid])

    def occurrences_between(self, first: dt.date, last: dt.date) -> dict[str, Post]:
        """Every occurrence the series give in the span, by uid, replaced or not."""
        return {p.uid: p for p in occurrences(self.series(), first, last, set(), set())}

    def _put_series(self, series: Iterable[Series]) -> None:
        rows = []
        for one in series:
            problems = post_problems(one.template)
            if problems:
                field, reason = problems[0]
                raise ValidationError(f"{field}: {reason}")
            check_rule(one.rule, one.start)
            rows.append(series_row(one))
        with self.transaction() as db:
            db.table("series").upsert_all(rows, pk="uid")

    def _delete_series(self, uids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.conn.executemany("DELETE FROM series WHERE uid = ?", [(uid,) for uid in uids])

    # -- conversation starters -----------------------------------------------------------

    def starters(self) -> list[Starter]:
        rows = self._rows("SELECT id, content_type, text FROM starters ORDER BY id")
        return [Starter(row["id"], ContentType(row["content_type"]), row["text"]) for row in rows]

    def new_starter_id(self) -> int:
        (row,) = self._rows("SELECT coalesce(max(id), 0) + 1 AS id FROM starters")
        return int(row["id"])

    def _put_starters(self, starters: Iterable[Starter], existing: set[int]) -> None:
        chosen = list(starters)
        if any(not starter.text.strip() for starter in chosen):
            raise ValidationError("a conversation starter needs some words")
        rows = [{"id": s.id, "content_type": s.content_type.value, "text": s.text} for s in chosen]
        with self.transaction() as db:
            self._refuse_taken_ids("starters", [s.id for s in chosen if s.id not in existing])
            db.table("starters").upsert_all(rows, pk="id")

    def _refuse_taken_ids(self, table: str, new_ids: Sequence[int]) -> None:
        """A change adds rows under ids it chose when it was made: if another window has
        taken one of them since, the change is refused rather than overwriting theirs."""
        taken = False
        for start in range(0, len(new_ids), 500):  # stay under SQLite's parameter limit
            chunk = new_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            taken = taken or bool(
                self._rows(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
            )
        if taken:
            raise ValidationError(
                "the plan was changed in another window meanwhile; nothing was saved, "
                "please try again"
            )

    def _delete_starters(self, ids: Iterable[int]) -> None:
        with self.transaction() as db:
            db.conn.executemany("DELETE FROM starters WHERE id = ?", [(i,) for i in ids])

    # -- the plan's own dates ------------------------------------------------------------

    def plan_dates(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[PlanDate]:
        """The plan's own dates, in time order; with a span, those that touch it."""
        sql = "SELECT id, name, first, last FROM plan_dates"
        params: list[str] = []
        if first and last:
            sql += " WHERE first <= ? AND last >= ?"
            params = [last.isoformat(), first.isoformat()]
        rows = self._rows(sql + " ORDER BY first, last, id", params)
        return [
            PlanDate(
                row["id"],
                row["name"],
                dt.date.fromisoformat(row["first"]),
                dt.date.fromisoformat(row["last"]),
            )
            for row in rows
        ]

    def new_date_id(self) -> int:
        (row,) = self._rows("SELECT coalesce(max(id), 0) + 1 AS id FROM plan_dates")
        return int(row["id"])

    def _put_dates(self, dates: Iterable[PlanDate], existing: set[int]) -> None:
        chosen = list(dates)
        for date in chosen:
            if not date.name.strip():
                raise ValidationError("a date needs a name")
            if date.last < date.first:
                raise ValidationError("a date's span cannot end before it starts")
        rows = [
            {
                "id": d.id,
                "name": d.name.strip(),
                "first": d.first.isoformat(),
                "last": d.last.isoformat(),
            }
            for d in chosen
        ]
        with self.transaction() as db:
            self._refuse_taken_ids("plan_dates", [d.id for d in chosen if d.id not in existing])
            db.table("plan_dates").upsert_all(rows, pk="id")

    def _delete_dates(self, ids: Iterable[int]) -> None:
        with self.transaction() as db:
            db.conn.executemany("DELETE FROM plan_dates WHERE id = ?", [(i,) for i in ids])

    # -- settings and channels, written ---------------------------------------------------

    def _put_settings(self, settings: Settings) -> None:
        if settings.rule not in set(RuleId):
            raise ValidationError(f"unknown rule {settings.rule!r}")
        check_custom_limit(settings.custom_limit)
        if settings.week_start not in WeekStart.ALLOWED:
            raise ValidationError("a week starts on Monday, Saturday or Sunday")
        if not clock.is_known_zone(settings.time_zone):
            raise ValidationError(f"unknown time zone {settings.time_zone!r}")
        if not settings.name.strip():
            raise ValidationError("a plan needs a name")
        problem = holiday_problem(settings.holiday_country, settings.holiday_region)
        if problem:
            raise ValidationError(problem)
        with self.transaction() as db:
            db.table("plan").update(
                1,
                {
                    "name": settings.name.strip(),
                    "time_zone": settings.time_zone,
                    "week_start": settings.week_start,
                    "rule": settings.rule,
                    "custom_limit": settings.custom_limit,
                    "holiday_country": settings.holiday_country,
                    "holiday_region": settings.holiday_region or None,
                },
            )

    def _put_channels(
        self, channels: Iterable[Channel], existing: set[int], going: Sequence[int]
    ) -> None:
        """Save ``channels`` (those not ``existing`` are new); those ``going`` (deleted
        later in the change) give up their names, so channels may swap names or take over
        a deleted one's."""
        chosen = [replace(channel, name=channel.name.strip()) for channel in channels]
        for channel in chosen:
            problem = channel_problem(channel)
            if problem:
                raise ValidationError(problem)
        set_aside = [(c.id,) for c in chosen] + [(i,) for i in going]
        with self.transaction() as db:
            self._refuse_taken_ids("channels", [c.id for c in chosen if c.id not in existing])
            db.conn.executemany("UPDATE channels SET name = char(1) || id WHERE id = ?", set_aside)
            # The names in use, read once: an import may add 10,000s of channels.
            named = {name_key(c.name): c for c in self.channels()}
            for channel in chosen:
                same = named.setdefault(name_key(channel.name), channel)
                if same.id != channel.id:
                    raise ValidationError(f"there is already a channel called {same.name}")
            db.conn.executemany(_UPSERT_CHANNEL, map(channel_tuple, chosen))

    def _delete_channels(self, ids: Iterable[int]) -> None:
        with self.transaction() as db:
            db.conn.executemany("DELETE FROM channels WHERE id = ?", [(i,) for i in ids])

    # -- the mix -------------------------------------------------------------------------

    def week_mix(
        self, week: Week, now: dt.datetime | None = None, channel_id: int | None = None
    ) -> WeekMix:
        """The week's posts and their mix; ``now`` (wall-clock, plan's zone) also judges
        follow-ups. With ``channel_id``, only that channel's posts, and their own mix."""
        posts = self.posts_in(week)
        channels = self.channel_map()
        if channel_id is None:
            report = compute_mix(week, posts, self.settings(), channels, now)
            return WeekMix(week, posts, report)
        posts = [post for post in posts if post.channel_id == channel_id]
        one = {channel_id: channels[channel_id]} if channel_id in channels else {}
        report = compute_mix(week, posts, self.settings(), one, now)
        # The channel's own share is the week's share now: said once.
        warnings = [w for w in report.warnings if w.code != Code.PROMO_SHARE_HIGH_CHANNEL]
        return WeekMix(week, posts, replace(report, warnings=tuple(warnings)))

    def weeks_mix(self, weeks: Sequence[Week], now: dt.datetime | None = None) -> list[WeekMix]:
        """:meth:`week_mix` of consecutive weeks (a month), read in one query."""
        if not weeks:
            return []
        posts = self.posts_between(weeks[0].start, weeks[-1].end)
        settings, channels = self.settings(), self.channel_map()
        by_week: dict[Week, list[Post]] = {week: [] for week in weeks}
        for post in posts:
            assert post.date is not None
            by_week[weeks[(post.date - weeks[0].start).days // 7]].append(post)
        return [
            WeekMix(week, found, compute_mix(week, found, settings, channels, now))
            for week, found in by_week.items()
        ]

    def review(self, week: Week, now: dt.datetime) -> WeekReview:
        from planner.review import review_week  # only the review dialog needs it

        settings = self.settings()
        return review_week(week, self.posts_in(week), settings, self.channel_map(), now)

    # -- the file ------------------------------------------------------------------------

    def save_copy(self, target: Path | str) -> None:
        """A complete copy of the plan at ``target``, made with SQLite's backup API; an
        earlier file there stays until the copy is whole (see :mod:`planner.files`)."""
        target = Path(target)
        files.check_target(target, self.sources)
        if has_log(target):
            raise files.OutputError(
                f"{target} is a plan open in Content Planner or another program; "
                "close it there or choose another file."
            )
        copy_database(self.conn, target, self.sources)

    def content_problems(self) -> list[str]:
        """Every row the app could not read (see :mod:`planner.soundness`)."""
        from planner import soundness

        try:
            return soundness.problems(self.conn)
        except SQLITE_ERRORS as error:
            raise describe_sqlite_error(self.path or Path("plan"), error) from None

    def integrity_problems(self) -> list[str]:
        """What is wrong with the file, empty when it is sound: SQLite's own check of its
        pages, then (for a whole file) every row the app could not read."""
        damage = [
            row["integrity_check"]
            for row in self._rows("PRAGMA integrity_check")
            if row["integrity_check"] != "ok"
        ]
        return damage or self.content_problems()


def _tidy(post: Post) -> Post:
    tags = normalize_tags(post.tags)
    return post if tags == post.tags else replace(post, tags=tags)


def writable_plan(path: Path) -> bool:
    """Whether changes to the plan at ``path`` can be written (it is not on read-only
    media, nor write-protected): a command that writes and changes the plan asks first."""
    return _writable(path)


def _writable(path: Path) -> bool:
    """Whether SQLite can write the plan: the file, and its folder (for the -wal file)."""
    return not files.write_protected(path) and not files.write_protected(path.parent)


def readable(name: str) -> str:
    """A file name fit to show and to store: one that is not valid UTF-8 (an old USB stick)
    keeps its readable part."""
    return os.fsencode(name).decode("utf-8", "replace")
