"""The properties panel: the selected role's fields, edited with real keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from orgchart.model import Sourcing
from orgchart.ui.canvas_menus import role_menu
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import click_card


def test_selecting_a_role_shows_its_fields(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.properties
    assert not panel.title.isEnabled() and panel.holder.placeholderText() == ""  # no role: no "vacant"
    click_card(qtbot, window, "mobile-app-developer")
    assert panel.title.isEnabled() and panel.title.text() == "Mobile app developer"
    assert panel.vacant.isChecked() and panel.holder.text() == ""
    assert panel.holder.placeholderText() == "vacant"
    assert panel.sourcing.currentData() == Sourcing.OUTSOURCED.value
    assert panel.team.currentData() == "team-technology"


def test_typing_a_title_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    panel.title.selectAll()
    qtbot.keyClicks(panel.title, "Test lead")
    assert chart.role("qa-tester").title == "Test lead"
    assert window.history.texts() == ["Change title"]
    window.history.undo()
    assert chart.role("qa-tester").title == "QA tester"
    qtbot.waitUntil(lambda: panel.title.text() == "QA tester")  # the panel follows the model


def test_typing_into_a_field_again_after_leaving_it_is_a_new_step(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    qtbot.mouseClick(panel.title, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.title.hasFocus)
    panel.title.selectAll()
    qtbot.keyClicks(panel.title, "Test lead")
    qtbot.keyClick(panel.title, Qt.Key.Key_Tab)  # on to the next field: the edit is done
    qtbot.waitUntil(lambda: not panel.title.hasFocus())
    qtbot.mouseClick(panel.title, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.title.hasFocus)
    panel.title.end(False)
    qtbot.keyClicks(panel.title, "er")
    assert chart.role("qa-tester").title == "Test leader"
    assert window.history.texts() == ["Change title", "Change title"]
    window.history.undo()
    assert chart.role("qa-tester").title == "Test lead"


def test_a_holder_and_responsibilities_one_per_line(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "accountant")
    panel = window.properties
    box = panel.vacant.rect()  # on the tick box itself, at the left
    qtbot.mouseClick(panel.vacant, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not panel.vacant.isChecked() and panel.holder.hasFocus()
    qtbot.keyClicks(panel.holder, "Jana Kraus")
    assert chart.role("accountant").holder == "Jana Kraus"
    panel.responsibilities.setFocus()
    panel.responsibilities.selectAll()  # typing replaces what the sample lists
    qtbot.keyClicks(panel.responsibilities, "Bookkeeping")
    qtbot.keyClick(panel.responsibilities, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.responsibilities, "Payroll")
    assert chart.role("accountant").responsibilities == ("Bookkeeping", "Payroll")
    # one item, one line: a long one scrolls sideways instead of wrapping into what would
    # look like two items
    for box in (panel.responsibilities, panel.skills):
        assert box.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    qtbot.keyClick(panel.responsibilities, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.responsibilities, "Month-end closing with the auditors and the tax advisers " * 2)
    assert panel.responsibilities.horizontalScrollBar().maximum() > 0
    assert len(chart.role("accountant").responsibilities) == 3


def test_an_empty_title_is_refused_with_a_message(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    panel.title.selectAll()
    qtbot.keyClick(panel.title, Qt.Key.Key_Delete)
    assert chart.role("qa-tester").title == "QA tester"
    assert panel.problem.text() == "A role needs a title."  # (not "role 'qa-tester': title must not …")
    qtbot.keyClick(panel.title, Qt.Key.Key_Return)  # left empty: the title kept shows again
    assert panel.title.text() == "QA tester" and panel.problem.text() == "A role needs a title."


def test_choosing_another_team_moves_the_role(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    index = panel.team.findData("team-operations")
    panel.team.setCurrentIndex(index)
    panel.team.activated.emit(index)  # what a choice in the list sends
    assert chart.team_of("qa-tester") == "team-operations"
    assert window.history.texts() == ["Move role"]
    panel.manager.fill()  # as opening the list does
    offered = [panel.manager.itemData(i) for i in range(panel.manager.count())]
    assert panel.manager.currentData() == chart.manager_of("qa-tester")
    assert "team-operations" not in offered and "operations-manager" in offered
    assert "qa-tester" not in offered  # a role cannot report to itself


def test_a_parked_role_given_a_manager_leaves_the_holding_area_in_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = window.document.chart
    next(
        a for a in role_menu(window.canvas, "qa-tester").actions() if a.text() == "Move to the holding area"
    ).trigger()
    assert chart.is_parked("qa-tester")
    parked = chart.state()
    window.canvas.select("qa-tester")
    panel = window.properties
    assert panel.manager.currentText() == "(nobody: in the holding area)"
    panel.manager.fill()
    index = panel.manager.findData("operations-manager")
    panel.manager.setCurrentIndex(index)
    panel.manager.activated.emit(index)
    assert not chart.is_parked("qa-tester") and chart.manager_of("qa-tester") == "operations-manager"
    window.history.undo()
    assert chart.state() == parked


def test_with_nothing_selected_the_panel_is_empty_not_the_last_role_greyed(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    assert panel.title.text() == "QA tester"
    window.canvas.select("")
    assert panel.title.text() == "" and panel.responsibilities.toPlainText() == ""
    assert not panel.title.isEnabled() and panel.heading.isVisible()
    assert panel.scroll.verticalScrollBar().value() == 0


def test_choosing_the_current_team_or_manager_again_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    index = panel.team.currentIndex()
    panel.team.activated.emit(index)
    panel.manager.fill()
    panel.manager.activated.emit(panel.manager.currentIndex())
    assert window.history.texts() == [] and not window.isWindowModified()


def test_typing_a_name_into_a_vacant_role_fills_it_and_emptying_it_makes_it_vacant(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    panel = window.properties
    assert panel.vacant.isChecked()
    qtbot.mouseClick(panel.holder, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.holder, "Kim")
    assert chart.role("qa-tester").holder == "Kim"
    qtbot.waitUntil(lambda: not panel.vacant.isChecked())  # the box follows the model
    assert window.history.texts() == ["Change holder"]  # one step, the tick box's change in it
    panel.holder.selectAll()
    qtbot.keyClicks(panel.holder, " ")  # blank: still a vacancy, not a refusal
    assert chart.role("qa-tester").holder is None and panel.problem.text() == ""
    qtbot.keyClick(panel.holder, Qt.Key.Key_Backspace)
    assert chart.role("qa-tester").holder is None
    qtbot.waitUntil(panel.vacant.isChecked)
    box = panel.vacant.rect()
    qtbot.mouseClick(panel.vacant, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.keyClicks(panel.holder, "Ada")
    assert chart.role("qa-tester").holder == "Ada"
    qtbot.mouseClick(panel.vacant, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert chart.role("qa-tester").holder is None and panel.holder.text() == ""
    window.history.undo()
    assert chart.role("qa-tester").holder == "Ada"
