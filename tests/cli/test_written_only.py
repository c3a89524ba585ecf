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


def test_tab_separated_text_is_read_as_a_table_and_an_unknown_ending_says_how_files_are_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Excel's "Unicode Text" export (UTF-16, tabs, .txt) was read as JSON: "not UTF-8 text
    # (byte 0 is 0xff)". Tab-separated .txt and .tsv files are tables now; any other ending is
    # still read as orgchart JSON, and a failure says so.
    table = "id\ttitle\tmanager\tdepartment\n1\tGeschäftsführerin\t\tLeitung\n2\tCTO\t1\tTechnik\n"
    for name, encoding in (("hr.txt", "utf-16"), ("hr.tsv", "utf-8")):
        path = tmp_path / name
        path.write_text(table, encoding=encoding)
        assert main(["validate", str(path)]) == 0
        assert capsys.readouterr().out == f"{path}: ok (2 teams, 2 roles, 0 links)\n"
    odd = tmp_path / "hr.dat"
    odd.write_text(table, encoding="utf-8")
    assert main(["export", str(odd), "-o", str(tmp_path / "x.svg")]) == 1
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "(read as an orgchart .json file, as its name ends in .dat" in err
    assert "reads .json, .csv, .tsv, .txt, .xlsx and .graphml" in err
    bare = tmp_path / "hr"
    bare.write_text(table, encoding="utf-8")
    assert main(["validate", str(bare)]) == 1
    assert "(read as an orgchart .json file, as its name has no ending:" in capsys.readouterr().out
    # a file that is not there is only that
    assert main(["validate", str(tmp_path / "gone.dat")]) == 1
    said = capsys.readouterr().out
    assert "No such file or directory" in said and "read as an orgchart" not in said
