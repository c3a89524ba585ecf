"""Lay out one level: the roles of one team (or the departments of the whole chart), with
each sub-team already laid out as a framed block that moves as one node.

Within a level the reporting lines become a forest of nodes: a card (with its assistants
beside it), a stack (leaf roles in columns), or a sub-team's frame. A frame hangs below the
node that manages its first role; lines that cannot follow the tree are still drawn, routed
through the gap above the row of the role they reach.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from orgchart.layout.block import Block, Box, Edge
from orgchart.layout.context import LayoutContext
from orgchart.layout.tidy import Forest, tidy_positions

CARD, STACK, FRAME = "card", "stack", "frame"


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
    #: inside the node, relative to (anchor, row top): role -> box, and stack/assistant trunks
    boxes: dict[str, Box] = field(default_factory=dict)


def level_layout(
    ctx: LayoutContext,
    team: str | None,
    members: Sequence[str],
    sub_blocks: Sequence[tuple[str, Block]],
    region: Sequence[str],
) -> Block:
    """Lay out ``members`` (cards of ``team``) and ``sub_blocks`` (framed sub-teams) as a
    tidy forest. ``region`` lists every visible role inside, in reading order."""
    p = ctx.params
    nodes: list[_Node] = []
    node_of: dict[str, int] = {}
    for role_id in members:
        node_of[role_id] = len(nodes)
        nodes.append(_Node(CARD, [role_id], order=ctx.index[role_id]))
    for sub_team, block in sub_blocks:
        i = len(nodes)
        nodes.append(_Node(FRAME, [], team=sub_team, block=block, order=1e12 + ctx.team_index[sub_team]))
        for role_id in ctx.region[sub_team]:
            node_of[role_id] = i

    # Assistants without reports of their own join their manager's card, drawn beside it.
    for role_id in members:
        manager = ctx.manager.get(role_id)
        if (
            ctx.is_assistant(role_id)
            and manager is not None
            and manager in node_of
            and nodes[node_of[manager]].kind == CARD
            and role_id not in ctx.has_reports
        ):
            absorbed = node_of[role_id]
            node_of[role_id] = node_of[manager]
            nodes[node_of[manager]].roles.append(role_id)
            nodes[absorbed].kind = ""  # dropped below

    parent = _parents(ctx, nodes, node_of, region)
    children, roots = _forest(nodes, parent)
    _stack_leaves(ctx, team, nodes, node_of, children, roots)
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
    for i in keep:
        node, anchor, d0 = nodes[i], anchors[i], row_top[row_of[i]]
        block.bs = max(block.bs, anchor + node.right)
        if node.kind == FRAME:
            assert node.block is not None
            block.merge(node.block, anchor - node.left, d0)
            continue
        for role_id, box in node.boxes.items():
            block.cards[role_id] = Box(anchor + box.b, d0 + box.d, box.bs, box.ds)
        if node.kind == STACK:
            for role_id in node.roles:
                block.trunks[role_id] = anchor
        else:
            lead = node.roles[0]
            for assistant in node.roles[1:]:
                block.edges.append(Edge(lead, assistant, None, anchor))

    for role_id in region:
        manager = ctx.manager.get(role_id)
        if manager is None or manager not in node_of or node_of[manager] == node_of[role_id]:
            continue
        bus = row_top[row_of[node_of[role_id]]] - p.level_gap / 2
        block.edges.append(Edge(manager, role_id, bus, None))  # trunks: see Block.flatten
    return block


def _parents(
    ctx: LayoutContext, nodes: list[_Node], node_of: dict[str, int], region: Sequence[str]
) -> list[int]:
    """Each node's parent: the node of the manager of its first role (in reading order)
    whose manager is elsewhere on this level. Cycles through frames are broken at a frame."""
    parent = [-1] * len(nodes)
    for role_id in region:
        manager = ctx.manager.get(role_id)
        if manager is None or manager not in node_of:
            continue
        mine, theirs = node_of[role_id], node_of[manager]
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
    """Replace runs of leaf cards under one manager by a stack, as the team prefers."""
    columns = ctx.stack_columns(team)
    if not columns:
        return
    for kids in [*children, roots]:
        leaves = [i for i in kids if nodes[i].kind == CARD and len(nodes[i].roles) == 1 and not children[i]]
        if len(leaves) < 2:
            continue
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


def _size(ctx: LayoutContext, node: _Node) -> None:
    p = ctx.params
    if node.kind == FRAME:
        assert node.block is not None
        node.left = node.right = node.block.bs / 2
        node.depth = node.block.ds
    elif node.kind == STACK:
        columns = int(node.left)
        sizes = [ctx.size[r] for r in node.roles]
        rows = [sizes[k : k + columns] for k in range(0, len(sizes), columns)]
        d = 0.0
        node.left = node.right = 0.0
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
        node.boxes[lead] = Box(-bs / 2, 0.0, bs, ds)
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
