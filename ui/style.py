"""Colours and measures of the window, derived from the system palette where possible."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.model import ContentType

# Okabe-Ito: told apart by colour-blind readers too; each also carries a letter.
TYPE_COLOURS = {
    ContentType.PROMOTIONAL: "#D55E00",
    ContentType.VALUE: "#0072B2",
    ContentType.CONVERSATION: "#009E73",
}
# The promotional warning banner: darker than the type colour so white text reads (5:1).
BANNER_COLOUR = "#A84A00"
BANNER_TEXT = "#FFFFFF"


def type_colour(content_type: ContentType) -> QColor:
    return QColor(TYPE_COLOURS[content_type])


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    """``over`` laid on ``base`` at ``amount`` (0..1) opacity."""
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * amount,
        base.greenF() + (over.greenF() - base.greenF()) * amount,
        base.blueF() + (over.blueF() - base.blueF()) * amount,
    )


def palette() -> QPalette:
    return QApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    return (pal or palette()).color(QPalette.ColorRole.Window).lightness() < 128


def card_background(content_type: ContentType, pal: QPalette) -> QColor:
    """A card's fill: the view's base tinted with its type, a little more in dark mode."""
    base = pal.color(QPalette.ColorRole.Base)
    return blend(base, type_colour(content_type), 0.22 if is_dark(pal) else 0.10)


def muted_text(pal: QPalette) -> QColor:
    return blend(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.68)


def alert_colour(pal: QPalette | None = None) -> QColor:
    """Text that must stand out (errors, overdue replies), legible on light and dark."""
    return QColor("#FF8A65") if is_dark(pal) else QColor("#B3261E")


def error_style() -> str:
    """A style sheet for an inline error label."""
    return f"color: {alert_colour().name()};"
