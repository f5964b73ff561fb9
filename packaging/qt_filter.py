"""Which of PySide6's files the frozen app keeps (build.spec).

PyInstaller's hooks collect more of Qt than the app loads, and ``excludes=`` does not drop Qt
libraries: the spec filters its lists of binaries and data files through ``wanted``.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# Qt's own translations (qtbase_<language>.qm: the standard buttons, the print dialog) for
# the languages the app speaks besides English, which Qt speaks itself
# (ui.translations.LANGUAGES). The other languages and Qt's other catalogues stay out.
LANGUAGES = ["it"]

# The Qt libraries the app uses. Svg draws the SVG icons (through the image-format plugin),
# DBus carries the Linux desktop integration, OpenGL and XcbQpa the X11 window, the Wayland
# ones the Wayland window. Network, Qml, Quick, Pdf and the rest stay out.
QT_MODULES = {
    "Core",
    "Gui",
    "Widgets",
    "PrintSupport",
    "Svg",
    "DBus",
    "OpenGL",
    "XcbQpa",
    "WaylandClient",
    "WlShellIntegration",
}
# Plugin folders the app never loads: QML, SQL drivers, networking, Designer, ...
UNUSED_PLUGINS = {
    "designer",
    "qmllint",
    "qmltooling",
    "sqldrivers",
    "networkinformation",
    "tls",
    "egldeviceintegrations",
    "generic",
    "vectorimageformats",
    "wayland-graphics-integration-server",
}
# Platforms for embedded screens and remote framebuffers, and Windows' experimental Direct2D
# one. The desktop ones stay, and "offscreen", which selfcheck uses.
UNUSED_PLATFORMS = {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qdirect2d"}

LIBRARY = re.compile(r"(?:lib)?Qt6(\w+?)(?:\.so.*|\.dll|\.dylib)?$")
FRAMEWORK = re.compile(r"Qt(\w+)\.framework$")  # macOS


# Babel's CLDR data for every locale is 30 MB; the app names countries in its own languages.
BABEL_LOCALE = re.compile(r"(?:root|en|" + "|".join(LANGUAGES) + r")(?:_\w+)?\.dat$")


def wanted(destination: str) -> bool:
    """Whether the frozen app keeps the file it would place at ``destination``."""
    parts = PurePath(destination.replace("\\", "/")).parts
    if parts[-2:-1] == ("locale-data",) and "babel" in parts:
        return BABEL_LOCALE.match(parts[-1]) is not None
    if "PySide6" not in parts:
        # On Windows the Qt libraries sit beside the app, outside PySide6's folder.
        library = LIBRARY.match(parts[-1])
        return library is None or library[1] in QT_MODULES
    inside = parts[parts.index("PySide6") + 1 :]
    if inside[:1] == ("Qt",):  # PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows
        inside = inside[1:]
    if inside[:2] == ("plugins", "platforms") and len(inside) > 2:
        return re.sub(r"^lib|\..*$", "", inside[2]) not in UNUSED_PLATFORMS
    if inside[:1] == ("plugins",) and len(inside) > 1:
        return inside[1] not in UNUSED_PLUGINS
    if inside[:1] == ("translations",):
        return inside[-1] in {f"qtbase_{language}.qm" for language in LANGUAGES}
    for part in inside:
        library = FRAMEWORK.match(part) or LIBRARY.match(part)
        if library:
            return library[1] in QT_MODULES
    return True
