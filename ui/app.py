"""Starting the window: the application object, the first plan, ``selfcheck``."""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication

from planner import __version__, clock
from planner.errors import PlannerError
from planner.review_pack import Pack
from planner.schema import APP_NAME
from planner.store import Plan
from planner.weeks import Week
from ui import language, last_resort, theme
from ui.dialogs import show_error
from ui.document import PlanDocument
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.offscreen import use_offscreen_platform
from ui.plan_files import open_start_plan

translate = QCoreApplication.translate


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, set up so QSettings and dialogs name the app properly."""
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if not language.installed():
        language.install(app)
    app.setWindowIcon(app_icon())
    theme.apply(theme.chosen())
    return app


def run_window(plan_path: Path | None) -> int:
    app = application()
    last_resort.install()
    plan, problem = open_start_plan(plan_path)
    window = MainWindow(PlanDocument(plan))
    window.show()
    window.raise_()
    window.activateWindow()  # keyboard focus at once, even where no window manager gives it
    QTimer.singleShot(0, collect_garbage_again)
    if problem:
        show_error(window, translate("App", "Cannot open this plan"), problem)
    return app.exec()


def collect_garbage_again() -> None:
    """Python's collector is off while the window starts (``ui.launcher``): it would walk
    every object a dozen times as the modules load, and nothing is garbage yet. From the
    first painted week on, it runs as usual."""
    gc.enable()


def selfcheck(plan_path: Path | None) -> int:
    """Start the window offscreen, render this week once, report and exit 0.

    The plan is opened read-only (nothing is written to it); without one, a temporary
    plan with the sample week is used.
    """
    use_offscreen_platform()
    qInstallMessageHandler(quiet_offscreen_notes)
    app = application()
    import tempfile  # for the sample plan only: a start on a plan does without it

    with tempfile.TemporaryDirectory() as folder:
        if plan_path is None:
            spoken = language.current()
            plan = Plan.create(Path(folder) / "selfcheck.sqlite3", language=spoken)
            from planner.actions import add_sample_week

            now = clock.wall_now(plan.settings().time_zone)
            week = plan.this_week(now.date())
            plan.apply(add_sample_week(plan, week, now, spoken).change)
        else:
            plan = Plan.open(plan_path, readonly=True)
        window = MainWindow(PlanDocument(plan), remember_state=False)
        window.show()
        app.processEvents()
        image = window.grab().toImage()
        shown = len(window.model.posts())
        week = window.week
        window.close()
    collect_garbage_again()
    if image.isNull() or image.width() < 100:
        raise PlannerError("selfcheck: the window did not render")
    print(
        f"selfcheck ok: {plan.display_name}, week {week.number} ({week.start}), "
        f"{shown} posts shown, {image.width()}x{image.height()} px, "
        f"Qt {qVersion()} on {app.platformName()}, "
        f"language {language.current()} ({', '.join(language.loaded()) or 'no translation'})"
    )
    return 0


def quiet_offscreen_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform notes what it cannot do (window size hints); that is expected
    # in a selfcheck and is not worth a line on the console. Anything else is shown.
    if "does not support" not in message:
        print(message, file=sys.stderr)


def write_pdf(plan: Plan, weeks: Sequence[Week], output: Path) -> int:
    """The weeks as a PDF, one page each, with no window shown (the command line's PDF)."""
    use_offscreen_platform()
    qInstallMessageHandler(quiet_offscreen_notes)
    application()
    from ui.day_names import names_of
    from ui.week_print import write_pdf

    now = clock.wall_now(plan.settings().time_zone)
    return write_pdf(plan, weeks, output, now, names_of(plan))


def write_png(plan: Plan, view: str, day: dt.date, output: Path) -> int:
    """The week or month holding ``day`` as a picture, with no window shown."""
    use_offscreen_platform()
    qInstallMessageHandler(quiet_offscreen_notes)
    application()
    from ui.day_names import names_of
    from ui.picture import write_png

    now = clock.wall_now(plan.settings().time_zone)
    return write_png(plan, view, day, output, now, names_of(plan))


def write_review_pdf(pack: Pack, output: Path) -> int:
    """A review pack as a PDF, with no window shown (the command line's review export)."""
    use_offscreen_platform()
    qInstallMessageHandler(quiet_offscreen_notes)
    application()
    from ui.review_print import write_pack_pdf

    return write_pack_pdf(pack, output)
