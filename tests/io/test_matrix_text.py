"""The who-does-what table as Markdown and CSV: one table row per responsibility whatever the
text holds, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from orgchart.io import OrgFileError
from orgchart.io.matrix_text import format_of, matrix_bytes, matrix_csv, matrix_markdown, write_matrix
from orgchart.model import OrgChart, Role, Team
from orgchart.model.duties import ResponsibilityMatrix, responsibility_matrix


def _matrix() -> ResponsibilityMatrix:
    chart = OrgChart("Shop")
    chart.add_team(Team("t", "Finance"))
    duties = ("Pay | receive", "=SUM(A1:A9)", "Back\\slash", "two\nlines", "@import")
    chart.add_role(Role("cfo", "CFO | Finance", responsibilities=duties), "t")
    chart.add_role(
        Role("clerk", "-Clerk", responsibilities=("Pay | receive", '"Quoted", with comma')), "t", "cfo"
    )
    return responsibility_matrix(chart, "t")


def _md_cells(line: str) -> list[str]:
    """A Markdown table row's cells, split at the pipes that are not escaped."""
    cells, current, escaped = [], "", False
    for char in line.strip()[1:-1]:
        if char == "|" and not escaped:
            cells.append(current.strip())
            current = ""
            continue
        escaped = char == "\\" and not escaped
        current += char
    return [*cells, current.strip()]


def test_markdown_escapes_pipes_and_keeps_one_row_per_responsibility() -> None:
    text = matrix_markdown(_matrix())
    lines = text.splitlines()
    assert len(lines) == 2 + 6  # header, rule, six responsibilities
    assert all(len(_md_cells(line)) == 3 for line in lines)
    assert _md_cells(lines[0]) == ["Responsibility", "CFO \\| Finance", "-Clerk"]
    assert lines[1] == "|---|:-:|:-:|"
    assert _md_cells(lines[2]) == ["Pay \\| receive", "x", "x"]
    assert _md_cells(lines[4]) == ["Back\\\\slash", "x", ""]
    assert _md_cells(lines[5]) == ["two lines", "x", ""]
    assert _md_cells(lines[7]) == ['"Quoted", with comma', "", "x"]


def test_csv_guards_formulas_quotes_what_needs_it_and_reads_back() -> None:
    text = matrix_csv(_matrix(), corner="Verantwortung")
    assert text.endswith("\r\n") and "\r\n" in text.rstrip("\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Verantwortung", "CFO | Finance", "'-Clerk"]
    assert rows[1] == ["Pay | receive", "x", "x"]
    assert rows[2] == ["'=SUM(A1:A9)", "x", ""]
    assert rows[4] == ["two\nlines", "x", ""]
    assert rows[5] == ["'@import", "x", ""]
    assert rows[6] == ['"Quoted", with comma', "", "x"]
    assert not any(cell[:1] in "=+-@" for row in rows for cell in row if cell)


def test_files_formats_and_errors(tmp_path: Path) -> None:
    matrix = _matrix()
    assert matrix_bytes(matrix, "csv").startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    assert not matrix_bytes(matrix, "md").startswith(b"\xef\xbb\xbf")
    assert [format_of(n) for n in ("a.MD", "a.markdown", "a.csv", "a.txt")] == ["md", "md", "csv", None]
    out = tmp_path / "m.md"
    write_matrix(matrix, out, "md")
    assert out.read_text(encoding="utf-8") == matrix_markdown(matrix)
    with pytest.raises(OrgFileError, match="cannot be written"):
        write_matrix(matrix, tmp_path / "missing" / "m.csv", "csv")
    with pytest.raises(ValueError):
        matrix_bytes(matrix, "xlsx")
