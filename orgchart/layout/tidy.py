"""The tidy-tree algorithm: Reingold–Tilford with Walker's improvements, in linear time as
Buchheim, Jünger and Leipert (2002) showed, for nodes of different widths.

It works on plain index arrays (no objects per node) and places nodes on the breadth axis;
the caller places them on the depth axis (rows) and maps both to x/y.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Forest:
    """A forest to lay out. Node ``i`` spans ``left[i]`` before and ``right[i]`` after its
    anchor on the breadth axis; ``children[i]`` are in drawing order; ``roots`` likewise."""

    children: Sequence[Sequence[int]]
    roots: Sequence[int]
    left: Sequence[float]
    right: Sequence[float]


def tidy_positions(forest: Forest, *, sibling_gap: float, subtree_gap: float) -> list[float]:
    """The anchor position of every node on the breadth axis, the leftmost edge at 0.

    Siblings keep ``sibling_gap`` between them, cousins and separate trees ``subtree_gap``;
    parents are centred over their children; equal subtrees look equal. Linear time.
    """
    n = len(forest.children)
    if n == 0:
        return []
    # A virtual super-root (index n) holds the roots, so a forest is one tree.
    children: list[Sequence[int]] = list(forest.children) + [forest.roots]
    left = list(forest.left) + [0.0]
    right = list(forest.right) + [0.0]
    size = n + 1
    parent = [-1] * size
    number = [0] * size  # position among siblings
    for p in range(size):
        for k, c in enumerate(children[p]):
            parent[c] = p
            number[c] = k
    prelim = [0.0] * size
    mod = [0.0] * size
    shift = [0.0] * size
    change = [0.0] * size
    thread = [-1] * size
    ancestor = list(range(size))

    def gap(a: int, b: int) -> float:
        return (
            right[a] + left[b] + (sibling_gap if parent[a] == parent[b] and parent[a] != n else subtree_gap)
        )

    def next_left(v: int) -> int:
        kids = children[v]
        return kids[0] if kids else thread[v]

    def next_right(v: int) -> int:
        kids = children[v]
        return kids[-1] if kids else thread[v]

    def left_sibling(v: int) -> int:
        k = number[v]
        return children[parent[v]][k - 1] if k > 0 and parent[v] >= 0 else -1

    def move_subtree(wm: int, wp: int, amount: float) -> None:
        subtrees = number[wp] - number[wm]
        if subtrees <= 0:
            return
        change[wp] -= amount / subtrees
        shift[wp] += amount
        change[wm] += amount / subtrees
        prelim[wp] += amount
        mod[wp] += amount

    def apportion(v: int, default_ancestor: int) -> int:
        w = left_sibling(v)
        if w < 0:
            return default_ancestor
        vip = vop = v
        vim = w
        vom = children[parent[vip]][0]
        sip, sop, sim, som = mod[vip], mod[vop], mod[vim], mod[vom]
        while True:
            nr, nl = next_right(vim), next_left(vip)
            if nr < 0 or nl < 0:
                break
            vim, vip = nr, nl
            vom, vop = next_left(vom), next_right(vop)
            ancestor[vop] = v
            amount = (prelim[vim] + sim) - (prelim[vip] + sip) + gap(vim, vip)
            if amount > 0:
                a = ancestor[vim] if parent[ancestor[vim]] == parent[v] else default_ancestor
                move_subtree(a, v, amount)
                sip += amount
                sop += amount
            sim += mod[vim]
            sip += mod[vip]
            som += mod[vom]
            sop += mod[vop]
        if next_right(vim) >= 0 and next_right(vop) < 0:
            thread[vop] = next_right(vim)
            mod[vop] += sim - sop
        if next_left(vip) >= 0 and next_left(vom) < 0:
            thread[vom] = next_left(vip)
            mod[vom] += sip - som
            default_ancestor = v
        return default_ancestor

    def execute_shifts(v: int) -> None:
        total_shift = total_change = 0.0
        for w in reversed(children[v]):
            prelim[w] += total_shift
            mod[w] += total_shift
            total_change += change[w]
            total_shift += shift[w] + total_change

    # First walk, without recursion (a chain of 100,000 roles is a valid chart). As in the
    # recursive original, each child is apportioned right after its own subtree is done.
    default = [0] * size
    v = n
    while True:
        while children[v]:
            default[v] = children[v][0]
            v = children[v][0]
        w = left_sibling(v)
        prelim[v] = prelim[w] + gap(w, v) if w >= 0 else 0.0
        while True:
            p = parent[v]
            if p < 0:
                break
            default[p] = apportion(v, default[p])
            k = number[v] + 1
            if k < len(children[p]):
                v = children[p][k]
                break
            kids = children[p]
            execute_shifts(p)
            midpoint = (prelim[kids[0]] + prelim[kids[-1]]) / 2
            w = left_sibling(p)
            if w >= 0:
                prelim[p] = prelim[w] + gap(w, p)
                mod[p] = prelim[p] - midpoint
            else:
                prelim[p] = midpoint
            v = p
        if parent[v] < 0:
            break
    order: list[int] = []  # pre-order: every parent before its children
    stack = [n]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(children[v])
    # Second walk: absolute positions, pre-order.
    x = [0.0] * size
    acc = [0.0] * size  # sum of the ancestors' mods
    for v in order:  # `order` is a pre-order
        p = parent[v]
        base = acc[p] + mod[p] if p >= 0 else 0.0
        acc[v] = base
        x[v] = prelim[v] + base
    # Nodes outside the forest (not reachable from a root) stay at 0 and do not count.
    placed = [v for v in order if v != n]
    lowest = min((x[v] - left[v] for v in placed), default=0.0)
    return [pos - lowest for pos in x[:n]]
