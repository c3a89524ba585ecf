"""`orgchart export IN -o OUT.csv`: the chart as CSV, atomically, without Qt; what CSV
cannot hold as warnings; options for pictures are usage errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from orgchart.cli import main
from orgchart.io import load, read_csv, save
from orgchart.model import OrgChart, Role, Team
from tests.conftest import ROOT

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"
DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.de.json"


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["export", *args])
    return code, capsys.readouterr().err


def test_an_hr_export_goes_round_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "again.csv"
    assert run(str(HR_EXPORT), "-o", str(out), capsys=capsys) == (0, "")
    assert read_csv(out).document.chart == read_csv(HR_EXPORT).document.chart
    twice = tmp_path / "twice.csv"
    assert run(str(out), "-o", str(twice), capsys=capsys) == (0, "")  # CSV -> chart -> CSV
    assert twice.read_bytes() == out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.csv", "twice.csv"]  # no .bak


def test_a_json_chart_exports_with_warnings_for_what_csv_cannot_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    code, err = run(str(DEPARTMENTS), "-o", str(out), capsys=capsys)
    assert code == 0
    assert err == f"{out}: warning: the CSV has no columns for 4 dotted lines, the chart's name, team colours, descriptions and layouts\n"
    chart, back = load(DEPARTMENTS).chart, read_csv(out).document.chart
    assert back.role_ids() == chart.role_ids()
    assert [back.manager_of(r) for r in back.role_ids()] == [chart.manager_of(r) for r in chart.role_ids()]
    assert [t.name for t in back.teams()] == [t.name for t in chart.teams()]


def test_team_selects_one_department(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "technik.csv"
    assert run(str(HR_EXPORT), "-o", str(out), "--team", "technik", capsys=capsys) == (0, "")
    chart = read_csv(out).document.chart
    assert [t.name for t in chart.teams()] == ["Technik"] and chart.role_count == 7


def test_formulas_in_the_data_are_neutralised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "=1+1"))
    chart.add_role(Role("r", '=HYPERLINK("http://example.com","Klick")', holder="@Erika"), "t")
    source, out = tmp_path / "plan.json", tmp_path / "plan.csv"
    save(chart, source)
    assert run(str(source), "-o", str(out), capsys=capsys) == (0, "")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "r,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Klick\"\")\",,,'=1+1,'@Erika,,,in-house,1,,,"
    assert read_csv(out).document.chart.role("r") == chart.role("r")


@pytest.mark.parametrize(
    "options",
    [["--theme", "dark"], ["--layout", "left-right"], ["--scale", "2"], ["--depth", "2"], ["--no-legend"],
     ["--pages", "poster"], ["--compact"]],  # fmt: skip
)
def test_options_for_pictures_are_usage_errors(options: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", str(HR_EXPORT), "-o", "x.csv", *options])
    assert caught.value.code == 2
    assert options[0] in capsys.readouterr().err


def test_bad_input_and_unwritable_output_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,title\n1,A\n1,B\n", encoding="utf-8")
    code, err = run(str(bad), "-o", str(tmp_path / "out.csv"), capsys=capsys)
    assert code == 1 and err == f"orgchart export: {bad}: line 3, column id: the id '1' is already used on line 2\n"
    code, err = run(str(HR_EXPORT), "-o", str(tmp_path / "missing" / "out.csv"), capsys=capsys)
    assert code == 1 and "the file cannot be written" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_csv_export_loads_no_qt(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    code = (
        "import sys\nfrom orgchart.cli import main\n"
        f"assert main(['export', {str(HR_EXPORT)!r}, '-o', {str(out)!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]" and out.exists()
