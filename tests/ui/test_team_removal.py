"""Deleting a team that holds roles from the editor: the question (delete them too, or keep
them by dissolving the team), what each answer does, and that one undo takes it back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.commands import AddTeam, MoveRole, UpdateRole, park_role
from orgchart.io import dumps
from orgchart.model import Team
from orgchart.ui.main_window import MainWindow
from orgchart.ui.team_removal import Removal, ask_team_removal
from tests.ui.clicks import click_team_name


def answered(pick: Callable[[QMessageBox], object]) -> list[tuple[str, str, list[str], str]]:
    """Once the question shows: its text, note, buttons and default button; then ``pick``
    answers it (clicks a button). Five seconds for it to show, or the test fails."""
    seen: list[tuple[str, str, list[str], str]] = []
    tries = iter(range(250))

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            default = box.defaultButton()
            names = [b.text() for b in box.buttons()]
            seen.append((box.text(), box.informativeText(), names, default.text() if default else ""))
            pick(box)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    return seen


def button(text: str) -> Callable[[QMessageBox], object]:
    return lambda box: next(b for b in box.buttons() if b.text() == text).click()


def _edit_holder(window: MainWindow, role_id: str) -> None:
    """One step about ``role_id``: its holder is "Kim"."""
    role = window.document.chart.role(role_id)
    window.history.push(UpdateRole(role, dataclasses.replace(role, holder="Kim"), "holder"))


def _editors(window: MainWindow) -> list[QLineEdit]:
    """The name fields open in place on the canvas."""
    return [e for e in window.canvas.viewport().findChildren(QLineEdit) if e.isVisible()]


def _sub_team(window: MainWindow) -> None:
    """A "Payroll" team inside finance, with the accountant in it."""
    window.history.push(AddTeam(Team("team-payroll", "Payroll"), "team-finance"))
    chart = window.document.chart
    window.history.push(MoveRole("accountant", "team-payroll", chart.manager_of("accountant")))
    window.canvas.refresh()


def test_del_on_a_department_asks_and_deletes_it_with_its_roles_as_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Del on a team that held roles only said it could not be deleted.
    chart, canvas = window.document.chart, window.canvas
    window.canvas.sketch.ask_team_removal = ask_team_removal  # the real question
    before = dumps(chart)
    gone = chart.members_of("team-finance")
    click_team_name(qtbot, window, "team-finance")
    seen = answered(button("Cancel"))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    ((text, note, buttons, default),) = seen
    question = "Delete the team with everything in it, or keep what it holds?"
    assert text == f"“Finance and administration” holds 4 roles. {question}"
    assert note == (  # the dotted line "Sales trends" ends at the financial analyst
        "As a department it has no team around it that could keep its roles. "
        "Deleting them removes a dotted line."
    )
    assert sorted(buttons) == ["Cancel", "Delete everything"] and default == "Cancel"  # Enter deletes nothing
    assert dumps(chart) == before and not window.history.can_undo

    seen = answered(button("Delete everything"))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(seen) == 1 and not chart.has_team("team-finance")
    assert not any(chart.has_role(r) for r in gone)
    assert window.statusBar().currentMessage() == (
        "Deleted “Finance and administration” and what it held: 4 roles and one dotted line. Ctrl+Z undoes it."
    )
    assert window.history.texts() == ["Delete team"] and canvas.selected_team == ""
    assert window.undo_action.text() == "&Undo Delete team"
    window.undo_action.trigger()
    assert dumps(chart) == before
    assert window.statusBar().currentMessage() == ""  # "… Ctrl+Z undoes it" is over


def test_keeping_the_roles_dissolves_a_sub_team_into_the_team_around_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, canvas = window.document.chart, window.canvas
    _sub_team(window)
    canvas.sketch.ask_team_removal = ask_team_removal
    manager = chart.manager_of("accountant")
    before = dumps(chart)
    click_team_name(qtbot, window, "team-payroll")
    keep = "Dissolve: what it holds joins “Finance and administration”"
    seen = answered(button(keep))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    ((text, note, buttons, default),) = seen
    question = "Delete the team with everything in it, or keep what it holds?"
    assert text == f"“Payroll” holds one role. {question}" and not note
    assert sorted(buttons) == ["Cancel", "Delete everything", keep] and default == keep
    assert not chart.has_team("team-payroll")
    assert chart.team_of("accountant") == "team-finance" and chart.manager_of("accountant") == manager
    assert canvas.selected_team == "team-finance"
    assert window.statusBar().currentMessage() == (
        "Dissolved “Payroll”: what it held is in “Finance and administration” now."
    )
    assert window.history.texts()[-1] == "Dissolve team"
    window.history.undo()
    assert dumps(chart) == before


def test_the_team_menus_dissolve_entry_keeps_the_roles_without_asking(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, canvas = window.document.chart, window.canvas
    _sub_team(window)
    qtbot.waitUntil(lambda: window.outline.index_of("team-payroll").isValid())
    menu = window.outline.context_menu(window.outline.index_of("team-payroll"))
    (dissolve,) = [a for a in menu.actions() if a.text() == "Dissolve team"]
    assert dissolve.isEnabled()
    assert dissolve.toolTip() == "Dissolve: what it holds joins “Finance and administration”"
    dissolve.trigger()  # the window's guard fails the test if anything asks
    assert not chart.has_team("team-payroll") and chart.team_of("accountant") == "team-finance"
    assert canvas.selected_team == "team-finance"


def test_the_edit_menu_deletes_a_selected_team_as_del_does(qtbot: QtBot, window: MainWindow) -> None:
    chart, canvas = window.document.chart, window.canvas
    asked: list[str] = []
    canvas.sketch.ask_team_removal = lambda parent, chart, team: asked.append(team) or Removal.DELETE
    canvas.select_team("team-operations")
    window.edit_menu.aboutToShow.emit()
    delete = window.sketch_actions[3]
    assert delete.text().split("\t")[0].replace("&", "") == "Delete team…" and delete.isEnabled()
    delete.trigger()
    assert asked == ["team-operations"] and not chart.has_team("team-operations")
    assert window.history.undo_text == "Delete team"


def test_dissolving_a_department_with_roles_is_refused_in_words_not_an_error(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Its menu entry is greyed; asked for all the same, it raised out of the editor.
    chart = window.document.chart
    before = dumps(chart)
    window.canvas.sketch.delete_team("team-finance", Removal.DISSOLVE)
    assert dumps(chart) == before and not window.history.can_undo
    assert window.statusBar().currentMessage() == (
        "“Finance and administration” is a department: no team around it can take its roles. Move them first."
    )


def test_deleting_a_team_in_the_outline_leaves_a_role_selected_elsewhere_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The team around the deleted one was selected instead.
    canvas = window.canvas
    _sub_team(window)
    canvas.sketch.ask_team_removal = lambda parent, chart, team: Removal.DISSOLVE
    canvas.select("qa-tester")
    window.outline.delete_team_requested.emit("team-payroll")  # its menu's "Delete team…"
    assert not window.document.chart.has_team("team-payroll")
    assert canvas.selected == "qa-tester" and canvas.selected_team == ""


def test_undo_selects_the_team_it_brings_back_and_redo_the_role_it_moves(
    qtbot: QtBot, window: MainWindow
) -> None:
    # After Ctrl+Z the deleted team came back with its parent still selected.
    chart, canvas = window.document.chart, window.canvas
    _sub_team(window)
    canvas.select_team("team-payroll")
    canvas.sketch.delete_team("team-payroll", Removal.DELETE)
    assert canvas.selected_team == "team-finance"
    canvas.centerOn(canvas.card_rect("seo-specialist").center())  # far from finance
    window.undo_action.trigger()
    assert chart.has_team("team-payroll") and canvas.selected_team == "team-payroll"
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.intersects(canvas.frame_rect("team-payroll", header=True))  # scrolled to it
    window.undo_action.trigger()  # the accountant's move into payroll
    assert canvas.selected == "accountant" and canvas.selected_team == ""


def test_undo_shows_a_collapsed_role_it_selects_and_selects_nothing_unseen(
    qtbot: QtBot, window: MainWindow
) -> None:
    # It selected a role hidden in a collapsed or parked branch: Del then deleted it unseen.
    chart, canvas = window.document.chart, window.canvas
    _edit_holder(window, "social-media-specialist")
    canvas.set_collapsed({"digital-marketing-manager"})
    canvas.select("qa-tester")
    window.undo_action.trigger()
    assert canvas.selected == "social-media-specialist" and canvas.has_card("social-media-specialist")

    park = park_role(chart, "digital-marketing-manager")
    assert park is not None
    window.history.push(park)
    _edit_holder(window, "social-media-specialist")
    canvas.refresh()
    canvas.select("qa-tester")
    window.undo_action.trigger()  # about a role waiting inside a parked branch
    assert canvas.selected == "qa-tester"


def test_undo_and_redo_from_the_toolbar_close_the_name_being_typed_and_keep_the_steps(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The toolbar's button left the editor open over a team that was gone; keeping the
    # typed name first, as a step, would have ended the steps there were to redo.
    chart, canvas = window.document.chart, window.canvas
    before = dumps(chart)
    window.new_team_in("team-marketing")
    (editor,) = _editors(window)
    qtbot.keyClicks(editor, "Sales")
    window.undo_action.trigger()  # the typing is left, as Esc leaves it; the team goes
    assert not _editors(window)
    assert dumps(chart) == before and window.history.redo_text == "Add team"
    canvas.sketch.rename("qa-tester")
    (editor,) = _editors(window)
    qtbot.keyClicks(editor, "QA lead")
    window.redo_action.trigger()
    assert [chart.team(t).name for t in chart.subteams_of("team-marketing")] == ["New team"]
    assert chart.role("qa-tester").title == "QA tester" and not window.history.can_redo


def test_while_presenting_no_team_is_added_and_undo_does_not_move_the_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, canvas = window.document.chart, window.canvas
    _edit_holder(window, "accountant")
    qtbot.keyClick(canvas, Qt.Key.Key_F5)
    assert window.presenting
    teams = chart.team_ids()
    window.new_team()  # Ctrl+Shift+T is a shortcut, which presenting lets through
    assert chart.team_ids() == teams
    canvas.select("")
    window.undo_action.trigger()
    assert chart.role("accountant").holder is None and canvas.selected == ""
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)


def test_ctrl_d_on_a_selected_team_duplicates_it_beside_itself(qtbot: QtBot, window: MainWindow) -> None:
    # Ctrl+D did nothing with a team selected, and no menu offered to copy a team.
    chart, canvas = window.document.chart, window.canvas
    click_team_name(qtbot, window, "team-marketing")
    window.edit_menu.aboutToShow.emit()
    qtbot.keyClick(canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = canvas.selected_team
    assert chart.team(copy).name == "Marketing (copy)"
    assert chart.subteams_of(None).index(copy) == chart.subteams_of(None).index("team-marketing") + 1
    assert sorted(chart.role(r).title for r in chart.members_of(copy)) == sorted(
        chart.role(r).title for r in chart.members_of("team-marketing")
    )
    assert window.history.texts() == ["Duplicate team"]
    window.undo_action.trigger()
    assert not chart.has_team(copy)
    qtbot.waitUntil(lambda: canvas.selected_team == "")  # once laid out again
    duplicate = next(a for a in window.edit_menu.actions() if a.text().replace("&", "") == "Duplicate")
    assert not duplicate.isEnabled()  # nothing selected any more: the menu knows it too

    click_team_name(qtbot, window, "team-marketing")  # a name being typed is the original's
    canvas.sketch.rename_team("team-marketing")
    (editor,) = _editors(window)
    editor.selectAll()
    qtbot.keyClicks(editor, "Mkt")
    qtbot.keyClick(canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert chart.team("team-marketing").name == "Mkt" and chart.team(canvas.selected_team).name == "Mkt (copy)"

    teams = chart.team_ids()
    qtbot.keyClick(canvas, Qt.Key.Key_F5)
    duplicate.trigger()  # Ctrl+D while presenting: nothing
    assert chart.team_ids() == teams
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
