"""Every format orgchart writes is one it reads or one it refuses by name (`WRITTEN_ONLY`),
and the commands say so (exit 1, the file named), never a JSON parse error."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart.cli import main
from orgchart.cli.export import FORMATS
from orgchart.io.matrix_text import format_of
from orgchart.io.reading import READERS, WRITTEN_ONLY
from tests.conftest import ROOT

CHART = ROOT / "samples" / "ecommerce-departments.en.json"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """In-process exports share the test session's QApplication."""


def test_every_written_format_is_readable_or_refused_by_name() -> None:
    readable = {".json", *READERS}
    written = {*FORMATS, *(s for s in (".md", ".markdown", ".csv") if format_of(f"m{s}"))}
    assert written - readable <= set(WRITTEN_ONLY)
    assert not readable & set(WRITTEN_ONLY)


@pytest.mark.parametrize("command", [["validate"], ["matrix"], ["export", "-o", "x.svg"]])
def test_commands_refuse_a_mermaid_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    mmd = tmp_path / "out.mmd"
    assert main(["export", str(CHART), "-o", str(mmd)]) == 0
    capsys.readouterr()
    args = [command[0], str(mmd), *command[1:]]
    if command[0] == "export":
        args[-1] = str(tmp_path / "x.svg")
    assert main(args) == 1
    said = capsys.readouterr()
    err = said.err + said.out  # validate reports on standard output
    # "FILE: WHAT", or validate's "FILE: error: WHAT"
    assert err.startswith(str(mmd)) or err.startswith(f"orgchart {command[0]}: {mmd}")
    assert "orgchart writes Mermaid (.mmd) files but cannot read them; it reads .json" in err
    assert "JSON" not in err and "Traceback" not in err
    assert not (tmp_path / "x.svg").exists()


def test_diff_refuses_a_picture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    svg = tmp_path / "old.svg"
    svg.write_text("<svg/>", encoding="utf-8")
    assert main(["diff", str(svg), str(CHART)]) == 1
    assert "old.svg: orgchart writes SVG (.svg) files but cannot read them" in capsys.readouterr().err
