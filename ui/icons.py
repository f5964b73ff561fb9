"""Icons drawn from our SVG files at the size and pixel ratio asked for, in the palette's
text colour, so they stay crisp on high-DPI screens and readable in dark mode."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

import resources


@cache
def _svg(name: str) -> str:
    return resources.path("icons", f"{name}.svg").read_text(encoding="utf-8")


def render_svg(svg: str, size: QSize) -> QImage:
    """``svg`` drawn at ``size`` pixels, through Qt's SVG image plugin (which spares the
    start-up the import of the QtSvg module)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(svg.encode()))
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(size)
    return reader.read()


class SvgIconEngine(QIconEngine):
    def __init__(self, name: str, colour: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._colour = colour

    def _image(self, size: QSize, mode: QIcon.Mode) -> QImage:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Normal
        )
        colour = self._colour or QGuiApplication.palette().color(
            group, QPalette.ColorRole.WindowText
        )
        return render_svg(_svg(self._name).replace("currentColor", colour.name()), size)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawImage(rect, self._image(rect.size() * ratio, mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap.fromImage(self._image(size * scale, mode))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name, self._colour)


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """An icon from ``resources/icons/<name>.svg``, in ``colour`` or else the palette's
    text colour (so it follows light and dark themes)."""
    return QIcon(SvgIconEngine(name, colour))


def app_icon() -> QIcon:
    """The app's own mark, in its own colours."""
    return QIcon(str(resources.path("icons", "app.svg")))


def type_badge(letter: str, colour: QColor, size: int = 18) -> QIcon:
    """A round badge in a type's colour with its letter, as in the cards."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(pixmap.rect())
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(int(size * scale * 0.6))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon
