"""From a laid-out chart (nested blocks in abstract breadth/depth terms) to the `Geometry`
that is painted: every card, frame and line in x/y, the dotted lines routed around the cards,
everything moved so that it starts at the margin."""

from __future__ import annotations

import math

from orgchart.layout.block import Block, Box, Flat, new
from orgchart.layout.detours import Detours
from orgchart.layout.geometry import CardBox, FrameBox, Geometry, Line, LineKind, Rect
from orgchart.layout.memo import LayoutMemo
from orgchart.layout.params import LayoutParams, Measure
from orgchart.layout.router import CardIndex, DottedRouter
from orgchart.layout.routes import APoint, dotted_route, reporting_route
from orgchart.model import Link, OrgChart

#: a dotted line still in abstract terms: kind, source, target, route, label
_Dotted = tuple[LineKind, str, str, list[APoint], str]
_Area = tuple[float, float, float, float]  # b0, d0, b1, d1


def chart_geometry(
    chart: OrgChart,
    nested: Block,
    team_of: dict[str, str],
    parent_team: dict[str, str | None],
    hidden: dict[str, int],
    p: LayoutParams,
    horizontal: bool,
    measure: Measure,
    memo: LayoutMemo,
) -> Geometry:
    whole = nested.flatten()
    cards = whole.cards
    links = [link for link in chart.links() if link.source in cards and link.target in cards]
    # One index of the cards for the dotted lines' routes and for the reporting lines
    # between teams (made only if there are such lines: sorting the cards takes time).
    between = len(whole.frames) > 1 and bool(cards)
    index = CardIndex(cards) if links or between else None
    detours = Detours(whole, team_of, parent_team, index, p) if between and index is not None else None
    detoured = _detoured(whole, team_of, detours) if detours is not None else {}
    dotted = _dotted(links, cards, whole, p, measure, memo, index, horizontal, detoured)
    # Cards and frames lie in [0, bs] x [0, ds]; some lines stick out (dotted ones, into the
    # margin at most, and a reporting line whose bus runs above the top row when team frames
    # form a cycle). Move everything by the margin and by what sticks out beyond it. A
    # reporting line bends only at its bus (depth) and trunk (breadth), and ends on cards.
    m = p.margin
    b0 = min([0.0, *(b + m for r in dotted for b, _ in r[3])])
    d0 = min([0.0, *(d + m for r in dotted for _, d in r[3])])
    b1 = max([whole.bs, *(b for r in dotted for b, _ in r[3])])
    d1 = max([whole.ds, *(d for r in dotted for _, d in r[3])])
    lines, (lb0, ld0, lb1, ld1) = _reporting_lines(whole, m - b0, m - d0, horizontal, team_of, detoured)
    if lb0 < b0 or ld0 < d0:  # a reporting line sticks out further (rare): place them again
        b0, d0 = min(b0, lb0), min(d0, ld0)
        lines, _ = _reporting_lines(whole, m - b0, m - d0, horizontal, team_of, detoured)
    b1, d1 = max(b1, lb1), max(d1, ld1)
    ob, od = m - b0, m - d0

    geometry = Geometry()
    # Cards: one comprehension per direction, as this runs once per role; frames (one per
    # team) go through a small function.
    if horizontal:
        geometry.cards = {
            r: new(CardBox, (r, team_of[r], new(Rect, (d + od, b + ob, ds, bs)), hidden.get(r, 0)))
            for r, (b, d, bs, ds) in cards.items()
        }
    else:
        geometry.cards = {
            r: new(CardBox, (r, team_of[r], new(Rect, (b + ob, d + od, bs, ds)), hidden.get(r, 0)))
            for r, (b, d, bs, ds) in cards.items()
        }

    def rect(box: Box) -> Rect:
        if horizontal:
            return Rect(box.d + od, box.b + ob, box.ds, box.bs)
        return Rect(box.b + ob, box.d + od, box.bs, box.ds)

    geometry.frames = [FrameBox(f.team_id, rect(f.box), rect(f.header), f.level) for f in whole.frames]
    for kind, source, target, route, label in dotted:
        if horizontal:
            points = tuple((d + od, b + ob) for b, d in route)
        else:
            points = tuple((b + ob, d + od) for b, d in route)
        lines.append(Line(kind, source, target, points, label))
    geometry.lines = lines
    size_b, size_d = b1 - b0 + 2 * m, d1 - d0 + 2 * m
    geometry.bounds = Rect(0, 0, size_d, size_b) if horizontal else Rect(0, 0, size_b, size_d)
    return geometry


def _detoured(whole: Flat, team_of: dict[str, str], detours: Detours) -> dict[tuple[str, str], list[APoint]]:
    """(manager, report) -> the way round cards of a reporting line between teams that
    needs one (abstract terms; made before the dotted lines, which keep off them)."""
    trunks = whole.trunks
    between: list[tuple[str, str, float, float | None]] = []
    for k in whole.between:
        edges, db, dd = whole.edges[k]
        for manager, report, bus, trunk in edges:
            if bus is None or team_of[manager] == team_of[report]:
                continue
            if trunk is not None:
                trunk += db
            elif trunks:
                trunk = trunks.get(report)  # as `_reporting_lines` takes it
            between.append((manager, report, bus + dd, trunk))
    detours.aim(between)
    found = {}
    for manager, report, bus, trunk in between:
        route = detours.route(manager, report, bus, trunk)
        if route is not None:
            found[manager, report] = route
    return found


def _dotted(
    links: list[Link],
    cards: dict[str, Box],
    whole: Flat,
    p: LayoutParams,
    measure: Measure,
    memo: LayoutMemo,
    index: CardIndex | None,
    sideways: bool,
    detoured: dict[tuple[str, str], list[APoint]],
) -> list[_Dotted]:
    """The dotted lines between shown cards, routed around the cards (abstract terms) and
    off the reporting lines' buses and ``detoured`` ways."""
    dotted: list[_Dotted] = []
    m = p.margin
    # Dotted lines may use the margin above and left of the cards, not more: the cards' place
    # must not depend on them (a line added in the editor would otherwise move every card).
    limits = (-m + 1, -m + 1, whole.bs + m, whole.ds + m)
    router = _router(whole, p, memo, index, limits, list(detoured.values())) if links else None
    for link in links:
        ends = cards[link.source], cards[link.target]
        assert router is not None
        # Ask for room for the label: a level run as long as it is wide, or an upright one.
        room = measure.label(link.label) if link.label else 0.0
        route = router.route(*ends, room, sideways=sideways) or dotted_route(*ends)
        dotted.append((LineKind(link.kind.value), link.source, link.target, route, link.label))
    memo.searches = router.searches if router is not None else {}
    memo.searched = router.searched if router is not None else 0
    return dotted


def _router(
    whole: Flat,
    p: LayoutParams,
    memo: LayoutMemo,
    index: CardIndex | None,
    limits: _Area,
    detours: list[list[APoint]],
) -> DottedRouter:
    """A router for the dotted lines, which keep off the frames' borders and headers and the
    reporting lines: their buses, across a team's frame (the whole chart, at the top) half a
    level's gap above each of its rows but the first, and their ``detours``."""
    frames = {f.team_id: f.box for f in whole.frames}
    half_gap = p.level_gap / 2
    buses = []
    for team, gaps in whole.bands.items():
        box = frames.get(team) if team is not None else None
        b0, b1 = (box.b, box.b_end) if box is not None else (0.0, whole.bs)
        buses += [(d1 - half_gap, b0, b1) for _, d1 in gaps]
    headers = [f.header for f in whole.frames]
    return DottedRouter(
        whole.cards, memo.searches, limits, index, list(frames.values()), buses, headers, detours
    )


def _reporting_lines(
    whole: Flat,
    ob: float,
    od: float,
    horizontal: bool,
    team_of: dict[str, str],
    detoured: dict[tuple[str, str], list[APoint]],
) -> tuple[list[Line], tuple[float, float, float, float]]:
    """The reporting lines moved by (ob, od), in x/y; and the least and greatest breadth
    and depth (before the move) at which they bend. A line between teams that would pass a
    card takes its ``detoured`` way round it."""
    cards, trunks = whole.cards, whole.trunks
    lines: list[Line] = []
    append = lines.append
    reports = LineKind.REPORTS
    lo_b = lo_d = math.inf
    hi_b = hi_d = -math.inf
    for edges, db, dd in whole.edges:
        for manager, report, bus, trunk in edges:
            if trunk is not None:
                trunk += db
            elif bus is not None and trunks:
                trunk = trunks.get(report)  # a stacked card: in from the side, down its trunk
            if bus is not None:
                bus += dd
                if bus < lo_d:
                    lo_d = bus
                if bus > hi_d:
                    hi_d = bus
            if trunk is not None:
                if trunk < lo_b:
                    lo_b = trunk
                if trunk > hi_b:
                    hi_b = trunk
            detour = None
            if detoured and bus is not None and team_of[manager] != team_of[report]:
                detour = detoured.get((manager, report))
            if detour is not None:
                points = tuple([(b + ob, d + od) for b, d in detour])
            else:
                points = reporting_route(cards[manager], cards[report], bus, trunk, ob, od)
            if horizontal:
                points = tuple([(d, b) for b, d in points])
            append(new(Line, (reports, manager, report, points, "")))
    return lines, (lo_b, lo_d, hi_b, hi_d)
