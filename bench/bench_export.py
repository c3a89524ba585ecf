"""Layout and export figures for synthetic charts, with Graphviz `dot` on the same tree.

    .venv/bin/python bench/bench_export.py [--sizes 1000 10000 100000] [--dot-sizes 10000] [--runs 3]

For each size: the layout alone (in this process, estimated card sizes), and whole
`orgchart export` processes: JSON -> PNG and CSV -> SVG, each with its wall time and peak
memory. `dot -Tsvg` runs on the same reporting tree where it is installed, with a time limit,
so the ratio is measured side by side (at those sizes both run ``--runs`` times, alternately,
and the medians are shown). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_chart, write_csv  # noqa: E402

from orgchart.io import save  # noqa: E402
from orgchart.layout import tidy_layout  # noqa: E402
from orgchart.model import OrgChart  # noqa: E402

ORGCHART = [sys.executable, "-m", "orgchart"]


def timed_process(command: list[str], timeout: float) -> tuple[float, float, bool]:
    """Wall seconds, peak memory in MB, and whether it finished within ``timeout``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            return timeout, 0.0, False
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"{' '.join(command)} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss / 1024, True


def write_dot(chart: OrgChart, path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("digraph org {\n  node [shape=box];\n")
        for role in chart.roles():
            label = role.title.replace('"', "'")
            handle.write(f'  "{role.id}" [label="{label}"];\n')
        for role_id in chart.role_ids():
            manager = chart.manager_of(role_id)
            if manager:
                handle.write(f'  "{manager}" -> "{role_id}";\n')
        handle.write("}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--dot-sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--dot-timeout", type=float, default=120.0)
    parser.add_argument("--runs", type=int, default=3, help="runs of CSV -> SVG and dot where dot runs")
    ns = parser.parse_args()
    dot = shutil.which("dot")
    print("| roles | layout | JSON → PNG | peak | CSV → SVG | peak | `dot -Tsvg` | ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for n in ns.sizes:
            chart = make_chart(n)
            base = Path(folder) / f"chart-{n}"
            json_path, csv_path = base.with_suffix(".json"), base.with_suffix(".csv")
            save(chart, json_path)
            write_csv(chart, csv_path)
            layout = min(_time(tidy_layout, chart) for _ in range(3 if n < 100_000 else 1))
            png, png_mb, _ = timed_process(
                [*ORGCHART, "export", str(json_path), "-o", str(base) + ".png"], 600
            )
            # Where dot runs too, both run --runs times, one after the other (the machine's
            # load then weighs on both alike); each column shows its median.
            dot_here = dot is not None and n in ns.dot_sizes
            svgs, dots = [], []
            if dot_here:
                write_dot(chart, base.with_suffix(".dot"))
            to_svg = [*ORGCHART, "export", str(csv_path), "-o", str(base) + ".svg"]
            for _ in range(ns.runs if dot_here else 1):
                svgs.append(timed_process(to_svg, 600))
                if dot_here:
                    assert dot is not None
                    command = [dot, "-Tsvg", str(base.with_suffix(".dot")), "-o", str(base) + ".dot.svg"]
                    dots.append(timed_process(command, ns.dot_timeout))
            svg = statistics.median(t for t, _, _ in svgs)
            svg_mb = max(mb for _, mb, _ in svgs)
            dot_cell = ratio = "–"
            if dots:
                seconds = statistics.median(t for t, _, _ in dots)
                finished = all(done for _, _, done in dots)
                dot_cell = f"{seconds:.1f} s" if finished else f"> {ns.dot_timeout:.0f} s (stopped)"
                ratio = f"{seconds / svg:.1f}×" if finished else f"> {ns.dot_timeout / svg:.0f}×"
            print(
                f"| {n:,} | {layout:.2f} s | {png:.1f} s | {png_mb:.0f} MB | {svg:.1f} s | {svg_mb:.0f} MB "
                f"| {dot_cell} | {ratio} |",
                flush=True,
            )


def _time(action: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    result = action(*args)
    elapsed = time.perf_counter() - start
    del result  # freeing what was made is not part of the time
    return elapsed


if __name__ == "__main__":
    main()
