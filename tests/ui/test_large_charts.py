"""A large chart opens showing its top levels (a first look that draws at once); View's
Expand all and Collapse all show every role or only the top ones."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from orgchart.ui import canvas as canvas_module
from orgchart.ui.main_window import MainWindow
from tests.ui.conftest import DEPARTMENTS_EN


def _view_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    view = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    return next(a for a in view.actions() if a.text() == text)


@pytest.fixture
def large(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The five-department sample (25 roles) counted as large: more than 20 roles, 16 cards."""
    monkeypatch.setattr(canvas_module, "LARGE_CHART", 20)
    monkeypatch.setattr(canvas_module, "OVERVIEW_CARDS", 16)
    messages: list[str] = []
    window.canvas.message.connect(messages.append)
    assert window.open_path(DEPARTMENTS_EN)
    window.messages = messages  # type: ignore[attr-defined]
    return window


def test_a_large_chart_opens_with_its_top_levels_and_says_so(large: MainWindow) -> None:
    chart, canvas = large.document.chart, large.canvas
    levels, collapsed = chart.top_levels(16)
    assert levels == 2  # the e-commerce manager and the 14 roles reporting to them
    shown = set(canvas.item.picture.geometry.cards)
    assert shown == {r for r in chart.role_ids() if len(chart.chain_of_command(r)) < 2}
    assert canvas.params.collapsed == collapsed
    assert any("down to level 2" in m for m in large.messages)  # type: ignore[attr-defined]
    assert not large.isWindowModified() and large.history_panel.count() == 1  # a view, not an edit


def test_expand_all_and_collapse_all(qtbot: QtBot, large: MainWindow) -> None:
    chart, canvas = large.document.chart, large.canvas
    _view_action(large, "&Expand all").trigger()
    assert set(canvas.item.picture.geometry.cards) == set(chart.role_ids())
    _view_action(large, "&Collapse all").trigger()
    tops = {r for r in chart.role_ids() if chart.manager_of(r) is None}
    assert set(canvas.item.picture.geometry.cards) == tops
    hidden = canvas.item.picture.geometry.cards[next(iter(tops))].hidden
    assert hidden == chart.role_count - len(tops)  # the card says how many it hides


def test_a_file_that_says_what_is_collapsed_opens_as_it_says(
    large: MainWindow, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _view_action(large, "&Expand all").trigger()
    target = tmp_path / "chart.json"
    lead = large.document.chart.reports_of(large.document.chart.role_ids()[0])[0]
    large.canvas.toggle_branch(lead)
    assert large._save_to(target)
    assert large.open_path(target)
    assert large.canvas.params.collapsed == {lead}


def test_a_small_chart_opens_whole(window: MainWindow) -> None:
    assert set(window.canvas.item.picture.geometry.cards) == set(window.document.chart.role_ids())
