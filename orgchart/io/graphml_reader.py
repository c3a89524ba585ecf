"""GraphML import: files orgchart wrote (also after yEd or networkx saved them again), graphs
networkx wrote, and charts drawn in yEd.

Teams: a group node (yEd's groups, or any node holding a nested graph) is a team, its roles
and sub-teams inside it. Without groups a role's team comes from its data: orgchart's
``team`` (a team node's id) or ``team_name``, else a ``team`` / ``department`` attribute as
the CSV import reads them (a department next to a team nests the team); a role naming none
joins its manager's team, else "Unassigned".

Roles: orgchart's files say everything under the names `orgchart.io.graphml_writer` writes.
Other files: the title is the ``title`` attribute (or ``position``, ``job_title``, … as in CSV),
else ``label``, else ``name``, else the label yEd shows, else the node id; the holder is
``holder`` (or ``name`` when something else gave the title). Other attributes are custom
fields, but for ``x``, ``y`` and ``shape_type`` (what networkx makes of yEd's drawing).

Edges: see `orgchart.io.graphml_lines` (orgchart's files go from the manager; others are
read the way round that gives every role at most one manager).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from orgchart.io import document
from orgchart.io.csv_columns import ALIASES, header_key, parse_fte, parse_sourcing, split_list
from orgchart.io.csv_reader import UNASSIGNED
from orgchart.io.document import Document, PlacedError
from orgchart.io.errors import OrgFileError
from orgchart.io.graphml_lines import read_lines
from orgchart.io.graphml_names import ARTEFACTS, FORMAT_KEY, LIST_SEPARATOR, RESERVED, ROLE, TEAM
from orgchart.io.graphml_parse import Graph, Node, parse_graphml, typed
from orgchart.io.progress import BUILDING, PARSING, READING, Phases, Progress, span
from orgchart.model import InvalidValueError, OrgChart, OrgError, Role, Sourcing, Team
from orgchart.model.bulk import add_roles, paused_gc, set_managers
from orgchart.model.entities import CustomValue
from orgchart.model.ids import slug

_T = TypeVar("_T")

#: What networkx makes of yEd's drawing, and a label that repeats the title: not data.
_ARTEFACTS = ARTEFACTS | {"label"}
_FIELD_OF = {header_key(a): name for name, aliases in ALIASES.items() for a in aliases} | {
    header_key("description"): "notes",
}


def read_graphml(path: str | Path, *, progress: Progress | None = None) -> tuple[Document, list[str]]:
    """Read a GraphML file: the document and what the import decided on its own (sentences).
    `OrgFileError` for anything that is not a usable chart. ``progress``: told how far reading
    got, and may stop it (see `orgchart.io.progress`)."""
    if progress is not None:
        progress(READING, 0.0)
    raw = document.read_bytes(path)
    return graphml_document(raw, source=Path(path), progress=span(progress, 0.01, 1.0))


#: the share of each phase in reading a large file (measured at 100,000 roles)
_PHASES = ((PARSING, 0.66), (BUILDING, 0.34))


def graphml_document(
    raw: bytes, *, source: str | Path = "<graphml>", progress: Progress | None = None
) -> tuple[Document, list[str]]:
    """Read the bytes of a GraphML file; ``source`` names it in error messages; ``progress``
    as for `read_graphml`."""
    if len(raw) > document.MAX_FILE_BYTES:
        raise OrgFileError(source, "", document.too_big(len(raw)))
    phases = Phases(progress, _PHASES)
    try:
        with paused_gc():
            builder = _Builder(parse_graphml(raw, phases.within(PARSING)), phases)
            chart = builder.build()
        phases.done()
        return Document(chart), builder.warnings
    except PlacedError as error:
        raise OrgFileError(source, error.where, error.what) from None
    except RecursionError:
        raise OrgFileError(source, "", "the file is nested too deeply to be a chart") from None


class _Builder:
    def __init__(self, graph: Graph, phases: Phases | None = None) -> None:
        self.g = graph
        self.phases = phases or Phases(None, ())
        self.warnings = list(graph.warnings)
        self.ours = FORMAT_KEY in graph.data or any(n.data.get("type") == ROLE for n in graph.nodes)
        self.chart = OrgChart()
        self.team_of_node: dict[str, str] = {}  # group/team node id -> team id
        self.role_of_node: dict[str, str] = {}  # node id -> role id
        self.where_of_role: dict[str, str] = {}
        self.taken: set[str] = set()
        self.named: dict[tuple[str, ...], str] = {}  # team names -> team id, for teams by name
        self.pending_teams: list[tuple[Team, str | None]] = []

    def build(self) -> OrgChart:
        step = self.phases
        step(BUILDING)
        name = self.g.data.get("name", "")
        self.chart.set_name(name if self.ours else name.strip())
        nodes = self.g.nodes
        is_team = {n.id: n.is_group or (self.ours and n.data.get("type") == TEAM) for n in nodes}
        role_nodes = [n for n in nodes if not is_team[n.id]]
        for n in role_nodes:
            self._claim(_ident(n), n, self.role_of_node)
        self._add_teams([n for n in nodes if is_team[n.id]])
        step(BUILDING, 0.05)
        roles = {self.role_of_node[n.id]: self._role(n) for n in role_nodes}
        step(BUILDING, 0.45)
        hints = {self.role_of_node[n.id]: self._team_hint(n) for n in role_nodes}
        lines = read_lines(self.g.edges, is_team, self.role_of_node, self.ours)
        self.warnings.extend(lines.warnings)
        managers, links = lines.managers, lines.links
        if not self.ours:
            self._manager_fields(role_nodes, managers)
        teams = self._resolve_teams(hints, managers)
        for team, parent in self.pending_teams:  # teams known by name only, after the others
            self.chart.add_team(team, parent)
        order = self._reading_order(list(roles), teams, managers)
        step(BUILDING, 0.6)
        try:
            add_roles(self.chart, [(roles[r], teams[r]) for r in order])
        except OrgError as error:
            raise PlacedError(self.where_of_role[order[error.at or 0]], str(error)) from None
        step(BUILDING, 0.75)
        pairs = [(r, managers[r][0]) for r in order if r in managers]
        try:
            set_managers(self.chart, pairs)
        except OrgError as error:
            raise PlacedError(managers[pairs[error.at or 0][0]][1], str(error)) from None
        for link, where in links:
            try:
                self.chart.add_link(link)
            except OrgError as error:
                self.warnings.append(f"{where}: this dotted line is left out: {error}")
        self._park(role_nodes)
        if not nodes:
            self.warnings.append("the graph has no nodes: the chart is empty")
        return self.chart

    # ------------------------------------------------------------------------------ teams
    def _claim(self, ident: str, node: Node, into: dict[str, str]) -> None:
        if ident in self.taken:
            raise PlacedError(node.where, f"the id {ident!r} is already used by another node")
        self.taken.add(ident)
        into[node.id] = ident
        self.where_of_role[ident] = node.where

    def _add_teams(self, team_nodes: list[Node]) -> None:
        for n in team_nodes:
            self._claim(_ident(n), n, self.team_of_node)
        by_id = {n.id: n for n in team_nodes}
        team_ids = set(self.team_of_node.values())
        node_of_team = {t: n for n, t in self.team_of_node.items()}
        parent: dict[str, str | None] = {}
        for n in team_nodes:
            given = n.data.get("parent_team", "") if self.ours else ""
            if n.group is not None:
                parent[n.id] = n.group
            elif given in team_ids:
                parent[n.id] = node_of_team[given]
            else:
                parent[n.id] = None
                if given:
                    self.warnings.append(
                        f"{n.where}: there is no team {given!r} to nest it in; it is a department"
                    )
        done: set[str] = set()
        for n in team_nodes:  # parents first; a loop of parent_team data is refused
            path: list[str] = []
            current: str | None = n.id
            while current is not None and current not in done:
                if current in path:
                    raise PlacedError(by_id[current].where, "teams are nested in a circle (parent_team)")
                path.append(current)
                current = parent[current]
            for node_id in reversed(path):
                done.add(node_id)
                team = self._team(by_id[node_id])
                above = parent[node_id]
                try:
                    self.chart.add_team(team, None if above is None else self.team_of_node[above])
                except OrgError as error:
                    raise PlacedError(by_id[node_id].where, str(error)) from None

    def _team(self, n: Node) -> Team:
        team_id = self.team_of_node[n.id]
        if self.ours and n.data.get("team_name", "").strip():
            name = n.data["team_name"]  # as it was written, spaces and all
        else:
            names = ("label", "name", "team_name", "team")
            given = next((_one_line(n.data[k]) for k in names if n.data.get(k, "").strip()), None)
            name = given or (_one_line(n.label) if n.label else team_id)
        try:
            team = Team(team_id, name)
        except InvalidValueError as error:
            raise PlacedError(n.where, str(error)) from None
        changes: dict[str, object] = {
            "color": n.data.get("color", "").strip() or None,
            "description": n.data.get("description", ""),
            "layout": n.data.get("layout", "").strip() or "auto",
        }
        for field, value in changes.items():
            try:
                team = dataclasses.replace(team, **{field: value})  # type: ignore[arg-type]
            except InvalidValueError as error:
                self.warnings.append(f"{n.where}: {error}; left out")
        return team

    def _team_hint(self, n: Node) -> str | tuple[str, ...]:
        """The role's team id, or the names of its team (department first), or () for none."""
        if n.group is not None:
            return self.team_of_node[n.group]
        if self.ours:
            team = n.data.get("team", "")
            if team in self.team_of_node.values():
                return team
            name = n.data.get("team_name", "").strip()
            return (name,) if name else ()
        fields = self._fields(n)
        team, department = fields.get("team", "").strip(), fields.get("department", "").strip()
        if department and team and team != department:
            return (department, team)
        return (department or team,) if department or team else ()

    def _named_team(self, names: tuple[str, ...]) -> str:
        """The id of the team these names give, made (department first) if it is new."""
        for depth in range(1, len(names) + 1):
            key = names[:depth]
            if key in self.named:
                continue
            existing = [t for t in self.chart.team_ids() if self.chart.team(t).name == key[-1]]
            if depth == 1 and existing:
                self.named[key] = existing[0]
                continue
            team_id, n = slug("team-" + key[-1]) or "team", 1
            while team_id in self.taken:
                n += 1
                team_id = f"{slug('team-' + key[-1]) or 'team'}-{n}"
            self.taken.add(team_id)
            self.named[key] = team_id
            self.pending_teams.append((Team(team_id, key[-1]), self.named[key[:-1]] if depth > 1 else None))
        return self.named[names]

    def _resolve_teams(
        self, hints: dict[str, str | tuple[str, ...]], managers: dict[str, tuple[str, str]]
    ) -> dict[str, str]:
        """Role id -> team id: its own, else its nearest manager's, else Unassigned."""
        teams: dict[str, str] = {}
        for role_id in hints:
            chain: list[str] = []
            current: str | None = role_id
            found: str | None = None
            while current is not None and current not in chain:
                hint = hints[current]
                if current in teams or hint:
                    found = teams.get(current) or (hint if isinstance(hint, str) else self._named_team(hint))
                    break
                chain.append(current)
                current = managers[current][0] if current in managers else None
            for r in chain or [role_id]:
                teams[r] = found or self._named_team((UNASSIGNED,))
        return teams

    # ------------------------------------------------------------------------------ roles
    def _fields(self, n: Node) -> dict[str, str]:
        """A foreign node's data by the CSV import's field names (first of each)."""
        fields: dict[str, str] = {}
        for name, value in n.data.items():
            known = _FIELD_OF.get(header_key(name))
            if known is not None and value.strip():
                fields.setdefault(known, value)
        return fields

    def _role(self, n: Node) -> Role:
        role_id = self.role_of_node[n.id]
        try:
            return self._our_role(n, role_id) if self.ours else self._foreign_role(n, role_id)
        except (InvalidValueError, ValueError) as error:
            raise PlacedError(n.where, str(error)) from None

    def _our_role(self, n: Node, role_id: str) -> Role:
        data = n.data
        title = data.get("title", "")
        if not title.strip():
            title = _one_line(data.get("label") or n.label or role_id)
        custom = {k: _custom(n, k) for k in data if k not in RESERVED and k not in _ARTEFACTS}
        parked = data.get("parked", "").strip()
        if parked:
            _field(n, "parked", lambda text: typed(text, "boolean"))
        return Role(
            role_id,
            title,
            holder=data.get("holder") or None,
            kind=data.get("kind", "").strip() or "regular",  # type: ignore[arg-type]
            responsibilities=_items(data.get("responsibilities", "")),
            skills=_items(data.get("skills", "")),
            sourcing=data.get("sourcing", "").strip() or "in-house",  # type: ignore[arg-type]
            fte=_field(n, "fte", _fte) if data.get("fte", "").strip() else 1.0,
            email=data.get("email", ""),
            location=data.get("location", ""),
            notes=data.get("notes", ""),
            custom=custom,
        )

    def _foreign_role(self, n: Node, role_id: str) -> Role:
        fields = self._fields(n)
        named = {header_key(k): v.strip() for k, v in reversed(n.data.items()) if v.strip()}
        name, holder = named.get("name", ""), named.get("holder", "")
        title = fields.get("title", "").strip() or _one_line(named.get("label") or n.label or "")
        if not title:  # a name is the title only when nothing else is
            title, name = name or role_id, ""
        holder = holder or name
        used = {k for k in n.data if header_key(k) in _FIELD_OF} | _ARTEFACTS | {"id"}
        custom = {k: _custom(n, k) for k, v in n.data.items() if k not in used and v.strip()}
        sourcing = fields.get("sourcing", "").strip()
        return Role(
            role_id,
            title,
            holder=holder or None,
            responsibilities=split_list(fields.get("responsibilities", "")),
            skills=split_list(fields.get("skills", "")),
            sourcing=_field(n, "sourcing", parse_sourcing, sourcing) if sourcing else Sourcing.IN_HOUSE,
            fte=_field(n, "fte", _fte, fields["fte"]) if "fte" in fields else 1.0,
            email=fields.get("email", "").strip(),
            location=fields.get("location", "").strip(),
            notes=fields.get("notes", "").strip(),
            custom=custom,
        )

    def _park(self, role_nodes: list[Node]) -> None:
        for n in role_nodes:
            if self.ours and typed(n.data.get("parked", "").strip() or "false", "boolean"):
                role_id = self.role_of_node[n.id]
                try:
                    self.chart.park(role_id)
                except OrgError as error:
                    self.warnings.append(f"{n.where}: not put in the holding area: {error}")

    # ------------------------------------------------------------------------------ lines
    def _manager_fields(self, role_nodes: list[Node], managers: dict[str, tuple[str, str]]) -> None:
        """A ``manager`` (``reports_to``, …) attribute naming another node, as the CSV import reads it."""
        by_ident = {**{v: v for v in self.role_of_node.values()}, **self.role_of_node}
        for n in role_nodes:
            given = self._fields(n).get("manager", "").strip()
            if not given:
                continue
            role_id, boss = self.role_of_node[n.id], by_ident.get(given)
            if boss is None:
                self.warnings.append(f"{n.where}: there is no role {given!r} to report to; it is a top role")
            elif role_id not in managers:
                managers[role_id] = (boss, n.where)

    def _reading_order(
        self, roles: list[str], teams: dict[str, str], managers: dict[str, tuple[str, str]]
    ) -> list[str]:
        """Team by team, each team's top roles in file order, each followed by its reports
        (in the order of the lines): so a file orgchart wrote reads back in its order."""
        tops: dict[str, list[str]] = {}
        reports: dict[str, list[str]] = {}
        for role_id in roles:
            if role_id not in managers:
                tops.setdefault(teams[role_id], []).append(role_id)
        for role_id, (boss, _) in managers.items():  # in the order the lines were read
            reports.setdefault(boss, []).append(role_id)
        order: list[str] = []
        seen: set[str] = set()
        for team_id in self.chart.team_ids():
            stack = list(reversed(tops.get(team_id, ())))
            while stack:
                role_id = stack.pop()
                if role_id not in seen:
                    seen.add(role_id)
                    order.append(role_id)
                    stack.extend(reversed(reports.get(role_id, ())))
        order.extend(r for r in roles if r not in seen)  # in a reporting cycle: refused later
        return order


def _ident(n: Node) -> str:
    return n.data.get("id") or n.id


def _items(text: str) -> tuple[str, ...]:
    return tuple(item for item in text.split(LIST_SEPARATOR) if item.strip())


def _one_line(text: str) -> str:
    """A label as a title: its lines joined by spaces."""
    return " ".join(text.split())


def _fte(text: str) -> float:
    return parse_fte(text.strip())


def _field(n: Node, name: str, parse: Callable[[str], _T], text: str | None = None) -> _T:
    """``parse(text)`` (the node's data ``name`` by default); a ValueError names the data."""
    try:
        return parse(n.data[name] if text is None else text)
    except ValueError as error:
        raise ValueError(f"data {name!r}: {error}") from None


def _custom(n: Node, name: str) -> CustomValue:
    """A custom field's value as its key's type says (a non-finite number stays text)."""
    text = n.data[name]
    try:
        value = typed(text, n.types.get(name, "string"))
    except ValueError as error:
        raise ValueError(f"data {name!r}: {error}") from None
    if isinstance(value, float) and not math.isfinite(value):
        return text
    return value
