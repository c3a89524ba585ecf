"""`bench/bench_layout.py` wraps the layout's steps by name: it must keep up with the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "bench_layout.py"


def test_the_layout_bench_times_every_step() -> None:
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--sizes", "3000", "--runs", "1"],
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
    # every step was timed (a wrapped function the layout no longer calls would show 0, and
    # the steps figured as differences would go below it)
    assert all(seconds[step] >= 0 for step in steps)
    assert all(seconds[step] > 0 for step in ("levels", "reporting lines", "card sizes and teams"))
    assert seconds["  of which the tidy-tree walk"] <= seconds["levels"] < seconds["**`tidy_layout`**"]
