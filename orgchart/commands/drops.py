"""What a drag and drop on the canvas (or in the outline) means, as commands.

A role dropped on another role reports to it and joins its team; dropped on a team's frame
it joins the team under the team's lead (beside the team's top roles, if the team has several
and so no one lead). Its reports come along below it, and those that
were in its old team move to the new team with it. A team dropped on another team is nested
there. A parked role dropped into the chart leaves the holding area. Each drop is one undo
step.
"""

from __future__ import annotations

from typing import NamedTuple

from orgchart.commands.history import Command, Macro
from orgchart.commands.holding import unpark_first
from orgchart.commands.roles import MoveRole, Place, place_of
from orgchart.commands.teams import NestTeam
from orgchart.model import LinkKind, OrgChart
from orgchart.model.errors import filled, said


class DropProblem(NamedTuple):
    """Why a drop cannot be done: ``text`` (English, translated by the UI in the context
    "Model", as the model's own refusals: the same rules) with %1, %2 standing for ``names``
    (titles of roles, names of teams)."""

    text: str
    names: tuple[str, ...]

    def __str__(self) -> str:
        return filled(self.text, self.names)


def role_drop_problem(chart: OrgChart, role_id: str, manager: str | None) -> DropProblem | None:
    """Why ``role_id`` cannot report to ``manager``; None if it can. Asked on every mouse move
    of a drag, so it walks up from the manager, not down."""
    if manager is None:
        return None
    role, boss = chart.role(role_id), chart.role(manager)
    if manager == role_id:
        return DropProblem(said("%1 cannot report to itself"), (role.title,))
    if role_id in chart.chain_of_command(manager):
        text = said("%1 cannot report to %2: %2 already reports to %1")
        return DropProblem(text, (role.title, boss.title))
    if any(link.key == (role_id, manager, LinkKind.MATRIX) for link in chart.links_of(role_id)):
        text = said("%1 cannot report to %2: %2 is already its secondary manager")
        return DropProblem(text, (role.title, boss.title))
    return None


def drop_role_on_role(chart: OrgChart, role_id: str, target: str) -> Command | None:
    """``role_id`` reports to ``target`` and joins its team (at the end of its reports);
    None if it already does (dropping a role where it is changes nothing)."""
    return _move_with_branch(chart, role_id, chart.team_of(target), target)


def team_drop_manager(chart: OrgChart, role_id: str, team_id: str) -> str | None:
    """Who a role dropped on a team reports to: the team's lead (for a top role of the team
    itself: its own manager). The lead is the team's one top role, or else the first top role
    that someone in the team or its sub-teams reports to. A flat team (several top roles that
    lead no one there, all with one manager) has no lead: the role joins them under their
    manager. Otherwise the first top role leads. In a team without roles placed (empty, or
    parked), the same for the team it is part of, and so on up."""
    team: str | None = team_id
    while team is not None:
        heads = chart.heads_of(team)
        if role_id in heads:
            return chart.manager_of(role_id)
        if heads:
            return _lead(chart, team, heads, role_id)
        team = chart.parent_of(team)
    return None


def _lead(chart: OrgChart, team: str, heads: list[str], role_id: str) -> str | None:
    if len(heads) == 1:
        return heads[0]
    inside = set(chart.team_ids_under(team))
    for head in heads:
        if any(chart.team_of(report) in inside for report in chart.reports_of(head)):
            return head
    managers = {chart.manager_of(head) for head in heads}
    if len(managers) == 1:  # a flat team: beside its roles
        (manager,) = managers
        return chart.manager_of(role_id) if manager == role_id else manager
    return heads[0]


def drop_role_on_team(chart: OrgChart, role_id: str, team_id: str) -> Command | None:
    return _move_with_branch(chart, role_id, team_id, team_drop_manager(chart, role_id, team_id))


def team_drop_problem(chart: OrgChart, team_id: str, parent: str | None) -> DropProblem | None:
    """Why ``team_id`` cannot be nested in ``parent``; None if it can."""
    if parent is None or parent not in chart.team_ids_under(team_id):
        return None
    name, other = chart.team(team_id).name, chart.team(parent).name
    if parent == team_id:
        return DropProblem(said("%1 cannot be nested in itself"), (name,))
    text = said("%1 cannot be nested in %2: %2 is part of %1")
    return DropProblem(text, (name, other))


def drop_team_on_team(chart: OrgChart, team_id: str, parent: str | None) -> Command | None:
    return None if chart.parent_of(team_id) == parent else NestTeam(team_id, parent)


def drop_role_beside(chart: OrgChart, role_id: str, target: str, *, after: bool) -> Command | None:
    """``role_id`` becomes a sibling of ``target``, just before (or after) it: the same
    manager, the same team; None if it is there already. This is how siblings are reordered."""
    team, manager = chart.team_of(target), chart.manager_of(target)
    siblings = [r for r in (chart.reports_of(manager) if manager else chart.top_roles(team)) if r != role_id]
    index = siblings.index(target) + (1 if after else 0)
    if place_of(chart, role_id) == Place(team, manager, index):
        return None
    return _move_with_branch(chart, role_id, team, manager, index)


def _move_with_branch(
    chart: OrgChart, role_id: str, team: str, manager: str | None, index: int | None = None
) -> Command | None:
    """The move, with the branch's members in the old team; a parked role leaves the holding
    area first."""
    return unpark_first(chart, role_id, _branch_moves(chart, role_id, team, manager, index))


def _branch_moves(
    chart: OrgChart, role_id: str, team: str, manager: str | None, index: int | None
) -> Command | None:
    old_team = chart.team_of(role_id)
    if team == old_team and manager == chart.manager_of(role_id) and index is None:
        return None
    moves: list[Command] = [MoveRole(role_id, team, manager, index)]
    if team != old_team:
        for below in chart.descendants(role_id):
            if chart.team_of(below) == old_team:
                place = place_of(chart, below)
                moves.append(MoveRole(below, team, place.manager, place.index))
    return Macro("Move role", moves)
