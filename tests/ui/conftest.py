"""Window tests: the real window on the offscreen platform, with settings kept apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from planner.store import Plan
from ui.app import application
from ui.document import PlanDocument
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings write into a temporary folder, never the user's configuration."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def empty_clipboard(qapp) -> Iterator[None]:
    """Each test starts and ends with an empty clipboard: posts one test copies never reach
    another. (On the offscreen platform, data left on the clipboard also crashes Python as
    it exits, after the last test: the platform frees it twice.)"""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def window(qapp, qtbot, plan_path: Path) -> Iterator[MainWindow]:
    application()  # names and icon, as the product sets them
    plan = Plan.create(plan_path, time_zone="Europe/Rome")
    shown = MainWindow(PlanDocument(plan))
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()
