"""The one undoable command: a ``planner.actions`` Action, applied and reverted whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.actions import Action
from planner.errors import PlannerError
from planner.model import Change
from ui import texts

if TYPE_CHECKING:
    from ui.document import PlanDocument


class ActionCommand(QUndoCommand):
    """An action already applied (by :meth:`PlanDocument.perform`); undo applies its
    change reversed, redo applies it again, each in one transaction."""

    def __init__(self, document: PlanDocument, action: Action) -> None:
        super().__init__(texts.action_text(action))
        self.document = document
        self.change = action.change
        # QUndoStack.push() calls redo() at once: the action is applied by then.
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._apply(self.change)
        self.document.changed.emit(self.change.touched())

    def undo(self) -> None:
        self._apply(self.change.reversed())
        self.document.changed.emit(self.change.touched())

    def _apply(self, change: Change) -> None:
        # Undo and redo are called from Qt: an exception cannot travel back to whoever
        # pressed Ctrl+Z, so it is reported through the document instead.
        try:
            self.document.plan.apply(change)
        except PlannerError as error:
            self.document.report_failure(texts.said(error))
