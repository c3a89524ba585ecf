"""Dotted lines from a card's context menu: start one, click where it goes; relabel; remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from orgchart.model import Link, LinkKind
from orgchart.ui.canvas_menus import role_menu
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import click_card


def _action(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if action.text().startswith(text):
            return action
        if action.menu() is not None:
            found = [a for a in action.menu().actions() if a.text().startswith(text)]
            if found:
                return found[0]
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def test_a_dotted_line_goes_where_the_next_click_says(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    canvas = window.canvas
    _action(role_menu(canvas, "qa-tester"), "Works closely with").trigger()
    assert canvas.links.connecting and "Click the role" in window.statusBar().currentMessage()
    canvas.centerOn(canvas.card_rect("devops-engineer").center())
    qtbot.mouseClick(
        canvas.viewport(),
        Qt.MouseButton.LeftButton,
        pos=canvas.mapFromScene(canvas.card_rect("devops-engineer").center()),
    )
    assert Link("qa-tester", "devops-engineer", LinkKind.WORKS_WITH) in chart.links()
    assert not canvas.links.connecting and window.history.texts() == ["Add dotted line"]


def test_esc_while_choosing_makes_no_line(qtbot: QtBot, window: MainWindow) -> None:
    before = window.document.chart.state()
    click_card(qtbot, window, "qa-tester")
    _action(role_menu(window.canvas, "qa-tester"), "Secondary manager").trigger()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert not window.canvas.links.connecting
    click_card(qtbot, window, "devops-engineer")
    assert window.document.chart.state() == before


def test_a_refused_line_says_why(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    manager = chart.manager_of("qa-tester")
    assert manager is not None
    canvas = window.canvas
    _action(role_menu(canvas, "qa-tester"), "Secondary manager").trigger()
    canvas.links.finish(manager)  # its own manager cannot also be its secondary manager
    boss = chart.role(manager).title
    assert window.statusBar().currentMessage() == (
        f"{boss} cannot be a secondary manager of QA tester: {boss} is already its manager"
    )
    assert not window.history.can_undo


def test_relabel_and_remove_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    canvas = window.canvas
    (link,) = [k for k in chart.links_of("web-developer")]
    canvas.links.ask_label = lambda _link: "Release planning"
    _action(role_menu(canvas, "web-developer"), "Label").trigger()
    (relabelled,) = chart.links_of("web-developer")
    assert relabelled.label == "Release planning"
    _action(role_menu(canvas, "web-developer"), "Remove").trigger()
    assert chart.links_of("web-developer") == []
    assert window.history.texts() == ["Change dotted line", "Remove dotted line"]
    window.history.undo()
    window.history.undo()
    assert chart.links_of("web-developer") == [link]
