"""Workshop mode in the window: View > Show responsibilities / Show team figures (remembered
as the user's preferences), the Team figures and Checks panels following the chart, and the
who-does-what table."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QListWidgetItem
from pytestqt.qtbot import QtBot

from orgchart.commands import UpdateRole
from orgchart.ui.main_window import MainWindow
from orgchart.ui.workshop import SHOW_DETAILS_KEY
from tests.ui.conftest import DEPARTMENTS_EN

TECH = "team-technology"


def _height(window: MainWindow, role_id: str) -> float:
    return window.canvas.item.picture.geometry.cards[role_id].rect.h


def test_show_responsibilities_grows_the_cards_and_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    action = window.workshop.details_action
    assert action in window.view_menu.actions() and not action.isChecked()
    before = _height(window, "data-analyst")
    action.trigger()  # as a click on View > Show responsibilities
    picture = window.canvas.item.picture
    assert picture.measure.details and _height(window, "data-analyst") > before + 40
    details = picture.measure.content(window.document.chart.role("data-analyst"), 0).details
    assert details is not None and "Track KPIs" in [line.text for line in details.lines]
    assert QSettings().value(SHOW_DETAILS_KEY) in (True, "true")
    again = MainWindow()  # the next window starts the way this one was left
    qtbot.addWidget(again)
    assert again.workshop.details_action.isChecked() and again.canvas.item.picture.measure.details
    action.trigger()
    assert _height(window, "data-analyst") == before


def test_show_team_figures_puts_them_in_the_headers_and_follows_edits(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.workshop.figures_action.trigger()
    assert window.canvas.item.picture.figures[TECH] == "7 roles · 7 FTE · 7 vacant · 14% external"
    chart = window.document.chart
    role = chart.role("data-analyst")
    window.history.push(UpdateRole(role, dataclasses.replace(role, holder="Grace"), "holder"))
    qtbot.waitUntil(lambda: "6 vacant" in window.canvas.item.picture.figures[TECH])
    window.history.undo()
    qtbot.waitUntil(lambda: "7 vacant" in window.canvas.item.picture.figures[TECH])


def _cells(window: MainWindow, team_id: str) -> list[str]:
    row = window.workshop.figures.row_of(team_id)
    assert row is not None
    return [row.text(k) for k in range(5)]


def test_the_figures_panel_shows_each_team_and_the_company_and_follows_edits(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.workshop.figures_dock.raise_()
    qtbot.waitUntil(lambda: window.workshop.figures.isVisible())
    assert _cells(window, TECH) == ["Technology", "7", "7", "7", "14%"]
    assert _cells(window, "") == ["Company", "21", "21", "21", "5%"]
    chart = window.document.chart
    role = chart.role("web-developer")
    window.history.push(UpdateRole(role, dataclasses.replace(role, holder="Lin", fte=0.5), "holder"))
    qtbot.waitUntil(lambda: _cells(window, TECH) == ["Technology", "7", "6.5", "6", "14%"])
    assert _cells(window, "")[1:4] == ["21", "20.5", "20"]
    tree = window.workshop.figures.tree
    marketing = window.workshop.figures.row_of("team-marketing")
    assert marketing is not None
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(marketing).center())
    assert window.canvas.selected_team == "team-marketing"


def _findings(window: MainWindow) -> list[QListWidgetItem]:
    listed = window.workshop.checks.list
    return [listed.item(k) for k in range(listed.count())]


def test_the_checks_panel_lists_findings_in_words_and_a_click_shows_the_subject(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.workshop.checks_dock.raise_()
    qtbot.waitUntil(lambda: window.workshop.checks.isVisible())
    items = _findings(window)
    assert [item.text() for item in items] == [
        "“E-commerce manager” has 13 direct reports (more than 8)",
        "Nobody leads “Technology”: 7 of its roles report to managers outside it",
        "Nobody leads “Finance and administration”: 4 of its roles report to managers outside it",
    ]
    listed = window.workshop.checks.list
    canvas = window.canvas
    canvas.zoom_by(0.1)
    qtbot.mouseClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(items[0]).center()
    )
    assert canvas.selected == "ecommerce-manager"
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert shown.contains(canvas.card_rect("ecommerce-manager")) and canvas.zoom >= 0.7
    qtbot.mouseClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(items[1]).center()
    )
    assert canvas.selected_team == TECH and canvas.selected == ""


def test_check_settings_change_the_span_and_the_required_responsibilities(
    window: MainWindow, qtbot: QtBot
) -> None:
    checks = window.workshop.checks
    window.workshop.checks_dock.raise_()
    qtbot.waitUntil(checks.isVisible)
    checks.settings_button.click()
    assert checks.max_reports.isVisible()
    checks.max_reports.setValue(20)
    assert len(_findings(window)) == 2 and QSettings().value("checks/max reports") in (20, "20")
    checks.max_reports.setValue(3)  # now the digital marketing manager's four reports count too
    texts = [item.text() for item in _findings(window)]
    assert "“Digital marketing manager” has 4 direct reports (more than 3)" in texts
    checks.required.setFocus()
    qtbot.keyClicks(checks.required, "Data protection")
    qtbot.waitUntil(
        lambda: "No role holds the responsibility “Data protection”" in [i.text() for i in _findings(window)]
    )
    assert QSettings().value("checks/required") in (["Data protection"], "Data protection")


def test_who_does_what_shows_the_selected_team_and_saves_csv(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.canvas.select_team(TECH)
    window.workshop.matrix_action.trigger()
    dialog = window.workshop.matrix_dialog
    assert dialog is not None and dialog.isVisible() and dialog.team_id() == TECH
    table = dialog.table
    assert table.columnCount() == 1 + 7
    assert [table.horizontalHeaderItem(c).text() for c in (0, 1, 2)] == [
        "Responsibility",
        "Web developer",
        "E-commerce\noperations\nspecialist",  # a narrow column
    ]
    assert table.item(0, 0).text() == "User-friendly interface (front end)" and table.item(0, 1).text() == "●"
    out = tmp_path / "tech.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.save_csv.click()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Responsibility,Web developer,") and lines[1].startswith("User-friendly")
    role = window.document.chart.role("qa-tester")
    new = dataclasses.replace(role, responsibilities=(*role.responsibilities, "Release sign-off"))
    window.history.push(UpdateRole(role, new, "responsibilities"))
    qtbot.waitUntil(lambda: "Release sign-off" in [table.item(r, 0).text() for r in range(table.rowCount())])


def test_a_panel_behind_another_tab_checks_again_only_when_its_tab_is_chosen(
    window: MainWindow, qtbot: QtBot
) -> None:
    checks = window.workshop.checks
    window.workshop.checks_dock.raise_()
    qtbot.waitUntil(lambda: checks.shown)
    assert len(checks.findings) == 3
    window.findChild(QDockWidget, "HistoryPanel").raise_()  # the checks' tab goes behind
    qtbot.waitUntil(lambda: not checks.shown)
    old = window.document.chart.role("qa-tester")
    window.history.push(UpdateRole(old, dataclasses.replace(old, responsibilities=()), "responsibilities"))
    qtbot.wait(100)  # the panels follow the chart from the event loop
    assert len(checks.findings) == 3  # not checked again while nobody can see it
    window.workshop.checks_dock.raise_()
    qtbot.waitUntil(lambda: len(checks.findings) == 4)  # checked when its tab is chosen


def test_a_team_name_with_slashes_suggests_a_plain_file_name(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgchart.commands import UpdateTeam

    team = window.document.chart.team(TECH)
    window.history.push(UpdateTeam(team, dataclasses.replace(team, name="IT/Technik: ../x"), "name"))
    window.canvas.select_team(TECH)
    window.workshop.matrix_action.trigger()
    dialog = window.workshop.matrix_dialog
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, where, _k: (asked.append(where), ("", ""))[1]
    )
    dialog.save_csv.click()
    suggested = Path(asked[0])
    assert suggested.parent == DEPARTMENTS_EN.parent and "/" not in suggested.name
    assert suggested.name == "ecommerce-departments.en - IT-Technik- ..-x.csv"
