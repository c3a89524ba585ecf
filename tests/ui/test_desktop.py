"""Desktop integration: the icon, the .desktop file and its installation, and a window that
opens as it was closed."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgchart.ui.app import make_application
from orgchart.ui.desktop import app_icon
from orgchart.ui.main_window import MainWindow
from tests.conftest import ROOT

DESKTOP_FILE = ROOT / "resources" / "orgchart.desktop"


def test_the_icon_loads_and_is_drawn(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.size() == QSize(64, 64)
    corner, middle = image.pixelColor(0, 0), image.pixelColor(32, 32)
    assert corner.alpha() == 0 and middle.alpha() == 255  # a rounded tile, not a blank square


def test_the_application_carries_the_icon_and_the_desktop_files_name(qapp: QApplication) -> None:
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        app = make_application()
        assert not app.windowIcon().isNull() and app.desktopFileName() == "orgchart"
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])


def check_desktop_file(path: Path) -> configparser.SectionProxy:
    """desktop-file-validate's verdict where it is installed; the keys that matter always."""
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == "orgchart"
    assert entry["Name"] and entry["Comment[de]"] and entry["Exec"].endswith(" %f")
    return entry


def test_the_desktop_file_is_valid() -> None:
    entry = check_desktop_file(DESKTOP_FILE)
    assert entry["Exec"] == "orgchart %f"


def test_install_desktop_puts_the_entry_and_the_icons_in_the_users_data_folder(
    qapp: QApplication, tmp_path: Path
) -> None:
    spec = importlib.util.spec_from_file_location("install_desktop", ROOT / "tools" / "install_desktop.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    program = tmp_path / "bin dir" / "orgchart"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    assert tool.main(["--data-home", str(tmp_path / "share"), "--exec", str(program)]) == 0
    entry = check_desktop_file(tmp_path / "share" / "applications" / "orgchart.desktop")
    assert entry["Exec"] == f'"{program}" %f' and entry["TryExec"] == str(program)
    icons = tmp_path / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "orgchart.svg").read_bytes() == (
        ROOT / "orgchart" / "resources" / "icons" / "orgchart.svg"
    ).read_bytes()
    png = QImage(str(icons / "48x48" / "apps" / "orgchart.png"))
    assert png.size() == QSize(48, 48) and png.pixelColor(24, 24).alpha() == 255
    assert tool.main(["--data-home", str(tmp_path / "share"), "--uninstall"]) == 0
    assert not (tmp_path / "share" / "applications" / "orgchart.desktop").exists()


def shown(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_opens_with_the_size_and_panels_it_was_closed_with(qtbot: QtBot) -> None:
    # (sizes that fit the off-screen platform's 800 x 600 screen: a restored window is kept on it)
    first = shown(qtbot)
    first.resize(720, 520)
    outline = first.outline.parentWidget()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, outline)
    first.history_panel.parentWidget().hide()
    qtbot.waitUntil(lambda: first.size() == QSize(720, 520))
    assert first.close()
    second = shown(qtbot)
    assert second.size() == QSize(720, 520)
    assert second.dockWidgetArea(second.outline.parentWidget()) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.history_panel.parentWidget().isHidden()
    assert not second.properties.parentWidget().parentWidget().isHidden()


def test_closing_while_presenting_keeps_the_editors_layout(qtbot: QtBot) -> None:
    first = shown(qtbot)
    first.resize(660, 480)
    qtbot.waitUntil(lambda: first.size() == QSize(660, 480))
    first.window_layout.save()
    first.presentation.enter()
    assert first.close()
    second = shown(qtbot)
    assert second.size() == QSize(660, 480) and not second.outline.parentWidget().isHidden()


def test_the_icon_is_not_blank_on_dark_or_light_panels(qapp: QApplication) -> None:
    """The tile is a saturated blue: it stands out from a white and from a black panel."""
    colour = app_icon().pixmap(64, 64).toImage().pixelColor(4, 32)
    assert colour.alpha() == 255
    for panel in (QColor("white"), QColor("black")):
        assert abs(colour.lightness() - panel.lightness()) > 60


if sys.platform != "linux":  # pragma: no cover - the .desktop file is for Linux desktops
    pytestmark = pytest.mark.skip("Linux desktop integration")


def test_the_panels_layout_outlives_a_change_of_language(qtbot: QtBot) -> None:
    """Panels are saved by name: names that do not change with the language."""
    from PySide6.QtCore import QLocale

    from orgchart.render.language import use_language

    before = QLocale()
    try:
        use_language("de")
        first = shown(qtbot)
        first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.outline.parentWidget())
        assert first.close()
        use_language("en")
        second = shown(qtbot)
        assert second.dockWidgetArea(second.outline.parentWidget()) == Qt.DockWidgetArea.RightDockWidgetArea
    finally:
        use_language("en")
        QLocale.setDefault(before)
