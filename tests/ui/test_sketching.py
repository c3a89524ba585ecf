"""Sketching with the keyboard on the canvas: real key events on the view."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.commands import DeleteRole, Reports
from orgchart.model import Link
from orgchart.ui.main_window import MainWindow
from orgchart.ui.sketching import ask_delete_mode
from tests.ui.clicks import click_card


def _editor(window: MainWindow) -> QLineEdit:
    (editor,) = [e for e in window.canvas.viewport().findChildren(QLineEdit, "title editor") if e.isVisible()]
    return editor


def test_tab_adds_a_report_and_typing_names_it(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    before = chart.state()
    click_card(qtbot, window, "seo-specialist")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    editor = _editor(window)
    qtbot.keyClicks(editor, "SEO trainee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    (new,) = chart.reports_of("seo-specialist")
    assert chart.role(new).title == "SEO trainee" and chart.team_of(new) == "team-marketing"
    assert window.canvas.selected == new
    # one step: a user who added a role and named it undoes both at once (two steps left a
    # "New role" card behind after one Ctrl+Z)
    assert window.history.texts() == ["Add role"]
    named = chart.state()
    window.history.undo()
    assert chart.state() == before
    window.history.redo()
    assert chart.state() == named and chart.role(new).title == "SEO trainee"


def test_esc_after_tab_keeps_the_new_role_and_a_later_rename_is_a_step_of_its_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "seo-specialist")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(_editor(window), Qt.Key.Key_Escape)
    (new,) = chart.reports_of("seo-specialist")
    assert chart.role(new).title == "New role" and window.history.texts() == ["Add role"]
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    editor = _editor(window)
    editor.selectAll()
    qtbot.keyClicks(editor, "SEO trainee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.history.texts() == ["Add role", "Change title"]


def test_enter_adds_a_sibling_right_after_the_selected_role(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "accountant")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    qtbot.keyClick(_editor(window), Qt.Key.Key_Return)  # keep the proposed name
    siblings = chart.reports_of(chart.manager_of("accountant") or "")
    assert siblings[siblings.index("accountant") + 1] == window.canvas.selected
    assert chart.team_of(window.canvas.selected) == "team-finance"
    assert chart.role(window.canvas.selected).title == "New role"


def test_f2_renames_in_place_and_esc_leaves_the_title_alone(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    editor = _editor(window)
    assert editor.text() == "QA tester" and editor.selectedText() == "QA tester"
    qtbot.keyClicks(editor, "Test engineer")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert chart.role("qa-tester").title == "QA tester" and not window.history.can_undo
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.keyClicks(_editor(window), "Test engineer")
    qtbot.keyClick(_editor(window), Qt.Key.Key_Return)
    assert chart.role("qa-tester").title == "Test engineer"


def test_two_renames_in_place_are_two_undo_steps(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "seo-specialist")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    qtbot.keyClicks(_editor(window), "Chief of staff")
    qtbot.keyClick(_editor(window), Qt.Key.Key_Return)
    (new,) = chart.reports_of("seo-specialist")
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    qtbot.keyClicks(_editor(window), "Office manager")
    qtbot.keyClick(_editor(window), Qt.Key.Key_Return)
    assert chart.role(new).title == "Office manager"
    # each finished rename is a step of its own: they do not merge, though they change the
    # same field of the same role one right after the other (the first title, typed right
    # after Tab, is part of adding the role)
    assert window.history.texts() == ["Add role", "Change title"]
    window.history.undo()
    assert chart.role(new).title == "Chief of staff"
    window.history.undo()
    assert not chart.has_role(new)


def test_typing_on_a_selected_card_starts_renaming_it(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "accountant")
    qtbot.keyClicks(window.canvas, "B")
    editor = _editor(window)
    assert editor.text() == "B" and not editor.hasSelectedText()
    qtbot.keyClicks(editor, "ookkeeper")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert chart.role("accountant").title == "Bookkeeper"


def test_delete_asks_about_the_reports_only_when_there_are_some(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    asked: list[int] = []

    def answer(view: object, role: object, reports: int) -> Reports:
        asked.append(reports)
        return Reports.MOVE_UP

    window.canvas.sketch.ask_delete_mode = answer
    click_card(qtbot, window, "seo-specialist")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert not chart.has_role("seo-specialist") and asked == []
    assert window.canvas.selected == "digital-marketing-manager"  # the manager is selected next
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert asked == [3] and not chart.has_role("digital-marketing-manager")
    assert chart.manager_of("content-marketing-strategist") == "ecommerce-manager"


def test_arrow_keys_walk_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    click_card(qtbot, window, "email-marketing-specialist")
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected == "content-marketing-strategist"
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected == "social-media-specialist"
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.selected == "digital-marketing-manager"
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected == "social-media-specialist"


def test_copy_paste_and_duplicate_a_branch_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    before = chart.role_count
    click_card(qtbot, window, "digital-marketing-manager")
    qtbot.keyClick(window.canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Digital marketing manager\n  Social media" in QApplication.clipboard().text()
    click_card(qtbot, window, "operations-manager")
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert chart.role_count == before + 5
    pasted = window.canvas.selected
    assert (
        chart.manager_of(pasted) == "operations-manager"
        and chart.role(pasted).title == "Digital marketing manager"
    )
    qtbot.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert chart.role_count == before + 10
    duplicate = window.canvas.selected
    qtbot.keyClick(window.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    # cut parks the branch in the holding area: nothing is lost until it is deleted there
    assert chart.role_count == before + 10 and chart.parked() == [duplicate]
    assert window.canvas.selected == "operations-manager"
    assert window.history.texts() == ["Paste", "Duplicate", "Cut"]


def test_paste_after_cut_moves_the_branch_out_of_the_holding_area(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    before = chart.role_count
    reports = chart.reports_of("digital-marketing-manager")
    click_card(qtbot, window, "digital-marketing-manager")
    qtbot.keyClick(window.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert chart.is_parked("digital-marketing-manager")
    qtbot.waitUntil(lambda: "digital-marketing-manager" in window.canvas.holding.cards)
    click_card(qtbot, window, "operations-manager")
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert chart.role_count == before  # moved, not copied
    assert chart.manager_of("digital-marketing-manager") == "operations-manager"
    assert chart.reports_of("digital-marketing-manager") == reports and chart.parked() == []
    assert window.history.texts() == ["Cut", "Paste"]
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert chart.role_count == before + 1 + len(reports)  # a second paste copies


def test_tab_on_a_parked_card_adds_to_its_branch_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    qtbot.keyClick(window.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "qa-tester" in window.canvas.holding.cards)
    click_card(qtbot, window, "qa-tester")
    messages: list[str] = []
    window.canvas.message.connect(messages.append)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    (new,) = chart.reports_of("qa-tester")
    assert chart.held_by(new) == "qa-tester"
    assert messages[-1] == "The new role joins QA tester in the holding area."
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)  # no card to rename on: nothing happens
    assert window.canvas.sketch.editor is None or not window.canvas.sketch.editor.isVisible()


def test_duplicating_a_parked_role_keeps_the_copy_parked(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    click_card(qtbot, window, "qa-tester")
    qtbot.keyClick(window.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "qa-tester" in window.canvas.holding.cards)
    click_card(qtbot, window, "qa-tester")
    before = chart.state()
    qtbot.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = window.canvas.selected
    assert copy != "qa-tester" and chart.parked() == ["qa-tester", copy]
    window.history.undo()
    assert chart.state() == before


def test_the_delete_question_says_the_roles_dotted_lines_go_too(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    role = chart.role("digital-marketing-manager")
    assert asked_about(window, role.id) == [
        "Digital marketing manager has 4 direct reports. What should happen to them?",
        "Its dotted line is removed with it.",
    ]
    chart.add_link(Link(role.id, "accountant"))
    assert asked_about(window, role.id)[1] == "Its 2 dotted lines are removed with it."
    assert chart.has_role(role.id)  # cancelled
    chart.remove_link(*Link(role.id, "accountant").key)
    chart.remove_link(*chart.links_of(role.id)[0].key)
    assert asked_about(window, role.id)[1] == ""


def asked_about(window: MainWindow, role_id: str) -> list[str]:
    """The question's text and its note, for deleting the role (answered "Cancel")."""
    seen: list[str] = []
    tries = iter(range(250))  # five seconds: a question that never shows fails, not hangs

    def look_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.extend([box.text(), box.informativeText()])
            box.button(QMessageBox.StandardButton.Cancel).click()
        elif next(tries, None) is not None:
            QTimer.singleShot(20, look_and_cancel)

    QTimer.singleShot(20, look_and_cancel)
    chart = window.document.chart
    assert ask_delete_mode(window.canvas, chart.role(role_id), len(chart.reports_of(role_id))) is None
    return seen


def test_the_role_an_edit_selects_is_scrolled_into_view_and_the_menu_follows_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Ctrl+D selected a copy off screen to the right, and Del its manager far above, with
    # the view left where it was; Edit > Cut, Copy and Duplicate were offered with nothing
    # selected, and did nothing.
    from PySide6.QtGui import QAction

    canvas = window.canvas

    def in_view(role_id: str) -> bool:
        shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
        return shown.contains(canvas.card_rect(role_id))

    actions = {a.text(): a for a in window.edit_menu.actions() if isinstance(a, QAction)}
    canvas.select("")
    assert not any(actions[t].isEnabled() for t in ("Cu&t", "&Copy", "&Duplicate"))
    assert actions["&Paste"].isEnabled()  # (with nothing selected, at the top of the first team)
    click_card(qtbot, window, "mobile-app-developer")
    assert all(actions[t].isEnabled() for t in ("Cu&t", "&Copy", "&Duplicate"))
    canvas.zoom_by(2.0)
    canvas.centerOn(canvas.card_rect("mobile-app-developer").center())
    qtbot.keyClick(canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = canvas.selected
    assert copy != "mobile-app-developer" and in_view(copy)
    canvas.centerOn(canvas.card_rect(copy).center())
    assert not in_view(window.document.chart.manager_of(copy) or "")
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)  # no reports: no question
    assert canvas.selected == "ecommerce-manager" and in_view("ecommerce-manager")


def test_paste_with_nothing_copied_says_so(qtbot: QtBot, window: MainWindow) -> None:
    # Ctrl+V did nothing and said nothing (Edit > Paste stays enabled, for the text fields).
    before = window.document.chart.state()
    click_card(qtbot, window, "accountant")
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to paste: copy or cut a role first."
    assert window.document.chart.state() == before


def test_the_empty_charts_hint_goes_once_it_has_a_team(qtbot: QtBot, window: MainWindow) -> None:
    # "Press Enter to add the first role" ran through a new team's frame, where Enter renames.
    from orgchart.commands import AddTeam
    from orgchart.model import Team

    window.new_chart()
    canvas = window.canvas

    def grey_text() -> int:
        image = canvas.viewport().grab().toImage()
        middle = image.height() // 2
        return sum(image.pixelColor(x, y).name() == "#6b7280" for x in range(image.width()) for y in range(middle - 12, middle + 12))

    assert grey_text() > 20
    window.history.push(AddTeam(Team("sales", "Sales")))
    canvas.refresh()
    assert grey_text() == 0
    window.history.set_clean()


def test_the_first_role_of_a_new_chart_and_its_title_are_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    # It took two steps, "Add role" and "Change title"; later roles take one.
    window.new_chart()
    canvas = window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    qtbot.keyClicks(_editor(window), "Founder")
    qtbot.keyClick(_editor(window), Qt.Key.Key_Return)
    chart = window.document.chart
    assert [chart.role(r).title for r in chart.role_ids()] == ["Founder"]
    assert window.history.texts() == ["Add role"]
    window.history.undo()
    assert chart.role_count == 0 and not chart.team_ids()


def test_undoing_a_role_just_added_selects_again_what_was_selected(qtbot: QtBot, window: MainWindow) -> None:
    # After Tab and Ctrl+Z nothing was selected, so the next Tab did nothing.
    canvas = window.canvas
    click_card(qtbot, window, "accountant")
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(_editor(window), Qt.Key.Key_Escape)
    assert canvas.selected not in ("", "accountant")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: canvas.selected == "accountant")  # once laid out again

    canvas.select_team("team-finance")
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)  # the new role reports to the team's lead
    qtbot.keyClick(_editor(window), Qt.Key.Key_Escape)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: canvas.selected == "" and canvas.selected_team == "team-finance")


def test_a_selected_role_deleted_otherwise_leaves_its_manager_selected(qtbot: QtBot, window: MainWindow) -> None:
    chart, canvas = window.document.chart, window.canvas
    click_card(qtbot, window, "accountant")
    window.history.push(DeleteRole("accountant"))  # as a redo of its deletion would
    canvas.refresh()
    assert canvas.selected == "ecommerce-manager" == chart.role_ids()[0]


def test_undo_ends_a_dotted_line_being_drawn(qtbot: QtBot, window: MainWindow) -> None:
    # The line kept waiting for its end after its start was undone away, and the next
    # click said "there is no role with the id …".
    from orgchart.model import LinkKind

    canvas = window.canvas
    click_card(qtbot, window, "accountant")
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(_editor(window), Qt.Key.Key_Escape)
    canvas.links.start(canvas.selected, LinkKind.WORKS_WITH)
    window.undo_action.trigger()
    assert not canvas.links.connecting
