"""The editor's response times on synthetic charts, each measured in a fresh process.

    .venv/bin/python bench/bench_editor.py [--runs 3] [--big 100000] [--small 10000]
    .venv/bin/python bench/bench_editor.py --profile drop [--size 10000] [--top 15]

Every measure starts its own offscreen editor process (QT_QPA_PLATFORM=offscreen, settings in
a temporary folder) on a `bench/synthetic.py` chart saved as JSON, and times from the
user's action to the moment the canvas's viewport has painted, processing Qt's events as
the event loop would:

- *open*: from just before the main window is created (as `orgchart CHART.json` does:
  window, show, open the file) to the first painted frame of the chart; Python's start,
  the imports and the QApplication are reported separately, as is the whole process
  start -> first frame;
- *drop*: a role with a few reports dragged with the mouse (press, five moves, release)
  onto a role of another team; from the release to the repaint after the canvas has laid
  the chart out again (`ChartView.refresh`), the outline rebuilt on the way;
- *fit* (Ctrl+0, its menu action), *100 %* (zoom to 100 % on the middle of the chart) and
  *click* (select a card at 100 %): from the action to the repaint;
- peak memory is the process's VmHWM (peak resident set size) at its end;
- for comparison, the *floor*: a process that only imports PySide6, networkx and pydantic and
  shows an empty main window, timed from its launch (what any editor on this stack pays).

A chart of more than `LARGE_CHART` roles opens showing only its top levels (see
`orgchart.ui.canvas`); a measure named ``…-all`` shows every role instead, as a user does
with View > Expand All.

The median of ``--runs`` processes is shown at the small size, one process each at the
large size. A second table says where the time went (wrapped functions, in the process).
``--profile MEASURE`` runs one measure under cProfile and prints the top 15 functions (``--top``)
by cumulative time instead. Prints Markdown tables; the machine's noise shows in the spread.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MEASURES = ("open", "drop", "fit", "actual", "click")
#: the same, with every role shown (as View > Expand All does) rather than a large chart's top levels
ALL = tuple(f"{m}-all" for m in MEASURES)
#: seconds to let pending events (timers, paints) run before a measured action
SETTLE = 0.5


# The editor process: one measure, its figures printed as one JSON line.


def peak_rss_mb() -> float:
    """The process's peak resident set size (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_in_this_process(name: str, path: Path, profile: int) -> dict[str, Any]:
    measure = name.removesuffix("-all")
    begin = time.perf_counter()
    # In the order `orgchart CHART.json` imports, with the garbage collector paused as it
    # does until the first frame: the Qt-free layers before PySide6, and the file read in a
    # second process (or its reader imported, see `orgchart.ui.preload`), then the editor.
    from orgchart.model.bulk import GcPause

    start = GcPause()
    import orgchart.ui

    orgchart.ui.preload(path)
    from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    import orgchart.io as orgchart_io
    import orgchart.ui.main_window as main_window
    from orgchart.commands import role_drop_problem
    from orgchart.render.picture import ChartPicture
    from orgchart.ui.app import make_application
    from orgchart.ui.canvas import ChartView

    imported = time.perf_counter()
    from PySide6.QtTest import QTest  # the bench's own (the editor does without)
    if name.endswith("-all"):
        import orgchart.ui.canvas as canvas_module

        canvas_module.LARGE_CHART = sys.maxsize  # every role shown
    app = make_application([sys.argv[0]])
    started = time.perf_counter()
    figures: dict[str, Any] = {
        "startup": started_at_parent_offset(),
        "imports": imported - begin,
        "qapplication": started - imported,
    }

    # Where the time goes: a few functions wrapped with a stopwatch (set up before the window
    # exists, so the signal connections made in its constructor reach the wrappers).
    spent: dict[str, float] = {}
    calls: dict[str, int] = {}
    peaks: dict[str, float] = {"QApplication": peak_rss_mb()}  # peak memory after each (last call)
    marks: dict[str, float] = {}

    sys.path.insert(0, str(HERE))
    from stopwatch import stopwatch

    def watch(owner: object, name: str, label: str) -> None:
        def record(start: float, end: float) -> None:
            spent[label] = spent.get(label, 0.0) + end - start
            calls[label] = calls.get(label, 0) + 1
            marks[label] = end
            peaks[label] = peak_rss_mb()

        stopwatch(owner, name, record)

    watch(main_window, "read_chart", "read file")  # a small file, read by the window
    watch(orgchart_io, "read_chart", "read file")  # a large one, read behind a progress dialog
    watch(ChartView, "refresh", "canvas layout")
    watch(main_window.MainWindow, "_show_outline", "outline")
    watch(ChartPicture, "paint", "paint")

    class Paints(QObject):
        """Counts the viewport's paint events (the filter runs just before each paint)."""

        def __init__(self) -> None:
            super().__init__()
            self.times: list[float] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
            if event.type() == QEvent.Type.Paint:
                self.times.append(time.perf_counter())
            return False

    paints = Paints()

    def painted_after(moment: float, timeout: float = 120.0) -> float:
        """Process events until the viewport has been painted after ``moment``; the time then."""
        deadline = time.perf_counter() + timeout
        while not (paints.times and paints.times[-1] > moment):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit(f"{measure}: no paint within {timeout:.0f} s")
        return time.perf_counter()

    def settle() -> None:
        end = time.perf_counter() + SETTLE
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()

    def timed(action: Callable[[], object], done: Callable[[float], float], *, main: bool = True) -> float:
        """Seconds from ``action`` to what ``done`` waits for, with a clean slate of stopwatches;
        the ``main`` one (the measure's, not a preparation) is the one profiled."""
        spent.clear()
        calls.clear()
        if profiler is not None and main:
            profiler.enable()
        start = time.perf_counter()
        action()
        end = done(start)
        if profiler is not None and main:
            profiler.disable()
        return end - start

    # Open, as `orgchart CHART.json` does: the window, shown, then the file.
    window: Any = None
    opened = 0.0  # when open_path returned: the chart's first frame is the next paint

    def open_window() -> None:
        nonlocal window, opened
        window = main_window.MainWindow()
        window.canvas.viewport().installEventFilter(paints)
        window.show()
        if not window.open_path(path):
            raise SystemExit(f"cannot open {path}")
        opened = time.perf_counter()
        QTimer.singleShot(0, start.end)  # as `run_editor` does

    if measure == "open":
        # (The canvas may paint while a large file is read, with the old chart in it.)
        figures["open"] = timed(open_window, lambda _: painted_after(opened))
        figures["first frame since process start"] = time.time() - float(os.environ["BENCH_T0"])
        figures["breakdown"], figures["calls"] = dict(spent), dict(calls)
    else:
        open_window()
        painted_after(opened)
    canvas, chart = window.canvas, window.document.chart
    assert canvas.item.picture.chart is chart and chart.role_count > 0
    figures["roles"] = chart.role_count
    settle()
    viewport = canvas.viewport()
    cards = canvas.item.picture.geometry.cards

    def repainted_after_layout(start: float) -> float:
        """The repaint after the canvas laid the chart out again (after ``start``)."""
        while "canvas layout" not in marks or marks["canvas layout"] < start:
            app.processEvents()
        return painted_after(marks["canvas layout"])

    if measure == "drop":
        role, target = drop_pair(canvas, chart, role_drop_problem)
        both = canvas.card_rect(role).united(canvas.card_rect(target))
        canvas.centerOn(both.center())
        settle()
        start_at = canvas.mapFromScene(canvas.card_rect(role).center())
        drop_at = canvas.mapFromScene(canvas.card_rect(target).center())
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start_at)
        for k in range(1, 6):
            QTest.mouseMove(viewport, start_at + (drop_at - start_at) * k / 5)
        settle()
        release = lambda: QTest.mouseRelease(  # noqa: E731
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, drop_at
        )
        figures["drop"] = timed(release, repainted_after_layout)
        figures["moved"] = 1 + len(chart.descendants(role))
        if chart.manager_of(role) != target:
            raise SystemExit(f"the drop of {role} onto {target} did not happen")
    elif measure == "fit":
        fit = next(a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+0"))
        figures["fit"] = timed(fit.trigger, painted_after)
        figures["zoom"] = canvas.zoom
    elif measure in ("actual", "click"):
        # the card nearest the middle of the chart (its very middle may be a gap between rows)
        center = canvas.item.boundingRect().center()
        middle = min(
            (canvas.card_rect(r).center() for r in cards),
            key=lambda c: (c - center).manhattanLength(),
        )

        def actual_size() -> None:
            canvas.zoom_by(1.0 / canvas.zoom)
            canvas.centerOn(middle)

        seconds = timed(actual_size, painted_after, main=measure == "actual")
        figures["zoom"] = canvas.zoom
        if measure == "actual":
            figures["actual"] = seconds
        else:
            settle()
            shown = canvas.mapToScene(viewport.rect()).boundingRect()
            role = min(
                (r for r in cards if shown.contains(canvas.card_rect(r))),
                key=lambda r: (canvas.card_rect(r).center() - shown.center()).manhattanLength(),
            )
            at: QPoint = canvas.mapFromScene(canvas.card_rect(role).center())
            click = lambda: QTest.mouseClick(  # noqa: E731
                viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
            )
            figures["click"] = timed(click, painted_after)
            if canvas.selected != role:
                raise SystemExit(f"the click on {role} did not select it")
    if measure != "open":
        figures["breakdown"], figures["calls"] = dict(spent), dict(calls)
    figures["peak"] = peak_rss_mb()
    figures["peaks"] = peaks
    if profiler is not None:
        import pstats

        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats(os.environ.get("BENCH_SORT", "cumulative"))
        stats.print_stats(profile)
        if os.environ.get("BENCH_CALLERS"):  # who calls the functions whose names match
            stats.print_callers(os.environ["BENCH_CALLERS"])
    window.history.set_clean()  # closing asks nothing
    window.close()
    QApplication.processEvents()
    return figures


def drop_pair(canvas: Any, chart: Any, problem: Callable[..., str | None]) -> tuple[str, str]:
    """A role with a few reports (a small branch that comes along) and, near it on the
    canvas, a role of another team it may report to: a drop a user would make."""
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    # near: within what a screen shows at the zoom the chart opened with (at least a
    # readable screenful; the measure centres the view on both before dragging)
    width, height = max(shown.width(), 1400.0), max(shown.height(), 900.0)
    # The smallest branches first; a chart opened at its top levels shows only roles with
    # larger branches collapsed below them.
    for most in (12, 100, 1000):
        found = _drop_pair(canvas, chart, problem, width, height, most)
        if found:
            return found
    raise SystemExit("no role to drop found")


def _drop_pair(
    canvas: Any, chart: Any, problem: Callable[..., str | None], width: float, height: float, most: int
) -> tuple[str, str] | None:
    for role in chart.role_ids():
        below = chart.descendants(role)
        if not 2 <= len(below) <= most or len(chart.chain_of_command(role)) < 2 or not canvas.has_card(role):
            continue
        center = canvas.card_rect(role).center()
        near = []
        for other in canvas.item.picture.geometry.cards:
            rect = canvas.card_rect(other)
            distance = rect.center() - center
            if abs(distance.x()) > width / 2 - 60 or abs(distance.y()) > height / 2 - 60:
                continue
            if chart.team_of(other) == chart.team_of(role) or other in below or other == role:
                continue
            if problem(chart, role, other) is None:
                near.append((distance.manhattanLength(), other))
        if near:
            return role, min(near)[1]
    return None


def started_at_parent_offset() -> float:
    """Seconds from the parent's launch of this process to now (Python's own start)."""
    return time.time() - float(os.environ["BENCH_T0"])


# The parent: charts, processes, tables.


#: what any editor of this stack pays before it can show a chart: Python, the imports of
#: PySide6, networkx and pydantic, a QApplication and an empty main window painted once
FLOOR = """
import os, time
import networkx, pydantic
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(800, 600)
window.show()
app.processEvents()
print(time.time() - float(os.environ["BENCH_T0"]))
"""


def floor_seconds() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_T0=repr(time.time()))
    process = subprocess.run(
        [sys.executable, "-c", FLOOR], env=env, capture_output=True, text=True, check=True
    )
    return float(process.stdout.strip().splitlines()[-1])


def run_measure(measure: str, path: Path, settings: Path, profile: int = 0) -> dict[str, Any]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(settings),  # the recent-files list goes here, not to the user's
        BENCH_T0=repr(time.time()),
    )
    process = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", measure, str(path)]
        + (["--profiled", str(profile)] if profile else []),
        env=env,
        capture_output=not profile,
        text=True,
        check=False,
    )
    if process.returncode != 0:
        raise SystemExit(f"{measure} on {path.name} failed:\n{process.stderr}")
    if profile:
        return {}
    last = [line for line in process.stdout.splitlines() if line.startswith("{")][-1]
    return json.loads(last)


def chart_file(folder: Path, n: int) -> Path:
    sys.path.insert(0, str(HERE))
    from synthetic import make_chart

    from orgchart.io import save

    path = folder / f"synthetic-{n}.json"
    if not path.exists():
        save(make_chart(n), path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3, help="processes per measure at the small size")
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--profile", choices=MEASURES + ALL, help="one measure under cProfile instead")
    parser.add_argument("--size", type=int, default=10_000, help="the chart's size for --profile")
    parser.add_argument("--child", nargs=2, metavar=("MEASURE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--top", type=int, default=15, help="how many functions --profile lists")
    parser.add_argument("--profiled", type=int, default=0, help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.child:
        figures = measure_in_this_process(ns.child[0], Path(ns.child[1]), ns.profiled)
        print(json.dumps(figures), flush=True)
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        settings = folder / "settings"
        if ns.profile:
            run_measure(ns.profile, chart_file(folder, ns.size), settings, profile=ns.top)
            return
        small, big = chart_file(folder, ns.small), chart_file(folder, ns.big)
        load_before = os.getloadavg()[0]
        runs: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for measure, n, path, count in (
            ("open", ns.small, small, ns.runs),
            ("open-all", ns.small, small, ns.runs),
            ("drop", ns.small, small, ns.runs),
            ("drop-all", ns.small, small, ns.runs),
            ("open", ns.big, big, 1),
            ("open-all", ns.big, big, 1),
            ("fit-all", ns.big, big, 1),
            ("actual-all", ns.big, big, 1),
            ("click-all", ns.big, big, 1),
        ):
            runs[measure, n] = [run_measure(measure, path, settings) for _ in range(count)]
        sys.path.insert(0, str(HERE))
        from editor_tables import print_tables

        floor = [floor_seconds() for _ in range(ns.runs)]
        print_tables(runs, ns.small, ns.big, floor)
        print(
            f"\nLoad average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, "
            f"on {os.cpu_count()} cores."
        )


if __name__ == "__main__":
    main()
