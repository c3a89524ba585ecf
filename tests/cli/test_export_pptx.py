"""`orgchart export IN -o OUT.pptx`: slides drawn like the pictures (layout, theme, team,
depth), none of the options that only a painted file has, written atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from orgchart.cli import main
from orgchart.io import load
from tests.conftest import ROOT

DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.en.json"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """In-process exports share the test session's QApplication."""


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["export", *args])
    return code, capsys.readouterr().err


def titles(path: Path) -> list[str]:
    deck = Presentation(str(path))
    return [s.shapes.title.text if s.shapes.title is not None else "" for s in deck.slides]


def test_a_chart_exports_to_slides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "chart.pptx"
    assert run(str(DEPARTMENTS), "-o", str(out), capsys=capsys) == (0, "")
    chart = load(DEPARTMENTS).chart
    assert titles(out) == [chart.name, *(chart.team(t).name for t in chart.subteams_of(None))]


def test_team_theme_and_title_options_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tech.pptx"
    args = ["--team", "Technology", "--theme", "dark", "--no-title", "--layout", "left-right"]
    assert run(str(DEPARTMENTS), "-o", str(out), *args, "--compact", "--depth", "2", capsys=capsys)[0] == 0
    first, *others = titles(out)
    assert first == "" and others and set(others) == {"Technology"}  # no chart name; one department
    deck = Presentation(str(out))
    assert str(deck.slides[1].background.fill.fore_color.rgb) == "161B22"  # dark


@pytest.mark.parametrize(
    "option",
    [
        ["--scale", "2"],
        ["--dpi", "150"],
        ["--pages", "department"],
        ["--page-size", "a3"],
        ["--orientation", "portrait"],
        ["--details"],
        ["--figures"],
    ],
)
def test_options_of_painted_files_are_usage_errors(
    option: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.pptx"
    with pytest.raises(SystemExit) as caught:
        main(["export", str(DEPARTMENTS), "-o", str(out), *option])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err
    assert not out.exists()


def test_a_failed_export_leaves_the_old_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.pptx"
    out.write_bytes(b"the slides of last week")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    code, err = run(str(broken), "-o", str(out), capsys=capsys)
    assert code == 1 and "broken.json" in err and "Traceback" not in err
    assert out.read_bytes() == b"the slides of last week"
    code, err = run(str(DEPARTMENTS), "-o", str(tmp_path / "missing" / "chart.pptx"), capsys=capsys)
    assert code == 1 and "cannot be written" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "chart.pptx"]  # no stray temp file
