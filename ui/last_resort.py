"""The window's last resort for an error nobody foresaw.

A person using the window has no terminal: a Python error in a menu command would only
print there, and the command would seem to do nothing. Here it is shown in words, and its
details are kept in a log file to send with a report. Saved work is safe whatever failed:
each action is one transaction, so a step that failed half-way saved nothing.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.paths import data_folder

LOG_NAME = "errors.log"
# Past this size the log starts afresh: the latest errors are the ones worth sending.
LOG_LIMIT_BYTES = 1_000_000

translate = QCoreApplication.translate


def install() -> None:
    sys.excepthook = report


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Write the error to the log and stderr, and tell the person in a dialog."""
    details = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(details)
    if issubclass(kind, KeyboardInterrupt):
        return
    log = _write_log(details)
    where = (
        translate("LastResort", "The details are in {log}.").format(log=log)
        if log
        else translate("LastResort", "The details could not be written to a log file.")
    )
    text = translate(
        "LastResort",
        "The last command stopped on an unexpected error ({error}). What was saved before "
        "is safe, and the step that failed saved nothing.",
    ).format(error=f"{kind.__name__}: {error}")
    QMessageBox.critical(
        QApplication.activeWindow(),
        translate("LastResort", "Something went wrong"),
        f"{text}\n\n{where}",
    )


def _write_log(details: str) -> str | None:
    """Append ``details`` to the log; its path, or None where it cannot be written."""
    path = data_folder() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        full = path.exists() and path.stat().st_size > LOG_LIMIT_BYTES
        with path.open("w" if full else "a", encoding="utf-8") as log:
            log.write(details + "\n")
    except OSError:
        return None
    return str(path)
