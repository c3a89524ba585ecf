"""GraphML export: a chart as a graph that yEd draws and networkx reads.

Every role is a node whose id is the role's id, with plain data (``title``, ``holder``,
``team``, ``team_name``, ``kind``, ``sourcing``, ``fte``, ``responsibilities`` and ``skills``
one item per line, ``email``, ``location``, ``notes``, ``parked``, custom fields under their
own names) that ``networkx.read_graphml`` gives as node attributes, and ``label``: what yEd
shows, the title with the holder on a second line. Every team is a yEd group node
(``type`` "team") holding its roles and sub-teams; networkx flattens groups into plain nodes,
so a team is also named on each of its roles. Edges: ``relation`` is ``reports-to`` (from
the manager to the role that reports to it: the direction of a tree, as networkx's tree
functions and yEd's hierarchical layout expect), ``matrix`` (from the secondary manager to the
role) or ``works-with`` (with ``label``). The look for yEd: `orgchart.io.graphml_yed`.

`orgchart.io.graphml_reader` reads the file back into the same chart. What GraphML cannot
hold is returned as sentences, for the caller to show as warnings.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from orgchart.io.atomic import write_file
from orgchart.io.graphml_names import (
    FORMAT_KEY,
    FORMAT_VERSION,
    GRAPHML_NS,
    LIST_SEPARATOR,
    MATRIX,
    REPORTS_TO,
    RESERVED,
    ROLE,
    ROLE_KEYS,
    TEAM,
    TEAM_KEYS,
    WORKS_WITH,
    XSI_NS,
    YED_NS,
)
from orgchart.io.graphml_xml import Escaper
from orgchart.io.graphml_yed import edge_graphics, placement, role_graphics, team_graphics
from orgchart.model import Direction, LayoutPreference, LinkKind, OrgChart, Role, ViewSettings
from orgchart.model.entities import CustomValue
from orgchart.model.team_colors import team_colors

_TYPE_NAMES = {bool: "boolean", int: "long", float: "double", str: "string"}


def write_graphml(chart: OrgChart, path: str | Path, *, view: ViewSettings | None = None) -> list[str]:
    """Write the chart to ``path`` as GraphML, atomically (an export: no ``.bak``); the
    view's direction orients the placement yEd opens with. Returns what GraphML could not
    hold; `OrgFileError` if the file cannot be written."""
    text, losses = graphml_text(chart, view)
    write_file(path, text.encode("utf-8"))
    return losses


def graphml_text(chart: OrgChart, view: ViewSettings | None = None) -> tuple[str, list[str]]:
    """The GraphML document and what it could not hold, as sentences."""
    return _Writer(chart, (view or ViewSettings()).direction).document()


class _Writer:
    def __init__(self, chart: OrgChart, direction: Direction) -> None:
        self.chart = chart
        self.h = chart.hierarchy()
        self.esc = Escaper()
        self.colors = team_colors(chart)
        self.labels = {r: _label(role) for r, role in self.h.roles.items()}
        self.boxes = placement(chart, self.labels, direction)
        self.custom, self.custom_losses = _custom_keys(list(self.h.roles.values()))
        self.custom_key = {name: key_id for key_id, (name, _, _) in self.custom.items()}

    def document(self) -> tuple[str, list[str]]:
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            "<!-- An organisation chart written by orgchart. yEd shows it as it is (Layout > "
            "Hierarchical arranges it anew); networkx.read_graphml reads the data. -->\n",
            f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{XSI_NS}" xmlns:y="{YED_NS}" '
            f'xsi:schemaLocation="{GRAPHML_NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">\n',
            *self._keys(),
            '  <graph id="G" edgedefault="directed">\n',
            f'    <data key="g_{FORMAT_KEY}">{FORMAT_VERSION}</data>\n',
        ]
        if self.chart.name:
            out.append(f'    <data key="g_name">{self.esc.text(self.chart.name)}</data>\n')
        out.extend(self._teams())
        out.extend(self._edges())
        out.append("  </graph>\n</graphml>\n")
        return "".join(out), self._losses()

    def _keys(self) -> Iterator[str]:
        esc = self.esc
        yield f'  <key id="g_{FORMAT_KEY}" for="graph" attr.name="{FORMAT_KEY}" attr.type="int"/>\n'
        yield '  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>\n'
        for name, kind in (*ROLE_KEYS, *TEAM_KEYS):
            yield f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n'
        for key_id, (_, name, kind) in self.custom.items():
            yield f'  <key id="{key_id}" for="node" attr.name="{esc.attr(name)}" attr.type="{kind}"/>\n'
        yield '  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>\n'
        yield '  <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>\n'
        yield '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n'
        yield '  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>\n'

    def _teams(self) -> Iterator[str]:
        """Team groups, nested as the teams are, each holding its roles in reading order."""
        members: dict[str, list[str]] = {}
        for role_id in self.h.order:
            members.setdefault(self.h.team[role_id], []).append(role_id)
        chart = self.chart
        # Iterative, so that teams nested thousands deep do not exhaust Python's stack.
        stack: list[tuple[str, bool]] = [(t, False) for t in reversed(chart.subteams_of(None))]
        while stack:
            team_id, done = stack.pop()
            pad = "  " * (2 * len(chart.team_path(team_id)) + 2)
            if done:
                yield f"{pad}  </graph>\n{pad}</node>\n"
                continue
            yield from self._team_node(team_id, pad)
            for role_id in members.get(team_id, ()):
                yield from self._role_node(role_id, pad + "    ")
            stack.append((team_id, True))
            stack.extend((t, False) for t in reversed(chart.subteams_of(team_id)))

    def _team_node(self, team_id: str, pad: str) -> Iterator[str]:
        team, esc = self.chart.team(team_id), self.esc
        parent = self.chart.parent_of(team_id)
        data = {
            "id": team_id,
            "type": TEAM,
            "label": team.name,
            "team": team_id,
            "team_name": team.name,
            "parent_team": parent or "",
            "color": team.color or "",
            "description": team.description,
            "layout": "" if team.layout is LayoutPreference.AUTO else team.layout.value,
        }
        yield f'{pad}<node id="{esc.attr(team_id)}" yfiles.foldertype="group">\n'
        yield from self._data(data, pad + "  ")
        graphics = team_graphics(esc, self.boxes[team_id], team.name, self.colors[team_id])
        yield f'{pad}  <data key="n_graphics">{graphics}</data>\n'
        yield f'{pad}  <graph id="{esc.attr(team_id)}:" edgedefault="directed">\n'

    def _role_node(self, role_id: str, pad: str) -> Iterator[str]:
        role, esc, team_id = self.h.roles[role_id], self.esc, self.h.team[role_id]
        data: dict[str, str] = {
            "id": role_id,
            "type": ROLE,
            "label": self.labels[role_id],
            "title": role.title,
            "team": team_id,
            "team_name": self.chart.team(team_id).name,
            "kind": role.kind.value,
            "sourcing": role.sourcing.value,
            "fte": repr(role.fte),
            "responsibilities": LIST_SEPARATOR.join(role.responsibilities),
            "skills": LIST_SEPARATOR.join(role.skills),
            "email": role.email,
            "location": role.location,
            "notes": role.notes,
            "parked": "true" if role_id in self.h.parked else "",
        }
        if role.holder is not None:
            data["holder"] = role.holder
        yield f'{pad}<node id="{esc.attr(role_id)}">\n'
        yield from self._data(data, pad + "  ")
        for name, value in role.custom.items():
            key_id = self.custom_key[name]
            if value is not None:
                yield f'{pad}  <data key="{key_id}">{esc.text(_custom_text(value))}</data>\n'
        box, color = self.boxes[role_id], self.colors[team_id]
        graphics = role_graphics(esc, box, self.labels[role_id], color, role.vacant)
        yield f'{pad}  <data key="n_graphics">{graphics}</data>\n'
        yield f"{pad}</node>\n"

    def _data(self, data: dict[str, str], pad: str) -> Iterator[str]:
        for name, value in data.items():
            if value != "":
                yield f'{pad}<data key="n_{name}">{self.esc.text(value)}</data>\n'

    def _edges(self) -> Iterator[str]:
        esc, n = self.esc, 0
        for role_id in self.h.order:  # a manager's reports in their order
            boss = self.h.manager[role_id]
            if boss is not None:
                yield _edge(esc, n, boss, role_id, REPORTS_TO, "")
                n += 1
        for link in self.chart.links():
            if link.kind is LinkKind.MATRIX:  # like a reporting line: from the (secondary) manager
                yield _edge(esc, n, link.target, link.source, MATRIX, link.label)
            else:
                yield _edge(esc, n, link.source, link.target, WORKS_WITH, link.label)
            n += 1

    def _losses(self) -> list[str]:
        losses = list(self.custom_losses)
        roles = self.h.roles.values()
        split = sum(1 for r in roles for item in (*r.responsibilities, *r.skills) if LIST_SEPARATOR in item)
        if split:
            losses.append(f"{_count(split, 'list item')} with a line break in it will read back as several")
        if self.esc.spoilt:
            what = _count(len(self.esc.spoilt), "text")
            losses.append(f"{what} with characters XML cannot hold (control characters) written with \ufffd")
        return losses


def _edge(esc: Escaper, n: int, source: str, target: str, relation: str, label: str) -> str:
    parts = [
        f'    <edge id="e{n}" source="{esc.attr(source)}" target="{esc.attr(target)}">\n',
        f'      <data key="e_relation">{relation}</data>\n',
    ]
    if label:
        parts.append(f'      <data key="e_label">{esc.text(label)}</data>\n')
    parts.append(f'      <data key="e_graphics">{edge_graphics(esc, relation, label)}</data>\n    </edge>\n')
    return "".join(parts)


def _label(role: Role) -> str:
    """What yEd shows on a role's box: the title, and the holder on a second line."""
    return role.title if role.holder is None else f"{role.title}\n{role.holder}"


def _custom_keys(roles: list[Role]) -> tuple[dict[str, tuple[str, str, str]], list[str]]:
    """Key id -> (field name, attr.name, attr.type) for every custom field, in order of first
    use; and
    what GraphML cannot hold of them. A key has one type: a field with values of several
    types is written as text."""
    kinds: dict[str, set[type]] = {}
    empty = 0
    for role in roles:
        for name, value in role.custom.items():
            if value is None:
                empty += 1
            kinds.setdefault(name, set())
            if value is not None:
                kinds[name].add(type(value))
    keys: dict[str, tuple[str, str, str]] = {}
    renamed: list[str] = []
    mixed: list[str] = []
    used = set(RESERVED)
    for i, (name, types) in enumerate(kinds.items()):
        written, n = name, 1
        while written in used:
            n += 1
            written = f"{name} ({n})"
        if written != name:
            renamed.append(f"{name!r} as {written!r}")
        used.add(written)
        kind = _TYPE_NAMES[next(iter(types))] if len(types) == 1 else "string"
        if len(types) > 1:
            mixed.append(repr(name))
        keys[f"n_c{i}"] = (name, written, kind)
    losses = []
    if renamed:
        losses.append(
            "custom fields written under another name (orgchart uses theirs): " + ", ".join(renamed)
        )
    if mixed:
        losses.append("custom fields with values of several types written as text: " + ", ".join(mixed))
    if empty:
        losses.append(f"{_count(empty, 'empty custom value')} (null) left out")
    return keys, losses


def _custom_text(value: CustomValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
