"""The Qt binding itself must be sound enough to run for hours."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRect


def test_void_calls_keep_the_reference_count_of_none(qapp) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None per void call, so the app
    # aborted with "none_dealloc" after enough repaints. (From Python 3.12 None is
    # immortal and its count never moves, so this holds there whatever the binding does.)
    thing, rect = QObject(), QRect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        thing.setObjectName("x")
        rect.setWidth(3)
    assert sys.getrefcount(None) >= before
