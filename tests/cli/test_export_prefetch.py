"""`orgchart export` of a picture reads its input in a second process while it loads Qt and
the painting code (`orgchart.io.prefetch`): the file it writes and what it says are the same
as when it reads the input itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orgchart.cli import main
from orgchart.io.prefetch import forks_here
from tests.conftest import ROOT

_CHILD = """
import json, sys
import orgchart.io.prefetch as prefetch

seen = {}
take = prefetch.take

def taking(path):
    taken = take(path)
    seen.setdefault("taken", taken is not None)
    return taken

prefetch.take = taking
from orgchart.cli import main

seen["code"] = main(sys.argv[1:])
print(json.dumps(seen))
"""

# a table with a cell that carries a line break and no team column (a warning to pass on)
TABLE = 'id,title,manager_id,notes\n1,CEO,,"two\nlines"\n2,CTO,1,\n3,Ünïcödé & <Co>,1,\n'


@pytest.mark.skipif(
    not forks_here(), reason="reading beside the start forks, on Linux with two processors or more"
)
@pytest.mark.parametrize(
    ("source", "suffix"),
    [("sample", ".svg"), ("sample", ".png"), ("table", ".svg"), ("table", ".pdf")],
)
def test_the_picture_and_the_warnings_are_those_of_a_plain_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, suffix: str
) -> None:
    if source == "sample":
        given = ROOT / "samples" / "ecommerce-departments.en.json"
    else:
        given = tmp_path / "people.csv"
        given.write_text(TABLE, encoding="utf-8")
    beside, here = tmp_path / f"beside{suffix}", tmp_path / f"here{suffix}"
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "export", str(given), "-o", str(beside)],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"code": 0, "taken": True}
    # this process has Qt loaded already: it reads the file itself
    assert main(["export", str(given), "-o", str(here)]) == 0
    said_here = capsys.readouterr().err
    assert done.stderr == said_here
    if source == "table":
        assert "no team column" in said_here
    if suffix == ".pdf":  # (a PDF holds the time it was made): the same pages and words
        from pypdf import PdfReader

        pages = [[page.extract_text() for page in PdfReader(path).pages] for path in (beside, here)]
        assert pages[0] == pages[1] and "CTO" in pages[0][0]
    else:
        assert beside.read_bytes() == here.read_bytes()
