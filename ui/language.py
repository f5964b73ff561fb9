"""The window's language: the computer's (``QLocale.system()``) unless one is chosen in
View ▸ Language; the translations loaded for it and the locale its dates and numbers follow.

The choice is the user's, for every plan on this computer, so it lives in QSettings, never
in a plan. It takes effect when the app next starts: every text is made once, when its
widget is built.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ui import translations
from ui.translations import LANGUAGES, TranslationError

SETTING = "ui/language"  # "" for the computer's language, or one of LANGUAGES
_QT_LANGUAGE = {"en": QLocale.Language.English, "it": QLocale.Language.Italian}
# Each language by its own name, as a language menu shows it to someone who reads only it.
NATIVE_NAMES = {"en": "English", "it": "Italiano"}

_installed: list[QTranslator] = []
_loaded: list[str] = []  # the files' names, for selfcheck
_current: str | None = None  # before install()


def chosen() -> str:
    """The language chosen in View ▸ Language, or "" for the computer's."""
    value = str(QSettings().value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def choose(language: str) -> None:
    """Remember ``language`` ("" for the computer's) for the next start."""
    QSettings().setValue(SETTING, language)


def computer_language() -> str:
    """The first of the computer's languages (the user's preference order) the app speaks."""
    return first_spoken(QLocale.system().uiLanguages())


def first_spoken(preferred: list[str]) -> str:
    """The first of ``preferred`` (``it-IT``, ``de``...) that the app speaks; else English."""
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return translations.SOURCE_LANGUAGE


def current() -> str:
    """The language the window speaks since start-up."""
    return _current or translations.SOURCE_LANGUAGE


def installed() -> bool:
    return _current is not None


def loaded() -> list[str]:
    """The translation files in use: ``qtbase_it.qm``, then the app's own."""
    return list(_loaded)


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers follow: the computer's when it is in ``language``
    (keeping its region and, on Windows and macOS, the user's own formats), else
    ``language`` as written in the computer's region (Qt falls back to the language's
    main region where it has no such pair)."""
    system = QLocale.system()
    wanted = _QT_LANGUAGE[language]
    if system.language() == wanted or (
        language == "en" and system.language() == QLocale.Language.C
    ):
        return system
    return QLocale(wanted, system.territory())


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Speak ``language`` (default: the one chosen, else the computer's) from now on: its
    translations and Qt's own, and its locale. Returns the language."""
    global _current
    language = language or chosen() or computer_language()
    try:
        files = [translations.qt_own(language), translations.compiled(language)]
    except TranslationError as error:
        print(f"content-planner: {error}; the window speaks English.", file=sys.stderr)
        language, files = translations.SOURCE_LANGUAGE, []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _loaded.clear()
    for path in files:
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            _loaded.append(path.name)
    QLocale.setDefault(locale_for(language))
    _current = language
    return language
