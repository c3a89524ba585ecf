"""The editor window on the English five-department sample, for the canvas tests (a test
module may define its own ``window``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow
from tests.conftest import ROOT

DEPARTMENTS_EN = ROOT / "samples" / "ecommerce-departments.en.json"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Settings (recent files, …) go to a folder of the test run, not the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(tmp_path_factory.mktemp("settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


@pytest.fixture(autouse=True)
def _own_app_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recovery copies (QStandardPaths' app-data folder) go to a folder of the test, never to
    the user's: XDG_DATA_HOME on Linux (read on every look-up), Qt's test mode elsewhere."""
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("app-data")))
    else:
        QStandardPaths.setTestModeEnabled(True)


def _unanswered(*args: object) -> None:
    raise AssertionError("the editor asked a question (a modal dialog) that the test does not answer")


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """A shown window with the sample open. Closing with unsaved changes would ask; the
    question is answered "Cancel" at once instead of waiting for a click that never comes.
    The canvas's questions before deleting fail the test unless it answers them itself."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    win = MainWindow()
    win.canvas.sketch.ask_delete_mode = win.canvas.sketch.ask_team_removal = _unanswered
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(DEPARTMENTS_EN)
    yield win
    win.history.set_clean()


@pytest.fixture
def window_on_copy(window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window on a copy of the sample in the test's folder, so that saving is harmless."""
    copy = tmp_path / "chart.json"
    copy.write_bytes(DEPARTMENTS_EN.read_bytes())
    assert window.open_path(copy)
    return window
