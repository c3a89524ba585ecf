"""The holding area beside the chart: drag a role there to park it (with its branch), drag
it back into the chart to place it; each is one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from orgchart.io import dumps
from orgchart.ui.canvas_menus import role_menu
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import press_and_move


def _drag(qtbot: QtBot, window: MainWindow, role_id: str, target: QPoint) -> None:
    canvas = window.canvas
    press_and_move(qtbot, window, canvas.mapFromScene(canvas.card_rect(role_id).center()), target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)


def _holding_point(window: MainWindow) -> QPoint:
    """A point in the holding area below its cards."""
    frame = window.canvas.holding.frame
    return window.canvas.mapFromScene(frame.center().x(), frame.bottom() - 6)


def _fit(window: MainWindow) -> None:
    window.canvas.fit()  # the chart and the holding area both in sight


def test_dropping_a_role_on_the_holding_area_parks_its_branch_in_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, canvas = window.document.chart, window.canvas
    before = dumps(chart)
    reports = chart.reports_of("operations-manager")
    assert reports  # a branch comes along
    _fit(window)
    _drag(qtbot, window, "operations-manager", _holding_point(window))
    assert chart.parked() == ["operations-manager"] and chart.manager_of("operations-manager") is None
    assert chart.reports_of("operations-manager") == reports
    assert window.history.texts()[-1] == "Park role"
    qtbot.waitUntil(lambda: set(canvas.holding.cards) == {"operations-manager"})
    assert not set(reports) & set(canvas.item.picture.geometry.cards)  # not drawn in the chart
    window.history.undo()
    assert dumps(chart) == before
    qtbot.waitUntil(lambda: canvas.holding.cards == {})


def test_a_parked_role_dragged_onto_a_card_reports_there_again(qtbot: QtBot, window: MainWindow) -> None:
    chart, canvas = window.document.chart, window.canvas
    _fit(window)
    _drag(qtbot, window, "web-developer", _holding_point(window))
    assert chart.is_parked("web-developer")
    qtbot.waitUntil(lambda: "web-developer" in canvas.holding.cards)
    parked = dumps(chart)
    steps = len(window.history.texts())
    _fit(window)
    target = canvas.mapFromScene(canvas.card_rect("data-analyst").center())
    _drag(qtbot, window, "web-developer", target)
    assert not chart.is_parked("web-developer") and chart.manager_of("web-developer") == "data-analyst"
    qtbot.waitUntil(lambda: "web-developer" in canvas.item.picture.geometry.cards)
    assert canvas.holding.cards == {}
    assert len(window.history.texts()) == steps + 1
    window.history.undo()
    assert dumps(chart) == parked


def test_the_cards_menu_parks_and_places_back(qtbot: QtBot, window: MainWindow) -> None:
    chart, canvas = window.document.chart, window.canvas
    manager = chart.manager_of("seo-specialist")
    _menu_action(window, "seo-specialist", "Move to the holding area").trigger()
    assert chart.is_parked("seo-specialist")
    _menu_action(window, "seo-specialist", "Place in its team").trigger()
    assert not chart.is_parked("seo-specialist")
    assert chart.manager_of("seo-specialist") == manager  # back under its team's lead
    qtbot.waitUntil(lambda: "seo-specialist" in canvas.item.picture.geometry.cards)
    assert canvas.holding.cards == {}


def test_parked_roles_are_saved_and_come_back_in_the_holding_area(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _menu_action(window, "qa-tester", "Move to the holding area").trigger()
    path = tmp_path / "parked.json"
    assert window._save_to(path)
    assert '"parked": true' in path.read_text(encoding="utf-8")
    assert window.open_path(path)
    assert window.document.chart.parked() == ["qa-tester"]
    qtbot.waitUntil(lambda: "qa-tester" in window.canvas.holding.cards)


def test_an_empty_holding_area_has_room_beside_the_chart(qtbot: QtBot, window: MainWindow) -> None:
    frame = window.canvas.holding.frame
    assert frame.width() > 100 and frame.height() > 60  # room to drop onto, and its hint
    assert frame.left() > window.canvas.item.boundingRect().right()  # beside the chart


def _menu_action(window: MainWindow, role_id: str, text: str):  # type: ignore[no-untyped-def]
    menu = role_menu(window.canvas, role_id)
    return next(a for a in menu.actions() if a.text() == text)


def test_an_empty_chart_shows_its_hint_and_no_holding_area(qtbot: QtBot, window: MainWindow) -> None:
    window.history.set_clean()
    window.new_chart()
    assert window.document.chart.role_count == 0
    assert not window.canvas.holding.isVisible()
    assert not window.canvas.holding.contains_point(window.canvas.holding.frame.center())


def test_ctrl_h_brings_the_holding_area_into_view(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    canvas.resetTransform()
    canvas.centerOn(canvas.content_rect().topLeft())

    def visible() -> bool:
        return (
            canvas.mapToScene(canvas.viewport().rect()).boundingRect().contains(canvas.holding.frame.center())
        )

    assert not visible()  # at the chart's far left the holding area is out of sight
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert visible()


def test_a_closed_panel_comes_back_from_the_view_menu(qtbot: QtBot, window: MainWindow) -> None:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    outline_toggle = next(a for a in view_menu.actions() if a.text() == "Outline")
    dock = window.outline.parentWidget()
    outline_toggle.trigger()
    assert not dock.isVisible()
    outline_toggle.trigger()
    assert dock.isVisible()
