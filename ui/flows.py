"""What the flows of the window share: the window they ask questions in, and its plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from planner.store import Plan
    from ui.main_window import MainWindow


class WindowFlows(QObject):
    """User flows that show their dialogs over ``window`` and act on its current plan."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def plan(self) -> Plan:
        return self.window.plan
