"""Duplicating a team: a copy of it, its sub-teams and their roles, with the reporting
lines and dotted lines among them, placed right after the original as one undo step."""

from __future__ import annotations

import dataclasses

from orgchart.commands.branches import TakenIds
from orgchart.commands.history import Command, Macro
from orgchart.commands.links import AddLink
from orgchart.commands.roles import AddRole
from orgchart.commands.teams import AddTeam
from orgchart.model import OrgChart
from orgchart.model.ids import unique_id


def duplicate_team(chart: OrgChart, team_id: str, name: str) -> Command:
    """A copy of the team named ``name`` right after it, among the same parent's teams.

    Its sub-teams are copied inside it, and every role placed in them (not those waiting
    in the holding area) is copied with a new id. A copy reports to the copy of its manager,
    or, where that manager is outside the team, to the same manager, after its other
    reports. Dotted lines with an end among the copied roles are copied too, the other end
    kept where it is outside."""
    taken = TakenIds(chart)
    teams = chart.team_ids_under(team_id)  # parents first
    new_team: dict[str, str] = {}
    for t in teams:
        new_team[t] = unique_id("team-" + (name if t == team_id else chart.team(t).name), taken)
        taken.mine.add(new_team[t])
    parent = chart.parent_of(team_id)
    steps: list[Command] = []
    for t in teams:
        value = dataclasses.replace(chart.team(t), id=new_team[t])
        value = dataclasses.replace(value, name=name) if t == team_id else value
        if t == team_id:
            steps.append(AddTeam(value, parent, chart.subteams_of(parent).index(team_id) + 1))
        else:
            steps.append(AddTeam(value, new_team[chart.parent_of(t) or ""]))  # in the original's order
    placed = [r for t in teams for r in chart.members_of(t) if chart.held_by(r) is None]
    depth = {r: len(chart.chain_of_command(r)) for r in placed}
    new_role: dict[str, str] = {}
    for r in sorted(placed, key=depth.__getitem__):  # managers before their reports
        new_role[r] = unique_id(chart.role(r).title, taken)
        taken.mine.add(new_role[r])
        manager = chart.manager_of(r)
        copy = dataclasses.replace(chart.role(r), id=new_role[r])
        steps.append(AddRole(copy, new_team[chart.team_of(r)], new_role.get(manager or "", manager)))
    lines = {link.key: link for r in placed for link in chart.links_of(r)}
    for key in sorted(lines, key=lambda k: (k[0], k[1], k[2].value)):
        link = lines[key]
        source, target = new_role.get(link.source, link.source), new_role.get(link.target, link.target)
        steps.append(AddLink(dataclasses.replace(link, source=source, target=target)))
    return Macro("Duplicate team", steps, subject=new_team[team_id])
