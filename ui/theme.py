"""View ▸ Theme: the system's colours, or light or dark whatever the system says.

A system that tells Qt its colour scheme (Windows, macOS, a desktop with a platform theme)
is followed as it is; on one that does not, and for a person who wants otherwise, the
window is light or dark on demand, in the Fusion style (the one style that takes any
palette). The choice is kept in QSettings.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

KEY = "view/theme"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def chosen() -> Theme:
    try:
        return Theme(str(QSettings().value(KEY, Theme.SYSTEM.value)))
    except ValueError:
        return Theme.SYSTEM


def choose(theme: Theme) -> None:
    QSettings().setValue(KEY, theme.value)
    apply(theme)


# The style before one was forced, by name: the application makes and owns styles set by
# name, and a Qt object kept in a module would outlive the application.
_system_style: str | None = None


def apply(theme: Theme) -> None:
    global _system_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if theme is Theme.SYSTEM:
        if _system_style is not None:
            app.setStyle(_system_style)
            app.setPalette(QPalette())  # an empty palette: the platform's, as at start
            _system_style = None
        return
    if _system_style is None:
        _system_style = app.style().name()
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme is Theme.DARK else app.style().standardPalette())


def dark_palette() -> QPalette:
    """Fusion's roles in dark greys, with text at contrast 12:1 on the window."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e8e8e8",
        role.Base: "#1f1f1f",
        role.AlternateBase: "#2b2b2b",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#9a9a9a",
        role.Text: "#e8e8e8",
        role.Button: "#353535",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4a4a",
        role.Midlight: "#404040",
        role.Mid: "#5a5a5a",
        role.Dark: "#181818",
        role.Shadow: "#000000",
        role.Highlight: "#3d8fd6",
        role.HighlightedText: "#ffffff",
        role.Link: "#6cb4ff",
        role.LinkVisited: "#c19cff",
    }
    palette = QPalette()
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    return palette
