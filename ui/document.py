"""An open plan in the window: the plan, its undo history, and news of its changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.errors import PlannerError
from planner.store import Plan


class PlanCommand(QUndoCommand):
    """An undoable user action. Subclasses implement :meth:`apply` and :meth:`revert`,
    each calling ``planner`` operations (one transaction each)."""

    def __init__(self, document: PlanDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.plan = document.plan
        # The first application happens before the push (so its errors reach the caller);
        # QUndoStack.push() then calls redo(), which must not apply it twice.
        self._applied_before_push = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied_before_push:
            self._applied_before_push = False
        else:
            self._guarded(self.apply)
        self.document.changed.emit()

    def undo(self) -> None:
        self._guarded(self.revert)
        self.document.changed.emit()

    def _guarded(self, action: Callable[[], None]) -> None:
        # Undo and redo are called from Qt: an exception cannot travel back to whoever
        # pressed Ctrl+Z, so it is reported through the document instead.
        try:
            action()
        except PlannerError as error:
            self.document.report_failure(str(error))


class PlanDocument(QObject):
    changed = Signal()  # the plan's posts, channels or settings changed
    failed = Signal(str)  # an undo or redo could not be written

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)

    @property
    def readonly(self) -> bool:
        return self.plan.readonly

    def run(self, command: PlanCommand) -> None:
        """Apply ``command`` now and put it on the undo stack; a :class:`PlannerError`
        reaches the caller and leaves both the plan and the stack as they were."""
        command.apply()
        command._applied_before_push = True
        self.undo_stack.push(command)

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several commands that undo as one step."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)

    def close(self) -> None:
        self.undo_stack.clear()
        self.plan.close()
