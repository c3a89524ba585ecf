"""A from-scratch check of every invariant an `OrgChart` keeps (for tests and hand-built files)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from orgchart.model.entities import LinkKind
from orgchart.model.errors import StructureError
from orgchart.model.store import MEMBER_OF, PART_OF, REPORTS_TO, ROLE, TEAM

if TYPE_CHECKING:
    from orgchart.model.chart import OrgChart


def check_invariants(chart: OrgChart) -> None:
    """Raise `StructureError` naming the first broken invariant."""
    role_set, team_set = set(chart._role_seq), set(chart._team_seq)
    if len(role_set) != len(chart._role_seq) or len(team_set) != len(chart._team_seq):
        raise StructureError("an id appears twice in the sequence")
    nodes = {n: d["kind"] for n, d in chart._g.nodes(data=True)}
    if {n for n, k in nodes.items() if k == ROLE} != role_set:
        raise StructureError("role sequence and graph disagree")
    if {n for n, k in nodes.items() if k == TEAM} != team_set:
        raise StructureError("team sequence and graph disagree")
    for u, v, key in chart._g.edges(keys=True):
        expected = {
            MEMBER_OF: (ROLE, TEAM),
            REPORTS_TO: (ROLE, ROLE),
            PART_OF: (TEAM, TEAM),
        }.get(key, (ROLE, ROLE))
        if (nodes[u], nodes[v]) != expected:
            raise StructureError(f"edge {u!r} -{key}-> {v!r} joins the wrong kinds of node")
    for role_id in chart._role_seq:
        out = [key for _, _, key in chart._g.out_edges(role_id, keys=True)]
        if out.count(MEMBER_OF) != 1:
            raise StructureError(f"role {role_id!r} is in {out.count(MEMBER_OF)} teams")
        if out.count(REPORTS_TO) > 1:
            raise StructureError(f"role {role_id!r} has {out.count(REPORTS_TO)} managers")
    for team_id in chart._team_seq:
        out = [key for _, _, key in chart._g.out_edges(team_id, keys=True)]
        if out.count(PART_OF) > 1:
            raise StructureError(f"team {team_id!r} is part of {out.count(PART_OF)} teams")
    for key in (REPORTS_TO, PART_OF):
        sub: nx.DiGraph[str] = nx.DiGraph(list(chart._edges_of_kind(key)))
        if not nx.is_directed_acyclic_graph(sub):
            raise StructureError(f"the {key} relation has a cycle")
    in_graph = {
        (u, v, LinkKind(k)): d["link"] for u, v, k, d in chart._g.edges(keys=True, data=True) if "link" in d
    }
    if in_graph != chart._links:
        raise StructureError("the dotted-line index and the graph disagree")
    for role_id in chart._parked:
        if role_id not in role_set:
            raise StructureError(f"the holding area holds {role_id!r}, which is not a role")
        if chart.manager_of(role_id) is not None:
            raise StructureError(f"role {role_id!r} is parked but has a manager")
    if len(chart.role_ids()) != len(chart._role_seq) or len(chart.team_ids()) != len(chart._team_seq):
        raise StructureError("some roles or teams cannot be reached from the top")
