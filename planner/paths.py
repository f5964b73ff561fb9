"""Where plans live on this computer."""

from __future__ import annotations

import os
from pathlib import Path

from planner.schema import APP_NAME

HOME_VARIABLE = "CONTENT_PLANNER_HOME"
PLAN_SUFFIX = ".sqlite3"
# The default plan's name in each language the window speaks (English where it has none).
DEFAULT_PLAN_NAMES = {"en": "My plan", "it": "Il mio piano"}


def data_folder() -> Path:
    """The app's data folder: ``$CONTENT_PLANNER_HOME`` if set (tests, portable installs),
    otherwise the user data folder the operating system expects."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_plan_path(language: str = "en") -> Path:
    """The default plan: the one made already, in ``language`` or any other (a change of
    language never loses it), or else a new one named in ``language``."""
    wanted = DEFAULT_PLAN_NAMES.get(language, DEFAULT_PLAN_NAMES["en"])
    paths = [
        data_folder() / f"{name}{PLAN_SUFFIX}" for name in (wanted, *DEFAULT_PLAN_NAMES.values())
    ]
    return next((path for path in paths if path.exists()), paths[0])
