"""Icons, styles and translations, found the same way installed, editable or frozen."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """The file ``resources/<parts>`` on disk (a real path in every kind of install)."""
    return Path(str(files(__name__).joinpath(*parts)))
