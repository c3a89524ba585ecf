"""Whole-chart readings that produce plain data or a new chart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgchart.model.entities import Role
from orgchart.model.store import MEMBER_OF, REPORTS_TO

if TYPE_CHECKING:
    from orgchart.model.chart import OrgChart


@dataclass(frozen=True)
class Hierarchy:
    """Plain data about every role at once; see `OrgChart.hierarchy`."""

    order: list[str]
    manager: dict[str, str | None]
    team: dict[str, str]
    roles: dict[str, Role]
    #: the roles in the holding area (their branches are not placed in the chart)
    parked: frozenset[str] = frozenset()


def hierarchy(chart: OrgChart) -> Hierarchy:
    """Reading order with every role's manager and team, in one linear pass: team by team
    (parents first), each team's top roles in order, each role followed by its reports."""
    manager: dict[str, str | None] = {}
    team: dict[str, str] = {}
    reports: dict[str, list[str]] = {}
    tops: dict[str, list[str]] = {}
    roles: dict[str, Role] = {}
    succ, nodes = chart._succ, chart._nodes
    for role_id in chart._role_seq:  # sequence order is sibling order
        roles[role_id] = nodes[role_id]["value"]
        boss = None
        for target, keys in succ[role_id].items():
            if REPORTS_TO in keys:
                boss = target
            if MEMBER_OF in keys:
                team[role_id] = target
        manager[role_id] = boss
        if boss is None:
            tops.setdefault(team[role_id], []).append(role_id)
        else:
            reports.setdefault(boss, []).append(role_id)
    order: list[str] = []
    for team_id in chart.team_ids():
        stack = list(reversed(tops.get(team_id, ())))
        while stack:
            role_id = stack.pop()
            order.append(role_id)
            stack.extend(reversed(reports.get(role_id, ())))
    return Hierarchy(order, manager, team, roles, frozenset(chart._parked))


def top_levels(chart: OrgChart, at_most: int) -> tuple[int, frozenset[str]]:
    """How many levels of the reporting lines fit in ``at_most`` cards (at least one), and
    the roles to collapse to show just those: the ones on the last level shown that have
    reports. The holding area's branches are left as they are."""
    h = chart.hierarchy()
    depth: dict[str, int] = {}
    per_level: list[int] = []
    for role_id in h.order:  # managers first
        manager = h.manager[role_id]
        depth[role_id] = d = 0 if manager is None else depth[manager] + 1
        if manager is None and role_id in h.parked:
            depth[role_id] = d = -1_000_000  # parked branches: below every level
        if d >= 0:
            per_level.extend([0] * (d + 1 - len(per_level)))
            per_level[d] += 1
    levels, shown = 1, per_level[0] if per_level else 0
    while levels < len(per_level) and shown + per_level[levels] <= at_most:
        shown += per_level[levels]
        levels += 1
    last = levels - 1
    managers = {m for m in h.manager.values() if m is not None}
    return levels, frozenset(r for r, d in depth.items() if d == last and r in managers)


def extract(chart: OrgChart, team_id: str) -> OrgChart:
    """A new chart with only ``team_id``, its sub-teams and their roles."""
    from orgchart.model.chart import OrgChart

    keep = set(chart.team_ids_under(team_id))
    part = OrgChart(chart.name)
    for t in chart.team_ids():
        if t in keep:
            parent = chart.parent_of(t)
            part.add_team(chart.team(t), parent if parent in keep else None)
    roles = [r for r in chart.role_ids() if chart.team_of(r) in keep]
    inside = set(roles)
    for r in roles:  # reading order: managers first
        manager = chart.manager_of(r)
        part.add_role(chart.role(r), chart.team_of(r), manager if manager in inside else None)
    for link in chart.links():
        if link.source in inside and link.target in inside:
            part.add_link(link)
    for r in roles:  # parked, or in a parked branch whose top is outside: parked here
        held_by = chart.held_by(r)
        if held_by is not None and part.manager_of(r) is None and (held_by == r or held_by not in inside):
            part.park(r)
    return part


def find_roles(chart: OrgChart, text: str) -> list[str]:
    """Roles whose title, holder, responsibilities or skills contain ``text`` (ignoring case
    and surrounding spaces), in reading order; none for an empty text."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found = []
    for role_id in chart.role_ids():
        role = chart.role(role_id)
        fields = (role.title, role.holder or "", *role.responsibilities, *role.skills)
        if any(needle in field.casefold() for field in fields):
            found.append(role_id)
    return found
