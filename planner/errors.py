"""Errors a user can cause or meet; each carries a message fit to show as it is."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Self


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:  # noqa: N802 (lupdate's marker)
    """Mark a message for the translators without Qt: lupdate finds it by this name, and
    the window says it in the person's language (see :meth:`PlannerError.said`)."""
    return template


class PlannerError(Exception):
    """Base class: the message is written for the user, never a traceback.

    One made with :meth:`said` keeps its template (marked for translation, in context
    ``Messages``) and its values too, so that the window can say it in the person's
    language; the command line says it in English.
    """

    template = ""
    values: Mapping[str, object] = {}

    @classmethod
    def said(cls, template: str, **values: object) -> Self:
        error = cls(template.format(**values))
        error.template, error.values = template, values
        return error


class PlanError(PlannerError):
    """A plan file cannot be opened or used as asked."""


class NotAPlanError(PlanError):
    """The file exists but is not a Content Planner plan (text, empty, another database)."""


class NewerPlanError(PlanError):
    """The plan was written by a newer version of the app; it is left untouched."""


class PlanLockedError(PlanError):
    """Another program holds the plan locked for longer than we wait."""


class PlanExistsError(PlanError):
    """A plan was to be created where a file already is."""


class PlanMissingError(PlanError):
    """No file at the given path, and creating one was not asked for."""


class ValidationError(PlannerError):
    """A value given for a post, channel or setting is not acceptable."""


@dataclass(frozen=True)
class Problem:
    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.column}" if self.column else f"line {self.line}"
        return f"{where}: {self.reason}"


class CsvImportError(PlannerError):
    """The file cannot be imported; nothing was written. ``problems`` names each one."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"Nothing was imported: the file has {count} {noun}.")

    def report(self) -> str:
        return "\n".join([str(self), *(str(problem) for problem in self.problems)])
