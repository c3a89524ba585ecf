"""The first window: opens a chart, shows its outline, refuses bad files without losing the open one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow
from orgchart.ui.outline import ID_ROLE
from tests.conftest import ROOT

DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.de.json"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _texts(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_opening_a_sample_shows_its_teams_and_roles(window: MainWindow) -> None:
    assert window.open_path(DEPARTMENTS)
    tree = window.outline
    departments = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert departments == [
        "Geschäftsentwicklung und Strategie",
        "Marketing",
        "Technik",
        "Betrieb und Logistik",
        "Finanzen und Verwaltung",
    ]
    marketing = tree.topLevelItem(1)
    assert _texts(marketing) == ["Digital Marketing Manager"]  # the team's lead, reports below
    assert "SEO-Spezialist" in _texts(marketing.child(0))
    assert marketing.child(0).text(1) == "vacant"
    assert marketing.child(0).data(0, ID_ROLE) == "digital-marketing-manager"
    assert window.windowTitle() == "E-Commerce-Teamstruktur — ecommerce-departments.de.json[*]"
    assert window.summary.text() == "Teams: 5 · Roles: 21 · Dotted lines: 4"


def test_a_bad_file_shows_an_error_and_keeps_the_open_chart(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(DEPARTMENTS)
    before = window.document.chart.state()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "half.json"
    bad.write_bytes(DEPARTMENTS.read_bytes()[:500])
    assert not window.open_path(bad)
    assert len(shown) == 1 and "half.json: line" in shown[0] and "cut off" in shown[0]
    assert window.document.chart.state() == before
    assert window.outline.topLevelItemCount() == 5
    assert "ecommerce-departments.de.json" in window.windowTitle()


def test_ctrl_o_opens_the_chosen_file(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = ROOT / "samples" / "ecommerce-project-roles.en.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.path == chosen)
    assert window.outline.topLevelItem(0).text(0) == "Digital"
    assert window.summary.text() == "Teams: 7 · Roles: 13 · Dotted lines: 5"


def test_an_empty_window_says_untitled(window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*]"
    assert window.outline.topLevelItemCount() == 0


def test_a_hierarchy_thousands_of_levels_deep_opens(window: MainWindow, tmp_path: Path) -> None:
    from orgchart.io import save
    from orgchart.model import OrgChart, Role, Team

    chart = OrgChart("Kette")
    chart.add_team(Team("t", "Team"))
    previous = None
    for i in range(3000):
        chart.add_role(Role(f"r{i}", f"Rolle {i}"), "t", previous)
        previous = f"r{i}"
    path = tmp_path / "deep.json"
    save(chart, path)
    assert window.open_path(path)
    item = window.outline.topLevelItem(0)
    depth = 0
    while item.childCount():
        item, depth = item.child(0), depth + 1
    assert depth == 3000 and item.text(0) == "Rolle 2999"
