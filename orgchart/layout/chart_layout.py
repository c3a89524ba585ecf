"""`tidy_layout`: a whole chart, teams as nested frames around tidy trees of their roles."""

from __future__ import annotations

from orgchart.layout.block import Block, Box, PlacedFrame
from orgchart.layout.context import LayoutContext
from orgchart.layout.geometry import CardBox, FrameBox, Geometry, Line, LineKind, Rect
from orgchart.layout.level import level_layout
from orgchart.layout.params import EstimatedMeasure, LayoutParams, Measure
from orgchart.layout.routes import dotted_route, reporting_route
from orgchart.model import Direction, OrgChart, Role, RoleKind
from orgchart.model.bulk import paused_gc
from orgchart.model.views import Hierarchy

#: sizes the empty frame of a team without roles, as if it held one card
_PLACEHOLDER = Role("placeholder", "placeholder")


def tidy_layout(
    chart: OrgChart, params: LayoutParams | None = None, *, measure: Measure | None = None
) -> Geometry:
    """Lay out ``chart``: every team a frame (nested as the teams nest) around a tidy tree of
    its roles, reporting lines as orthogonal elbows, dotted lines routed afterwards.

    Deterministic and linear in the number of roles (times the depth of team nesting).
    ``measure`` gives card and label sizes; without it they are estimated.
    """
    params = params or LayoutParams()
    measure = measure or EstimatedMeasure()
    with paused_gc():
        return _layout(chart, params, measure)


def _layout(chart: OrgChart, p: LayoutParams, measure: Measure) -> Geometry:
    horizontal = p.direction is Direction.LEFT_RIGHT
    ctx = LayoutContext(p)
    team_ids = chart.team_ids()
    ctx.team_index = {t: i for i, t in enumerate(team_ids)}
    hierarchy = chart.hierarchy()
    hidden = _visible_roles(hierarchy, p, ctx)
    team_of = {r: hierarchy.team[r] for r in ctx.index}
    parent_team = {t: chart.parent_of(t) for t in team_ids}
    members: dict[str, list[str]] = {t: [] for t in team_ids}
    ctx.region = {t: [] for t in team_ids}
    for role_id in ctx.index:  # reading order
        team = team_of[role_id]
        members[team].append(role_id)
        t: str | None = team
        while t is not None:
            ctx.region[t].append(role_id)
            t = parent_team[t]
        role = hierarchy.roles[role_id]
        if role.kind is RoleKind.ASSISTANT:
            ctx.assistants.add(role_id)
        w, h = measure.card(role, hidden.get(role_id, 0))
        ctx.size[role_id] = (h, w) if horizontal else (w, h)
    for t in team_ids:
        ctx.preference[t] = chart.team(t).layout
    has_roles = _teams_with_roles(set(hierarchy.team.values()), team_ids, parent_team)

    blocks: dict[str, Block] = {}
    level_of = {t: 0 if parent_team[t] is None else -1 for t in team_ids}
    for t in team_ids:  # parents first
        if parent_team[t] is not None:
            level_of[t] = level_of[parent_team[t]] + 1  # type: ignore[index]
    for t in reversed(team_ids):  # children first
        subs = [(s, blocks[s]) for s in chart.subteams_of(t) if s in blocks]
        if not ctx.region[t] and has_roles[t]:
            continue  # everything in it is collapsed away
        content = level_layout(ctx, t, members[t], subs, ctx.region[t])
        if not content.cards and not subs:  # an empty team still shows, to drop roles into
            w, h = measure.card(_PLACEHOLDER, 0)
            content.bs, content.ds = (h, w) if horizontal else (w, h)
        blocks[t] = _framed(content, t, level_of[t], measure.label(chart.team(t).name), p, horizontal)
    tops = [(t, blocks[t]) for t in chart.subteams_of(None) if t in blocks]
    whole = level_layout(ctx, None, [], tops, list(ctx.index))
    return _geometry(chart, whole, team_of, hidden, p, horizontal)


def _visible_roles(hierarchy: Hierarchy, p: LayoutParams, ctx: LayoutContext) -> dict[str, int]:
    """Fill ctx.index/manager/has_reports with the roles to draw; return role -> hidden count."""
    depth: dict[str, int] = {}
    shown: set[str] = set()
    order, manager_of = hierarchy.order, hierarchy.manager
    for role_id in order:  # managers come before their reports
        manager = manager_of[role_id]
        depth[role_id] = 0 if manager is None else depth[manager] + 1
        if manager is None or (
            manager in shown
            and manager not in p.collapsed
            and (p.max_depth is None or depth[role_id] < p.max_depth)
        ):
            shown.add(role_id)
            ctx.index[role_id] = len(ctx.index)
            if manager is not None:
                ctx.manager[role_id] = manager
                ctx.has_reports.add(manager)
    below = dict.fromkeys(order, 0)
    for role_id in reversed(order):
        manager = manager_of[role_id]
        if manager is not None:
            below[manager] += below[role_id] + 1
    return {r: below[r] for r in shown if below[r] and r not in ctx.has_reports}


def _teams_with_roles(
    with_members: set[str], team_ids: list[str], parent_team: dict[str, str | None]
) -> dict[str, bool]:
    """Team -> whether it or a team inside it has roles (shown or not)."""
    has = dict.fromkeys(team_ids, False)
    for t in with_members:
        u: str | None = t
        while u is not None and not has[u]:
            has[u] = True
            u = parent_team[u]
    return has


def _framed(content: Block, team: str, level: int, label: float, p: LayoutParams, horizontal: bool) -> Block:
    """The content inside a frame with a header strip (at the top on screen either way)."""
    pad, header = p.frame_padding, p.frame_header
    if horizontal:
        inner = max(content.ds, label)
        bs, ds = content.bs + 2 * pad + header, inner + 2 * pad
        offset = (pad + header, pad + (inner - content.ds) / 2)
        strip = Box(0, 0, header, ds)
    else:
        inner = max(content.bs, label)
        bs, ds = inner + 2 * pad, content.ds + 2 * pad + header
        offset = (pad + (inner - content.bs) / 2, pad + header)
        strip = Box(0, 0, bs, header)
    out = Block(bs, ds)
    out.frames.append(PlacedFrame(team, Box(0, 0, bs, ds), strip, level))
    out.merge(content, *offset)
    return out


def _geometry(
    chart: OrgChart,
    nested: Block,
    team_of: dict[str, str],
    hidden: dict[str, int],
    p: LayoutParams,
    horizontal: bool,
) -> Geometry:
    whole = nested.flatten()
    routes: list[tuple[LineKind, str, str, list[tuple[float, float]], str]] = []
    for edge in whole.edges:
        route = reporting_route(edge, whole.cards[edge.manager], whole.cards[edge.report])
        routes.append((LineKind.REPORTS, edge.manager, edge.report, route, ""))
    for link in chart.links():
        if link.source in whole.cards and link.target in whole.cards:
            route = dotted_route(whole.cards[link.source], whole.cards[link.target])
            routes.append((LineKind(link.kind.value), link.source, link.target, route, link.label))
    # Everything lies in [0, bs] x [0, ds] but some lines; move all by the margin and by
    # what those lines stick out, in one pass.
    b0 = min([0.0, *(b for r in routes for b, _ in r[3])])
    d0 = min([0.0, *(d for r in routes for _, d in r[3])])
    b1 = max([whole.bs, *(b for r in routes for b, _ in r[3])])
    d1 = max([whole.ds, *(d for r in routes for _, d in r[3])])
    m = p.margin
    ob, od = m - b0, m - d0

    if horizontal:

        def rect(box: Box) -> Rect:
            return Rect(box.d + od, box.b + ob, box.ds, box.bs)

        def points(route: list[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
            return tuple((d + od, b + ob) for b, d in route)

    else:

        def rect(box: Box) -> Rect:
            return Rect(box.b + ob, box.d + od, box.bs, box.ds)

        def points(route: list[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
            return tuple((b + ob, d + od) for b, d in route)

    geometry = Geometry()
    geometry.cards = {
        role_id: CardBox(role_id, team_of[role_id], rect(box), hidden.get(role_id, 0))
        for role_id, box in whole.cards.items()
    }
    geometry.frames = [FrameBox(f.team_id, rect(f.box), rect(f.header), f.level) for f in whole.frames]
    geometry.lines = [Line(kind, a, b, points(route), label) for kind, a, b, route, label in routes]
    size_b, size_d = b1 - b0 + 2 * m, d1 - d0 + 2 * m
    geometry.bounds = Rect(0, 0, size_d, size_b) if horizontal else Rect(0, 0, size_b, size_d)
    return geometry
