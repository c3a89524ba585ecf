"""The outline's rows read lazily from the chart (`OutlineModel`), and what the outline keeps
when the chart changes: the expanded and collapsed rows, the current row, the scroll
position."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

import orgchart.ui.outline as outline_module
from orgchart.commands import UpdateRole, UpdateTeam
from orgchart.io import read_chart
from orgchart.model import OrgChart
from orgchart.ui.main_window import MainWindow
from orgchart.ui.outline import OutlineView
from orgchart.ui.outline_model import HOLDING, OutlineModel
from tests.ui.conftest import DEPARTMENTS_EN

LEFT = Qt.MouseButton.LeftButton


def _sample() -> OrgChart:
    """The English sample with a branch in the holding area."""
    chart = read_chart(DEPARTMENTS_EN)[0].chart
    chart.set_manager("operations-manager", None)
    chart.park("operations-manager")
    return chart


def _walk(model: OutlineModel) -> dict[str, tuple[str, int]]:
    """Every row's (parent id, row), read from the top down as a view does."""
    found: dict[str, tuple[str, int]] = {}
    work = [QModelIndex()]
    while work:
        parent = work.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            node_id = model.id_of(index)
            assert node_id not in found, node_id  # listed once
            assert model.id_of(model.parent(index)) == model.id_of(parent)
            found[node_id] = (model.id_of(parent), row)
            work.append(index)
    return found


def test_every_role_and_team_is_listed_once_and_found_by_its_id(
    qtbot: QtBot, qtlog: _QtMessageCapture
) -> None:
    chart = _sample()
    walked = OutlineModel()
    tester = QAbstractItemModelTester(walked, QAbstractItemModelTester.FailureReportingMode.Warning)
    walked.show(chart)
    rows = _walk(walked)
    assert set(rows) == {*chart.team_ids(), *chart.role_ids(), HOLDING}
    assert rows["operations-manager"] == (HOLDING, 0)
    assert rows["logistics-coordinator"] == ("operations-manager", 0)  # the branch came along
    assert rows[HOLDING] == ("", len(chart.subteams_of(None)))  # the last row
    for node_id, (parent, row) in rows.items():
        fresh = OutlineModel()  # found without reading from the top first
        fresh.show(chart)
        index = fresh.index_of(node_id)
        assert (fresh.id_of(index.parent()), index.row()) == (parent, row), node_id
    assert not walked.index_of("no-such-role").isValid()
    del tester  # Qt's own checks of an item model (it reads every row) found nothing wrong:
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]


def test_after_a_change_the_rows_read_as_before_until_they_are_shown_again(qtbot: QtBot) -> None:
    chart = _sample()
    model = OutlineModel()
    model.show(chart)
    before = _walk(model)
    accountant = model.index_of("accountant")
    chart.remove_role("accountant")
    chart.unpark("operations-manager")  # the holding area is empty now
    assert _walk(model) == before  # what a view knows stays true until the reset
    assert model.data(accountant) is None  # a row that is gone reads as empty
    assert model.index_of(HOLDING).isValid()
    # Rows not read before the change are not read from the changed chart either: a role
    # moved from a row read to one not read is not listed twice.
    model.show(chart)
    assert model.id_of(model.index_of("mobile-app-developer").parent()) == "team-technology"
    chart.move_role("mobile-app-developer", "team-finance", manager="financial-analyst")
    assert _walk(model)["mobile-app-developer"][0] == "team-technology"  # (once: see _walk)
    model.show(chart)
    after = _walk(model)
    assert "accountant" not in after and HOLDING not in after
    assert after["operations-manager"][0] == "team-operations"


@pytest.fixture
def outline(qtbot: QtBot) -> OutlineView:
    view = OutlineView()
    qtbot.addWidget(view)
    view.resize(320, 140)  # a few rows in sight: the rest is scrolled
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_change_keeps_the_current_row_and_the_scroll_position(qtbot: QtBot, outline: OutlineView) -> None:
    chart = _sample()
    outline.show_chart(chart)
    outline.select_id("compliance-officer")
    bar = outline.verticalScrollBar()
    bar.setValue(bar.value() + 2)  # not where selecting would scroll to; the row in sight
    scrolled = bar.value()
    row = outline.row_rect(outline.currentIndex())
    assert scrolled > 0 and 0 <= row.top() and row.bottom() < outline.viewport().height()
    chart.update_role(dataclasses.replace(chart.role("accountant"), title="Chief accountant"))
    with qtbot.assertNotEmitted(outline.current_id_changed):
        outline.show_chart(chart)
    assert bar.value() == scrolled
    assert outline.id_of(outline.currentIndex()) == "compliance-officer"
    assert outline.index_of("accountant").data() == "Chief accountant"
    outline.show_chart(_sample())  # another chart starts at the top, nothing current
    assert bar.value() == 0 and not outline.currentIndex().isValid()


def _click(qtbot: QtBot, outline: OutlineView, node_id: str) -> None:
    index = outline.index_of(node_id)
    outline.scrollTo(index)
    qtbot.mouseClick(outline.viewport(), LEFT, pos=outline.row_rect(index).center())
    assert outline.id_of(outline.currentIndex()) == node_id


def _rename_team(qtbot: QtBot, window: MainWindow, team_id: str, name: str) -> None:
    """An edit through the history that the outline shows by reading the chart again (a
    model reset; a role's own fields only update its row)."""
    team = window.document.chart.team(team_id)
    with qtbot.waitSignal(window.outline.rows.modelReset):
        window.history.push(UpdateTeam(team, dataclasses.replace(team, name=name), "name"))
    assert window.outline.index_of(team_id).data() == name


def test_a_large_chart_shows_its_teams_and_keeps_what_the_user_opens_and_closes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outline_module, "EXPAND_ALL_UP_TO", 10)  # the sample has 21 roles
    outline, chart = window.outline, window.document.chart
    outline.show_chart(window.document.chart.copy())
    outline.show_chart(chart)

    def expanded(node_id: str) -> bool:
        return outline.isExpanded(outline.index_of(node_id))

    assert all(expanded(t) for t in chart.team_ids())
    assert not expanded("digital-marketing-manager")
    _click(qtbot, outline, "digital-marketing-manager")
    qtbot.keyClick(outline, Qt.Key.Key_Right)
    _click(qtbot, outline, "team-finance")
    qtbot.keyClick(outline, Qt.Key.Key_Left)
    assert expanded("digital-marketing-manager") and not expanded("team-finance")
    _rename_team(qtbot, window, "team-operations", "Operations")
    assert expanded("digital-marketing-manager") and not expanded("team-finance")
    assert expanded("team-marketing") and not expanded("operations-manager")
    assert outline.id_of(outline.currentIndex()) == "team-finance"


def test_a_small_chart_shows_every_row_but_what_the_user_closed(qtbot: QtBot, window: MainWindow) -> None:
    outline, chart = window.outline, window.document.chart
    assert all(
        outline.isExpanded(outline.index_of(r)) for r in chart.role_ids() if outline.rows.children_of(r)
    )
    _click(qtbot, outline, "digital-marketing-manager")
    qtbot.keyClick(outline, Qt.Key.Key_Left)
    _rename_team(qtbot, window, "team-finance", "Finance")
    assert not outline.isExpanded(outline.index_of("digital-marketing-manager"))
    assert outline.isExpanded(outline.index_of("operations-manager"))
    assert outline.id_of(outline.currentIndex()) == "digital-marketing-manager"


def test_a_parked_branch_is_listed_whole_in_the_holding_area_even_across_teams(
    qtbot: QtBot, window: MainWindow
) -> None:
    from orgchart.commands import MoveRole, park_role
    from orgchart.ui.outline_dragging import HOLDING

    chart, outline = window.document.chart, window.outline
    window.history.push(MoveRole("accountant", "team-finance", "operations-manager"))
    window.history.push(park_role(chart, "operations-manager"))
    qtbot.waitUntil(lambda: outline.index_of(HOLDING).isValid())
    accountant = outline.index_of("accountant")
    assert accountant.isValid() and outline.id_of(accountant.parent()) == "operations-manager"
    assert outline.id_of(accountant.parent().parent()) == HOLDING


def test_a_changed_holder_updates_its_row_without_rebuilding_the_outline(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    outline, chart = window.outline, window.document.chart
    row = QPersistentModelIndex(outline.index_of("qa-tester"))
    resets: list[int] = []
    outline.rows.modelReset.connect(lambda: resets.append(1))
    old = chart.role("qa-tester")
    window.history.push(UpdateRole(old, dataclasses.replace(old, holder="Grace Hopper"), "holder"))
    qtbot.wait(20)
    assert resets == [] and row.isValid()
    assert outline.rows.index(row.row(), 1, row.parent()).data() == "Grace Hopper"


def test_a_row_whose_name_a_narrow_panel_cuts_shows_it_whole_in_its_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    outline = window.outline
    tip = Qt.ItemDataRole.ToolTipRole
    team = outline.index_of("team-business-development")
    assert team.data(tip) == "Business development and strategy"
    role = outline.index_of("social-media-specialist")
    assert role.data(tip) == "Social media marketing specialist\nvacant"


def test_team_names_are_in_the_colours_the_canvas_draws_them_in(window: MainWindow) -> None:
    # a team with the theme's automatic colour (as every team of a CSV import) was listed
    # in plain black, the others in their colours
    from PySide6.QtGui import QGuiApplication

    from orgchart.render.contrast import contrast

    chart = window.document.chart
    old = chart.team("team-marketing")
    window.history.push(UpdateTeam(old, dataclasses.replace(old, color=None), "color"))
    window.canvas.refresh()
    rows = window.outline.rows
    drawn = window.canvas.item.picture.painter.colors
    base = QGuiApplication.palette().base().color()
    for team_id in ("team-marketing", "team-technology"):
        brush = rows.data(window.outline.index_of(team_id), Qt.ItemDataRole.ForegroundRole)
        assert brush is not None, team_id
        shade = brush.color()
        assert contrast(shade, base) >= 4.5
        # the team's colour, darkened to be read: the same hue as on the canvas
        assert abs(shade.hueF() - drawn[team_id].hueF()) < 0.05 or drawn[team_id].saturationF() < 0.1, team_id
    assert chart.team("team-marketing").color is None
