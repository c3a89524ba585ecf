"""`orgchart FILE` pauses Python's garbage collector while it starts (imports, window, the
chart: many objects, next to no garbage) and lets it run again once the first frame is up."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import orgchart.ui.app
from orgchart.cli import main
from tests.ui.editor_process import run_child

_CHILD = """
import gc, json, sys
import orgchart.ui.app as app_module
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

seen = {}
original = app_module.start_editor

def start_editor(path, preview=True):
    seen["while the window opens"] = gc.isenabled()
    window = original(path, preview=preview)
    seen["chart shown"] = window.document.chart.role_count

    def later():
        seen["after the first frame"] = gc.isenabled()
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        seen["chart among the oldest objects"] = id(window.document.chart) in oldest
        seen["frozen for good"] = gc.get_freeze_count()
        QApplication.quit()

    QTimer.singleShot(300, later)
    return window

app_module.start_editor = start_editor
from orgchart.cli import main

code = main([sys.argv[1]])
print(json.dumps(dict(seen, code=code, end=gc.isenabled())))
"""


def test_the_collector_pauses_until_the_first_frame(tmp_path: Path) -> None:
    seen = run_child(_CHILD, tmp_path)
    assert seen["code"] == 0 and seen["chart shown"] > 20
    assert seen["while the window opens"] is False
    assert seen["after the first frame"] is True
    # what the start made waits for a full collection, without passes of the younger ones
    assert seen["chart among the oldest objects"] is True
    assert seen["frozen for good"] == 0  # a chart closed later can still be collected
    assert seen["end"] is True


def test_the_pause_ends_when_the_editor_does_not_start(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def no_window(*args: object, **kwargs: object) -> int:
        seen.update(kwargs, paused=not gc.isenabled())
        return 1  # as without a display

    monkeypatch.setattr(orgchart.ui.app, "run_editor", no_window)
    assert main([]) == 1
    assert seen["paused"] is True and seen["start"] is not None
    assert gc.isenabled()
