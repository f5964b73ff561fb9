"""A plan file and the operations on it. Every operation is one transaction."""

from __future__ import annotations

import datetime as dt
import heapq
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner import clock
from planner.channels import default_limit, known_name
from planner.errors import PlanError, PlanMissingError, ValidationError
from planner.mix import MixReport, compute_mix
from planner.model import (
    Change,
    Channel,
    ContentType,
    Post,
    Series,
    Settings,
    WeekStart,
    normalize_tags,
    post_problems,
)
from planner.recurrence import check_rule, occurrences
from planner.rows import (
    POST_COLUMNS,
    POST_FIELDS,
    SERIES_COLUMNS,
    channel_row,
    post_from_row,
    post_tuple,
    row_order,
    series_from_row,
    series_row,
)
from planner.rules import RULE_IDS, check_custom_limit
from planner.schema import (
    CURRENT_VERSION,
    backup_before_migration,
    check_file,
    configure_for_writing,
    connect,
    copy_database,
    describe_sqlite_error,
    migrate,
    schema_version,
    writer,
)
from planner.starters import Starter
from planner.weeks import Week, week_containing

if TYPE_CHECKING:
    from sqlite_utils import Database

    from planner.review import WeekReview

# The order of the week grid and of exports: by day, "any time" first, then by time.
_POST_ORDER = "date, time, id"
MAX_CHANNEL_NAME = 60
_UPSERT_POST = (
    f"INSERT INTO posts ({POST_COLUMNS}) VALUES ({', '.join('?' * len(POST_FIELDS))}) "
    "ON CONFLICT(uid) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in POST_FIELDS if name != "uid")
)
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
        # Opened read-only because the file or its folder cannot be written.
        self.read_only_medium = False

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, readonly: bool = False) -> Plan:
        """Open the plan at ``path``, upgrading an older one (after a backup copy).

        ``readonly`` never writes to the file: an older plan is then upgraded in memory.
        Raises :class:`PlanError` (with a message for the user) for anything that is not a
        plan this version can open; such a file is left exactly as it was.
        """
        path = Path(path)
        try:
            check_file(path)
        except FileNotFoundError:
            if create and not readonly:
                return cls.create(path)
            raise PlanMissingError(f"There is no plan at {path}.") from None
        # On a read-only medium (or a file without write permission) the plan opens to be
        # read: better than refusing it, and nothing can be half written.
        forced = not readonly and not _writable(path)
        try:
            plan = cls._open_existing(path, readonly=readonly or forced)
            plan.read_only_medium = forced
            return plan
        except sqlite3.Error as error:
            raise describe_sqlite_error(path, error) from None

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
                return cls(memory, path, readonly=True)
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
        cls, path: Path | str, *, name: str | None = None, time_zone: str | None = None
    ) -> Plan:
        """A new, empty plan file at ``path`` (which must not exist yet)."""
        path = Path(path)
        if path.exists():
            raise PlanError(f"{path} already exists; open it instead.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = connect(path)
            configure_for_writing(db)
        except OSError as error:
            raise PlanError(f"Cannot create {path}: {error.strerror or error}.") from None
        except sqlite3.Error as error:
            raise describe_sqlite_error(path, error) from None
        plan = cls(db, path)
        plan._initialise(name or path.stem, time_zone)
        return plan

    @classmethod
    def in_memory(
        cls, *, name: str = "Plan", time_zone: str = "UTC", readonly: bool = False
    ) -> Plan:
        plan = cls(sqlite3.connect(":memory:"), None)
        plan._initialise(name, time_zone)
        plan.readonly = readonly
        return plan

    def _initialise(self, name: str, time_zone: str | None) -> None:
        # Schema and settings in one transaction: a crash never leaves a plan without settings.
        with self.transaction():
            migrate(self.conn, 0)
            zone = time_zone or clock.local_zone_name()
            self.db.table("plan").insert({"id": 1, "name": name, "time_zone": zone})

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
        return self.path.name if self.path else self.settings().name

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: everything inside is committed together, or not at all."""
        if self.readonly:
            raise PlanError("This plan was opened read-only; nothing can be changed.")
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.IntegrityError as error:
            raise ValidationError(f"not saved: {error}") from None
        except sqlite3.Error as error:
            raise describe_sqlite_error(self.path or Path("plan"), error) from None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, params)
            columns = [column[0] for column in cursor.description]
            return [dict(zip(columns, row, strict=True)) for row in cursor]
        except sqlite3.Error as error:
            raise describe_sqlite_error(self.path or Path("plan"), error) from None

    # -- settings ------------------------------------------------------------------------

    def settings(self) -> Settings:
        (row,) = self._rows("SELECT * FROM plan WHERE id = 1")
        return Settings(
            name=row["name"],
            time_zone=row["time_zone"],
            week_start=row["week_start"],
            rule=row["rule"],
            custom_limit=row["custom_limit"],
        )

    def update_settings(self, settings: Settings) -> None:
        if settings.rule not in RULE_IDS:
            raise ValidationError(f"unknown rule {settings.rule!r}")
        check_custom_limit(settings.custom_limit)
        if settings.week_start not in WeekStart.ALLOWED:
            raise ValidationError("a week starts on Monday, Saturday or Sunday")
        if not clock.is_known_zone(settings.time_zone):
            raise ValidationError(f"unknown time zone {settings.time_zone!r}")
        if not settings.name.strip():
            raise ValidationError("a plan needs a name")
        with self.transaction() as db:
            db.table("plan").update(
                1,
                {
                    "name": settings.name.strip(),
                    "time_zone": settings.time_zone,
                    "week_start": settings.week_start,
                    "rule": settings.rule,
                    "custom_limit": settings.custom_limit,
                },
            )

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

    def find_channel(self, name: str) -> Channel | None:
        """The plan's channel called ``name``, compared case-insensitively."""
        key = name.strip().casefold()
        return next((c for c in self.channels() if c.name.casefold() == key), None)

    def ensure_channel(self, name: str) -> Channel:
        """The channel called ``name``, created (with its usual limit) if the plan lacks it."""
        known = known_name(name)
        return self.find_channel(name) or self.add_channel(known or name, default_limit(name))

    def add_channel(
        self,
        name: str,
        char_limit: int | None = None,
        weekly_target: int | None = None,
        reply_hours: int | None = None,
    ) -> Channel:
        channel = Channel(0, name.strip(), char_limit, weekly_target, reply_hours)
        self._check_channel(channel)
        with self.transaction() as db:
            row = channel_row(channel)
            del row["id"]
            channel_id = db.table("channels").insert(row).last_rowid
        assert channel_id is not None  # an insert always has a rowid
        return replace(channel, id=channel_id)

    def update_channel(self, channel: Channel) -> Channel:
        channel = replace(channel, name=channel.name.strip())
        self._check_channel(channel)
        with self.transaction() as db:
            db.table("channels").update(channel.id, channel_row(channel))
        return channel

    def delete_channel(self, channel_id: int) -> Change:
        """Delete a channel, its posts and its series (with their edited occurrences);
        returns what went, so the deletion can be undone."""
        series = [s for s in self.series() if s.template.channel_id == channel_id]
        marks = ", ".join("?" * len(series))
        condition = f"channel_id = ? OR series_uid IN ({marks})"
        posts = self._posts_where(condition, [channel_id, *(s.uid for s in series)])
        change = Change(tuple(posts), (), tuple(series), ())
        with self.transaction() as db:
            self.apply(change)
            db.execute("DELETE FROM channels WHERE id = ?", [channel_id])
        return change

    def restore_channel(self, channel: Channel, removed: Change | None = None) -> None:
        """Put back a deleted channel, with its id, and what went with it."""
        with self.transaction() as db:
            db.table("channels").insert(channel_row(channel))
            if removed is not None:
                self.apply(removed.reversed())

    def count_posts_on_channel(self, channel_id: int) -> int:
        (row,) = self._rows("SELECT count(*) AS n FROM posts WHERE channel_id = ?", [channel_id])
        return int(row["n"])

    def _check_channel(self, channel: Channel) -> None:
        if not channel.name:
            raise ValidationError("a channel needs a name")
        if len(channel.name) > MAX_CHANNEL_NAME:
            raise ValidationError(f"a channel name has at most {MAX_CHANNEL_NAME} characters")
        numbers = (
            (channel.char_limit, "limit"),
            (channel.weekly_target, "target"),
            (channel.reply_hours, "reply window"),
        )
        for number, what in numbers:
            if number is not None and number < 1:
                raise ValidationError(f"a channel's {what} must be at least 1")
        same = self.find_channel(channel.name)
        if same and same.id != channel.id:
            raise ValidationError(f"there is already a channel called {same.name}")

    # -- posts ---------------------------------------------------------------------------

    def find_post(self, uid: str) -> Post | None:
        posts = self._posts_where("uid = ?", [uid])
        return posts[0] if posts else None

    def find_posts(self, uids: Iterable[str]) -> dict[str, Post]:
        """The plan's posts among ``uids``, by uid (unknown uids are left out)."""
        found: dict[str, Post] = {}
        wanted = list(uids)
        for start in range(0, len(wanted), 500):  # stay under SQLite's parameter limit
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for post in self._posts_where(f"uid IN ({marks})", chunk):
                found[post.uid] = post
        return found

    def posts_between(self, first: dt.date, last: dt.date) -> list[Post]:
        """Dated posts from ``first`` to ``last`` inclusive, in time order: the stored ones
        and the occurrences of the series, less those replaced by a post edited by hand."""
        stored = self._posts_where("date BETWEEN ? AND ?", [first.isoformat(), last.isoformat()])
        computed = self._computed(first, last, {p.uid for p in stored})
        return sorted([*stored, *computed], key=Post.sort_key) if computed else stored

    def _computed(self, first: dt.date, last: dt.date, stored_uids: set[str]) -> list[Post]:
        """The series's occurrences in the span that no stored post replaces."""
        series = self.series()
        if not series:
            return []
        rows = self._rows(
            "SELECT series_uid, occurrence FROM posts WHERE occurrence BETWEEN ? AND ?",
            [first.isoformat(), last.isoformat()],
        )
        replaced = {(row["series_uid"], dt.date.fromisoformat(row["occurrence"])) for row in rows}
        return occurrences(series, first, last, replaced, stored_uids)

    def _has_series(self) -> bool:
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
        return self._posts_where("date IS NULL", [])

    def all_posts(self) -> list[Post]:
        """Every post: dated ones in time order (a series that never ends up to a year
        from today), then the ideas."""
        stored = self._posts_where("date IS NOT NULL", [])
        span = self._series_span()
        computed = self._computed(*span, {p.uid for p in stored}) if span else []
        dated = sorted([*stored, *computed], key=Post.sort_key) if computed else stored
        return dated + self.ideas()

    def export_rows(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """The posts of :meth:`posts_between` (or, without a span, of :meth:`all_posts`)
        as rows in ``rows.POST_COLUMNS`` order. Stored posts stream straight from SQLite,
        so exporting a large plan builds no object per post."""
        if first and last:
            span: tuple[dt.date, dt.date] | None = (first, last)
            condition, params = "date BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]
        else:
            span, condition, params = self._series_span(), "date IS NOT NULL", []
        computed: list[Post] = []
        if span and self._has_series():
            uids = self.conn.execute(f"SELECT uid FROM posts WHERE {condition}", params)
            computed = self._computed(*span, {uid for (uid,) in uids})
        select = f"SELECT {POST_COLUMNS} FROM posts WHERE {{}} ORDER BY {_POST_ORDER}"
        try:
            dated = self.conn.execute(select.format(condition), params)
            if computed:
                yield from heapq.merge(dated, map(post_tuple, computed), key=row_order)
            else:
                yield from dated
            if not (first and last):
                yield from self.conn.execute(select.format("date IS NULL"))
        except sqlite3.Error as error:
            raise describe_sqlite_error(self.path or Path("plan"), error) from None

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

    def add_post(self, post: Post) -> Post:
        return self.put_posts([post])[0]

    def update_post(self, post: Post) -> Post:
        if self.find_post(post.uid) is None:
            raise ValidationError("that post no longer exists")
        return self.put_posts([post])[0]

    def put_posts(
        self, posts: Iterable[Post], channel_ids: Mapping[int, int] | None = None
    ) -> list[Post]:
        """Save ``posts``: each one replaces the post with its uid, or is added.

        ``channel_ids`` stores a post whose ``channel_id`` it holds under the id it maps
        that to (an import's provisional ids for its new channels); the posts returned
        keep the ids they came with."""
        cleaned = [_tidy(post) for post in posts]
        for post in cleaned:
            problems = post_problems(post)
            if problems:
                field, reason = problems[0]
                raise ValidationError(f"{field}: {reason}")
        rows: Iterable[tuple[Any, ...]] = map(post_tuple, cleaned)
        if channel_ids:
            # On the rows, not the posts: a new Post per row would cost an import 100,000s.
            rows = ((row[0], channel_ids.get(row[1], row[1]), *row[2:]) for row in rows)
        with self.transaction(), self._indexes_rebuilt_after(len(cleaned)):
            # One prepared statement for every post: an import of 100,000 rows stays close
            # to the cost of the SQL itself.
            self.conn.executemany(_UPSERT_POST, rows)
        return cleaned

    @contextmanager
    def _indexes_rebuilt_after(self, writes: int) -> Iterator[None]:
        """For a write larger than the plan (a big import), drop the posts' secondary
        indexes and build them again afterwards, in the same transaction: SQLite builds an
        index from sorted keys faster than it inserts that many keys one by one."""
        if writes < BULK_WRITE or writes < self.count_posts():
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

    def replace_posts(self, old: Iterable[Post], new: Iterable[Post]) -> None:
        """Turn ``old`` posts into ``new`` ones, in one transaction (see :meth:`apply`)."""
        self.apply(Change(tuple(old), tuple(new)))

    def apply(self, change: Change) -> None:
        """Carry out one user action in one transaction: what is only in the "before"
        lists is deleted, the "after" lists are saved. Every edit, move, copy, deletion
        and series change is one, and its undo is ``apply(change.reversed())``.

        A computed occurrence in "after" means the occurrence as its series gives it:
        any post that replaced it is deleted.
        """
        stored_after = [p for p in change.posts_after if not p.virtual]
        kept_posts = {p.uid for p in stored_after}
        kept_series = {s.uid for s in change.series_after}
        with self.transaction():
            self.put_series(change.series_after)
            self.delete_posts(p.uid for p in change.posts_before if p.uid not in kept_posts)
            self.delete_posts(p.uid for p in change.posts_after if p.virtual)
            self.put_posts(stored_after)
            self.delete_series(s.uid for s in change.series_before if s.uid not in kept_series)

    def delete_posts(self, uids: Iterable[str]) -> list[Post]:
        """Delete the posts; returns them as they were, so the deletion can be undone."""
        found = self.find_posts(uids)
        with self.transaction() as db:
            db.conn.executemany("DELETE FROM posts WHERE uid = ?", [(uid,) for uid in found])
        return list(found.values())

    def _posts_where(self, condition: str, params: Sequence[Any]) -> list[Post]:
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
        return self._posts_where("series_uid = ?", [series_uid])

    def occurrences_between(self, first: dt.date, last: dt.date) -> dict[str, Post]:
        """Every occurrence the series give in the span, by uid, replaced or not."""
        return {p.uid: p for p in occurrences(self.series(), first, last, set(), set())}

    def put_series(self, series: Iterable[Series]) -> None:
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

    def delete_series(self, uids: Iterable[str]) -> None:
        with self.transaction() as db:
            db.conn.executemany("DELETE FROM series WHERE uid = ?", [(uid,) for uid in uids])

    # -- conversation starters -----------------------------------------------------------

    def starters(self) -> list[Starter]:
        rows = self._rows("SELECT id, content_type, text FROM starters ORDER BY id")
        return [Starter(row["id"], ContentType(row["content_type"]), row["text"]) for row in rows]

    def put_starter(self, starter: Starter) -> Starter:
        """Save a starter (id 0: a new one, which gets an id; else it keeps its own)."""
        text = starter.text.strip()
        if not text:
            raise ValidationError("a conversation starter needs some words")
        row = {"content_type": starter.content_type.value, "text": text}
        with self.transaction() as db:
            if starter.id:
                db.table("starters").upsert({"id": starter.id, **row}, pk="id")
                return replace(starter, text=text)
            starter_id = db.table("starters").insert(row).last_rowid
        assert starter_id is not None
        return Starter(starter_id, starter.content_type, text)

    def delete_starter(self, starter_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM starters WHERE id = ?", [starter_id])

    # -- the mix -------------------------------------------------------------------------

    def mix(self, week: Week, now: dt.datetime | None = None) -> MixReport:
        """The week's mix; ``now`` (wall-clock, plan's zone) also judges follow-ups."""
        settings = self.settings()
        return compute_mix(week, self.posts_in(week), settings, self.channel_map(), now)

    def review(self, week: Week, now: dt.datetime) -> WeekReview:
        from planner.review import review_week  # only the review dialog needs it

        settings = self.settings()
        return review_week(week, self.posts_in(week), settings, self.channel_map(), now)

    # -- the file ------------------------------------------------------------------------

    def save_copy(self, target: Path | str) -> None:
        """A complete copy of the plan at ``target``, made with SQLite's backup API."""
        target = Path(target)
        if self.path and target.resolve() == self.path.resolve():
            raise PlanError("Choose another file: a copy cannot replace the plan itself.")
        if target.exists():
            target.unlink()
        try:
            copy_database(self.conn, target)
        except sqlite3.Error as error:
            raise describe_sqlite_error(target, error) from None

    def integrity_problems(self) -> list[str]:
        """What SQLite finds wrong with the file; empty when it is sound."""
        problems = [
            row["integrity_check"]
            for row in self._rows("PRAGMA integrity_check")
            if row["integrity_check"] != "ok"
        ]
        for row in self._rows("PRAGMA foreign_key_check"):
            problems.append(
                f"{row['table']} row {row['rowid']} points to a missing {row['parent']}"
            )
        return problems


def _tidy(post: Post) -> Post:
    tags = normalize_tags(post.tags)
    return post if tags == post.tags else replace(post, tags=tags)


def _writable(path: Path) -> bool:
    """Whether SQLite can write the plan: the file, and its folder (for the -wal file)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
