"""The ``content-planner`` entry point.

Window-free commands run through ``planner.cli`` before anything imports PySide6, so they
start fast; the window, ``selfcheck`` and PDF export import Qt only when asked for.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from planner import cli
from planner.review_pack import Pack
from planner.store import Plan
from planner.weeks import Week


class LazyWindow:
    """The commands that need Qt, importing the window code only when one is run."""

    def open(self, plan: Path | None) -> int:
        gc.disable()  # until the window is painted (see ui.app.collect_garbage_again)
        from ui import app

        return app.run_window(plan)

    def selfcheck(self, plan: Path | None) -> int:
        gc.disable()
        from ui import app

        return app.selfcheck(plan)

    def write_pdf(self, plan: Plan, weeks: Sequence[Week], output: Path) -> int:
        from ui import app

        return app.write_pdf(plan, weeks, output)

    def write_png(self, plan: Plan, view: str, day: dt.date, output: Path) -> int:
        from ui import app

        return app.write_png(plan, view, day, output)

    def write_review_pdf(self, pack: Pack, output: Path) -> int:
        from ui import app

        return app.write_review_pdf(pack, output)


def main(argv: Sequence[str] | None = None) -> int:
    code = cli.main(sys.argv[1:] if argv is None else argv, window=LazyWindow())
    # The command is done and its plan closed. Freezing what is left spares the collector
    # a last walk over every Qt type and module object while Python shuts down, which
    # made closing the window (and a selfcheck) about 50 ms slower.
    gc.freeze()
    return code
