"""Deleting a team with what it holds, and dissolving a team into the one around it. No Qt."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart.commands import DeleteTeam, History, Macro, delete_team, dissolve_team, roles_under
from orgchart.model import Link, LinkKind, OrgChart, Role, StructureError, Team
from tests.commands.test_commands import company
from tests.strategies import charts


def _shop() -> OrgChart:
    """The company, with a sub-team inside marketing and a role in tech reporting into it."""
    chart = company()
    chart.add_team(Team("seo-team", "SEO-Team"), "mkt")
    chart.add_role(Role("writer", "Texter"), "seo-team", "seo")
    chart.add_role(Role("tracker", "Tracking"), "tech", "writer")  # reports into marketing
    chart.add_link(Link("writer", "cto", LinkKind.MATRIX))
    chart.add_link(Link("dev1", "ceo", LinkKind.WORKS_WITH))  # outside marketing
    return chart


def _pushed(chart: OrgChart, command: object) -> tuple[History, tuple[object, ...], tuple[object, ...]]:
    history = History(chart)
    before = chart.state()
    history.push(command)  # type: ignore[arg-type]
    return history, before, chart.state()


def test_deleting_a_team_with_its_roles_and_sub_teams_is_one_step_that_undo_takes_back() -> None:
    chart = _shop()
    history, before, after = _pushed(chart, delete_team(chart, "mkt"))
    assert not chart.has_team("mkt") and not chart.has_team("seo-team")
    assert not any(chart.has_role(r) for r in ("cmo", "seo", "writer"))
    # the role in another team that reported to a deleted one reports to the nearest that stays
    assert chart.manager_of("tracker") == "ceo" and chart.team_of("tracker") == "tech"
    assert [(link.source, link.target) for link in chart.links()] == [("dev1", "ceo")]
    assert history.texts() == ["Delete team"]
    chart.check()
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.state() == after


def test_an_empty_team_is_deleted_by_the_plain_command() -> None:
    chart = company()
    chart.add_team(Team("empty", "Leer"), "top")
    command = delete_team(chart, "empty")
    assert isinstance(command, DeleteTeam)


def test_roles_under_counts_the_sub_teams_and_the_holding_area() -> None:
    chart = _shop()
    chart.add_role(Role("held", "Geparkt"), "seo-team")
    chart.park("held")
    assert sorted(roles_under(chart, "mkt")) == ["cmo", "held", "seo", "writer"]
    history, before, _ = _pushed(chart, delete_team(chart, "mkt"))
    assert not chart.has_role("held")
    history.undo()
    assert chart.state() == before and chart.is_parked("held")


def test_dissolving_a_team_keeps_its_roles_their_managers_and_order_in_the_team_around_it() -> None:
    chart = _shop()
    chart.add_role(Role("cmo2", "CMO 2"), "mkt", "ceo")  # after cmo among the ceo's reports
    ceo_reports = chart.reports_of("ceo")
    history, before, after = _pushed(chart, dissolve_team(chart, "mkt"))
    assert not chart.has_team("mkt")
    assert {chart.team_of(r) for r in ("cmo", "cmo2", "seo")} == {"top"}
    assert chart.manager_of("seo") == "cmo" and chart.reports_of("ceo") == ceo_reports
    # its sub-team takes its place among the teams around it
    assert chart.subteams_of("top") == ["tech", "seo-team"] and chart.team_of("writer") == "seo-team"
    assert history.texts() == ["Dissolve team"]
    chart.check()
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.state() == after


def test_a_department_with_roles_is_not_dissolved_and_says_why() -> None:
    chart = _shop()
    before = chart.state()
    with pytest.raises(StructureError) as refused:
        History(chart).push(dissolve_team(chart, "top"))
    assert "Leitung" in refused.value.values and "department" in refused.value.shown
    assert chart.state() == before


def test_a_department_of_sub_teams_only_leaves_them_as_departments_in_its_place() -> None:
    chart = company()
    chart.add_team(Team("sales", "Vertrieb"))
    chart.add_team(Team("holding", "Holding"), index=1)  # between top and sales
    chart.add_team(Team("a", "A"), "holding")
    chart.add_team(Team("b", "B"), "holding")
    chart.add_role(Role("ra", "Leitung A"), "a", "ceo")
    command = dissolve_team(chart, "holding")
    assert isinstance(command, Macro)
    History(chart).push(command)
    assert chart.subteams_of(None) == ["top", "a", "b", "sales"]


def test_a_role_elsewhere_whose_secondary_manager_goes_too_is_handed_up_all_the_same() -> None:
    # "Delete everything" was refused: the role was handed, one deletion at a time, to its
    # secondary manager inside the team (about to go anyway), which the model does not allow.
    chart = _shop()
    chart.add_role(Role("outsider", "Outsider"), "tech", "seo")
    chart.add_link(Link("outsider", "cmo", LinkKind.MATRIX))
    history, before, _ = _pushed(chart, delete_team(chart, "mkt"))
    assert chart.manager_of("outsider") == "ceo" and chart.links_of("outsider") == []
    history.undo()
    assert chart.state() == before


def test_a_secondary_manager_who_stays_becomes_the_manager_in_place_of_the_dotted_line() -> None:
    chart = _shop()
    chart.add_role(Role("outsider", "Outsider"), "tech", "seo")
    chart.add_link(Link("outsider", "ceo", LinkKind.MATRIX, "Strategie"))
    history, before, _ = _pushed(chart, delete_team(chart, "mkt"))
    assert chart.manager_of("outsider") == "ceo" and chart.links_of("outsider") == []
    history.undo()
    assert chart.state() == before


def test_a_role_held_with_a_parked_branch_of_the_team_stays_in_the_holding_area() -> None:
    chart = _shop()
    chart.add_role(Role("boss", "Parkiert"), "mkt")
    chart.add_role(Role("helper", "Helfer"), "tech", "boss")
    chart.park("boss")
    history, before, _ = _pushed(chart, delete_team(chart, "mkt"))
    assert chart.is_parked("helper") and chart.manager_of("helper") is None
    chart.check()
    history.undo()
    assert chart.state() == before


def _order(chart: OrgChart) -> dict[str, list[str]]:
    """Every role's reports, in order."""
    return {r: chart.reports_of(r) for r in chart.role_ids()}


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_teams=5, max_roles=14, max_links=8, park=True), st.data())
def test_deleting_or_dissolving_any_team_undoes_to_the_exact_chart(chart: OrgChart, data: st.DataObject) -> None:
    if not chart.team_ids():
        return
    team = data.draw(st.sampled_from(chart.team_ids()))
    dissolve = data.draw(st.booleans())
    gone = set(roles_under(chart, team))
    managers = {r: chart.manager_of(r) for r in chart.role_ids()}
    chains = {r: chart.chain_of_command(r) for r in chart.role_ids()}
    order, parent = _order(chart), chart.parent_of(team)
    direct, teams = set(chart.members_of(team)), {r: chart.team_of(r) for r in chart.role_ids()}
    before = chart.state()
    history = History(chart)
    try:
        history.push(dissolve_team(chart, team) if dissolve else delete_team(chart, team))
    except StructureError:
        assert dissolve and parent is None and chart.members_of(team)
        assert chart.state() == before
        return
    chart.check()
    assert not chart.has_team(team)
    if dissolve:  # nothing but the team changes: managers, reports and their order stay
        assert {r: chart.manager_of(r) for r in chart.role_ids()} == managers
        assert _order(chart) == order
        # its own roles join the team around it; those of its sub-teams stay in them
        assert {r: chart.team_of(r) for r in chart.role_ids()} == {
            r: parent if r in direct else t for r, t in teams.items()
        }
    else:
        assert not any(chart.has_role(r) for r in gone)
        for role_id in chart.role_ids():  # the rest report to the nearest manager that stays
            assert chart.manager_of(role_id) == next((m for m in chains[role_id] if m not in gone), None)
    after = chart.state()
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.state() == after
