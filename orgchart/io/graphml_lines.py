"""GraphML edges as an org chart's lines: which edge is a reporting line, a secondary
manager or "works closely with", and which way round reporting edges go.

Files orgchart wrote say it in ``relation`` and go from the manager. Other files: a
``relation`` (``relationship``, ``type``, ``kind``, ``edge_type``) attribute in words people
use, else a reporting line unless yEd draws the edge dashed or dotted ("works closely with").
Reporting edges go from the manager unless only the other way round gives every role at most
one manager. A role given a second manager keeps the first; the others become matrix lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from orgchart.io.csv_columns import header_key
from orgchart.io.graphml_names import MATRIX, RELATIONS, REPORTS_TO, WORKS_WITH
from orgchart.io.graphml_parse import Edge
from orgchart.model import Link, LinkKind

_RELATION_KEYS = frozenset(header_key(k) for k in ("relation", "relationship", "type", "kind", "edge_type"))
_RELATION_OF = {
    **dict.fromkeys(
        ("reportsto", "reports", "manager", "manages", "solid", "hierarchy", "parent"), REPORTS_TO
    ),
    **dict.fromkeys(("matrix", "dotted", "dottedline", "secondary", "secondarymanager"), MATRIX),
    **dict.fromkeys(("workswith", "workscloselywith", "peer", "collaborates", "collaboration"), WORKS_WITH),
}
_DOTTED_STYLES = frozenset({"dashed", "dotted", "dashed_dotted"})


@dataclass
class Lines:
    managers: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (manager, where)
    links: list[tuple[Link, str]] = field(default_factory=list)  # dotted line, where
    warnings: list[str] = field(default_factory=list)


def read_lines(
    edges: list[Edge], is_team: dict[str, bool], role_of_node: dict[str, str], ours: bool
) -> Lines:
    """The reporting and dotted lines the edges give (``ours``: a file orgchart wrote)."""
    lines = Lines()
    solid: list[tuple[Edge, str, str, str]] = []  # edge, relation, source role, target role
    at_teams = loops = 0
    unknown: Counter[str] = Counter()
    for e in edges:
        if is_team[e.source] or is_team[e.target]:
            at_teams += 1
            continue
        source, target = role_of_node[e.source], role_of_node[e.target]
        relation = _relation(e, ours, unknown)
        if relation is None:
            continue
        if source == target:
            loops += 1
        elif relation == WORKS_WITH:
            lines.links.append((Link(source, target, LinkKind.WORKS_WITH, _label(e, ours)), e.where))
        else:
            solid.append((e, relation, source, target))
    from_manager = ours or _from_manager(
        [(s, t) for _, rel, s, t in solid if rel == REPORTS_TO], lines.warnings
    )
    second = 0
    for e, relation, source, target in solid:
        boss, role = (source, target) if from_manager else (target, source)
        if relation == MATRIX:
            lines.links.append((Link(role, boss, LinkKind.MATRIX, _label(e, ours)), e.where))
        elif role not in lines.managers:
            lines.managers[role] = (boss, e.where)
        elif lines.managers[role][0] != boss:
            second += 1
            lines.links.append((Link(role, boss, LinkKind.MATRIX, _label(e, ours)), e.where))
    if at_teams:
        lines.warnings.append(f"{at_teams} edge(s) to or from a team (group) left out: lines join roles")
    if loops:
        lines.warnings.append(f"{loops} edge(s) from a role to itself left out")
    if second:
        what = "role(s) with a second manager: the first is the manager, the others secondary (dotted)"
        lines.warnings.append(f"{second} {what}")
    for value, count in unknown.items():
        meaning = "nothing; left out" if ours else "a reporting line"
        lines.warnings.append(f"{count} edge(s) with the relation {value!r}, read as {meaning}")
    return lines


def _relation(e: Edge, ours: bool, unknown: Counter[str]) -> str | None:
    if ours:
        relation = e.data.get("relation", REPORTS_TO).strip()
        if relation not in RELATIONS:
            unknown[relation[:40]] += 1
            return None
        return relation
    value = next((v for k, v in e.data.items() if header_key(k) in _RELATION_KEYS and v.strip()), None)
    if value is None:
        return WORKS_WITH if (e.line or "").lower() in _DOTTED_STYLES else REPORTS_TO
    meant = _RELATION_OF.get(header_key(value))
    if meant is None:
        unknown[value[:40]] += 1
        return REPORTS_TO
    return meant


def _label(e: Edge, ours: bool) -> str:
    return e.data.get("label", "") if ours else (e.data.get("label", "").strip() or e.label or "")


def _from_manager(lines: list[tuple[str, str]], warnings: list[str]) -> bool:
    """Whether reporting edges go from the manager: yes, unless only the other way round
    gives every role at most one manager."""
    many_in = any(n > 1 for n in Counter(t for _, t in lines).values())
    many_out = any(n > 1 for n in Counter(s for s, _ in lines).values())
    if many_in and many_out:
        warnings.append(
            "some roles have several managers whichever way the edges are read; they are "
            "read as going from the manager to the role"
        )
    return not (many_in and not many_out)
