"""Text broken into lines at a width, as cards draw it: titles whole (a word longer than
the card breaks where it must), footers elided, bodies cut after a few lines. The lines of
each text at each width are kept: a week's cards are measured and painted many times."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption


def wrapped_lines(
    text: str, font: QFont, width: int, max_lines: int | None = None, *, anywhere: bool = True
) -> list[str]:
    """``text`` broken into lines of ``width``; a line break in it is read as a space.
    ``anywhere``: a word longer than the width breaks where it must (a title is shown
    whole); else it is elided. With ``max_lines``, the last line shown is elided when more
    follow."""
    # Cached by the font's description, not the font: a QFont kept in a module would
    # outlive the application and crash the interpreter on its way out.
    return list(_lines(text, font.toString(), max(width, 1), max_lines, anywhere))


@lru_cache(maxsize=8192)
def _lines(
    text: str, font_name: str, width: int, max_lines: int | None, anywhere: bool
) -> tuple[str, ...]:
    font = QFont()
    font.fromString(font_name)
    metrics = QFontMetrics(font)
    flat = " ".join(text.split())
    if metrics.horizontalAdvance(flat) <= width:  # most footers and short titles
        return (flat,) if flat else ()
    lines = _layout(flat, font, width, anywhere)
    if not anywhere:
        lines = [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            if metrics.horizontalAdvance(line) > width
            else line
            for line in lines
        ]
    if max_lines is None or len(lines) <= max_lines:
        return tuple(lines)
    shown = lines[:max_lines]
    rest = " ".join(lines[max_lines - 1 :])
    shown[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return tuple(shown)


def _layout(text: str, font: QFont, width: int, anywhere: bool) -> list[str]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines
