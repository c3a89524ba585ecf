"""The tables `bench_editor.py` prints: the figures against their targets, where the time
went, and the peak memory after each step of opening a large chart."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

NAMES = {"open": "open", "drop": "drop", "fit": "zoom to fit", "actual": "zoom to 100 %", "click": "click"}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def spread(values: list[float], unit: Callable[[float], str]) -> str:
    if len(values) == 1:
        return unit(values[0])
    return f"{unit(statistics.median(values))} ({unit(min(values))}–{unit(max(values))})"


def print_tables(
    runs: dict[tuple[str, int], list[dict[str, Any]]], small: int, big: int, floor: list[float]
) -> None:
    def figure(measure: str) -> str:
        return measure.removesuffix("-all")

    def column(measure: str, n: int, key: str = "") -> list[float]:
        return [float(r[key or figure(measure)]) for r in runs[measure, n]]

    def seconds(s: float) -> str:
        return f"{s:.2f} s"

    moved = runs["drop", small][0]["moved"]
    moved_all = runs["drop-all", small][0]["moved"]
    zoom = runs["fit-all", big][0]["zoom"]
    peak = max(r["peak"] for (_, n), rs in runs.items() if n == big for r in rs)
    imports = spread(column("open", small, "imports"), seconds)
    top = "as it opens: its top levels"
    rows = [
        (
            f"process start → QApplication ready (of which imports {imports})",
            spread(column("open", small, "startup"), seconds),
            "",
        ),
        (
            "for comparison: Python, PySide6, networkx and pydantic imported, an empty window shown",
            spread(floor, seconds),
            "",
        ),
        (f"open {small:,} roles ({top}) → first frame", spread(column("open", small), seconds), "< 0.6 s"),
        (
            f"… counted from the process's start, {small:,} roles",
            spread(column("open", small, "first frame since process start"), seconds),
            "",
        ),
        (
            f"open {small:,} roles, every role shown → first frame",
            spread(column("open-all", small), seconds),
            "",
        ),
        (
            f"drop with re-layout, {small:,} roles ({top}; {moved} roles move) → repainted",
            spread(column("drop", small), ms),
            "< 100 ms",
        ),
        (
            f"drop with re-layout, {small:,} roles, every role shown ({moved_all} roles move) → repainted",
            spread(column("drop-all", small), ms),
            "",
        ),
        (f"open {big:,} roles ({top}) → first frame", spread(column("open", big), seconds), "< 3 s"),
        (
            f"… counted from the process's start, {big:,} roles",
            spread(column("open", big, "first frame since process start"), seconds),
            "",
        ),
        (f"open {big:,} roles, every role shown → first frame", spread(column("open-all", big), seconds), ""),
        (f"peak memory, {big:,} roles (VmHWM, largest of its processes)", f"{peak:.0f} MB", "< 600 MB"),
        (
            f"zoom to fit (Ctrl+0) → repainted, {big:,} roles shown (zoom {zoom:.5f})",
            spread(column("fit-all", big), ms),
            "responsive",
        ),
        (
            f"zoom to 100 % → repainted, {big:,} roles shown",
            spread(column("actual-all", big), ms),
            "responsive",
        ),
        (
            f"select a card (click) → repainted, {big:,} roles shown",
            spread(column("click-all", big), ms),
            "responsive",
        ),
    ]
    print("| measure | figure | target |")
    print("|---|---:|---|")
    for label, value, target in rows:
        print(f"| {label} | {value} | {target or '–'} |")
    print()
    print("Where the time went (the median process of each measure):")
    print()
    labels = ["read file", "canvas layout", "outline", "paint"]
    print("| measure | total | " + " | ".join(labels) + " | the rest |")
    print("|---|" + "---:|" * (len(labels) + 2))
    for (measure, n), rs in runs.items():
        key = figure(measure)
        middle = sorted(rs, key=lambda r: r[key])[len(rs) // 2]
        parts = [middle["breakdown"].get(label, 0.0) for label in labels]
        cells = [ms(p) if p else "–" for p in parts]
        paints = middle["calls"].get("paint", 0)
        if paints > 1:
            cells[-1] += f" ({paints} paints)"
        rest = middle[key] - sum(parts)
        shown = ", every role shown" if measure.endswith("-all") else ""
        print(f"| {NAMES[key]}, {n:,} roles{shown} | {ms(middle[key])} | {' | '.join(cells)} | {ms(rest)} |")
    for name in ("open", "open-all"):
        peaks = runs[name, big][0]["peaks"]
        steps = ["QApplication", *labels]
        print()
        print(
            f"Peak memory (VmHWM) while opening {big:,} roles"
            + (", every role shown" if name.endswith("-all") else "")
            + ", after each step: "
            + ", ".join(f"{step} {peaks[step]:.0f} MB" for step in steps if step in peaks)
            + "."
        )
