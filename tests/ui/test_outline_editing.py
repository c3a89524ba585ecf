"""Editing in the outline: real mouse events on the tree's viewport drag rows as on the canvas;
the context menu adds and deletes teams and roles. Every edit is one step on the history."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from orgchart.io import dumps
from orgchart.ui.canvas_menus import role_menu
from orgchart.ui.dragging import OK, REFUSED
from orgchart.ui.main_window import MainWindow
from orgchart.ui.outline import OutlineView
from orgchart.ui.outline_dragging import HOLDING
from orgchart.ui.team_removal import Removal

LEFT = Qt.MouseButton.LeftButton


def _row(outline: OutlineView, node_id: str, share: float = 0.5) -> QPoint:
    """A point in the row of a role or team, ``share`` of the way down it (the row is
    scrolled into view first)."""
    index = outline.index_of(node_id)
    assert index.isValid(), node_id
    outline.scrollTo(index)
    rect = outline.row_rect(index)
    return QPoint(rect.center().x(), rect.top() + round(rect.height() * share))


def _parent_id(outline: OutlineView, node_id: str) -> str | None:
    """The id of the row a row is listed under ("" at the top); None if it is not listed."""
    index = outline.index_of(node_id)
    return None if not index.isValid() else outline.id_of(index.parent())


def _hold(qtbot: QtBot, outline: OutlineView, node_id: str, target: QPoint) -> None:
    """Press on the row of ``node_id`` and move to ``target`` in steps, as a hand would; the
    button stays down."""
    start = _row(outline, node_id)
    viewport = outline.viewport()
    assert viewport.rect().contains(start) and viewport.rect().contains(target)
    qtbot.mousePress(viewport, LEFT, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(viewport, start + (target - start) * k / 5)


def _drag(qtbot: QtBot, outline: OutlineView, node_id: str, target: QPoint) -> None:
    _hold(qtbot, outline, node_id, target)
    qtbot.mouseRelease(outline.viewport(), LEFT, pos=target)


def _edge_color(outline: OutlineView, node_id: str) -> QColor:
    """The colour at the left end of a row, where a drag's target outline is drawn."""
    index = outline.index_of(node_id)
    assert index.isValid()
    row = outline.row_rect(index)
    return outline.viewport().grab().toImage().pixelColor(1, row.center().y())


def _action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


def test_dragging_a_role_onto_a_flat_team_puts_it_beside_its_roles_in_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, outline = window.document.chart, window.outline
    before = dumps(chart)
    # Finance has no lead: its roles all report to the e-commerce manager, and so does the tester
    assert {chart.manager_of(r) for r in chart.members_of("team-finance")} == {"ecommerce-manager"}
    canvas = window.canvas
    canvas.zoom_by(2.5)
    canvas.centerOn(canvas.card_rect("qa-tester").center())
    far = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    _drag(qtbot, outline, "qa-tester", _row(outline, "team-finance"))
    assert chart.team_of("qa-tester") == "team-finance"
    assert chart.manager_of("qa-tester") == "ecommerce-manager"
    assert window.history.texts() == ["Move role"]
    # the canvas shows where it went (it stayed where the card had been, far from Finance)
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert not far.intersects(canvas.card_rect("qa-tester"))
    assert canvas.selected == "qa-tester" and shown.contains(canvas.card_rect("qa-tester"))
    after = dumps(chart)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps(chart) == before and not window.history.can_undo
    window.history.redo()
    assert dumps(chart) == after
    # the outline follows the model: the role is now listed in Finance, beside its roles
    qtbot.waitUntil(lambda: _parent_id(outline, "qa-tester") == "team-finance")


def test_dragging_a_role_onto_a_role_makes_it_report_there_and_outlines_the_target(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, outline = window.document.chart, window.outline
    before = dumps(chart)
    target = _row(outline, "operations-manager")
    _hold(qtbot, outline, "seo-specialist", target)
    assert outline.drag is not None and outline.drag.over == "operations-manager"
    assert _edge_color(outline, "operations-manager") == OK
    # what it will do, as the canvas's drag says it (the outline said nothing)
    assert window.statusBar().currentMessage() == (
        "SEO specialist will report to Operations manager and join Operations and logistics"
    )
    assert window.canvas.selected == "seo-specialist"  # the selection does not follow the mouse
    qtbot.mouseRelease(outline.viewport(), LEFT, pos=target)
    assert outline.drag is None
    assert chart.manager_of("seo-specialist") == "operations-manager"
    assert chart.team_of("seo-specialist") == "team-operations"
    assert window.history.texts() == ["Move role"]
    window.history.undo()
    assert dumps(chart) == before


def test_a_drop_onto_a_role_of_the_same_team_names_no_team(qtbot: QtBot, window: MainWindow) -> None:
    _hold(qtbot, window.outline, "qa-tester", _row(window.outline, "web-developer"))
    assert window.statusBar().currentMessage() == "QA tester will report to Web developer"
    qtbot.keyClick(window.outline, Qt.Key.Key_Escape)


def test_a_drop_in_the_upper_quarter_of_a_row_puts_the_role_before_that_sibling(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, outline = window.document.chart, window.outline
    assert chart.reports_of("digital-marketing-manager")[:2] == [
        "social-media-specialist",
        "email-marketing-specialist",
    ]
    _drag(qtbot, outline, "email-marketing-specialist", _row(outline, "social-media-specialist", 0.1))
    assert chart.reports_of("digital-marketing-manager")[:2] == [
        "email-marketing-specialist",
        "social-media-specialist",
    ]
    assert chart.manager_of("email-marketing-specialist") == "digital-marketing-manager"
    assert window.history.texts() == ["Move role"]


def test_a_drop_in_the_lower_quarter_of_a_row_puts_the_role_after_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, outline = window.document.chart, window.outline
    _hold(qtbot, outline, "seo-specialist", _row(outline, "logistics-coordinator", 0.9))
    assert window.statusBar().currentMessage() == (
        "SEO specialist will go after Logistics coordinator, in Operations and logistics"
    )
    qtbot.mouseRelease(outline.viewport(), LEFT, pos=_row(outline, "logistics-coordinator", 0.9))
    assert chart.reports_of("operations-manager")[:2] == ["logistics-coordinator", "seo-specialist"]
    assert chart.team_of("seo-specialist") == "team-operations"


def test_dragging_a_team_onto_a_team_nests_it(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    before = dumps(chart)
    _hold(qtbot, outline, "team-finance", _row(outline, "team-operations"))
    assert window.statusBar().currentMessage() == "Finance and administration will be part of Operations and logistics"
    qtbot.mouseRelease(outline.viewport(), LEFT, pos=_row(outline, "team-operations"))
    assert chart.parent_of("team-finance") == "team-operations"
    assert window.history.texts() == ["Move team"]
    qtbot.waitUntil(lambda: _parent_id(outline, "team-finance") == "team-operations")
    # and back to the top: dropped on the empty space below the rows
    bottom = outline.viewport().rect().bottomLeft() + QPoint(40, -5)
    assert not outline.indexAt(bottom).isValid()
    _drag(qtbot, outline, "team-finance", bottom)
    assert chart.parent_of("team-finance") is None
    window.history.undo()
    window.history.undo()
    assert dumps(chart) == before


def test_a_team_cannot_be_nested_in_its_own_sub_team(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    _drag(qtbot, outline, "team-finance", _row(outline, "team-operations"))
    qtbot.waitUntil(lambda: _parent_id(outline, "team-finance") == "team-operations")
    nested = dumps(chart)
    target = _row(outline, "team-finance")
    _hold(qtbot, outline, "team-operations", target)
    assert "cannot be nested in Finance" in window.statusBar().currentMessage()
    qtbot.mouseRelease(outline.viewport(), LEFT, pos=target)
    assert dumps(chart) == nested and window.history.texts() == ["Move team"]


def test_a_drop_onto_the_roles_own_report_is_refused_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    before = dumps(chart)
    target = _row(outline, "seo-specialist")
    _hold(qtbot, outline, "digital-marketing-manager", target)
    message = window.statusBar().currentMessage()
    assert "cannot report to SEO specialist" in message and "already reports to" in message
    assert _edge_color(outline, "seo-specialist") == REFUSED
    qtbot.mouseRelease(outline.viewport(), LEFT, pos=target)
    assert dumps(chart) == before
    assert not window.history.can_undo and window.history.texts() == []
    assert window.statusBar().currentMessage() == ""


def test_esc_during_a_drag_cancels_it(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    before = dumps(chart)
    target = _row(outline, "operations-manager")
    _hold(qtbot, outline, "seo-specialist", target)
    assert outline.drag is not None and outline.drag.over == "operations-manager"
    qtbot.keyClick(outline.viewport(), Qt.Key.Key_Escape)
    assert _edge_color(outline, "operations-manager") != OK  # the target is no longer outlined
    qtbot.mouseMove(outline.viewport(), _row(outline, "team-finance"))
    qtbot.mouseRelease(outline.viewport(), LEFT, pos=_row(outline, "team-finance"))
    assert dumps(chart) == before and not window.history.can_undo
    assert window.canvas.selected == "seo-specialist"


def test_a_click_without_moving_only_selects(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    before = dumps(chart)
    qtbot.mouseClick(outline.viewport(), LEFT, pos=_row(outline, "accountant"))
    assert window.canvas.selected == "accountant"
    assert dumps(chart) == before and not window.history.can_undo


def test_new_team_on_a_team_makes_a_sub_team_ready_to_name(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    before = set(chart.team_ids())
    menu = outline.context_menu(outline.index_of("team-marketing"))
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "New role in this team",
        "New team inside it",
        "Duplicate team",
        "Delete team…",  # it holds roles: asks whether they go too
        "Dissolve team",
    ]
    assert not _action(menu, "Dissolve team").isEnabled()  # a department: no team to take them
    _action(menu, "New team inside it").trigger()
    (new,) = set(chart.team_ids()) - before
    assert chart.parent_of(new) == "team-marketing" and chart.team(new).name == "New team"
    assert window.history.texts() == ["Add team"]
    assert window.canvas.selected_team == new
    (editor,) = [e for e in window.canvas.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editor.hasFocus() and editor.selectedText() == "New team"  # named in its frame
    window.canvas.sketch.close_editor(commit=False)
    qtbot.waitUntil(lambda: _parent_id(outline, new) == "team-marketing")
    # an empty team can be deleted from its menu, as one more step
    delete = _action(outline.context_menu(outline.index_of(new)), "Delete team")
    assert delete.isEnabled()
    delete.trigger()
    assert not chart.has_team(new) and window.history.texts() == ["Add team", "Delete team"]


def test_new_team_on_the_empty_space_makes_a_department(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    window.canvas.select("qa-tester")  # the selection does not decide where it goes
    departments = chart.subteams_of(None)
    menu = outline.context_menu(None)
    assert [a.text() for a in menu.actions()] == ["New team"]
    _action(menu, "New team").trigger()
    (new,) = set(chart.subteams_of(None)) - set(departments)
    assert chart.parent_of(new) is None and window.history.texts() == ["Add team"]


def test_new_role_on_a_team_joins_it_under_its_lead(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    members = set(chart.members_of("team-operations"))
    _action(outline.context_menu(outline.index_of("team-operations")), "New role in this team").trigger()
    (new,) = set(chart.members_of("team-operations")) - members
    assert chart.manager_of(new) == "operations-manager"
    assert window.canvas.selected == new and window.history.texts() == ["Add role"]
    editors = window.canvas.viewport().findChildren(QLineEdit, "title editor")
    assert any(e.isVisible() for e in editors)  # its title is ready to type


def test_new_direct_report_and_delete_role_on_a_role(qtbot: QtBot, window: MainWindow) -> None:
    chart, outline = window.document.chart, window.outline
    before = dumps(chart)
    menu = outline.context_menu(outline.index_of("accountant"))
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["New direct report", "Delete role"]
    _action(menu, "New direct report").trigger()
    (new,) = chart.reports_of("accountant")
    assert chart.team_of(new) == "team-finance"
    window.canvas.sketch.close_editor(commit=False)
    qtbot.waitUntil(lambda: outline.index_of(new).isValid())
    # it asks now, what happens to the new report: its menu says so
    assert _action(outline.context_menu(outline.index_of("accountant")), "Delete role…")
    _action(outline.context_menu(outline.index_of("compliance-officer")), "Delete role").trigger()
    assert not chart.has_role("compliance-officer")
    assert window.history.texts() == ["Add role", "Delete role"]
    window.history.undo()
    window.history.undo()
    assert dumps(chart) == before


def test_the_outline_lists_parked_roles_in_the_holding_area_and_drops_park_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    outline, chart = window.outline, window.document.chart
    assert not outline.index_of(HOLDING).isValid()  # no row while nothing is parked
    _drag(qtbot, outline, "qa-tester", _row(outline, "team-finance"))
    menu = role_menu(window.canvas, "data-analyst")
    _action(menu, "Move to the holding area").trigger()
    qtbot.waitUntil(lambda: outline.index_of(HOLDING).isValid())
    assert _parent_id(outline, "data-analyst") == HOLDING
    steps = len(window.history.texts())
    _drag(qtbot, outline, "qa-tester", _row(outline, HOLDING))
    assert chart.parked() == ["data-analyst", "qa-tester"]  # in reading order: Technology, Finance
    assert len(window.history.texts()) == steps + 1
    qtbot.waitUntil(lambda: _parent_id(outline, "qa-tester") == HOLDING)
    assert outline.index_of(HOLDING).data() == "Holding area (2)"


def test_the_holding_area_row_itself_is_not_dragged(qtbot: QtBot, window: MainWindow) -> None:
    outline = window.outline
    _action(role_menu(window.canvas, "qa-tester"), "Move to the holding area").trigger()
    qtbot.waitUntil(lambda: outline.index_of(HOLDING).isValid())
    before = len(window.history.texts())
    _drag(qtbot, outline, HOLDING, _row(outline, "team-finance"))  # would raise if it were
    assert len(window.history.texts()) == before and outline.drag is None


def test_del_in_the_outline_deletes_the_current_role_or_team_as_on_the_canvas(
    qtbot: QtBot, window: MainWindow
) -> None:
    outline, chart = window.outline, window.document.chart
    qtbot.mouseClick(outline.viewport(), LEFT, pos=_row(outline, "qa-tester"))
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert not chart.has_role("qa-tester")  # no reports: nothing to ask
    assert window.history.texts() == ["Delete role"]
    asked: list[str] = []
    answers = iter([None, Removal.DELETE])  # Cancel, then "Delete them too"
    window.canvas.sketch.ask_team_removal = lambda parent, chart, team: asked.append(team) or next(answers)
    messages: list[str] = []
    outline.message.connect(messages.append)
    window.canvas.message.connect(messages.append)
    qtbot.mouseClick(outline.viewport(), LEFT, pos=_row(outline, "team-finance"))
    qtbot.keyClick(outline, Qt.Key.Key_Delete)  # a team with roles: asks, and Cancel keeps it
    assert asked == ["team-finance"] and chart.has_team("team-finance") and len(window.history.texts()) == 1
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert not chart.has_team("team-finance") and window.history.texts()[-1] == "Delete team"
    assert messages[-1] == "Deleted “Finance and administration” and what it held: 4 roles and one dotted line. Ctrl+Z undoes it."
