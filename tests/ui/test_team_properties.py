"""Teams: click a frame's name strip to select the team, edit its fields, add new teams."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from orgchart.commands import NestTeam
from orgchart.model import LayoutPreference
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import click_team_name, press_and_move, team_name_spot


def test_clicking_a_teams_name_selects_it_and_shows_its_fields(qtbot: QtBot, window: MainWindow) -> None:
    click_team_name(qtbot, window, "team-marketing")
    assert window.canvas.selected_team == "team-marketing" and window.canvas.selected == ""
    assert window.canvas.team_highlight.isVisible()
    assert window.property_pages.currentWidget() is window.team_properties
    assert window.team_properties.name.text() == "Marketing"


def test_a_long_team_name_shows_from_its_start_and_the_colour_does_not_widen_the_panel(
    qtbot: QtBot, window: MainWindow
) -> None:
    # "Business development and strategy" showed as "ss development and strategy"; the
    # colour button's "automatic (from the theme)" made the panel wider for good.
    window.show()
    qtbot.waitExposed(window)
    panel = window.team_properties
    click_team_name(qtbot, window, "team-marketing")
    width = panel.sizeHint().width()
    click_team_name(qtbot, window, "team-business-development")
    assert panel.name.text() == "Business development and strategy"
    assert panel.name.cursorPosition() == 0
    panel.automatic.click()  # the theme's colour: the button offers to choose one
    qtbot.wait(10)
    assert panel.color.toolTip() == "Choose a colour…" and panel.sizeHint().width() <= width
    # ("automatic (from the theme)" beside the "Automatic" button said the same twice)
    assert not panel.automatic.isEnabled()
    panel.color.resize(50, panel.color.height())  # narrow: the words shortened with "…"
    assert panel.color.text().startswith("Ch") and panel.color.text().endswith("…")
    panel.color.resize(400, panel.color.height())  # wide again: whole
    assert panel.color.text() == "Choose a colour…"


def test_renaming_a_team_and_choosing_its_layout_are_undoable(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_team_name(qtbot, window, "team-marketing")
    panel = window.team_properties
    panel.name.selectAll()
    qtbot.keyClicks(panel.name, "Growth")
    assert chart.team("team-marketing").name == "Growth"
    index = panel.layout_choice.findData(LayoutPreference.STACKED.value)
    panel.layout_choice.setCurrentIndex(index)
    panel.layout_choice.activated.emit(index)
    assert chart.team("team-marketing").layout is LayoutPreference.STACKED
    assert window.history.texts() == ["Change team name", "Change team layout"]
    window.history.undo()
    window.history.undo()
    assert chart.team("team-marketing").name == "Marketing"


def test_a_team_cannot_be_offered_a_place_inside_itself(qtbot: QtBot, window: MainWindow) -> None:
    click_team_name(qtbot, window, "team-operations")
    panel = window.team_properties
    offered = [panel.parent_team.itemData(i) for i in range(panel.parent_team.count())]
    assert "team-operations" not in offered and None in offered


def test_new_team_goes_inside_the_selected_team_with_its_name_ready_in_its_frame(
    qtbot: QtBot, window: MainWindow
) -> None:
    # It was named in the properties panel, as a second undo step.
    chart = window.document.chart
    click_team_name(qtbot, window, "team-technology")
    qtbot.keyClick(
        window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    new = window.canvas.selected_team
    assert chart.parent_of(new) == "team-technology" and chart.team(new).name == "New team"
    (editor,) = [e for e in window.canvas.viewport().findChildren(QLineEdit) if e.isVisible()]
    header = window.canvas.mapFromScene(window.canvas.frame_rect(new, header=True)).boundingRect()
    assert header.contains(editor.geometry().center()) and editor.selectedText() == "New team"
    qtbot.keyClicks(editor, "Platform")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert chart.team(new).name == "Platform" and window.history.texts() == ["Add team"]
    # the keyboard is the canvas's again, the team still selected: Tab adds its first role
    assert window.canvas.hasFocus() and window.canvas.selected_team == new
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    assert len(chart.members_of(new)) == 1
    window.canvas.sketch.close_editor(commit=False)
    window.history.undo()
    window.history.undo()  # the team and its name, in one step
    assert not chart.has_team(new)


def _inside(window: MainWindow, team_id: str) -> QPointF:
    picture = window.canvas.item.picture
    frame = next(f for f in picture.geometry.frames if f.team_id == team_id)
    return picture.chart_offset + QPointF(frame.rect.right - 4, frame.rect.bottom - 4)


def test_dragging_a_team_by_its_name_onto_another_nests_it(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    canvas = window.canvas
    canvas.fit()
    viewport = canvas.viewport()
    start = canvas.mapFromScene(team_name_spot(window, "team-finance"))
    target = canvas.mapFromScene(_inside(window, "team-operations"))
    press_and_move(qtbot, window, start, target)
    assert canvas.ghost.isVisible() and canvas.target.isVisible()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert chart.parent_of("team-finance") == "team-operations"
    assert window.history.texts() == ["Move team"]


def test_a_team_cannot_be_dropped_into_a_team_inside_it(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    window.history.push(NestTeam("team-finance", "team-operations"))
    window.canvas.refresh()
    canvas = window.canvas
    canvas.fit()
    viewport = canvas.viewport()
    start = canvas.mapFromScene(team_name_spot(window, "team-operations"))
    target = canvas.mapFromScene(_inside(window, "team-finance"))
    press_and_move(qtbot, window, start, target)
    assert "is part of Operations and logistics" in window.statusBar().currentMessage()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert chart.parent_of("team-operations") is None
