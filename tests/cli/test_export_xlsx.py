"""`orgchart export` and `orgchart validate` with Excel files: .xlsx in and out, ``--sheet``
to choose a sheet, ``--columns`` for headers the import does not know; misused options are
usage errors (exit 2), a choice the file cannot meet is invalid input (exit 1)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from orgchart.cli import main
from orgchart.io import read_csv, read_xlsx
from tests.conftest import ROOT

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def usage_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    return capsys.readouterr().err


@pytest.fixture
def two_sheets(tmp_path: Path) -> Path:
    """A workbook whose second sheet has headers the import does not know."""
    book = Workbook()
    book.active.title = "Deckblatt"
    book.active["A1"] = "Organigramm"
    sheet = book.create_sheet("Stellen 2025")
    sheet.append(["Nr", "Aufgabe", "Chef", "Bereich"])
    sheet.append([1, "Geschäftsführung", None, "Leitung"])
    sheet.append([2, "Vertrieb", 1, "Vertrieb"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    return path


def test_csv_to_xlsx_to_csv_keeps_the_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xlsx, csv = tmp_path / "hr.xlsx", tmp_path / "hr.csv"
    assert run("export", str(HR_EXPORT), "-o", str(xlsx), capsys=capsys) == (0, "", "")
    assert read_xlsx(xlsx).document.chart == read_csv(HR_EXPORT).document.chart
    assert load_workbook(xlsx).active["B1"].font.b
    assert run("export", str(xlsx), "-o", str(csv), capsys=capsys) == (0, "", "")
    assert read_csv(csv).document.chart == read_csv(HR_EXPORT).document.chart


def test_sheet_and_columns_choose_what_is_read(two_sheets: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    args = ["export", str(two_sheets), "-o", str(out), "--sheet", "Stellen 2025"]
    code, _, err = run(*args, capsys=capsys)
    assert code == 1 and err.startswith(f"orgchart export: {two_sheets}: sheet 'Stellen 2025', row 1: no id column")
    code, _, err = run(*args, "--columns", "id=Nr,title=Aufgabe", "--columns", "manager=Chef", capsys=capsys)
    assert (code, err) == (0, "")
    chart = read_csv(out).document.chart
    assert chart.role("2").title == "Vertrieb" and chart.manager_of("2") == "1"
    code, out_text, _ = run("validate", str(two_sheets), "--sheet", "stellen 2025", "--columns", "id=Nr,title=Aufgabe",
                            capsys=capsys)  # fmt: skip
    assert (code, out_text) == (0, f"{two_sheets}: ok (2 teams, 2 roles, 0 links)\n")


def test_a_column_the_file_does_not_have_is_named(two_sheets: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("validate", str(two_sheets), "--sheet", "Stellen 2025", "--columns", "id=Nr,title=Stelle",
                       capsys=capsys)  # fmt: skip
    assert code == 1
    assert out == (f"{two_sheets}: error: sheet 'Stellen 2025', row 1: there is no column 'Stelle' for the title; "
                   "the columns are 'Nr', 'Aufgabe', 'Chef', 'Bereich'\n")  # fmt: skip
    code, out, _ = run("validate", str(two_sheets), "--sheet", "Plan", capsys=capsys)
    assert (code, out) == (1, f"{two_sheets}: error: there is no sheet 'Plan'; the sheets are 'Deckblatt', 'Stellen 2025'\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--columns", "titel=Stelle"], "'titel' is not a field; did you mean 'title'? the fields are id, title, manager"),
        (["--columns", "title"], "'title': expected FIELD=COLUMN"),
        (["--columns", "title="], "which column holds the title?"),
        (["--columns", "title=A,title=B"], "the title is given twice ('A' and 'B')"),
        (["--columns", "title=A,notes=a"], "the column 'a' is given for two fields"),
        (["--sheet", "Tabelle1"], "--sheet is for Excel input (.xlsx)"),
    ],
)  # fmt: skip
def test_misused_options_are_usage_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert message in usage_error(["export", str(HR_EXPORT), "-o", "x.csv", *args], capsys)
    assert message in usage_error(["validate", str(HR_EXPORT), *args], capsys)


def test_columns_for_a_json_chart_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    chart = str(ROOT / "samples" / "ecommerce-departments.en.json")
    assert "--columns is for CSV and Excel input" in usage_error(["validate", chart, "--columns", "id=A"], capsys)


def test_a_comma_inside_a_column_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "hr.csv"
    source.write_text('id;"Name, Vorname";Job\n1;"Muster, Erika";CEO\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["export", str(source), "-o", str(out), "--columns", "holder=Name, Vorname,title=Job"]
    assert run(*args, capsys=capsys)[0] == 0
    assert read_csv(out).document.chart.role("1").holder == "Muster, Erika"


def test_xlsx_export_loads_no_qt(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    code = (
        "import sys\nfrom orgchart.cli import main\n"
        f"assert main(['export', {str(HR_EXPORT)!r}, '-o', {str(out)!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]" and load_workbook(io.BytesIO(out.read_bytes())).active.max_row == 22
