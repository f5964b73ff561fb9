"""Rolling backups of plans, taken when a plan is opened, through SQLite's backup API.

They live in a ``backups`` folder beside the default plans, named after the plan and the
moment they were taken; the newest ``KEEP`` of each plan are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from planner import clock, paths
from planner.actions import Action, restore_backup
from planner.errors import QT_TRANSLATE_NOOP, PlanError
from planner.files import OutputError
from planner.schema import copy_database, opened_read_only
from planner.store import Plan

KEEP = 10
# A plan opened again within this time keeps its last backup: restarting the app a few
# times must not push the older, more useful backups out.
MIN_INTERVAL = dt.timedelta(minutes=30)
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    number: int = 1  # the second backup within one second is number 2

    @property
    def posts(self) -> int:
        """How many posts the backup holds. It opens the file: for showing a backup, so
        that listing them (on every opening of a plan) stays a look at file names."""
        return _count_posts(self.path)


def folder() -> Path:
    return paths.data_folder() / "backups"


def _prefix(plan_path: Path) -> str:
    """The start of a plan's backup names: its name, and a short digest of where it lives,
    so that two plans with the same name in different folders keep apart."""
    digest = hashlib.sha1(str(plan_path.resolve()).encode()).hexdigest()[:8]
    return f"{plan_path.stem}-{digest}-"


def backups_of(plan_path: Path) -> list[Backup]:
    """The plan's backups, newest first."""
    prefix = _prefix(plan_path)
    found = []
    for path in folder().glob(f"{_glob_escape(prefix)}*{paths.PLAN_SUFFIX}"):
        stamp, rest = path.name[len(prefix) : len(prefix) + 15], path.name[len(prefix) + 15 :]
        try:
            taken = dt.datetime.strptime(stamp, STAMP)
            number = int(rest.removesuffix(paths.PLAN_SUFFIX).lstrip("-") or "1")
        except ValueError:
            continue
        found.append(Backup(path, taken, number))
    return sorted(found, key=lambda backup: (backup.taken, backup.number), reverse=True)


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _count_posts(path: Path) -> int:
    try:
        with Plan.open(path, readonly=True) as plan:
            return plan.count_posts()
    except PlanError:
        return 0


def back_up(plan: Plan, *, now: dt.datetime | None = None, force: bool = False) -> Backup | None:
    """Take a backup of an open plan, unless its last one is recent (or ``force``); drop
    the oldest beyond ``KEEP``. Returns the new backup, or None when none was taken."""
    if plan.path is None:
        return None
    now = now or clock.local_now()
    existing = backups_of(plan.path)
    if existing and now - existing[0].taken < MIN_INTERVAL and not force:
        return None
    target = _new_name(plan.path, now)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(plan.conn, target)
    except OSError as error:
        raise PlanError.said(
            QT_TRANSLATE_NOOP("Messages", "No backup taken: {reason}."),
            reason=error.strerror or error,
        ) from None
    except OutputError as error:  # a full disk: the older backups stay as they were
        raise PlanError.said(
            QT_TRANSLATE_NOOP("Messages", "No backup taken: {problem}"), problem=error
        ) from None
    for old in existing[KEEP - 1 :]:
        old.path.unlink(missing_ok=True)
    return backups_of(plan.path)[0]


def _new_name(plan_path: Path, now: dt.datetime) -> Path:
    """A backup name of its own, even for two backups within one second."""
    stem = f"{_prefix(plan_path)}{now.strftime(STAMP)}"
    target = folder() / f"{stem}{paths.PLAN_SUFFIX}"
    number = 1
    while target.exists():
        number += 1
        target = folder() / f"{stem}-{number}{paths.PLAN_SUFFIX}"
    return target


def restoring(plan: Plan, backup: Backup) -> Action:
    """The action that puts the backup's content into the open plan (to apply, and undo,
    like any other), after backing up the plan as it is: a restore can itself be undone
    from the backups, even once the window is closed."""
    if plan.readonly:
        raise opened_read_only()
    with Plan.open(backup.path, readonly=True) as saved:  # refuses a newer or a bad file
        back_up(plan, force=True)
        return restore_backup(plan, saved)
