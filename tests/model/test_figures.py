"""Team figures: each team's own roles, rolled up through nested teams and for the company."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings

from orgchart.model import OrgChart, Role, Sourcing, Team
from orgchart.model.figures import Figures, chart_figures
from tests.strategies import charts


def _chart() -> OrgChart:
    chart = OrgChart("Shop")
    chart.add_team(Team("top", "Geschäftsführung"))
    chart.add_team(Team("it", "IT"), "top")
    chart.add_team(Team("dev", "Entwicklung"), "it")
    chart.add_role(Role("ceo", "CEO", holder="Ada"), "top")
    chart.add_role(Role("cto", "CTO", holder="Grace"), "it", "ceo")
    chart.add_role(Role("dev1", "Entwickler", fte=0.5), "dev", "cto")
    chart.add_role(Role("dev2", "Entwicklerin", holder="Lin", sourcing=Sourcing.FREELANCE), "dev", "cto")
    chart.add_role(Role("app", "App-Agentur", sourcing=Sourcing.OUTSOURCED), "dev", "dev2")
    chart.add_role(Role("later", "Später"), "dev")
    chart.park("later")
    return chart


def test_own_and_rolled_up_figures() -> None:
    figures = chart_figures(_chart())
    assert figures.own["dev"] == Figures(roles=3, fte=2.5, vacancies=2, external=2)
    assert figures.own["it"] == Figures(roles=1, fte=1.0, vacancies=0, external=0)
    assert figures.total["it"] == Figures(roles=4, fte=3.5, vacancies=2, external=2)
    assert figures.total["top"] == figures.company == Figures(roles=5, fte=4.5, vacancies=2, external=2)
    assert figures.company.external_share == pytest.approx(0.4)
    assert figures.parked == 1  # "later" waits in the holding area, not counted


def test_an_empty_team_counts_nothing() -> None:
    chart = _chart()
    chart.add_team(Team("empty", "Leer"), "top")
    figures = chart_figures(chart)
    assert figures.own["empty"] == Figures() and figures.own["empty"].external_share == 0.0


@settings(max_examples=60, deadline=None)
@given(charts(park=True))
def test_roll_ups_add_up(chart: OrgChart) -> None:
    figures = chart_figures(chart)
    for team_id in chart.team_ids():
        inside = chart.team_ids_under(team_id)
        summed = sum((figures.own[t] for t in inside), Figures())
        assert dataclasses.astuple(figures.total[team_id]) == pytest.approx(dataclasses.astuple(summed))
    placed = [r for r in chart.role_ids() if chart.held_by(r) is None]
    assert figures.company.roles == len(placed)
    assert figures.parked == chart.role_count - len(placed)
