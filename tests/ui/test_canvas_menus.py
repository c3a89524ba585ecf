"""Right-click menus on the canvas (a card, a team frame, empty space), and what the keyboard
does to a selected team frame: real context-menu events on the viewport."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.commands import AddTeam, DeleteTeam, MoveRole
from orgchart.model import Team
from orgchart.ui.main_window import MainWindow
from orgchart.ui.sketching import ask_delete_mode
from tests.ui.clicks import click_card, click_team_name, press_and_move, team_name_spot


@pytest.fixture
def shown(window: MainWindow) -> list[QMenu]:
    """The menus a right click opened (looked at, not waited on)."""
    menus: list[QMenu] = []
    window.canvas.open_menu = lambda menu, pos: menus.append(menu)
    return menus


def right_click(window: MainWindow, scene_pos: QPointF) -> None:
    canvas = window.canvas
    canvas.centerOn(scene_pos)
    pos = canvas.mapFromScene(scene_pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, canvas.viewport().mapToGlobal(pos))
    QApplication.sendEvent(canvas.viewport(), event)


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    (found,) = [a for a in menu.actions() if a.text().split("\t")[0] == text]
    return found


def frame_corner(window: MainWindow, team_id: str) -> QPointF:
    """A point inside the team's frame, near its bottom-right corner, away from any card."""
    picture = window.canvas.item.picture
    frame = next(f for f in picture.geometry.frames if f.team_id == team_id)
    return picture.chart_offset + QPointF(frame.rect.right - 4, frame.rect.bottom - 4)


def test_a_cards_menu_offers_what_the_keys_do_and_names_the_keys(
    qtbot: QtBot, window: MainWindow, shown: list[QMenu]
) -> None:
    canvas = window.canvas
    right_click(window, canvas.card_rect("seo-specialist").center())
    (menu,) = shown
    assert canvas.selected == "seo-specialist"
    entries = texts(menu)
    assert entries[:3] == ["Add direct report\tTab", "Add sibling\tEnter", "Rename\tF2"]
    assert "Delete…\tDel" in entries and "Duplicate\tCtrl+D" in entries
    assert "Works closely with…" in entries and "Move to the holding area" in entries
    action(menu, "Add direct report").trigger()
    chart = window.document.chart
    (new,) = chart.reports_of("seo-specialist")
    assert window.history.texts() == ["Add role"] and canvas.selected == new


def test_a_team_frames_menu_adds_in_it_and_deletes_or_dissolves_it(
    qtbot: QtBot, window: MainWindow, shown: list[QMenu]
) -> None:
    chart, canvas = window.document.chart, window.canvas
    right_click(window, frame_corner(window, "team-finance"))
    menu = shown[-1]
    assert canvas.selected_team == "team-finance"
    assert texts(menu) == [
        "New role in this team\tTab",
        "New team inside it\tCtrl+Shift+T",
        "Rename\tF2",
        "Duplicate team\tCtrl+D",
        "Delete team…\tDel",  # it holds roles: asks whether they go too
        "Dissolve team",
    ]
    assert action(menu, "Delete team…").isEnabled()
    dissolve = action(menu, "Dissolve team")  # a department: its roles would have no team
    assert not dissolve.isEnabled() and "no team around it" in dissolve.toolTip()
    members = set(chart.members_of("team-finance"))
    action(menu, "New role in this team").trigger()
    assert len(set(chart.members_of("team-finance")) - members) == 1

    window.history.push(AddTeam(Team("team-empty", "Empty"), "team-finance"))
    canvas.refresh()
    right_click(window, frame_corner(window, "team-empty"))
    assert texts(shown[-1])[-1] == "Delete team\tDel"  # nothing to ask about, nothing to dissolve
    action(shown[-1], "Delete team").trigger()
    assert not chart.has_team("team-empty") and window.history.texts()[-1] == "Delete team"
    assert canvas.selected_team == "team-finance"  # the team around it


def _name_editor(window: MainWindow) -> QLineEdit:
    (editor,) = [e for e in window.canvas.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def test_keys_on_a_selected_team_rename_it_in_its_header_and_add_a_role_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    # They did nothing: a team was renamed in the panel only, and a role added by the menu.
    chart, canvas = window.document.chart, window.canvas
    click_team_name(qtbot, window, "team-finance")
    qtbot.keyClick(canvas, Qt.Key.Key_F2)
    editor = _name_editor(window)
    assert editor.text() == editor.selectedText() == "Finance and administration"
    header = canvas.mapFromScene(canvas.frame_rect("team-finance", header=True)).boundingRect()
    assert header.contains(editor.geometry().center())  # over the name, where it is drawn
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert chart.team("team-finance").name == "Finance and administration" and not window.history.can_undo

    qtbot.keyClicks(canvas, "F")  # typing starts a new name
    editor = _name_editor(window)
    assert editor.text() == "F" and not editor.hasSelectedText()
    qtbot.keyClicks(editor, "inance")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert chart.team("team-finance").name == "Finance"
    assert window.history.texts() == ["Change team name"] and canvas.selected_team == "team-finance"
    qtbot.waitUntil(lambda: window.team_properties.name.text() == "Finance")  # (the panel follows)

    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # Enter renames too
    qtbot.keyClicks(_name_editor(window), "Accounting")
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Tab)  # ends the name, adds nothing
    assert chart.team("team-finance").name == "Accounting" and len(window.history.texts()) == 2

    members = set(chart.members_of("team-finance"))
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClicks(_name_editor(window), "Controller")
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Return)
    (new,) = set(chart.members_of("team-finance")) - members
    assert chart.role(new).title == "Controller" and canvas.selected == new
    assert window.history.texts()[-1] == "Add role"
    window.history.undo()
    window.history.undo()
    window.history.undo()
    assert chart.team("team-finance").name == "Finance and administration"
    assert not chart.has_role(new)


def test_team_keys_work_in_an_empty_chart_and_on_a_team_whose_roles_are_collapsed_away(
    qtbot: QtBot, window: MainWindow
) -> None:
    # In a chart without roles, Tab added the first role to the first team, not the selected
    # one, and Enter did so too; a team collapsed away took F2 and did nothing.
    canvas = window.canvas
    top = next(r for r in window.document.chart.role_ids() if window.document.chart.manager_of(r) is None)
    canvas.set_collapsed({top})
    canvas.select_team("team-marketing")
    assert not any(f.team_id == "team-marketing" for f in canvas.item.picture.geometry.frames)
    qtbot.keyClick(canvas, Qt.Key.Key_F2)
    assert _name_editor(window).text() == "Marketing"  # shown again, its name ready to edit
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Escape)

    window.new_chart()
    chart = window.document.chart
    for team_id in ("t1", "t2"):
        window.history.push(AddTeam(Team(team_id, team_id.upper())))
    canvas.refresh()
    canvas.select_team("t2")
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert _name_editor(window).text() == "T2" and chart.role_count == 0
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Escape)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Return)
    assert [chart.team_of(r) for r in chart.role_ids()] == ["t2"]
    window.history.set_clean()


def test_the_edit_menu_follows_a_selected_team_as_its_own_menu_does(qtbot: QtBot, window: MainWindow) -> None:
    # Tab added a role to a selected team while Edit greyed "Add direct report – Tab"; Edit >
    # Delete… was offered for a team that holds roles, which the team's own menu greys.
    chart, canvas = window.document.chart, window.canvas
    add, sibling, rename, delete = window.sketch_actions

    def shown() -> list[tuple[str, bool]]:
        window.edit_menu.aboutToShow.emit()
        return [(a.text().split("\t")[0].replace("&", ""), a.isEnabled()) for a in window.sketch_actions]

    canvas.select_team("team-finance")
    assert shown() == [
        ("New role in this team", True),
        ("Add sibling", False),
        ("Rename", True),
        ("Delete team…", True),  # asks whether its roles go too
    ]
    members = set(chart.members_of("team-finance"))
    add.trigger()
    (new,) = set(chart.members_of("team-finance")) - members
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Escape)
    assert canvas.selected == new and shown()[0] == ("Add direct report", True)

    window.history.push(AddTeam(Team("team-empty", "Empty"), "team-finance"))
    canvas.refresh()
    canvas.select_team("team-empty")
    assert shown()[3] == ("Delete team", True)  # nothing in it: nothing to ask
    rename.trigger()
    assert _name_editor(window).text() == "Empty"
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Escape)
    delete.trigger()
    assert not chart.has_team("team-empty")
    canvas.select_team("")
    assert [enabled for _, enabled in shown()] == [False, False, False, False]


def test_a_double_click_edits_a_cards_title_or_a_teams_name_in_place(qtbot: QtBot, window: MainWindow) -> None:
    # Every drawing tool edits a label on a double click; here it only selected.
    chart, canvas = window.document.chart, window.canvas
    center = canvas.card_rect("accountant").center()
    canvas.centerOn(center)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(center))
    editor = _name_editor(window)
    assert canvas.selected == "accountant" and editor.selectedText() == "Accountant"
    qtbot.keyClicks(editor, "Bookkeeper")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert chart.role("accountant").title == "Bookkeeper"
    spot = team_name_spot(window, "team-finance")
    canvas.centerOn(spot)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(spot))
    assert canvas.selected_team == "team-finance"
    assert _name_editor(window).text() == "Finance and administration"
    qtbot.keyClick(_name_editor(window), Qt.Key.Key_Escape)


def test_the_empty_canvas_menu_adds_a_department_and_fits(
    qtbot: QtBot, window: MainWindow, shown: list[QMenu]
) -> None:
    chart = window.document.chart
    right_click(window, QPointF(-150, -150))  # beyond the chart's top-left corner
    (menu,) = shown
    assert texts(menu) == ["New department\tCtrl+Shift+T", "Fit the chart\tCtrl+0"]
    departments = set(chart.subteams_of(None))
    action(menu, "New department").trigger()
    assert len(set(chart.subteams_of(None)) - departments) == 1


def test_deleting_a_role_with_reports_names_where_they_go(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, list[str]]] = []

    def look(box: QMessageBox) -> int:
        asked.append((box.text(), [b.text() for b in box.buttons()]))
        return 0  # closed without a choice: nothing is deleted

    monkeypatch.setattr(QMessageBox, "exec", look)
    window.canvas.sketch.ask_delete_mode = ask_delete_mode  # the real question, looked at
    chart = window.document.chart
    click_card(qtbot, window, "digital-marketing-manager")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    click_card(qtbot, window, "ecommerce-manager")  # the top role: there is no one above
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    (text, buttons), (top_text, top_buttons) = asked
    assert text == "Digital marketing manager has 4 direct reports. What should happen to them?"
    assert "Move them up to E-commerce manager" in buttons and "Delete them too" in buttons
    assert top_text.startswith("E-commerce manager has ") and "Make them top roles" in top_buttons
    assert chart.has_role("digital-marketing-manager") and chart.has_role("ecommerce-manager")


def test_an_empty_holding_area_is_left_out_of_fitting_and_presenting(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    assert canvas.holding.isVisible() and not canvas.holding.cards  # beside the chart, to drop on
    picture = canvas.item.picture
    assert canvas.content_rect().width() == pytest.approx(picture.width)
    assert canvas.sceneRect().contains(canvas.holding.frame)  # still scrolled to
    qtbot.keyClick(canvas, Qt.Key.Key_F5)
    assert window.presentation.active and not canvas.holding.isVisible()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not window.presentation.active and canvas.holding.isVisible()
    click_card(qtbot, window, "seo-specialist")
    qtbot.keyClick(canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)  # cut: parked
    assert canvas.holding.cards and canvas.content_rect().contains(canvas.holding.frame)
    qtbot.keyClick(canvas, Qt.Key.Key_F5)
    assert canvas.holding.isVisible()  # roles wait there: it stays in view
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)


def test_a_right_click_really_opens_the_menu_where_the_mouse_is(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []
    tries = iter(range(250))  # five seconds: a menu that never opens fails the test, not hangs it

    def look_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(texts(popup))
            popup.close()
        elif next(tries, None) is not None:
            QTimer.singleShot(20, look_and_close)

    QTimer.singleShot(20, look_and_close)
    right_click(window, window.canvas.card_rect("seo-specialist").center())  # returns once closed
    assert seen[:3] == ["Add direct report\tTab", "Add sibling\tEnter", "Rename\tF2"]


def test_the_menu_key_opens_the_menu_of_what_is_selected(
    qtbot: QtBot, window: MainWindow, shown: list[QMenu]
) -> None:
    canvas = window.canvas
    click_card(qtbot, window, "qa-tester")
    corner = canvas.viewport().rect().topLeft()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, corner, canvas.viewport().mapToGlobal(corner))
    QApplication.sendEvent(canvas.viewport(), event)  # where the mouse happens to be: no matter
    assert texts(shown[-1])[0] == "Add direct report\tTab" and canvas.selected == "qa-tester"


def test_presenting_opens_no_editing_menu(qtbot: QtBot, window: MainWindow, shown: list[QMenu]) -> None:
    qtbot.keyClick(window.canvas, Qt.Key.Key_F5)
    right_click(window, window.canvas.card_rect("seo-specialist").center())
    assert shown == []
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)


def test_the_edit_menu_takes_a_team_deleted_a_moment_ago_for_no_selection(window: MainWindow) -> None:
    # Its entries asked the chart about the selected team before the canvas had laid out
    # again, and the team was gone: UnknownIdError.
    window.history.push(AddTeam(Team("team-empty", "Empty"), "team-finance"))
    window.canvas.refresh()
    window.canvas.select_team("team-empty")
    window.history.push(DeleteTeam("team-empty"))
    window.edit_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in window.sketch_actions] == [False, False, False, False]


def test_a_right_click_on_a_zoomed_out_name_opens_that_teams_menu(
    qtbot: QtBot, window: MainWindow, shown: list[QMenu]
) -> None:
    # The name of a department lies over its sub-team's frame: the click took the sub-team.
    chart, canvas = window.document.chart, window.canvas
    window.history.push(AddTeam(Team("team-web", "Web"), "team-technology", 0))
    for role_id in chart.members_of("team-technology"):  # the sub-team fills the department
        window.history.push(MoveRole(role_id, "team-web", chart.manager_of(role_id)))
    canvas.refresh()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    frame = canvas.frame_rect("team-technology")
    spot = frame.topLeft() + QPointF(6 / canvas.zoom, 10 / canvas.zoom)  # on the name's first letters
    assert canvas.team_at(spot) == "team-web" and canvas.role_at(spot) == ""
    right_click(window, spot)
    assert canvas.selected_team == "team-technology"


def test_a_click_anywhere_in_a_frame_selects_its_team_and_a_drag_there_pans(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Only the frame's name took a left click; a right click anywhere in it did (its menu).
    canvas = window.canvas
    click_card(qtbot, window, "qa-tester")
    spot = frame_corner(window, "team-finance")
    canvas.centerOn(spot)
    pos = canvas.mapFromScene(spot)
    assert not canvas.role_at(spot) and not canvas.header_at(spot)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert canvas.selected == "" and canvas.selected_team == "team-finance"
    canvas.select("qa-tester")
    scroll = canvas.horizontalScrollBar().value()
    viewport = canvas.viewport()
    press_and_move(qtbot, window, pos, pos + QPoint(60, 0))  # (finance is on the right)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos + QPoint(60, 0))
    assert canvas.horizontalScrollBar().value() == scroll - 60  # panned,
    assert canvas.selected == "qa-tester"  # and what was selected stays selected
    pos = canvas.mapFromScene(spot)
    press_and_move(qtbot, window, pos, pos + QPoint(60, 0))
    qtbot.mouseMove(viewport, pos)  # and back where it started: still a pan, not a click
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)
    assert canvas.selected == "qa-tester"
