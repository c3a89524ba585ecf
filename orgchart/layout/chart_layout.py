"""`tidy_layout`: a whole chart, teams as nested frames around tidy trees of their roles."""

from __future__ import annotations

from orgchart.layout.block import Block, Box, PlacedFrame
from orgchart.layout.chart_geometry import chart_geometry
from orgchart.layout.context import LayoutContext
from orgchart.layout.geometry import Geometry
from orgchart.layout.level import level_layout
from orgchart.layout.memo import LayoutMemo
from orgchart.layout.params import EstimatedMeasure, LayoutParams, Measure
from orgchart.model import Direction, OrgChart, Role, RoleKind
from orgchart.model.bulk import paused_gc
from orgchart.model.views import Hierarchy

#: the measure of a layout not given one (one object, so that a memo can tell it is the same)
_ESTIMATED = EstimatedMeasure()
#: sizes the empty frame of a team without roles, as if it held one card
_PLACEHOLDER = Role("placeholder", "placeholder")


def tidy_layout(
    chart: OrgChart,
    params: LayoutParams | None = None,
    *,
    measure: Measure | None = None,
    memo: LayoutMemo | None = None,
) -> Geometry:
    """Lay out ``chart``: every team a frame (nested as the teams nest) around a tidy tree of
    its roles, reporting lines as orthogonal elbows, dotted lines routed afterwards.

    Deterministic and linear in the number of roles (times the depth of team nesting).
    ``measure`` gives card and label sizes; without it they are estimated. ``memo``, passed
    to each layout of one chart, lets a layout reuse the teams an edit left as they were.
    """
    params = params or LayoutParams()
    measure = measure or _ESTIMATED
    memo = memo or LayoutMemo(keep=False)
    memo.start(params, measure)
    with paused_gc():
        return _layout(chart, params, measure, memo)


def _layout(chart: OrgChart, p: LayoutParams, measure: Measure, memo: LayoutMemo) -> Geometry:
    horizontal = p.direction is Direction.LEFT_RIGHT
    ctx = LayoutContext(p)
    team_ids = chart.team_ids()
    ctx.team_index = {t: i for i, t in enumerate(team_ids)}
    hierarchy = chart.hierarchy()
    hidden = _visible_roles(hierarchy, p, ctx)
    team = hierarchy.team
    team_of = {r: team[r] for r in ctx.index}
    parent_team = {t: chart.parent_of(t) for t in team_ids}
    members: dict[str, list[str]] = {t: [] for t in team_ids}
    roles, size, card, assistant = hierarchy.roles, ctx.size, measure.card, RoleKind.ASSISTANT
    for role_id, t in team_of.items():  # reading order
        members[t].append(role_id)
        role = roles[role_id]
        if role.kind is assistant:
            ctx.assistants.add(role_id)
        w, h = card(role, hidden.get(role_id, 0) if hidden else 0)
        size[role_id] = (h, w) if horizontal else (w, h)
    _crossing(ctx, team_of, parent_team)
    for t in team_ids:
        ctx.preference[t] = chart.team(t).layout
    placed = _placed_teams(hierarchy)
    has_roles = _teams_with_roles(placed, team_ids, parent_team)
    shows_roles = _teams_with_roles({t for t, m in members.items() if m}, team_ids, parent_team)

    blocks: dict[str, Block] = {}
    level_of = {t: 0 if parent_team[t] is None else -1 for t in team_ids}
    for t in team_ids:  # parents first
        if parent_team[t] is not None:
            level_of[t] = level_of[parent_team[t]] + 1  # type: ignore[index]
    for t in reversed(team_ids):  # children first
        subs = [(s, blocks[s]) for s in chart.subteams_of(t) if s in blocks]
        if not shows_roles[t] and has_roles[t]:
            continue  # everything in it is collapsed away
        value = chart.team(t)
        room = p.header_room.get(t, 0.0)
        key: tuple[object, ...] = (
            (*_level_key(ctx, t, members[t], subs), value.name, room, value.layout, level_of[t])
            if memo.keep
            else ()
        )
        parts = tuple(b for _, b in subs)
        block = memo.get(t, key, parts)
        if block is None:
            content = level_layout(ctx, t, members[t], subs)
            if not content.pieces and not subs:  # an empty team still shows, to drop roles into
                w, h = measure.card(_PLACEHOLDER, 0)
                content.bs, content.ds = (h, w) if horizontal else (w, h)
            block = _framed(content, t, level_of[t], measure.label(value.name) + room, p, horizontal)
            memo.put(t, key, parts, block)
        blocks[t] = block
    tops = [(t, blocks[t]) for t in chart.subteams_of(None) if t in blocks]
    key = _level_key(ctx, None, [], tops) if memo.keep else ()
    parts = tuple(b for _, b in tops)
    whole = memo.get(None, key, parts)
    if whole is None:
        whole = level_layout(ctx, None, [], tops)
        memo.put(None, key, parts, whole)
    memo.keep_only({None, *blocks})
    return chart_geometry(chart, whole, team_of, parent_team, hidden, p, horizontal, measure, memo)


def _level_key(
    ctx: LayoutContext, team: str | None, members: list[str], subs: list[tuple[str, Block]]
) -> tuple[object, ...]:
    """Everything `level_layout` reads for one level, so that equal keys give equal blocks
    (the memo compares the sub-teams' blocks themselves by identity)."""
    size, assistants, has_reports = ctx.size, ctx.assistants, ctx.has_reports
    manager = ctx.manager
    return (
        tuple(members),
        tuple([size[r] for r in members]),
        # with each member's manager: leaves are stacked by manager
        tuple([(r in assistants, r in has_reports, manager.get(r)) for r in members]),
        # in reading order, which also orders the sub-teams hanging below one manager; with
        # the manager itself, as a line is drawn from it (two managers in one sub-team look
        # alike in the crossing entry)
        tuple([(r, mine, theirs, ctx.manager[r]) for r, mine, theirs in ctx.crossing.get(team, ())]),
        tuple([(s, ctx.team_index[s]) for s, _ in subs]),
    )


def _visible_roles(hierarchy: Hierarchy, p: LayoutParams, ctx: LayoutContext) -> dict[str, int]:
    """Fill ctx.index/manager/has_reports with the roles to draw; return role -> hidden count."""
    order, manager_of, parked = hierarchy.order, hierarchy.manager, hierarchy.parked
    if not p.collapsed and p.max_depth is None and not parked:  # every role shown, none hidden
        ctx.index = {role_id: i for i, role_id in enumerate(order)}
        ctx.manager = {r: m for r in order if (m := manager_of[r]) is not None}
        ctx.has_reports = set(ctx.manager.values())
        return {}
    depth: dict[str, int] = {}
    shown: set[str] = set()
    for role_id in order:  # managers come before their reports
        manager = manager_of[role_id]
        depth[role_id] = 0 if manager is None else depth[manager] + 1
        if (manager is None and role_id not in parked) or (
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


def _placed_teams(hierarchy: Hierarchy) -> set[str]:
    """The teams with roles placed in the chart (shown or collapsed away, not parked)."""
    if not hierarchy.parked:
        return set(hierarchy.team.values())
    held: set[str] = set()
    for role_id in hierarchy.order:  # managers first
        manager = hierarchy.manager[role_id]
        if role_id in hierarchy.parked or (manager is not None and manager in held):
            held.add(role_id)
    return {t for r, t in hierarchy.team.items() if r not in held}


def _crossing(ctx: LayoutContext, team_of: dict[str, str], parent_team: dict[str, str | None]) -> None:
    """Fill ctx.crossing: every reporting line goes to the innermost team that holds both its
    ends (None: the whole chart), as (report, what holds the report there, what holds the
    manager there): a member role's own id, or the id of the sub-team it is inside."""
    chains: dict[str, list[str | None]] = {}
    for t in parent_team:
        chain: list[str | None] = [t]
        while chain[-1] is not None:
            chain.append(parent_team[chain[-1]])
        chains[t] = chain
    meeting: dict[tuple[str, str], tuple[str | None, str | None, str | None]] = {}
    crossing = ctx.crossing
    for role_id, manager in ctx.manager.items():  # reading order
        mine, theirs = team_of[role_id], team_of[manager]
        if mine == theirs:
            crossing.setdefault(mine, []).append((role_id, role_id, manager))
            continue
        where = meeting.get((mine, theirs))
        if where is None:
            up = chains[theirs]
            at = next(k for k, t in enumerate(chains[mine]) if t in up)
            level = chains[mine][at]
            below_mine = chains[mine][at - 1] if at > 0 else None
            k = up.index(level)
            below_theirs = up[k - 1] if k > 0 else None
            where = meeting[(mine, theirs)] = (level, below_mine, below_theirs)
        level, below_mine, below_theirs = where
        crossing.setdefault(level, []).append((role_id, below_mine or role_id, below_theirs or manager))


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

