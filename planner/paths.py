"""Where plans live on this computer."""

from __future__ import annotations

import os
from pathlib import Path

from planner.schema import APP_NAME

HOME_VARIABLE = "CONTENT_PLANNER_HOME"
PLAN_SUFFIX = ".sqlite3"
DEFAULT_PLAN_NAME = "My plan"


def data_folder() -> Path:
    """The app's data folder: ``$CONTENT_PLANNER_HOME`` if set (tests, portable installs),
    otherwise the user data folder the operating system expects."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_plan_path() -> Path:
    return data_folder() / f"{DEFAULT_PLAN_NAME}{PLAN_SUFFIX}"
