"""What yEd draws from a GraphML file of orgchart's: its own ``y:`` extension with a box per
role (title and holder as its label, filled in its team's colour), a group per team (nested
as the teams are) and a line style per relation, placed as a simple tree so the file opens
readable. yEd's Layout > Hierarchical arranges it anew; networkx ignores all of this.

The placement is a plain tidy tree (leaves side by side, a manager centred over its reports);
it is not the editor's layout, which lives in a layer io must not import.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgchart.io.colors import tint
from orgchart.io.graphml_names import MATRIX, REPORTS_TO
from orgchart.io.graphml_xml import Escaper
from orgchart.model import Direction, OrgChart

_GAP, _LEVEL_GAP, _INSET, _HEADER = 24.0, 72.0, 15.0, 22.0
_FONT = 'fontFamily="Dialog" fontStyle="plain" hasBackgroundColor="false" hasLineColor="false"'


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def geometry(self) -> str:
        return (
            f'<y:Geometry height="{self.height:.1f}" width="{self.width:.1f}" '
            f'x="{self.x:.1f}" y="{self.y:.1f}"/>'
        )


def placement(chart: OrgChart, labels: dict[str, str], direction: Direction) -> dict[str, Box]:
    """A box for every role and team: roles as a tidy tree, a team around its roles and
    sub-teams (teams whose roles report across teams may overlap; yEd's layout sorts that)."""
    h = chart.hierarchy()
    longest = max((len(line) for label in labels.values() for line in label.split("\n")), default=8)
    width = min(max(7.0 * longest + 24.0, 120.0), 280.0)
    lines = max((label.count("\n") + 1 for label in labels.values()), default=1)
    height = 16.0 + 17.0 * min(lines, 6)
    reports: dict[str, list[str]] = {}
    depth: dict[str, int] = {}
    for role_id in h.order:  # managers before their reports
        boss = h.manager[role_id]
        depth[role_id] = 0 if boss is None else depth[boss] + 1
        if boss is not None:
            reports.setdefault(boss, []).append(role_id)
    # Leaves side by side along the "across" axis, with room for the frames of the teams
    # that end and begin between two neighbours; a manager centred over its reports.
    paths: dict[str, tuple[str, ...]] = {}
    for team_id in chart.team_ids():  # parents first
        parent = chart.parent_of(team_id)
        paths[team_id] = (*(paths[parent] if parent else ()), team_id)
    size = height if direction is Direction.LEFT_RIGHT else width
    frame = _INSET + (_HEADER if direction is Direction.LEFT_RIGHT else 0.0)  # a frame's room on that axis
    across: dict[str, float] = {}
    last: tuple[str, ...]
    end, last = -_GAP, ()  # where the last leaf ends, and its team's path
    for role_id in h.order:
        if role_id not in reports:
            path = paths[h.team[role_id]]
            end += _GAP + frame * _crossings(last, path) if last else _GAP
            across[role_id], end, last = end, end + size, path
    for role_id in reversed(h.order):  # reports before their managers
        below = reports.get(role_id)
        if below:
            across[role_id] = (across[below[0]] + across[below[-1]]) / 2
    boxes: dict[str, Box] = {}
    for role_id in h.order:
        if direction is Direction.LEFT_RIGHT:
            x, y = depth[role_id] * (width + _LEVEL_GAP), across[role_id]
        else:
            x, y = across[role_id], depth[role_id] * (height + _LEVEL_GAP)
        boxes[role_id] = Box(x, y, width, height)
    for team_id in reversed(chart.team_ids()):  # sub-teams before the teams they are in
        inner = [boxes[r] for r in chart.members_of(team_id)] + [boxes[t] for t in chart.subteams_of(team_id)]
        if not inner:  # an empty team: a small frame after the others
            end += _GAP + 2 * _INSET
            boxes[team_id] = Box(end, 0.0, width, height) if size == width else Box(0.0, end, width, height)
            end += size
            continue
        left, top = min(b.x for b in inner), min(b.y for b in inner)
        right, bottom = max(b.x + b.width for b in inner), max(b.y + b.height for b in inner)
        boxes[team_id] = Box(
            left - _INSET,
            top - _INSET - _HEADER,
            right - left + 2 * _INSET,
            bottom - top + 2 * _INSET + _HEADER,
        )
    return boxes


def role_graphics(esc: Escaper, box: Box, label: str, color: str, vacant: bool) -> str:
    """A rounded box in a tint of the team's colour, bordered in it (dashed when vacant)."""
    border = "dashed" if vacant else "line"
    return (
        f"<y:ShapeNode>{box.geometry()}"
        f'<y:Fill color="{tint(color, 0.78)}" transparent="false"/>'
        f'<y:BorderStyle color="{color.upper()}" type="{border}" width="1.5"/>'
        f'<y:NodeLabel alignment="center" autoSizePolicy="content" {_FONT} fontSize="12" '
        f'modelName="internal" modelPosition="c" textColor="#1F2328" visible="true" '
        f'xml:space="preserve">{esc.text(label)}</y:NodeLabel>'
        '<y:Shape type="roundrectangle"/></y:ShapeNode>'
    )


def team_graphics(esc: Escaper, box: Box, name: str, color: str) -> str:
    """An open group (and the closed folder yEd switches to), its name in a header bar."""
    realizers = []
    for closed in (False, True):
        geometry = Box(box.x, box.y, 160.0, 50.0).geometry() if closed else box.geometry()
        realizers.append(
            f"<y:GroupNode>{geometry}"
            f'<y:Fill color="{tint(color, 0.93)}" transparent="false"/>'
            f'<y:BorderStyle color="{color.upper()}" type="line" width="1.5"/>'
            f'<y:NodeLabel alignment="left" autoSizePolicy="node_width" '
            f'backgroundColor="{tint(color, 0.7)}" borderDistance="0.0" {_FONT} fontSize="13" '
            f'modelName="internal" modelPosition="t" textColor="#1F2328" visible="true" '
            f'xml:space="preserve">{esc.text(name)}</y:NodeLabel>'
            '<y:Shape type="roundrectangle"/>'
            f'<y:State closed="{str(closed).lower()}" closedHeight="50.0" closedWidth="160.0" '
            'innerGraphDisplayEnabled="false"/>'
            '<y:Insets bottom="15" bottomF="15.0" left="15" leftF="15.0" right="15" rightF="15.0" '
            'top="15" topF="15.0"/></y:GroupNode>'
        )
    inner = "".join(realizers)
    return f'<y:ProxyAutoBoundsNode><y:Realizers active="0">{inner}</y:Realizers></y:ProxyAutoBoundsNode>'


def edge_graphics(esc: Escaper, relation: str, label: str) -> str:
    """Solid grey for a reporting line; dashed (a secondary manager, with an arrow to the role)
    or dotted (works closely with) in violet for dotted lines, with their label."""
    if relation == REPORTS_TO:
        style, color, arrow = "line", "#7D8590", "none"
    else:
        style, color = ("dashed", "#8957E5") if relation == MATRIX else ("dotted", "#8957E5")
        arrow = "standard" if relation == MATRIX else "none"
    text = (
        f'<y:EdgeLabel alignment="center" {_FONT} fontSize="11" modelName="centered" '
        f'modelPosition="center" preferredPlacement="anywhere" textColor="#1F2328" visible="true" '
        f'xml:space="preserve">{esc.text(label)}</y:EdgeLabel>'
        if label
        else ""
    )
    return (
        f'<y:PolyLineEdge><y:LineStyle color="{color}" type="{style}" width="1.5"/>'
        f'<y:Arrows source="none" target="{arrow}"/>{text}<y:BendStyle smoothed="false"/></y:PolyLineEdge>'
    )


def _crossings(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many team frames end or begin between two neighbours in these teams (paths from
    the top-level department down)."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return len(a) + len(b) - 2 * common
