"""File > Compare with…: the changes since another file marked on the canvas, counted and
listed in a panel, following edits, and cleared."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabBar
from pytestqt.qtbot import QtBot

from orgchart.commands import UpdateRole
from orgchart.io import read_chart, save
from orgchart.model import Role
from orgchart.render.marks import Mark
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import click_card
from tests.ui.conftest import DEPARTMENTS_EN


@pytest.fixture
def older(tmp_path: Path) -> Path:
    """An earlier version of the open sample: no SEO specialist yet, an extra intern, the
    data analyst still in Finance under the financial analyst."""
    chart = read_chart(DEPARTMENTS_EN)[0].chart
    chart.remove_role("seo-specialist")
    chart.add_role(Role("intern", "Marketing intern"), "team-marketing", "digital-marketing-manager")
    chart.move_role("data-analyst", "team-finance", manager="financial-analyst")
    path = tmp_path / "as-is.json"
    save(chart, path)
    return path


def _compare(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.comparison.action.trigger()


def test_compare_with_marks_the_changes_and_lists_them(
    qtbot: QtBot, window: MainWindow, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.comparison.action in window.file_menu.actions()
    _compare(window, older, monkeypatch)
    canvas = window.canvas
    marks = canvas.item.picture.marks
    assert marks is not None and marks is canvas.item.picture.painter.marks
    assert dict(marks.roles) == {"seo-specialist": (Mark.ADDED,), "data-analyst": (Mark.MOVED,)}
    assert [r.role.title for r in marks.removed] == ["Marketing intern"]
    panel = window.comparison.panel
    assert panel is not None and panel.isVisible()
    assert "as-is.json" in panel.heading.text()
    groups = {panel.tree.topLevelItem(k).text(0): panel.tree.topLevelItem(k) for k in range(4)}
    assert set(groups) == {"New (1)", "Moved (1)", "Changed (0)", "Removed (1)"}
    assert groups["Removed (1)"].child(0).text(0) == "Marketing intern"
    assert groups["Moved (1)"].child(0).text(1) == (
        "team: Finance and administration → Technology; manager: Financial analyst → E-commerce manager"
    )
    assert window.statusBar().currentMessage().startswith("Compared with as-is.json: 1 new, 1 moved, 0 changed, 1 removed")
    # a click in the list selects the role on the canvas; selection by mouse still works
    panel.tree.itemClicked.emit(groups["New (1)"].child(0), 0)
    assert canvas.selected == "seo-specialist"
    click_card(qtbot, window, "web-developer")  # asserts it is selected
    zoom = canvas.zoom
    canvas.zoom_by(1.25)
    assert canvas.zoom == pytest.approx(zoom * 1.25)


def test_the_panels_tabs_show_their_names_whole_with_the_comparison_beside_them(
    qtbot: QtBot, window: MainWindow, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fourth tab beside History, Team figures and Checks cut every name to "His…", "Che…".
    def bar() -> QTabBar:
        (found,) = [b for b in window.findChildren(QTabBar) if "History" in (b.tabText(i) for i in range(b.count()))]
        return found

    def canvas() -> int:
        return window.centralWidget().width()

    before = canvas()
    _compare(window, older, monkeypatch)
    qtbot.waitUntil(lambda: bar().count() == 4 and bar().width() >= bar().sizeHint().width())
    assert window.width() // 2 <= canvas() < before  # the canvas gave room, and keeps half
    window.comparison.clear()
    qtbot.waitUntil(lambda: canvas() == before)  # the panels as they were
    # a window where the canvas has half or less already: the tab takes no more
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    qtbot.wait(20)
    before = canvas()
    assert before <= 500
    _compare(window, older, monkeypatch)
    qtbot.wait(50)
    assert canvas() == before


def test_the_marks_follow_edits_and_clearing_removes_them(
    qtbot: QtBot, window: MainWindow, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compare(window, older, monkeypatch)
    canvas = window.canvas
    old = window.document.chart.role("web-developer")
    window.history.push(UpdateRole(old, dataclasses.replace(old, holder="Jana"), "holder"))
    qtbot.waitUntil(lambda: canvas.item.picture.marks is not None and "web-developer" in canvas.item.picture.marks.roles)
    assert canvas.item.picture.marks.roles["web-developer"] == (Mark.CHANGED,)
    panel = window.comparison.panel
    assert panel is not None
    changed = panel.tree.topLevelItem(2)
    assert (changed.text(0), changed.child(0).text(0), changed.child(0).text(1)) == ("Changed (1)", "Web developer", "holder")
    window.history.undo()
    qtbot.waitUntil(lambda: "web-developer" not in canvas.item.picture.marks.roles)  # type: ignore[union-attr]
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert canvas.item.picture.marks is None and canvas.item.picture.removed is None
    assert canvas.marks_for is None and not panel.isVisible()
    assert not window.comparison.clear_action.isEnabled()


def test_opening_another_chart_ends_the_comparison(
    qtbot: QtBot, window: MainWindow, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compare(window, older, monkeypatch)
    assert window.open_path(older)
    qtbot.waitUntil(lambda: window.canvas.marks_for is None)
    assert window.canvas.item.picture.marks is None


def test_a_file_that_cannot_be_read_says_so_and_marks_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    _compare(window, broken, monkeypatch)
    assert len(shown) == 1 and "broken.json" in shown[0]
    assert window.canvas.marks_for is None and window.canvas.item.picture.marks is None


def test_exporting_one_team_keeps_the_comparison_and_marks_that_team(
    qtbot: QtBot, window: MainWindow, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # File > Export with Show: Finance ended the comparison (its marks were asked for a
    # chart that is not the open one) and drew no marks at all.
    _compare(window, older, monkeypatch)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.team.setCurrentIndex(dialog.team.findData("team-finance"))
    finance = dialog.make_picture().marks
    dialog.team.setCurrentIndex(dialog.team.findData("team-technology"))
    technology = dialog.make_picture().marks
    qtbot.wait(10)  # (the comparison was cleared on the next turn of the event loop)
    assert window.comparison.panel is not None and window.comparison.panel.isVisible()
    assert window.canvas.item.picture.marks is not None
    # the analyst moved from Finance to Technology: moved away on the one, moved on the other
    assert finance is not None and not finance.roles
    assert [(r.role.title, r.moved_to) for r in finance.removed] == [("Data analyst", "Technology")]
    assert technology is not None and dict(technology.roles) == {"data-analyst": (Mark.MOVED,)}
    assert not technology.removed
