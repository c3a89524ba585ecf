"""What a drag and drop on the canvas (or in the outline) means, as commands.

A role dropped on another role reports to it and joins its team; dropped on a team's frame
it joins the team under the team's lead. Its reports come along below it, and those that
were in its old team move to the new team with it. A team dropped on another team is nested
there. A parked role dropped into the chart leaves the holding area. Each drop is one undo
step.
"""

from __future__ import annotations

from orgchart.commands.history import Command, Macro
from orgchart.commands.holding import unpark_first
from orgchart.commands.roles import MoveRole, Place, place_of
from orgchart.commands.teams import NestTeam
from orgchart.model import LinkKind, OrgChart


def role_drop_problem(chart: OrgChart, role_id: str, manager: str | None) -> str | None:
    """Why ``role_id`` cannot report to ``manager``, in the model's words; None if it can.
    Asked on every mouse move of a drag, so it walks up from the manager, not down."""
    if manager is None:
        return None
    role, boss = chart.role(role_id), chart.role(manager)
    if manager == role_id:
        return f"{role.title} cannot report to itself"
    if role_id in chart.chain_of_command(manager):
        return f"{role.title} cannot report to {boss.title}: {boss.title} already reports to {role.title}"
    if any(link.key == (role_id, manager, LinkKind.MATRIX) for link in chart.links_of(role_id)):
        return f"{role.title} cannot report to {boss.title}: {boss.title} is already its secondary manager"
    return None


def drop_role_on_role(chart: OrgChart, role_id: str, target: str) -> Command | None:
    """``role_id`` reports to ``target`` and joins its team (at the end of its reports);
    None if it already does (dropping a role where it is changes nothing)."""
    return _move_with_branch(chart, role_id, chart.team_of(target), target)


def team_drop_manager(chart: OrgChart, role_id: str, team_id: str) -> str | None:
    """Who a role dropped on a team reports to: the team's lead (its own manager, for the lead
    itself); in a team without a lead (empty, or its roles parked), the lead of the team it is
    part of, and so on up."""
    team: str | None = team_id
    while team is not None:
        lead = chart.team_lead(team)
        if lead == role_id:
            return chart.manager_of(role_id)
        if lead is not None:
            return lead
        team = chart.parent_of(team)
    return None


def drop_role_on_team(chart: OrgChart, role_id: str, team_id: str) -> Command | None:
    return _move_with_branch(chart, role_id, team_id, team_drop_manager(chart, role_id, team_id))


def team_drop_problem(chart: OrgChart, team_id: str, parent: str | None) -> str | None:
    """Why ``team_id`` cannot be nested in ``parent``; None if it can."""
    if parent is None or parent not in chart.team_ids_under(team_id):
        return None
    name, other = chart.team(team_id).name, chart.team(parent).name
    if parent == team_id:
        return f"{name} cannot be nested in itself"
    return f"{name} cannot be nested in {other}: {other} is part of {name}"


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
