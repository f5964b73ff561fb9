"""An open plan in the window: the plan, its undo history, and news of its changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.actions import Action
from planner.model import Part
from planner.store import Plan

EVERYTHING = frozenset(Part)


class PlanDocument(QObject):
    # The parts of the plan that changed (a frozenset of planner.model.Part).
    changed = Signal(object)
    failed = Signal(str)  # an undo or redo could not be written

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)

    def perform(self, action: Action) -> bool:
        """Apply ``action`` in one transaction and put it on the undo stack. A
        :class:`PlannerError` (a read-only plan too) reaches the caller and leaves both the
        plan and the stack as they were. False when the action had nothing to do."""
        from ui.commands import ActionCommand

        if not action.change:
            return False
        self.plan.apply(action.change)
        self.undo_stack.push(ActionCommand(self, action))
        return True

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)

    def start_afresh(self) -> None:
        """Another window or program changed the plan: undoing an older change could
        overwrite theirs, so the history goes, and every view shows the plan anew."""
        self.undo_stack.clear()
        self.changed.emit(EVERYTHING)

    def close(self) -> None:
        self.undo_stack.clear()
        self.plan.close()
