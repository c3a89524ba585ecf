"""Where the time of `tidy_layout` goes, step by step, on synthetic charts.

    .venv/bin/python bench/bench_layout.py [--sizes 10000 100000] [--runs 5]

Each step's function is wrapped with a stopwatch, in this process, and the chart is laid out
``--runs`` times (the run with the least total is shown; estimated card sizes, as
`bench_export.py`'s *layout* column). The steps:

- *visible roles*, *lines per level*: which roles are drawn, and on which team's level
  each reporting line is laid out;
- *card sizes and teams*: the rest of the preparation (every role's card size, the roles
  of each team, the teams' order and nesting);
- *levels*: every team's level as a tidy forest of cards, rows, stacks and sub-team frames,
  with its *tidy-tree walk* shown on its own;
- *flatten*: every card moved to its place in the nested frames;
- *dotted lines*: routed round the cards; *reporting lines*: their elbows (and detours);
- *geometry*: the cards, frames and lines made in x/y, and the rest of `chart_geometry`;
- *collector*: Python's garbage collector catching up after the layout's pause of it (the
  young generations hold every object the layout made).

The last line is a floor for the geometry as it is made today: its cards and reporting
lines made again from their finished numbers, nothing computed (a `CardBox` and a `Rect` per
card, a `Line` and its points per reporting line).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stopwatch import stopwatch  # noqa: E402
from synthetic import make_chart  # noqa: E402

import orgchart.layout.chart_geometry as chart_geometry  # noqa: E402
import orgchart.layout.chart_layout as chart_layout  # noqa: E402
import orgchart.layout.level as level  # noqa: E402
from orgchart.layout import Geometry, tidy_layout  # noqa: E402
from orgchart.layout.block import Block  # noqa: E402
from orgchart.layout.geometry import CardBox, Line, Rect  # noqa: E402

#: (step, module or class, function name), in the order they are shown
STEPS: list[tuple[str, Any, str]] = [
    ("visible roles", chart_layout, "_visible_roles"),
    ("lines per level", chart_layout, "_crossing"),
    ("levels", chart_layout, "level_layout"),
    ("of which the tidy-tree walk", level, "tidy_positions"),
    ("geometry", chart_layout, "chart_geometry"),
    ("flatten", Block, "flatten"),
    ("dotted lines", chart_geometry, "_dotted"),
    ("reporting lines", chart_geometry, "_reporting_lines"),
    ("layout without the collector", chart_layout, "_layout"),
]

_spent: dict[str, float] = {}


def _adder(name: str) -> Callable[[float, float], None]:
    def record(start: float, end: float) -> None:
        _spent[name] = _spent.get(name, 0.0) + end - start

    return record


def floor(geometry: Geometry) -> float:
    """Seconds to make the geometry's cards and reporting lines again from their numbers."""
    new = tuple.__new__
    numbers = [(c.role_id, c.team_id, tuple(c.rect), c.hidden) for c in geometry.cards.values()]
    lines = [(ln.kind, ln.source, ln.target, [tuple(p) for p in ln.points]) for ln in geometry.lines]
    gc.disable()  # as the layout does
    start = time.perf_counter()
    cards = {r: new(CardBox, (r, t, new(Rect, rect), hidden)) for r, t, rect, hidden in numbers}
    made = [new(Line, (kind, s, t, tuple([(x, y) for x, y in points]), "")) for kind, s, t, points in lines]
    elapsed = time.perf_counter() - start
    gc.enable()
    del cards, made
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    ns = parser.parse_args()
    for owner, name in {(owner, name) for _, owner, name in STEPS}:
        stopwatch(owner, name, _adder(name))
    columns = [f"{n:,} roles" for n in ns.sizes]
    print(f"| step | {' | '.join(columns)} |")
    print(f"|---|{'---:|' * len(columns)}")
    results: list[dict[str, float]] = []
    for n in ns.sizes:
        chart = make_chart(n)
        chart.hierarchy()  # read once per chart state, as in the editor: not the layout's time
        best: dict[str, float] | None = None
        geometry: Geometry | None = None
        for _ in range(ns.runs):
            _spent.clear()
            del geometry
            gc.collect()
            start = time.perf_counter()
            geometry = tidy_layout(chart)
            total = time.perf_counter() - start
            if best is None or total < best["total"]:
                best = {**_spent, "total": total}
        assert best is not None and geometry is not None
        best["floor"] = min(floor(geometry) for _ in range(3))
        results.append(best)
    rows: list[tuple[str, Callable[[dict[str, float]], float]]] = [
        ("visible roles", lambda s: s["_visible_roles"]),
        ("lines per level", lambda s: s["_crossing"]),
        (
            "card sizes and teams",
            lambda s: s["_layout"]
            - sum(s[name] for name in ("_visible_roles", "_crossing", "level_layout", "chart_geometry")),
        ),
        ("levels", lambda s: s["level_layout"]),
        ("  of which the tidy-tree walk", lambda s: s["tidy_positions"]),
        ("flatten", lambda s: s["flatten"]),
        ("dotted lines", lambda s: s["_dotted"]),
        ("reporting lines", lambda s: s["_reporting_lines"]),
        (
            "geometry (cards, frames, the rest)",
            lambda s: s["chart_geometry"] - s["flatten"] - s["_dotted"] - s["_reporting_lines"],
        ),
        ("collector", lambda s: s["total"] - s["_layout"]),
        ("**`tidy_layout`**", lambda s: s["total"]),
        ("floor: the geometry's objects alone", lambda s: s["floor"]),
    ]
    for label, value in rows:
        print(f"| {label} | {' | '.join(f'{value(s):.3f} s' for s in results)} |")


if __name__ == "__main__":
    main()
