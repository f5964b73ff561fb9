"""The app's translation files: Qt Linguist sources (``.ts``) in ``resources/translations``,
compiled (``.qm``) for QTranslator; and Qt's own translations of its standard buttons.

The ``.ts`` files are the truth and the only ones kept in the project. Where they are (a
checkout, an installed package), each is compiled with PySide6's ``lrelease`` the first time
it is needed, into the user's cache folder, under a name carrying a hash of its content: an
edited ``.ts`` is compiled again at the next start, an unchanged one never. The frozen app
carries no ``.ts``, only the ``.qm`` that build.spec compiled, where the ``.ts`` would be.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import resources

PREFIX = "content_planner"
FOLDER = resources.path("translations")
# The languages the window speaks. English is the source language: its file holds only the
# plural forms ("1 post", "%n posts"); every other language translates every string.
LANGUAGES = ("en", "it")
SOURCE_LANGUAGE = "en"
# Compiled files kept per language: the newest few, the ones of older .ts files go.
KEPT_VERSIONS = 3


class TranslationError(Exception):
    """A translation could not be compiled; the window then speaks English."""


def source_file(language: str) -> Path:
    return FOLDER / f"{PREFIX}_{language}.ts"


def _pyside_folder() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent


def qt_tool(name: str) -> Path:
    """One of Qt's tools that PySide6 ships beside its modules (lrelease, lupdate)."""
    return _pyside_folder() / (f"{name}.exe" if sys.platform == "win32" else name)


def compile_file(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` with lrelease; ``qm`` appears whole or not at all."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    temporary = qm.with_name(f".{qm.name}.{os.getpid()}")
    import subprocess  # only when a translation changed: most starts find it compiled

    try:
        result = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(temporary)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 or not temporary.is_file():
            raise TranslationError(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        os.replace(temporary, qm)
    except OSError as error:
        raise TranslationError(f"cannot compile {ts.name}: {error}") from None
    finally:
        temporary.unlink(missing_ok=True)


def compiled(language: str) -> Path | None:
    """The compiled translation of ``language``, built now if the ``.ts`` changed since;
    None where the app has none."""
    ts = source_file(language)
    if not ts.is_file():
        shipped = ts.with_suffix(".qm")  # the frozen app
        return shipped if shipped.is_file() else None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    qm = _cache_folder() / f"{PREFIX}_{language}-{digest}.qm"
    if not qm.is_file():
        compile_file(ts, qm)
        _remove_stale(qm)
    return qm


def _cache_folder() -> Path:
    # Qt's own answer (~/.cache/Content Planner/Content Planner on Linux): platformdirs
    # would cost the start-up 12 ms to import.
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.StandardLocation.CacheLocation
    return Path(QStandardPaths.writableLocation(location)) / "translations"


def _remove_stale(current: Path) -> None:
    """Keep the few newest compiled files of the language (another version of the app,
    started meanwhile, may be loading one), remove the older ones."""
    language = current.stem.rsplit("-", 1)[0]
    try:
        found = sorted(
            current.parent.glob(f"{language}-*.qm"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in found[KEPT_VERSIONS:]:
            old.unlink()
    except OSError:
        pass  # another process removed one meanwhile: nothing to tidy then


def qt_own(language: str) -> Path | None:
    """Qt's translation of its own texts (the standard buttons: "OK", "Annulla"); None for
    English, Qt's own language."""
    from PySide6.QtCore import QLibraryInfo

    if language == SOURCE_LANGUAGE:
        return None

    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        _pyside_folder() / "Qt" / "translations",
    ]
    for folder in folders:
        path = folder / f"qtbase_{language}.qm"
        if path.is_file():
            return path
    return None
