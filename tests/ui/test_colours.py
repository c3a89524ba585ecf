"""View > Theme switches the chart's colours (and keeps the choice); a team's colour is
picked with the colour dialog, one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog
from pytestqt.qtbot import QtBot

from orgchart.render.theme import DARK, LIGHT, PRINT
from orgchart.ui.main_window import MainWindow


def theme_action(window: MainWindow, name: str):  # noqa: ANN201 - a QAction
    return next(a for a in window.preferences.theme_actions.actions() if a.data() == name)


def test_view_theme_repaints_the_canvas_and_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    assert window.canvas.theme is LIGHT and theme_action(window, "light").isChecked()
    assert theme_action(window, "dark") in window.preferences.theme_menu.actions()
    theme_action(window, "dark").trigger()
    assert window.canvas.theme is DARK and window.canvas.item.picture.theme is DARK
    assert window.canvas.backgroundBrush().color() == QColor(DARK.background)
    assert theme_action(window, "dark").isChecked() and not theme_action(window, "light").isChecked()
    assert QSettings().value("theme") == "dark"
    later = MainWindow()  # the next window, or the next start
    qtbot.addWidget(later)
    assert later.canvas.theme is DARK and theme_action(later, "dark").isChecked()
    theme_action(window, "print").trigger()
    assert window.canvas.item.picture.theme is PRINT


def test_an_unknown_saved_theme_falls_back_to_light(qtbot: QtBot) -> None:
    QSettings().setValue("theme", "neon")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.canvas.theme is LIGHT


@pytest.fixture
def marketing(window: MainWindow) -> str:
    chart = window.document.chart
    team = next(t for t in chart.team_ids() if chart.team(t).name == "Marketing")
    window.canvas.select_team(team)
    assert window.property_pages.currentWidget() is window.team_properties
    return team


def test_a_team_colour_is_picked_with_the_colour_dialog_and_undone_in_one_step(
    qtbot: QtBot, window: MainWindow, marketing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart, panel = window.document.chart, window.team_properties
    before = chart.team(marketing).color
    offered: list[QColor] = []

    def pick(initial: QColor, *args: object) -> QColor:
        offered.append(QColor(initial))
        return QColor("#cc79a7")

    monkeypatch.setattr(QColorDialog, "getColor", pick)
    qtbot.mouseClick(panel.color, Qt.MouseButton.LeftButton)
    assert offered == [QColor(before)]  # the dialog opens on the team's colour
    assert chart.team(marketing).color == "#cc79a7"
    qtbot.waitUntil(lambda: panel.color.text() == "#cc79a7")  # the panel follows the chart
    assert "#cc79a7" in panel.color.styleSheet()
    window.history.undo()
    assert chart.team(marketing).color == before
    qtbot.mouseClick(panel.automatic, Qt.MouseButton.LeftButton)
    assert chart.team(marketing).color is None  # back to the theme's palette


def test_cancelling_the_colour_dialog_changes_nothing(
    qtbot: QtBot, window: MainWindow, marketing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, steps = window.document.chart.team(marketing).color, window.history.index
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor())  # invalid: cancelled
    qtbot.mouseClick(window.team_properties.color, Qt.MouseButton.LeftButton)
    assert window.document.chart.team(marketing).color == before and window.history.index == steps


def test_the_colour_buttons_text_is_readable_on_the_colour() -> None:
    from orgchart.ui.team_properties import swatch_style

    assert swatch_style("#3d5a80").endswith("color: #ffffff")  # navy: white text
    assert swatch_style("#f0e442").endswith("color: #000000")  # yellow: black text
