"""Time building, saving and loading charts of growing size (figures for the README).

    .venv/bin/python bench/bench_io.py [SIZES...]      default: 1000 10000 100000

Each chart is a balanced hierarchy (8 reports per manager) spread over nested teams, with a
dotted line for every 50 roles. Prints one table row per size; best of 3 runs.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from orgchart.io import dumps, load, save
from orgchart.model import Link, OrgChart, Role, Team


def make_chart(n_roles: int, fan_out: int = 8) -> OrgChart:
    chart = OrgChart(f"Bench {n_roles}")
    n_teams = max(1, n_roles // 40)
    for t in range(n_teams):
        chart.add_team(Team(f"t{t}", f"Team {t}"), None if t < 5 else f"t{(t - 5) // 4}")
    for r in range(n_roles):
        manager = None if r == 0 else f"r{(r - 1) // fan_out}"
        chart.add_role(
            Role(f"r{r}", f"Rolle {r}", responsibilities=("Planung", "Umsetzung")),
            f"t{(r // 40) % n_teams}",
            manager,
        )
    for r in range(50, n_roles, 50):
        chart.add_link(Link(f"r{r}", f"r{r // 2}"))
    return chart


def best(action: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main(sizes: list[int]) -> None:
    print("| roles | build | save | load | file size |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            print(row(n, Path(folder) / f"bench-{n}.json"), flush=True)


def row(n: int, path: Path) -> str:
    runs = 1 if n >= 100_000 else 3
    build = best(lambda: make_chart(n), runs)
    chart = make_chart(n)
    save_s = best(lambda: save(chart, path), runs)
    load_s = best(lambda: load(path), runs)
    assert load(path).chart == chart and dumps(chart) == path.read_text(encoding="utf-8")
    size = path.stat().st_size / 2**20
    return f"| {n:,} | {build:.2f} s | {save_s:.2f} s | {load_s:.2f} s | {size:.1f} MB |"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build, save and load times of balanced charts.")
    parser.add_argument("sizes", type=int, nargs="*", default=[1000, 10_000, 100_000], help="roles per chart")
    main(parser.parse_args().sizes)
