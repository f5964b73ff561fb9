"""The ``content-planner`` entry point.

Window-free commands run through ``planner.cli`` before anything imports PySide6, so they
start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from planner import cli


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(sys.argv[1:] if argv is None else argv)
