"""Random edits through the command layer, for property tests of anything that must hold
after any sequence of edits (undo, incremental layout)."""

from __future__ import annotations

import dataclasses

from hypothesis import strategies as st

from orgchart.commands import (
    AddLink,
    AddRole,
    AddTeam,
    Command,
    DeleteRole,
    DeleteTeam,
    MoveRole,
    NestTeam,
    PasteBranch,
    RemoveLink,
    Reports,
    UpdateLink,
    UpdateRole,
    UpdateTeam,
    copy_branch,
    delete_team,
    dissolve_team,
    drop_role_on_role,
    duplicate_team,
    park_role,
)
from orgchart.model import Link, LinkKind, OrgChart, Role, Team


def random_edit(data: st.DataObject, chart: OrgChart, n: int) -> Command:
    """One edit of ``chart`` drawn from ``data``: any command the editor makes (``n`` numbers
    what it adds). The model may refuse it (`OrgError`, `ValueError`)."""
    roles, teams, links = chart.role_ids(), chart.team_ids(), chart.links()
    kinds = ["add team"] + (["add role"] if teams else [])
    if roles:
        kinds += ["update role", "move role", "delete role", "delete branch", "add link", "paste", "park"]
        kinds += ["drop on role"]
    if teams:
        kinds += ["update team", "nest team", "delete team", "delete team and roles", "dissolve team"]
        kinds += ["duplicate team"]
    if links:
        kinds += ["remove link", "relabel link"]
    kind = data.draw(st.sampled_from(kinds))
    role = st.sampled_from(roles) if roles else st.nothing()
    maybe_role = st.none() | role
    team = st.sampled_from(teams)
    index = st.none() | st.integers(0, 4)
    if kind == "add role":
        return AddRole(Role(f"n{n}", f"Neu {n}"), data.draw(team), data.draw(maybe_role), data.draw(index))
    if kind == "add team":
        return AddTeam(
            Team(f"t{n}", f"Team {n}"), data.draw(st.none() | team) if teams else None, data.draw(index)
        )
    if kind == "update role":
        old = chart.role(data.draw(role))
        return UpdateRole(old, dataclasses.replace(old, title=f"{old.title} {n}"), "title")
    if kind == "move role":
        return MoveRole(data.draw(role), data.draw(team), data.draw(maybe_role), data.draw(index))
    if kind == "paste":
        branch = copy_branch(chart, data.draw(role))
        return PasteBranch(branch, data.draw(team), data.draw(maybe_role), data.draw(index))
    if kind == "park":
        return park_role(chart, data.draw(role)) or MoveRole(data.draw(role), data.draw(team), None)
    if kind == "drop on role":  # also brings a parked role back into the chart
        return drop_role_on_role(chart, data.draw(role), data.draw(role)) or DeleteRole(data.draw(role))
    if kind in ("delete role", "delete branch"):
        return DeleteRole(data.draw(role), Reports.MOVE_UP if kind == "delete role" else Reports.DELETE)
    if kind == "add link":
        return AddLink(Link(data.draw(role), data.draw(role), data.draw(st.sampled_from(LinkKind)), f"L{n}"))
    if kind == "update team":
        old_team = chart.team(data.draw(team))
        return UpdateTeam(old_team, dataclasses.replace(old_team, name=f"{old_team.name} {n}"), "name")
    if kind == "nest team":
        return NestTeam(data.draw(team), data.draw(st.none() | team), data.draw(index))
    if kind == "delete team":
        return DeleteTeam(data.draw(team))
    if kind == "delete team and roles":
        return delete_team(chart, data.draw(team))
    if kind == "dissolve team":
        return dissolve_team(chart, data.draw(team))
    if kind == "duplicate team":
        return duplicate_team(chart, data.draw(team), f"Kopie {n}")
    link = data.draw(st.sampled_from(links))
    if kind == "remove link":
        return RemoveLink(link)
    return UpdateLink(link, dataclasses.replace(link, label=f"{link.label} {n}"))
