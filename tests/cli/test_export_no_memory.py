"""A picture too large for the memory at hand is refused with a message, not written as an
empty file: Qt cannot allocate the image, and its painter then paints nothing (saying so once
per call) into a PNG of zero bytes, which the export used to write and call a success."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

resource = pytest.importorskip("resource")  # Unix: a child's address space can be limited

#: enough for Python, Qt and an ordinary export (they need about 300 MB of address space
#: here), too little for the 520 MB of a sample's image at scale 10
LIMIT = 400 * 2**20


def _export(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgchart", "export", str(SAMPLES[0]), "-o", str(out), *options],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT)),
    )


def test_an_image_larger_than_the_memory_is_refused_and_the_old_file_kept(tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    out.write_bytes(b"the chart exported yesterday")
    run = _export(out, "--scale", "10")
    assert run.returncode == 1, run.stderr
    assert "does not fit in the memory here" in run.stderr and "smaller scale" in run.stderr
    assert str(out) in run.stderr and "QPainter" not in run.stderr and "Traceback" not in run.stderr
    assert out.read_bytes() == b"the chart exported yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]  # no temporary file left


def test_under_the_same_limit_an_ordinary_export_succeeds(tmp_path: Path) -> None:
    # (so that the refusal above is the image's size, not a limit nothing runs under)
    run = _export(tmp_path / "chart.png")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
