"""The first window: opens a chart, shows its outline, refuses bad files without losing the open one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow
from orgchart.ui.outline import OutlineView
from tests.conftest import ROOT

DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.de.json"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _rows(tree: OutlineView, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """The outline's rows below ``parent`` (the top rows without one)."""
    parent = parent or QModelIndex()
    return [tree.rows.index(i, 0, parent) for i in range(tree.rows.rowCount(parent))]


def _texts(tree: OutlineView, parent: QModelIndex) -> list[str]:
    return [row.data() for row in _rows(tree, parent)]


def test_opening_a_sample_shows_its_teams_and_roles(window: MainWindow) -> None:
    assert window.open_path(DEPARTMENTS)
    tree = window.outline
    departments = [row.data() for row in _rows(tree)]
    assert departments == [
        "Geschäftsentwicklung und Strategie",
        "Marketing",
        "Technik",
        "Betrieb und Logistik",
        "Finanzen und Verwaltung",
    ]
    marketing = _rows(tree)[1]
    assert _texts(tree, marketing) == ["Digital Marketing Manager"]  # the team's lead, reports below
    lead = _rows(tree, marketing)[0]
    assert "SEO-Spezialist" in _texts(tree, lead)
    assert lead.siblingAtColumn(1).data() == "vacant"
    assert tree.id_of(lead) == "digital-marketing-manager"
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
    assert len(_rows(window.outline)) == 5
    assert "ecommerce-departments.de.json" in window.windowTitle()


def test_ctrl_o_opens_the_chosen_file(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = ROOT / "samples" / "ecommerce-project-roles.en.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.path == chosen)
    assert _rows(window.outline)[0].data() == "Digital"
    assert window.summary.text() == "Teams: 7 · Roles: 13 · Dotted lines: 5"


def test_an_empty_window_says_untitled(window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*]"
    assert _rows(window.outline) == []


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
    row, depth = _rows(window.outline)[0], 0
    while below := _rows(window.outline, row):
        row, depth = below[0], depth + 1
    assert depth == 3000 and row.data() == "Rolle 2999"
