"""Duplicating a team: the copy's structure mirrors the original's, beside it. No Qt."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart.commands import History, duplicate_team
from orgchart.commands.teams import roles_under
from orgchart.model import Link, LinkKind, OrgChart, Role, Team
from tests.commands.test_commands import company
from tests.strategies import charts


def _shape(chart: OrgChart, team_id: str) -> tuple[object, ...]:
    """The team without ids: its sub-teams (by name), and its placed roles as branches
    from their tops, each role with its title, its team's name and its reports in order;
    a top with the manager it has outside the team (an id: not copied)."""
    inside = set(roles_under(chart, team_id))
    placed = [r for r in chart.role_ids() if r in inside and chart.held_by(r) is None]

    def named(t: str | None) -> str | None:
        return "(the team)" if t == team_id else chart.team(t).name if t else None

    def branch(r: str) -> tuple[object, ...]:
        below = [branch(x) for x in chart.reports_of(r) if x in placed]
        return (chart.role(r).title, named(chart.team_of(r)), below)

    under = chart.team_ids_under(team_id)
    teams = [(named(t), named(chart.parent_of(t))) for t in under[1:]]
    # the tops as siblings: the team's (and its sub-teams') top roles, and the reports of
    # each manager outside, each list in its order
    tops: list[tuple[object, ...]] = []
    for k, t in enumerate(under):
        tops.append((k, [branch(r) for r in chart.top_roles(t) if r in placed]))
    for m in sorted({chart.manager_of(r) or "" for r in placed} - inside - {""}):
        tops.append((m, [branch(r) for r in chart.reports_of(m) if r in placed]))
    return tuple(teams), tuple(tops)


def test_a_copy_of_a_team_mirrors_it_beside_the_original_as_one_step() -> None:
    chart = company()
    chart.add_team(Team("seo-team", "SEO-Team"), "mkt")
    chart.add_role(Role("writer", "Texter"), "seo-team", "seo")
    chart.add_link(Link("writer", "cto", LinkKind.MATRIX, "Technik"))
    history = History(chart)
    before = chart.state()
    command = duplicate_team(chart, "mkt", "Marketing Süd")
    history.push(command)
    copy = chart.subteams_of("top")[2]
    assert chart.subteams_of("top") == ["tech", "mkt", copy] and chart.team(copy).name == "Marketing Süd"
    assert _shape(chart, copy) == _shape(chart, "mkt")
    (top,) = [r for r in chart.members_of(copy) if chart.manager_of(r) == "ceo"]
    assert chart.reports_of("ceo")[-1] == top  # the same manager outside, after its reports
    (writer,) = [r for t in chart.team_ids_under(copy) for r in chart.members_of(t) if chart.role(r).title == "Texter"]
    assert [(link.target, link.label) for link in chart.links_of(writer)] == [("cto", "Technik")]
    assert history.texts() == ["Duplicate team"]
    chart.check()
    after = chart.state()
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.state() == after


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_teams=5, max_roles=14, max_links=8, park=True), st.data())
def test_any_team_duplicates_into_the_same_shape_and_undoes_exactly(chart: OrgChart, data: st.DataObject) -> None:
    if not chart.team_ids():
        return
    team = data.draw(st.sampled_from(chart.team_ids()))
    before, shape, teams = chart.state(), _shape(chart, team), set(chart.team_ids())
    history = History(chart)
    history.push(duplicate_team(chart, team, "Kopie"))
    chart.check()
    (copy,) = [t for t in chart.team_ids() if t not in teams and chart.parent_of(t) == chart.parent_of(team)]
    siblings = chart.subteams_of(chart.parent_of(team))
    assert siblings.index(copy) == siblings.index(team) + 1  # right after the original
    assert chart.team(copy).name == "Kopie" and _shape(chart, copy) == shape
    after = chart.state()
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.state() == after


def test_the_copy_keeps_the_order_of_reports_across_its_sub_teams_and_its_lead() -> None:
    # Copied by depth, team by team, the reports of one manager came out in another order.
    chart = company()
    chart.add_team(Team("sub", "Unterteam"), "mkt")
    chart.add_role(Role("x", "X"), "sub", "cmo")
    chart.add_role(Role("y", "Y"), "mkt", "cmo")
    chart.reorder_role("x", 0)
    history = History(chart)
    history.push(duplicate_team(chart, "mkt", "Marketing 2"))
    copy = chart.subteams_of("top")[-1]
    (lead,) = chart.heads_of(copy)
    assert [chart.role(r).title for r in chart.reports_of(lead)] == [
        chart.role(r).title for r in chart.reports_of("cmo")
    ] == ["X", "SEO", "Y"]


def test_many_roles_of_few_titles_get_their_ids_without_trying_every_number_again() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "Team"))
    chart.add_role(Role("boss", "Boss"), "t")
    for k in range(400):
        chart.add_role(Role(f"engineer-{k + 2}" if k else "engineer", "Engineer"), "t", "boss")
    command = duplicate_team(chart, "t", "Team 2")
    History(chart).push(command)
    assert len(chart.role_ids()) == 802 and "engineer-402" in chart.role_ids()
