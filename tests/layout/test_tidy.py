"""The tidy-tree core: no overlaps on a level, parents centred, linear and recursion-free."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.layout.tidy import Forest, tidy_positions


@st.composite
def forests(draw: st.DrawFn) -> Forest:
    n = draw(st.integers(1, 60))
    parents = [-1] + [draw(st.integers(-1, i - 1)) for i in range(1, n)]
    children: list[list[int]] = [[] for _ in range(n)]
    roots = []
    for i, p in enumerate(parents):
        (children[p] if p >= 0 else roots).append(i)
    left = [draw(st.floats(0, 100)) for _ in range(n)]
    right = [draw(st.floats(0, 100)) for _ in range(n)]
    return Forest(children, roots, left, right)


def _depths(forest: Forest) -> list[int]:
    depth = [0] * len(forest.children)
    stack = list(forest.roots)
    while stack:
        v = stack.pop()
        for c in forest.children[v]:
            depth[c] = depth[v] + 1
            stack.append(c)
    return depth


@settings(max_examples=300)
@given(forests(), st.floats(0, 30), st.floats(0, 30))
def test_nodes_on_a_level_keep_their_gaps_and_order(forest: Forest, sibling: float, subtree: float) -> None:
    x = tidy_positions(forest, sibling_gap=sibling, subtree_gap=subtree)
    depth = _depths(forest)
    levels: dict[int, list[int]] = {}
    # Breadth-first order is left-to-right order on every level.
    queue = list(forest.roots)
    for v in queue:
        levels.setdefault(depth[v], []).append(v)
        queue.extend(forest.children[v])
    gap = min(sibling, subtree)
    for row in levels.values():
        for a, b in zip(row, row[1:], strict=False):
            assert x[a] + forest.right[a] + gap <= x[b] - forest.left[b] + 1e-6
    assert abs(min(x[i] - forest.left[i] for i in range(len(x)))) < 1e-6


@settings(max_examples=200)
@given(forests())
def test_parents_sit_centred_over_their_children(forest: Forest) -> None:
    x = tidy_positions(forest, sibling_gap=10, subtree_gap=20)
    for v, kids in enumerate(forest.children):
        if kids:
            assert abs(x[v] - (x[kids[0]] + x[kids[-1]]) / 2) < 1e-6


def test_equal_subtrees_are_drawn_alike() -> None:
    # root with three identical subtrees of two leaves each
    children = [[1, 2, 3], [4, 5], [6, 7], [8, 9]] + [[] for _ in range(6)]
    x = tidy_positions(Forest(children, [0], [5] * 10, [5] * 10), sibling_gap=10, subtree_gap=10)
    assert x[5] - x[4] == x[7] - x[6] == x[9] - x[8]
    assert x[2] - x[1] == x[3] - x[2]


def test_a_long_chain_needs_no_recursion() -> None:
    n = 50_000
    children = [[i + 1] for i in range(n - 1)] + [[]]
    x = tidy_positions(Forest(children, [0], [1.0] * n, [1.0] * n), sibling_gap=1, subtree_gap=1)
    assert len(set(x)) == 1
