"""`orgchart FILE` reads FILE in a second process while it loads Qt and builds its window
(`orgchart.io.prefetch`): the editor shows exactly the file, never loads the reader for it,
and saves as ever (loading the writer then)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart.io.prefetch import forks_here
from tests.ui.editor_process import run_child

_CHILD = """
import dataclasses, json, os, shutil, sys
from tests.processes import children_left
from pathlib import Path
import orgchart.io.prefetch as prefetch

folder = Path(os.environ["XDG_CONFIG_HOME"])
path = folder / "chart.json"
relink = os.environ.get("RELINK_AFTER_START") == "1"
if relink:  # a link, pointed at another file once the child has started on the first
    shutil.copy(sys.argv[1], folder / "real.json")
    text = (folder / "real.json").read_text(encoding="utf-8")
    (folder / "other.json").write_text(text.replace("E-commerce manager", "Shop lead"), encoding="utf-8")
    path.symlink_to(folder / "real.json")
else:
    shutil.copy(sys.argv[1], path)
seen = {}
real_start = prefetch.start

def start(p):
    seen["started"] = real_start(p)
    if relink:
        path.unlink()
        path.symlink_to(folder / "other.json")
    # Qt from here on, as in the editor (the hook needs the module)
    import orgchart.ui.app as app_module
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    original = app_module.start_editor

    def start_editor(p, preview=True):
        window = original(p, preview=preview)
        seen["reader loaded by the first frame"] = "pydantic" in sys.modules
        seen["children left once open"] = children_left()
        chart = window.document.chart

        def later():
            from orgchart.commands import UpdateRole
            from orgchart.io import load

            seen["shown as in the file"] = chart == load(path).chart
            seen["titles"] = [chart.role(r).title for r in chart.role_ids()]
            role = chart.role(chart.role_ids()[0])
            window.history.push(UpdateRole(role, dataclasses.replace(role, title="Head of trade"), "title"))
            seen["saved"] = window.save()
            seen["title saved"] = load(path).chart.role(role.id).title
            QApplication.quit()

        QTimer.singleShot(200, later)
        return window

    app_module.start_editor = start_editor
    return seen["started"]

prefetch.start = start
from orgchart.cli import main

seen["code"] = main([str(path)])
seen["children left"] = children_left()
print(json.dumps(seen))
"""


@pytest.mark.skipif(
    not forks_here(), reason="reading beside the start forks, on Linux with two processors or more"
)
def test_the_editor_shows_the_file_read_beside_it_and_saves(tmp_path: Path) -> None:
    seen = run_child(_CHILD, tmp_path)
    assert seen["code"] == 0 and seen["started"] is True
    assert seen["reader loaded by the first frame"] is False
    assert seen["shown as in the file"] is True
    assert seen["saved"] is True and seen["title saved"] == "Head of trade"
    assert seen["children left once open"] is False and seen["children left"] is False


@pytest.mark.skipif(
    not forks_here(), reason="reading beside the start forks, on Linux with two processors or more"
)
def test_a_read_the_window_did_not_take_ends_once_it_has_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELINK_AFTER_START", "1")
    seen = run_child(_CHILD, tmp_path)
    assert seen["code"] == 0 and seen["started"] is True
    assert seen["shown as in the file"] is True and "Shop lead" in seen["titles"]  # where it leads now
    assert seen["children left once open"] is False
