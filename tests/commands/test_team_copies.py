"""Duplicating a team: the copy's structure mirrors the original's, beside it. No Qt."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart.commands import History, duplicate_team
from orgchart.commands.teams import roles_under
from orgchart.model import Link, LinkKind, OrgChart, Role, Team
from tests.commands.test_commands import company
from tests.strategies import charts


def _shape(chart: OrgChart, team_id: str) -> list[tuple[object, ...]]:
    """The team as titles and names, without ids: each placed role's title, its team's
    name and its manager's title (and whether that manager is inside), in order."""
    inside = set(roles_under(chart, team_id))

    def named(t: str) -> str:
        return "(the team)" if t == team_id else chart.team(t).name

    shape: list[tuple[object, ...]] = []
    for t in chart.team_ids_under(team_id)[1:]:
        shape.append(("team", named(t), named(chart.parent_of(t) or "")))
    for r in sorted(inside, key=lambda r: (len(chart.chain_of_command(r)), chart.role(r).title)):
        if chart.held_by(r) is not None:
            continue
        manager = chart.manager_of(r)
        title = chart.role(manager).title if manager else None
        shape.append(("role", chart.role(r).title, named(chart.team_of(r)), title, manager in inside))
    return shape


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
