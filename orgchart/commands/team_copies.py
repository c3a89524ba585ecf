"""Duplicating a team: a copy of it, its sub-teams and their roles, with the reporting
lines and dotted lines among them, placed right after the original as one undo step."""

from __future__ import annotations

import dataclasses

from orgchart.commands.branches import FreshIds
from orgchart.commands.history import Command, Macro
from orgchart.commands.links import AddLink
from orgchart.commands.roles import AddRole
from orgchart.commands.teams import AddTeam
from orgchart.model import OrgChart


def duplicate_team(chart: OrgChart, team_id: str, name: str) -> Command:
    """A copy of the team named ``name`` right after it, among the same parent's teams.

    Its sub-teams are copied inside it, and every role placed in them (not those waiting
    in the holding area) is copied with a new id, in the original's order among its
    siblings. A copy reports to the copy of its manager, or, where that manager is outside
    the team, to the same manager, after its other reports. Dotted lines with an end among
    the copied roles are copied too, the other end kept where it is outside."""
    fresh = FreshIds(chart)
    teams = chart.team_ids_under(team_id)  # parents first
    new_team = {t: fresh("team-" + (name if t == team_id else chart.team(t).name)) for t in teams}
    parent = chart.parent_of(team_id)
    steps: list[Command] = []
    for t in teams:
        value = dataclasses.replace(chart.team(t), id=new_team[t])
        if t == team_id:
            value = dataclasses.replace(value, name=name)
            steps.append(AddTeam(value, parent, chart.subteams_of(parent).index(team_id) + 1))
        else:
            steps.append(AddTeam(value, new_team[chart.parent_of(t) or ""]))  # in the original's order
    inside = {r for t in teams for r in chart.members_of(t)}
    placed = [r for r in chart.role_ids() if r in inside and chart.held_by(r) is None]  # in order
    new_role: dict[str, str] = {}
    # Each copy after its manager's, and siblings in their order: the branches inside the
    # team from their tops (the roles whose manager is outside it, or who have none).
    pending = [r for r in reversed(placed) if chart.manager_of(r) not in inside]
    while pending:
        r = pending.pop()
        new_role[r] = fresh(chart.role(r).title)
        manager = chart.manager_of(r)
        copy = dataclasses.replace(chart.role(r), id=new_role[r])
        steps.append(AddRole(copy, new_team[chart.team_of(r)], new_role.get(manager or "", manager)))
        pending.extend(reversed([report for report in chart.reports_of(r) if report in inside]))
    lines = {link.key: link for r in new_role for link in chart.links_of(r)}
    for key in sorted(lines, key=lambda k: (k[0], k[1], k[2].value)):
        link = lines[key]
        source, target = new_role.get(link.source, link.source), new_role.get(link.target, link.target)
        steps.append(AddLink(dataclasses.replace(link, source=source, target=target)))
    return Macro("Duplicate team", steps, subject=new_team[team_id])

