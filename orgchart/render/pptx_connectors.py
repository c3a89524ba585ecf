"""An orthogonal route as a PowerPoint elbow connector: which preset (a straight line or a
``bentConnector2``..``5``), turned and flipped how, with which adjustments, so that the
connector is drawn along the same route as on the canvas.

PowerPoint keeps the stored geometry of a connector until one of its shapes is moved, then
routes it again itself; so what is stored here is what people see first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from lxml.etree import _Element
from pptx.oxml import parse_xml

from orgchart.render.pptx_xml import NAMESPACES

Point = tuple[int, int]  # EMU

#: a connector rotated a quarter turn clockwise (its first run goes up or down)
QUARTER = 5400000
#: bends a preset connector has, by number of runs
PRESETS = {
    1: "straightConnector1",
    2: "bentConnector2",
    3: "bentConnector3",
    4: "bentConnector4",
    5: "bentConnector5",
}
#: how far an end is moved (EMU, one point) where a route runs back to where it started
NUDGE = 12700


@dataclass(frozen=True)
class ConnectorGeometry:
    """A preset connector's transform (``x``, ``y``, ``cx``, ``cy`` in EMU, before the turn)
    and its adjustments (``adj1``... in 1/100000 of the width or height)."""

    preset: str
    x: int
    y: int
    cx: int
    cy: int
    rotated: bool
    flip_h: bool
    flip_v: bool
    adjust: tuple[int, ...] = ()


def connector_geometry(route: Sequence[Point], *, elbow: bool = True) -> ConnectorGeometry:
    """The connector along ``route`` (orthogonal, at least two points). A straight route
    becomes an elbow with its bend halfway if ``elbow``, so that PowerPoint keeps it orthogonal
    when a box is dragged; a route of more than five runs is simplified to three."""
    points = _runs(route)
    if len(points) < 2:
        points = [points[0], points[0]]
    if len(points) > 6:
        points = _three_runs(points)
    if len(points) == 2 and elbow:
        (x0, y0), (x1, y1) = points
        if x0 == x1 or y0 == y1:
            mid = ((x0 + x1) // 2, (y0 + y1) // 2)
            return _solve([points[0], mid, mid, points[1]])
    return _solve(points)


def connector_xml(
    shape_id: int,
    name: str,
    geometry: ConnectorGeometry,
    begin: tuple[int, int],
    end: tuple[int, int],
    color: str,
    width: int,
    dash: str | None,
) -> _Element:
    """A connector along ``geometry``, glued at each end to a shape's connection site
    (``begin`` and ``end``: shape id and site index): what python-pptx's ``add_connector``
    with ``begin_connect`` and ``end_connect`` writes, with the route's transform and
    adjustments, written at once (thousands of lines)."""
    g = geometry
    turn = f' rot="{QUARTER}"' if g.rotated else ""
    flips = (' flipH="1"' if g.flip_h else "") + (' flipV="1"' if g.flip_v else "")
    guides = "".join(f'<a:gd name="adj{k}" fmla="val {v}"/>' for k, v in enumerate(g.adjust, start=1))
    pattern = f'<a:prstDash val="{dash}"/>' if dash else ""
    xml = (
        f"<p:cxnSp {NAMESPACES}><p:nvCxnSpPr>"
        f'<p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
        f'<p:cNvCxnSpPr><a:stCxn id="{begin[0]}" idx="{begin[1]}"/><a:endCxn id="{end[0]}" idx="{end[1]}"/>'
        "</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>"
        f'<p:spPr><a:xfrm{turn}{flips}><a:off x="{g.x}" y="{g.y}"/><a:ext cx="{g.cx}" cy="{g.cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{g.preset}"><a:avLst>{guides}</a:avLst></a:prstGeom>'
        f'<a:ln w="{width}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>{pattern}</a:ln>'
        "</p:spPr></p:cxnSp>"
    )
    element: _Element = parse_xml(xml)
    return element


def route_of(geometry: ConnectorGeometry) -> list[tuple[float, float]]:
    """The points a viewer draws for ``geometry`` (the inverse of `connector_geometry`; for
    previews and tests)."""
    w, h = geometry.cx, geometry.cy
    a = [v / 100000 for v in geometry.adjust]
    local: list[tuple[float, float]]
    if geometry.preset == "straightConnector1":
        local = [(0, 0), (w, h)]
    elif geometry.preset == "bentConnector2":
        local = [(0, 0), (w, 0), (w, h)]
    elif geometry.preset == "bentConnector3":
        local = [(0, 0), (w * a[0], 0), (w * a[0], h), (w, h)]
    elif geometry.preset == "bentConnector4":
        local = [(0, 0), (w * a[0], 0), (w * a[0], h * a[1]), (w, h * a[1]), (w, h)]
    else:
        x1, y2, x3 = w * a[0], h * a[1], w * a[2]
        local = [(0, 0), (x1, 0), (x1, y2), (x3, y2), (x3, h), (w, h)]
    cx, cy = geometry.x + w / 2, geometry.y + h / 2
    out = []
    for u, v in local:
        u = w - u if geometry.flip_h else u
        v = h - v if geometry.flip_v else v
        du, dv = u - w / 2, v - h / 2
        out.append((cx - dv, cy + du) if geometry.rotated else (cx + du, cy + dv))
    return out


def _runs(route: Sequence[Point]) -> list[Point]:
    """The route without repeated points and without bends that do not bend."""
    points: list[Point] = []
    for p in route:
        if points and points[-1] == p:
            continue
        if len(points) >= 2:
            (ax, ay), (bx, by) = points[-2], points[-1]
            if (ax == bx == p[0]) or (ay == by == p[1]):
                points[-1] = p
                continue
        points.append(p)
    return points


def _three_runs(points: list[Point]) -> list[Point]:
    """A route with many bends as one with at most three: out along its first run, across
    where that run ends, and in along its last run's direction."""
    (x0, y0), (x1, y1) = points[0], points[1]
    end, before = points[-1], points[-2]
    last_upright = before[0] == end[0]
    if x0 == x1:  # first run upright
        if last_upright:
            return [points[0], (x0, y1), (end[0], y1), end]
        return [points[0], (x0, end[1]), end]
    if last_upright:
        return [points[0], (end[0], y0), end]
    return [points[0], (x1, y0), (x1, end[1]), end]


def _solve(points: list[Point]) -> ConnectorGeometry:
    (sx, sy), (ex, ey) = points[0], points[-1]
    rotated = sx == points[1][0] and sy != points[1][1]  # the first run is upright
    runs = len(points) - 1

    # Local axes: u along the first run, v across it; a quarter turn maps (u, v) to (-v, u).
    def local(p: Point) -> tuple[float, float]:
        dx, dy = p[0] - (sx + ex) / 2, p[1] - (sy + ey) / 2
        return (dy, -dx) if rotated else (dx, dy)

    w, h = (abs(ey - sy), abs(ex - sx)) if rotated else (abs(ex - sx), abs(ey - sy))
    su, sv = local(points[0])
    flip_h, flip_v = su > 0, sv > 0
    adjust: list[int] = []
    for k in range(1, runs - 1):  # the bends the preset lets move: alternately along u and v
        u, v = local(points[k])
        along_u = k % 2 == 1
        value = (-u if flip_h else u) + w / 2 if along_u else (-v if flip_v else v) + h / 2
        size = w if along_u else h
        if size == 0:
            if abs(value) < 0.5:  # no bend to place: a straight line drawn as an elbow
                adjust.append(50000)
                continue
            return _solve(_nudged(points, rotated == along_u))
        adjust.append(round(value / size * 100000))
    # The transform is that of the box before the turn: (w, h) around the route's middle.
    x, y = round((sx + ex) / 2 - w / 2), round((sy + ey) / 2 - h / 2)
    return ConnectorGeometry(PRESETS[runs], x, y, round(w), round(h), rotated, flip_h, flip_v, tuple(adjust))


def _nudged(points: list[Point], along_y: bool) -> list[Point]:
    """``points`` with the end moved by `NUDGE` along y (``along_y``) or x, so that a route
    that comes back to where it started has a size the preset can scale its bends by: the
    last run is made longer if it runs that way, else it is moved over."""
    out = list(points)
    (px, py), (ex, ey) = out[-2], out[-1]
    if along_y:
        if px == ex:  # the last run is upright: into the card, a point further
            out[-1] = (ex, ey + (NUDGE if ey >= py else -NUDGE))
        else:
            out[-2], out[-1] = (px, py + NUDGE), (ex, ey + NUDGE)
    elif py == ey:
        out[-1] = (ex + (NUDGE if ex >= px else -NUDGE), ey)
    else:
        out[-2], out[-1] = (px + NUDGE, py), (ex + NUDGE, ey)
    return out
