"""The chart keeps its hierarchy reading until it changes: after any edit, and after undo,
it is what a fresh reading gives."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart.commands import History
from orgchart.model import OrgChart, OrgError, Role, Team, views
from orgchart.model.bulk import add_roles
from tests.edits import random_edit
from tests.strategies import charts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_teams=4, max_roles=12, park=True), st.data())
def test_the_kept_hierarchy_is_always_a_fresh_one(chart: OrgChart, data: st.DataObject) -> None:
    history = History(chart)
    assert chart.hierarchy() == views.hierarchy(chart)
    for n in range(data.draw(st.integers(1, 15))):
        if history.can_undo and data.draw(st.booleans()):
            history.undo()
        else:
            try:
                history.push(random_edit(data, chart, n))
            except (OrgError, ValueError):
                pass
        assert chart.hierarchy() == views.hierarchy(chart)
        assert chart.role_ids() == views.hierarchy(chart).order


def test_it_is_read_once_per_state() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "Team"))
    first = chart.hierarchy()
    assert chart.hierarchy() is first
    add_roles(chart, [(Role("a", "A"), "t")])
    assert chart.hierarchy() is not first and chart.role_ids() == ["a"]
    ids = chart.role_ids()
    ids.append("changed by a caller")
    assert chart.role_ids() == ["a"]
