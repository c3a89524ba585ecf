"""Ctrl+C (or any error) in the middle of drawing ends an export cleanly: exit 130, no crash,
no Qt complaints, and no output file. A painter left active on its device used to end the
process in a segmentation fault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

#: `orgchart export` with the picture's painting stopped by Ctrl+C half-way (after it drew
#: something, with the painter's state saved), as a user's Ctrl+C during a large export does
CHILD = """
import sys
from orgchart.render import chart_painter

def interrupted(self, painter, *args, **kwargs):
    painter.save()
    painter.drawRect(0, 0, 10, 10)
    raise KeyboardInterrupt

chart_painter.ChartPainter.paint = interrupted
from orgchart.cli import main
sys.exit(main(["export", *sys.argv[1:]]))
"""


@pytest.mark.parametrize("args", [[".svg"], [".png"], [".pdf"], [".pdf", "--pages", "department"]])
def test_an_export_stopped_while_drawing_exits_130_without_a_crash_or_a_file(
    tmp_path: Path, args: list[str]
) -> None:
    suffix, *options = args
    out = tmp_path / f"chart{suffix}"
    run = _child(CHILD, str(SAMPLES[0]), "-o", str(out), *options)
    assert run.returncode == 130, run.stderr
    assert "QPaint" not in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


#: Ctrl+C at a given moment of the export's start: just as it forks the process that reads
#: the file beside Qt's loading, or in the middle of importing Qt itself
EARLY = """
import builtins, os, signal, sys

moment = sys.argv.pop(1)
if moment == "fork":  # as the fork begins (Python then runs the handler inside its hooks)
    os.register_at_fork(before=lambda: os.kill(os.getpid(), signal.SIGINT))
else:
    real_import = builtins.__import__

    def importing(name, *args, **kwargs):
        if name == "PySide6.QtGui" and not getattr(importing, "done", False):
            importing.done = True
            os.kill(os.getpid(), signal.SIGINT)
        return real_import(name, *args, **kwargs)

    builtins.__import__ = importing
from orgchart.cli import main
sys.exit(main(["export", *sys.argv[1:]]))
"""


@pytest.mark.parametrize("moment", ["fork", "qt"])
def test_ctrl_c_while_the_export_starts_is_not_lost(tmp_path: Path, moment: str) -> None:
    # Raised inside the fork's hooks, Ctrl+C was swallowed and the export overwrote its file;
    # inside Qt's import it aborted the process or failed the import with a traceback.
    out = tmp_path / "chart.png"
    out.write_bytes(b"yesterday's chart")
    run = _child(EARLY, moment, str(SAMPLES[0]), "-o", str(out))
    assert run.returncode == 130, run.stderr
    assert run.stderr == ""
    assert out.read_bytes() == b"yesterday's chart" and len(list(tmp_path.iterdir())) == 1


def _child(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``script`` run by Python with ``args``, off-screen, as `orgchart` would be."""
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
