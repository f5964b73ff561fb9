"""Drawing without a screen: Qt's offscreen platform, for ``selfcheck``, the PDF export and
the tests. Qt-free, so it can run before anything imports Qt."""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import MutableMapping


def use_offscreen_platform(environ: MutableMapping[str, str] = os.environ) -> None:
    """Choose Qt's offscreen platform (unless another is set), drawing with the system's fonts.

    On Windows that platform reads fonts only from ``QT_QPA_FONTDIR``, by default Qt's own
    ``lib/fonts``, which PySide6 does not ship: PDF pages and the selfcheck came out with no
    text at all. Point it at Windows' fonts folder.
    """
    environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform == "win32":
        windows = environ.get("WINDIR") or environ.get("SystemRoot") or "C:\\Windows"
        environ.setdefault("QT_QPA_FONTDIR", ntpath.join(windows, "Fonts"))
