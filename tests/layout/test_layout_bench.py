"""`bench/bench_layout.py` wraps the layout's steps by name: it must keep up with the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "bench_layout.py"


def test_the_layout_bench_times_every_step_and_they_add_up_to_the_whole() -> None:
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--sizes", "300", "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    rows = dict(re.findall(r"^\| (.+?) \| (\d+\.\d+) s \|$", run.stdout, re.MULTILINE))
    steps = [
        "visible roles",
        "lines per level",
        "card sizes and teams",
        "levels",
        "flatten",
        "dotted lines",
        "reporting lines",
        "geometry (cards, frames, the rest)",
        "collector",
    ]
    assert set(steps) | {"  of which the tidy-tree walk", "**`tidy_layout`**"} <= set(rows), run.stdout
    seconds = {name: float(value) for name, value in rows.items()}
    assert all(seconds[step] >= 0 for step in steps)
    # the steps are disjoint parts of the whole (printed to the millisecond)
    assert abs(sum(seconds[step] for step in steps) - seconds["**`tidy_layout`**"]) <= 0.001 * len(steps)
    assert seconds["  of which the tidy-tree walk"] <= seconds["levels"]
