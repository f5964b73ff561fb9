"""Errors a user can cause or meet; each carries a message fit to show as it is."""


class PlannerError(Exception):
    """Base class: the message is written for the user, never a traceback."""


class PlanError(PlannerError):
    """A plan file cannot be opened or used as asked."""


class NotAPlanError(PlanError):
    """The file exists but is not a Content Planner plan (text, empty, another database)."""


class NewerPlanError(PlanError):
    """The plan was written by a newer version of the app; it is left untouched."""


class PlanLockedError(PlanError):
    """Another program holds the plan locked for longer than we wait."""


class PlanMissingError(PlanError):
    """No file at the given path, and creating one was not asked for."""


class ValidationError(PlannerError):
    """A value given for a post, channel or setting is not acceptable."""
