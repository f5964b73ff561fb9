"""The open plan's life in the window: opening and creating plans, the recent list, the
backup taken after opening, and the watch for changes another window or program saves.

The window listens to the signals; this object shows no widget itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal

from planner import paths
from planner.errors import PlannerError
from planner.store import Plan
from ui import language, texts
from ui.dialogs import confirm
from ui.document import PlanDocument

translate = QCoreApplication.translate
MAX_RECENT = 8
WATCH_INTERVAL_MS = 2000
BACKUP_DELAY_MS = 1500


class PlanFiles(QObject):
    opened = Signal(object)  # the new PlanDocument; the previous one is closed by then
    failed = Signal(str, str)  # a title and what went wrong, for a dialog
    message = Signal(str, int)  # news for the status bar, and for how many milliseconds
    recent_changed = Signal()

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        # Another window or program may change the plan: look every few seconds (and
        # when the window comes to the front, which calls check_outside_changes).
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watch.start()
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.setInterval(BACKUP_DELAY_MS)
        self._backup_timer.timeout.connect(self._back_up)
        self._started()

    @property
    def plan(self) -> Plan:
        return self.document.plan

    def folder(self) -> Path:
        """Where file dialogs start: the open plan's folder, or the app's data folder."""
        return self.plan.path.parent if self.plan.path else paths.data_folder()

    def open_plan(self, path: Path, *, create: bool = False) -> bool:
        """Open the plan at ``path`` instead of the shown one; a plan that cannot be opened
        is reported (``failed``) and the shown plan stays."""
        try:
            plan = Plan.open(path, create=create, language=language.current())
        except PlannerError as error:
            self.failed.emit(translate("PlanFiles", "Cannot open this plan"), texts.said(error))
            return False
        old, self.document = self.document, PlanDocument(plan)
        self.opened.emit(self.document)
        old.close()
        old.deleteLater()
        self._started()
        if plan.migration_backup:
            text = translate("PlanFiles", "Plan upgraded; the old version was saved as {name}.")
            self.message.emit(text.format(name=plan.migration_backup.name), 10000)
        remember_recent(path)
        self.recent_changed.emit()
        return True

    def new_plan(self, path: Path) -> bool:
        path = path.with_suffix(paths.PLAN_SUFFIX)
        if path.exists():
            text = translate("PlanFiles", "{name} already exists. Open it with File ▸ Open plan.")
            self.failed.emit(translate("PlanFiles", "New plan"), text.format(name=path.name))
            return False
        return self.open_plan(path, create=True)

    def _started(self) -> None:
        self._seen_version = self.plan.data_version()
        if self.plan.read_only_medium:
            # Once the window listens and is on screen: at start-up this runs before
            # either, and the news would be lost.
            QTimer.singleShot(0, self, self._say_read_only)
        # A backup after the first paint, so the week shows without waiting for it.
        self._backup_timer.start()

    def _say_read_only(self) -> None:
        text = translate(
            "PlanFiles",
            "Opened read-only: the file or its folder cannot be changed. Save a copy to edit it.",
        )
        self.message.emit(text, 15000)

    def _back_up(self) -> None:
        if self.plan.readonly:
            return
        from planner import backups

        try:
            backups.back_up(self.plan)
        except PlannerError as error:
            self.message.emit(texts.said(error), 10000)

    def check_outside_changes(self) -> None:
        """Show what another window or program saved to the plan (the undo history starts
        afresh: undoing an older change could otherwise overwrite theirs)."""
        try:
            version = self.plan.data_version()
        except PlannerError:
            return
        if version == self._seen_version:
            return
        self._seen_version = version
        self.document.start_afresh()
        text = translate(
            "PlanFiles", "The plan was changed in another window or program: this is its latest."
        )
        self.message.emit(text, 10000)

    def close(self) -> None:
        self._watch.stop()
        self._backup_timer.stop()
        self.document.close()


def plan_key(group: str, path: Path) -> str:
    """A QSettings key for something remembered of one plan (its last week, its last
    channel), by where the plan lives."""
    return f"{group}/" + str(path.resolve()).replace("/", "|").replace("\\", "|")


def recent_plans() -> list[Path]:
    stored = QSettings().value("plans/recent", [])
    names = stored if isinstance(stored, list) else [stored] if stored else []
    return [Path(str(name)) for name in names if Path(str(name)).exists()][:MAX_RECENT]


def remember_recent(path: Path) -> None:
    resolved = str(path.resolve())
    names = [str(p) for p in recent_plans() if str(p) != resolved]
    QSettings().setValue("plans/recent", [resolved, *names][:MAX_RECENT])


def open_start_plan(path: Path | None) -> tuple[Plan, str | None]:
    """The plan the window starts with: ``path`` (created if missing and the user agrees:
    a mistyped name must not leave a plan behind) or the default plan. Returns the plan
    and, when ``path`` could not be opened, the reason to show."""
    spoken = language.current()
    default = paths.default_plan_path(spoken)
    problem = None
    if path is not None and (path.exists() or _agree_to_create(path)):
        try:
            plan = Plan.open(path, create=True, language=spoken)
        except PlannerError as error:
            problem = texts.said(error)
        else:
            remember_recent(path)
            return plan, None
    try:
        plan = Plan.open(default, create=True, language=spoken)
    except PlannerError as error:
        # Nothing to open: an empty, read-only stand-in until the user opens another plan.
        stand_in = Plan.in_memory(name=translate("PlanFiles", "No plan"), readonly=True)
        return stand_in, problem or texts.said(error)
    remember_recent(default)  # File ▸ Open recent leads back to it from another plan
    return plan, problem


def _agree_to_create(path: Path) -> bool:
    return confirm(
        None,
        translate("PlanFiles", "New plan"),
        translate(
            "PlanFiles", "There is no plan at {path}.\n\nCreate a new, empty plan there?"
        ).format(path=path),
    )
