"""Icons, styles and translations, found the same way installed, editable or frozen."""

from __future__ import annotations

from pathlib import Path

# The files sit beside this module in every kind of install (PyInstaller collects them to
# the same place), so a plain path finds them without importlib.resources' start-up cost.
FOLDER = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The file ``resources/<parts>`` on disk."""
    return FOLDER.joinpath(*parts)
