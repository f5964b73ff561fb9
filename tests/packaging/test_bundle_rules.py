"""What build.spec keeps of Qt, and the Windows version resource it writes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from planner import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    """A script of packaging/ as a module (``packaging_<name>``; packaging/ is no package)."""
    known = sys.modules.get(f"packaging_{name}")
    if known is not None:
        return known
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


qt_filter, version_info = load("qt_filter"), load("version_info")


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt6PrintSupport.dll",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/QtWidgets.abi3.so",
        # Windows: Qt's libraries beside the app, its plugins in PySide6/plugins.
        "Qt6Widgets.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\platforms\\qoffscreen.dll",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "PySide6\\plugins\\iconengines\\qsvgicon.dll",
        "PySide6\\translations\\qtbase_it.qm",
        "tzdata/zoneinfo/Pacific/Auckland",
        "resources/icons/app.svg",
        "libicudata.so.73",
        "PySide6/Qt/translations/qtbase_it.qm",
        "resources/translations/content_planner_it.qm",
        # Country names in English and Italian.
        "babel/global.dat",
        "babel/locale-data/root.dat",
        "babel/locale-data/it.dat",
        "babel\\locale-data\\it_IT.dat",
        "babel/locale-data/en_US.dat",
    ],
)
def test_what_the_app_needs_is_kept(destination: str) -> None:
    assert qt_filter.wanted(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6\\Qt\\translations\\qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_it.qm",
        "PySide6/Qt/translations/linguist_it.qm",
        # Windows: the touch plugin, which pulled in Qt6Network.dll, and Qt's translations.
        "Qt6Network.dll",
        "PySide6\\plugins\\generic\\qtuiotouchplugin.dll",
        "PySide6\\plugins\\platforms\\qdirect2d.dll",
        "PySide6\\translations\\qtbase_de.qm",
        "PySide6\\translations\\qt_help_it.qm",
        "babel/locale-data/de.dat",
        "babel\\locale-data\\ja_JP.dat",
    ],
)
def test_what_it_never_loads_is_left_out(destination: str) -> None:
    assert not qt_filter.wanted(destination)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0))],
)
def test_windows_wants_four_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert version_info.four_numbers(version) == numbers


def test_the_version_resource_carries_the_package_version() -> None:
    text = version_info.version_text(__version__, "content-planner.exe", "Content Planner")

    def record(kind: str):
        return lambda *args, **kwargs: (kind, args, kwargs)

    # PyInstaller evaluates the text with its own classes; these stand-ins record the call.
    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    resource = eval(text, {name: record(name) for name in names})
    fixed = resource[2]["ffi"]
    assert fixed[2]["filevers"] == version_info.four_numbers(__version__)
    (strings,) = resource[2]["kids"][0][1][0]
    table = dict(entry[1] for entry in strings[1][1])
    assert table["ProductVersion"] == __version__
    assert table["OriginalFilename"] == "content-planner.exe"


def test_qt_speaks_every_language_the_app_speaks() -> None:
    from ui.translations import LANGUAGES, SOURCE_LANGUAGE

    assert set(qt_filter.LANGUAGES) == set(LANGUAGES) - {SOURCE_LANGUAGE}
