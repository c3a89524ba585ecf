"""Ctrl+F finds roles by title, holder or responsibility and jumps between them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orgchart.model import OrgChart, Role, Team
from orgchart.model.views import find_roles
from orgchart.ui.canvas_menus import role_menu
from orgchart.ui.main_window import MainWindow


def test_find_roles_looks_at_title_holder_responsibilities_and_skills() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("a", "Head of Sales", holder="Ada Meyer"), "t")
    chart.add_role(Role("b", "Analyst", responsibilities=("Sales reports",)), "t", "a")
    chart.add_role(Role("c", "Designer", skills=("Figma",)), "t", "a")
    assert find_roles(chart, " sales ") == ["a", "b"]  # any case, in reading order
    assert find_roles(chart, "meyer") == ["a"]
    assert find_roles(chart, "figma") == ["c"]
    assert find_roles(chart, "  ") == []


def test_ctrl_f_marks_the_matches_and_enter_walks_through_them(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "specialist")
    expected = find_roles(window.document.chart, "specialist")
    assert len(expected) > 3 and canvas.marked == expected
    assert canvas.selected == expected[0] and bar.count.text() == f"1 of {len(expected)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert canvas.selected == expected[1]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.selected == expected[-1]  # round the end
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.card_rect(expected[-1]).center())
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and canvas.marked == []


def test_nothing_found_says_so(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    qtbot.keyClicks(bar.edit, "zzz")
    assert bar.count.text() == "no match" and window.canvas.marked == []
    assert "background" in bar.edit.styleSheet() and not any(b.isEnabled() for b in bar.steps)
    for _ in range(3):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(bar.edit, "analyst")  # found again: the field as usual, the steps back
    assert bar.edit.styleSheet() == "" and all(b.isEnabled() for b in bar.steps)


def test_finding_a_role_in_a_collapsed_branch_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    canvas.toggle_branch("operations-manager")
    assert not canvas.has_card("logistics-coordinator")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_bar.edit, "Logistics coordinator")
    assert canvas.selected == "logistics-coordinator"
    assert canvas.has_card("logistics-coordinator")  # the branch was opened to show it
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.card_rect("logistics-coordinator").center())


def test_finding_a_role_in_a_parked_branch_shows_the_holding_area(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    next(
        a for a in role_menu(canvas, "operations-manager").actions() if a.text() == "Move to the holding area"
    ).trigger()
    qtbot.waitUntil(lambda: "operations-manager" in canvas.holding.cards)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_bar.edit, "Logistics coordinator")
    assert canvas.selected == "logistics-coordinator"
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.holding.frame.center())
