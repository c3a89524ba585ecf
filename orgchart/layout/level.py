"""Lay out one level: the roles of one team (or the departments of the whole chart), with
each sub-team already laid out as a framed block that moves as one node.

Within a level the reporting lines become a forest of nodes: a card (with its assistants
beside it), a stack (leaf roles in columns), or a sub-team's frame. A frame hangs below the
node that manages its first role; lines that cannot follow the tree are still drawn, routed
through the gap above the row of the role they reach.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from orgchart.layout.block import Block, Box, Edge, new
from orgchart.layout.context import LayoutContext
from orgchart.layout.tidy import Forest, tidy_positions

CARD, STACK, ROW, FRAME = "card", "stack", "row", "frame"


@dataclass(slots=True)
class _Node:
    kind: str
    roles: list[str]  # card: [role, *assistants]; stack: its roles; frame: []
    team: str = ""  # frame: the sub-team
    block: Block | None = None
    left: float = 0.0
    right: float = 0.0
    depth: float = 0.0
    order: float = 0.0
    #: inside the node, relative to (anchor, row top): role -> box (set by _size)
    boxes: dict[str, Box] | None = None


def level_layout(
    ctx: LayoutContext,
    team: str | None,
    members: Sequence[str],
    sub_blocks: Sequence[tuple[str, Block]],
) -> Block:
    """Lay out ``members`` (cards of ``team``) and ``sub_blocks`` (framed sub-teams) as a
    tidy forest, joined by the reporting lines in ``ctx.crossing[team]``."""
    p = ctx.params
    index = ctx.index
    nodes: list[_Node] = [_Node(CARD, [role_id], order=index[role_id]) for role_id in members]
    # Keys: a member's role id, or a sub-team's id for everything inside that sub-team.
    node_of: dict[str, int] = {role_id: i for i, role_id in enumerate(members)}
    for sub_team, block in sub_blocks:
        node_of[sub_team] = len(nodes)
        nodes.append(_Node(FRAME, [], team=sub_team, block=block, order=1e12 + ctx.team_index[sub_team]))
    crossing = ctx.crossing.get(team, ())

    # Assistants without reports of their own join their manager's card, drawn beside it.
    assistants = ctx.assistants
    for role_id in [r for r in members if r in assistants]:
        manager = ctx.manager.get(role_id)
        if (
            manager is not None
            and manager in node_of
            and nodes[node_of[manager]].kind == CARD
            and role_id not in ctx.has_reports
        ):
            absorbed = node_of[role_id]
            node_of[role_id] = node_of[manager]
            nodes[node_of[manager]].roles.append(role_id)
            nodes[absorbed].kind = ""  # dropped below

    parent = _parents(ctx, nodes, node_of, crossing)
    children, roots = _forest(nodes, parent)
    _stack_leaves(ctx, team, nodes, node_of, children, roots)
    _row_leaves(nodes, node_of, children)
    keep = [i for i, node in enumerate(nodes) if node.kind]
    for i in keep:
        _size(ctx, nodes[i])

    anchors = tidy_positions(
        Forest(children, roots, [n.left for n in nodes], [n.right for n in nodes]),
        sibling_gap=p.sibling_gap,
        subtree_gap=p.subtree_gap,
    )
    row_of = _rows(children, roots, len(nodes))
    row_depth: dict[int, float] = {}
    for i in keep:
        row_depth[row_of[i]] = max(row_depth.get(row_of[i], 0.0), nodes[i].depth)
    row_top, top = [], 0.0
    for row in range(len(row_depth)):
        row_top.append(top)
        top += row_depth[row] + p.level_gap

    block = Block()
    block.ds = top - p.level_gap if row_depth else 0.0
    block.bands = (team, [(row_top[r] + row_depth[r], row_top[r + 1]) for r in range(len(row_top) - 1)])
    for i in keep:
        node, anchor, d0 = nodes[i], anchors[i], row_top[row_of[i]]
        block.bs = max(block.bs, anchor + node.right)
        if node.kind == FRAME:
            assert node.block is not None
            block.merge(node.block, anchor - node.left, d0)
            continue
        assert node.boxes is not None
        block.pieces.append((node.boxes, anchor, d0))
        if node.kind == STACK:
            for role_id in node.roles:
                block.trunks[role_id] = anchor
        elif node.kind == CARD:
            lead = node.roles[0]
            for assistant in node.roles[1:]:
                block.edges.append(Edge(lead, assistant, None, anchor))

    half_gap = p.level_gap / 2
    manager_of = ctx.manager
    block.edges.extend(  # trunks: see Block.flatten
        new(Edge, (manager_of[role_id], role_id, row_top[row_of[node_of[mine]]] - half_gap, None))
        for role_id, mine, theirs in crossing
        if node_of[mine] != node_of[theirs]
    )
    return block


def _parents(
    ctx: LayoutContext, nodes: list[_Node], node_of: dict[str, int], crossing: Sequence[tuple[str, str, str]]
) -> list[int]:
    """Each node's parent: the node of the manager of its first role (in reading order)
    whose manager is elsewhere on this level. Cycles through frames are broken at a frame."""
    parent = [-1] * len(nodes)
    for role_id, mine_key, theirs_key in crossing:
        mine, theirs = node_of[mine_key], node_of[theirs_key]
        if mine != theirs and parent[mine] < 0:
            parent[mine] = theirs
            if nodes[mine].kind == FRAME:
                nodes[mine].order = ctx.index[role_id]
    # Card-to-card links follow the (acyclic) reporting lines, so a cycle passes a frame.
    state = [0] * len(nodes)  # 0 new, 1 on the current path, 2 done
    for start in range(len(nodes)):
        path: list[int] = []
        v = start
        while v >= 0 and state[v] == 0:
            state[v] = 1
            path.append(v)
            v = parent[v]
        if v >= 0 and state[v] == 1:  # found a cycle: v ... back to v
            cycle = path[path.index(v) :]
            breaker = next(i for i in cycle if nodes[i].kind == FRAME)
            parent[breaker] = -1
            nodes[breaker].order = 1e12 + ctx.team_index[nodes[breaker].team]
        for u in path:
            state[u] = 2
    return parent


def _forest(nodes: list[_Node], parent: list[int]) -> tuple[list[list[int]], list[int]]:
    children: list[list[int]] = [[] for _ in nodes]
    roots: list[int] = []
    for i, node in enumerate(nodes):
        if not node.kind:
            continue
        (children[parent[i]] if parent[i] >= 0 else roots).append(i)
    for kids in children:
        if len(kids) > 1:
            kids.sort(key=lambda i: nodes[i].order)
    roots.sort(key=lambda i: nodes[i].order)
    return children, roots


def _stack_leaves(
    ctx: LayoutContext,
    team: str | None,
    nodes: list[_Node],
    node_of: dict[str, int],
    children: list[list[int]],
    roots: list[int],
) -> None:
    """Replace the leaf cards under one manager by a stack, as the team prefers. Leaves side
    by side with different managers (roots whose managers are outside the level, cards below
    a sub-team's frame) make a stack each: one stack's lines share its trunk."""
    columns = ctx.stack_columns(team)
    if not columns:
        return
    manager_of = ctx.manager
    for kids in [*children, roots]:
        groups: dict[str | None, list[int]] = {}
        for i in kids:
            if nodes[i].kind == CARD and len(nodes[i].roles) == 1 and not children[i]:
                groups.setdefault(manager_of.get(nodes[i].roles[0]), []).append(i)
        for leaves in groups.values():
            if len(leaves) >= 2:
                _stack(nodes, node_of, children, kids, leaves, columns)


def _stack(
    nodes: list[_Node],
    node_of: dict[str, int],
    children: list[list[int]],
    kids: list[int],
    leaves: list[int],
    columns: int,
) -> None:
    """Make ``leaves`` (among ``kids``) one stack node, where the first of them was."""
    stack = _Node(STACK, [r for i in leaves for r in nodes[i].roles], order=nodes[leaves[0]].order)
    stack.left = float(columns)  # remembered until _size
    first = kids.index(leaves[0])
    for i in leaves:
        nodes[i].kind = ""
    for role_id in stack.roles:
        node_of[role_id] = len(nodes)
    nodes.append(stack)
    children.append([])
    kids[:] = [i for i in kids if nodes[i].kind]
    kids.insert(first, len(nodes) - 1)


def _row_leaves(nodes: list[_Node], node_of: dict[str, int], children: list[list[int]]) -> None:
    """Make the reports of a manager who has only leaf roles below one node: a row.

    The tidy tree would place them exactly so (side by side, the manager centred over the
    first and last); as one node they cost the tree walk one step instead of one per role,
    and most roles in an organisation are such leaves."""
    for kids in children[: len(children)]:
        if len(kids) < 2 or not all(
            nodes[i].kind == CARD and len(nodes[i].roles) == 1 and not children[i] for i in kids
        ):
            continue
        row = _Node(ROW, [nodes[i].roles[0] for i in kids], order=nodes[kids[0]].order)
        for i in kids:
            nodes[i].kind = ""
        for role_id in row.roles:
            node_of[role_id] = len(nodes)
        kids[:] = [len(nodes)]
        nodes.append(row)
        children.append([])


def _size(ctx: LayoutContext, node: _Node) -> None:
    p = ctx.params
    if node.kind == FRAME:
        assert node.block is not None
        node.left = node.right = node.block.bs / 2
        node.depth = node.block.ds
    elif node.kind == ROW:
        # Anchored midway between the first and the last card's centres, as the tidy tree
        # centres a parent over its children.
        size, gap = ctx.size, p.sibling_gap
        sizes = [size[r] for r in node.roles]
        starts, b, depth = [], 0.0, 0.0
        for bs, ds in sizes:
            starts.append(b)
            b += bs + gap
            if ds > depth:
                depth = ds
        end = b - gap
        anchor = (sizes[0][0] / 2 + starts[-1] + sizes[-1][0] / 2) / 2
        node.left, node.right, node.depth = anchor, end - anchor, depth
        node.boxes = {
            role_id: new(Box, (start - anchor, 0.0, bs, ds))
            for role_id, start, (bs, ds) in zip(node.roles, starts, sizes, strict=True)
        }
    elif node.kind == STACK:
        columns = int(node.left)
        sizes = [ctx.size[r] for r in node.roles]
        rows = [sizes[k : k + columns] for k in range(0, len(sizes), columns)]
        d = 0.0
        node.left = node.right = 0.0
        node.boxes = {}
        for r, row in enumerate(rows):
            for c, (bs, ds) in enumerate(row):
                role_id = node.roles[r * columns + c]
                if columns == 2 and c == 0:
                    node.boxes[role_id] = Box(-p.stack_indent - bs, d, bs, ds)
                    node.left = max(node.left, p.stack_indent + bs)
                else:
                    node.boxes[role_id] = Box(p.stack_indent, d, bs, ds)
                    node.right = max(node.right, p.stack_indent + bs)
            d += max(ds for _, ds in row) + p.stack_gap
        node.depth = d - p.stack_gap
    else:
        lead, *assistants = node.roles
        bs, ds = ctx.size[lead]
        node.boxes = {lead: Box(-bs / 2, 0.0, bs, ds)}
        node.left = node.right = bs / 2
        d = ds + p.stack_gap
        for k in range(0, len(assistants), 2):
            pair = assistants[k : k + 2]
            row_depth = 0.0
            for side, role_id in zip((1, -1)[: len(pair)], pair, strict=True):
                abs_, ads = ctx.size[role_id]
                b = p.stack_indent if side > 0 else -p.stack_indent - abs_
                node.boxes[role_id] = Box(b, d, abs_, ads)
                if side > 0:
                    node.right = max(node.right, p.stack_indent + abs_)
                else:
                    node.left = max(node.left, p.stack_indent + abs_)
                row_depth = max(row_depth, ads)
            d += row_depth + p.stack_gap
        node.depth = d - p.stack_gap


def _rows(children: list[list[int]], roots: list[int], n: int) -> list[int]:
    row = [0] * n
    stack = list(roots)
    while stack:
        v = stack.pop()
        for c in children[v]:
            row[c] = row[v] + 1
            stack.append(c)
    return row
