"""`orgchart matrix IN`: who does what as Markdown or CSV, to standard output or a file; and
`orgchart export --details --figures` for pictures only."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from orgchart.cli import main
from orgchart.io import load
from tests.cli.test_export import svg_texts
from tests.conftest import ROOT

DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.en.json"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """In-process exports share the test session's QApplication."""


def test_markdown_of_one_team_on_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["matrix", str(DEPARTMENTS), "--team", "marketing"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(
        "| Responsibility | Digital marketing manager | Social media marketing specialist"
    )
    assert lines[1] == "|---|" + ":-:|" * 5
    assert "| Build the brand |  | x |  |  |  |" in lines
    assert len(lines) == 2 + 15  # the five marketing roles hold fifteen responsibilities


def test_csv_by_the_output_name_or_by_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "who.csv"
    assert main(["matrix", str(DEPARTMENTS), "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Responsibility" and len(rows[0]) == 1 + 21
    held = sum(len(role.responsibilities) for role in load(DEPARTMENTS).chart.roles())
    assert sum(row.count("x") for row in rows[1:]) == held  # every role's responsibilities, once each
    assert main(["matrix", str(DEPARTMENTS), "--format", "csv", "--team", "Technology"]) == 0
    assert capsys.readouterr().out.startswith("Responsibility,Web developer,")


def test_errors_name_the_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["matrix", str(DEPARTMENTS), "--team", "Sales"]) == 1
    assert "there is no team 'Sales' (teams: 'Business development and strategy'" in capsys.readouterr().err
    assert main(["matrix", str(tmp_path / "missing.json")]) == 1
    assert "missing.json" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["matrix", str(DEPARTMENTS), "-o", str(tmp_path / "who.txt")])
    assert usage.value.code == 2 and not (tmp_path / "who.txt").exists()


def test_an_empty_matrix_is_noted_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = tmp_path / "bare.json"
    chart.write_text(
        '{"format": "orgchart", "version": 1, "teams": [{"id": "t", "name": "Technik"}], '
        '"roles": [{"id": "r", "title": "Entwickler", "team": "t"}]}',
        encoding="utf-8",
    )
    assert main(["matrix", str(chart)]) == 0
    said = capsys.readouterr()
    assert said.out.splitlines()[0] == "| Responsibility | Entwickler |"  # the table, as before
    assert said.err == f"{chart}: note: no role has responsibilities; the matrix is empty\n"
    assert main(["matrix", str(chart), "--team", "t", "-o", str(tmp_path / "m.csv")]) == 0
    assert capsys.readouterr().err == (
        f"{chart}: note: no role in the team 'Technik' has responsibilities; the matrix is empty\n"
    )
    assert main(["matrix", str(DEPARTMENTS)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(("fmt", "name"), [("csv", "m2.md"), ("md", "m2.CSV"), ("csv", "m2.markdown")])
def test_a_format_that_contradicts_the_output_name_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, name: str
) -> None:
    out = tmp_path / name
    with pytest.raises(SystemExit) as usage:
        main(["matrix", str(DEPARTMENTS), "--format", fmt, "-o", str(out)])
    assert usage.value.code == 2 and not out.exists()
    assert f"--format {fmt} does not match OUT {str(out)!r}" in capsys.readouterr().err
    # an OUT of another name takes --format; an agreeing one is fine
    assert main(["matrix", str(DEPARTMENTS), "--format", "csv", "-o", str(tmp_path / "m.txt")]) == 0
    assert (tmp_path / "m.txt").read_bytes().startswith(b"\xef\xbb\xbfResponsibility,")
    assert main(["matrix", str(DEPARTMENTS), "--format", "md", "-o", str(tmp_path / "m.md")]) == 0


def test_export_details_and_figures_show_in_the_svg(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.svg"
    assert main(["export", str(DEPARTMENTS), "-o", str(out), "--details", "--figures"]) == 0
    texts = svg_texts(out)
    assert "• " not in texts and "•" in texts  # bullets are painted apart from the text
    assert "Track KPIs" in texts and "Skills: Android, iOS" in texts
    assert any("7 roles · 7 FTE · 7 vacant · 14% external" in t for t in texts)
    plain = tmp_path / "plain.svg"
    assert main(["export", str(DEPARTMENTS), "-o", str(plain)]) == 0
    assert "Track KPIs" not in svg_texts(plain)
    with pytest.raises(SystemExit) as usage:
        main(["export", str(DEPARTMENTS), "-o", str(tmp_path / "c.csv"), "--details"])
    assert usage.value.code == 2
    assert "--details: for pictures" in capsys.readouterr().err


def test_the_output_is_never_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `orgchart matrix hr.csv -o hr.csv` wrote the matrix over the HR export, with exit 0.
    source = tmp_path / "hr.csv"
    source.write_text("id,title,manager,team,responsibilities\n1,CEO,,Board,Strategy\n", encoding="utf-8")
    before = source.read_bytes()
    (tmp_path / "link.csv").symlink_to(source)
    for out in (source, tmp_path / "link.csv"):
        with pytest.raises(SystemExit) as raised:
            main(["matrix", str(source), "-o", str(out)])
        assert raised.value.code == 2
        assert "OUT is the input file" in capsys.readouterr().err
    assert source.read_bytes() == before
