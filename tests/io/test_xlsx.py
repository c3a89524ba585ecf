"""Excel import (.xlsx): the CSV import's columns and aliases, cells read as Excel shows them,
a title above the header skipped, sheets chosen by name, every problem named by its sheet,
row and column, and broken or hostile files refused with an `OrgFileError`."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from orgchart.io import (
    OrgFileError,
    document,
    load,
    parse_xlsx,
    read_chart,
    read_csv,
    read_xlsx,
    xlsx_bytes,
    xlsx_reader,
)
from orgchart.io.csv_writer import csv_bytes
from tests.conftest import ROOT
from tests.io.fuzzing import mutated, outcome

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"


def workbook(*sheets: tuple[str, list[list[object]]]) -> bytes:
    """An .xlsx file with these sheets (name, rows), written by openpyxl as Excel would."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def refused(raw: bytes, **options: object) -> OrgFileError:
    with pytest.raises(OrgFileError) as caught:
        parse_xlsx(raw, source="hr.xlsx", **options)  # type: ignore[arg-type]
    assert caught.value.file == "hr.xlsx"
    return caught.value


def summary(chart: object) -> dict[str, tuple[str, str | None, str, str | None]]:
    """Role id -> (title, manager, team name, holder)."""
    from orgchart.model import OrgChart

    assert isinstance(chart, OrgChart)
    return {
        r: (chart.role(r).title, chart.manager_of(r), chart.team(chart.team_of(r)).name, chart.role(r).holder)
        for r in chart.role_ids()
    }


# A German HR system's export, as Excel keeps it: a title merged across the columns, a blank
# row, numbers where ids are, dates, empty cells.
GERMAN_HEADER = ["Personalnummer", "Stelle", "Vorgesetzte", "Bereich", "Name", "Eintritt", "Stellenanteil"]
GERMAN_ROWS = [
    [12.0, "Geschäftsführerin", None, "Geschäftsführung", "Jörg Müller", datetime(2019, 1, 1), 1],
    [13, "Leiterin Vertrieb", 12.0, "Vertrieb", "Änne Öztürk", datetime(2020, 5, 3, 9, 30), 0.5],
    [14, "Außendienst Süd", 13, "Vertrieb", None, None, 1 / 3],
    [15, "Buchhaltung", 99, "Finanzen", "Ute Weiß", datetime(2021, 7, 15), True],
]


def german_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Mitarbeiter"
    sheet["A1"] = "Mitarbeiterliste – Stand März 2024"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(GERMAN_HEADER)
    for row in GERMAN_ROWS:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_german_hr_workbook_with_a_title_row_numbers_and_dates() -> None:
    result = parse_xlsx(german_workbook(), source="personal.xlsx")
    assert result.sheet == "Mitarbeiter"
    assert result.columns == {"id": "Personalnummer", "title": "Stelle", "manager": "Vorgesetzte",
                              "team": "Bereich", "holder": "Name"}  # fmt: skip
    chart = result.document.chart
    chart.check()
    assert summary(chart) == {
        "12": ("Geschäftsführerin", None, "Geschäftsführung", "Jörg Müller"),  # 12.0 is the id "12"
        "13": ("Leiterin Vertrieb", "12", "Vertrieb", "Änne Öztürk"),
        "14": ("Außendienst Süd", "13", "Vertrieb", None),  # an empty cell: vacant
        "15": ("Buchhaltung", None, "Finanzen", "Ute Weiß"),
    }
    custom = [dict(chart.role(r).custom) for r in ("12", "13", "14", "15")]
    assert custom == [
        {"Eintritt": "2019-01-01", "Stellenanteil": "1"},
        {"Eintritt": "2020-05-03 09:30", "Stellenanteil": "0.5"},
        {"Stellenanteil": "0.333333333333333"},  # as many digits as Excel keeps
        {"Eintritt": "2021-07-15", "Stellenanteil": "TRUE"},
    ]
    assert [str(w) for w in result.warnings] == [
        "sheet 'Mitarbeiter', row 7, column Vorgesetzte: there is no role with the id '99' in the file; "
        "the role is placed at the top"
    ]


def test_fte_and_every_alias_read_as_in_a_csv_file() -> None:
    raw = workbook(("Tabelle1", [["ID", "Position", "reports_to", "Abteilung", "Team", "holder", "FTE", "Sourcing"],
                                 [1, "CEO", None, "GF", "GF", "A", 1, "intern"],
                                 [2, "CTO", 1, "Technik", "Backend", None, 0.5, "extern"]]))  # fmt: skip
    chart = parse_xlsx(raw).document.chart
    assert chart.role("2").fte == 0.5 and chart.role("2").sourcing.value == "outsourced"
    backend = chart.team_of("2")
    assert chart.team(backend).name == "Backend" and chart.team(chart.parent_of(backend) or "").name == "Technik"


def test_the_first_sheet_by_default_another_by_name() -> None:
    raw = workbook(
        ("Ist", [["id", "title"], ["a", "Heute"]]),
        ("Soll 2025", [["id", "title"], ["b", "Morgen"], ["c", "Übermorgen"]]),
    )
    assert parse_xlsx(raw).document.chart.role_ids() == ["a"]
    assert parse_xlsx(raw, sheet="Soll 2025").document.chart.role_ids() == ["b", "c"]
    assert parse_xlsx(raw, sheet="soll 2025").sheet == "Soll 2025"  # case does not matter
    error = refused(raw, sheet="Plan")
    assert str(error) == "hr.xlsx: there is no sheet 'Plan'; the sheets are 'Ist', 'Soll 2025'"


def test_a_cover_sheet_without_a_table_is_passed_over_with_a_warning() -> None:
    raw = workbook(("Deckblatt", [["Organigramm 2024"], [], ["Vertraulich"]]), ("Daten", [["id", "title"], ["a", "A"]]))
    result = parse_xlsx(raw)
    assert result.sheet == "Daten" and result.document.chart.role_ids() == ["a"]
    assert [str(w) for w in result.warnings] == ["sheet 'Daten', row 1: the sheets before it hold no table: 'Deckblatt'"]
    error = refused(raw, sheet="Deckblatt")  # asked for by name: no passing over
    assert error.where == "sheet 'Deckblatt'" and "no header row" in error.what and "'Daten'" in error.what


def test_a_row_above_the_header_with_two_cells_is_skipped_when_the_header_comes_soon() -> None:
    raw = workbook(("S", [["Stand:", datetime(2024, 3, 1)], [], ["Nr", "Stelle"], ["1", "Chef"]]))
    assert parse_xlsx(raw, columns={"Nr": "id"}).document.chart.role("1").title == "Chef"
    error = refused(raw)  # without --columns, "Nr" is no id column: the first row with two cells is the header
    assert (error.where, error.what) == ("sheet 'S', row 1", "no id column: expected one of id, role_id, employee_id, "
                                         "Personalnummer, Stellennummer, Stellen-ID")  # fmt: skip


def test_cells_right_of_the_header_are_ignored_with_a_warning() -> None:
    raw = workbook(("S", [["id", "title"], ["a", "A", None, "Notiz"]]))
    result = parse_xlsx(raw)
    assert [str(w) for w in result.warnings] == ["sheet 'S', row 2: column D has no header; its cells are ignored"]


ERRORS = [
    ([["id", "title"], ["a", "A"], ["a", "B"]], "sheet 'S', row 3, column id", "the id 'a' is already used on row 2"),
    ([["id", "title", "manager"], ["a", "A", "b"], ["b", "B", "a"]], "sheet 'S', row 3, column manager",
     "B cannot report to A: A already reports to B"),
    ([["ID", "title"], [None, "A"]], "sheet 'S', row 2, column ID", "this row has no id"),
    ([["id", "Stelle"], ["a", None]], "sheet 'S', row 2, column Stelle", "the title is empty"),
    ([["id", "title", "FTE"], ["a", "A", "viel"]], "sheet 'S', row 2, column FTE", "'viel' is not a number"),
    ([["id", "Name"], ["a", "A"]], "sheet 'S', row 1", "no title column"),
    ([["id", "title", "x", "x"]], "sheet 'S', row 1, column x", "the column 'x' appears twice"),
    ([], "sheet 'S'", "the sheet is empty"),
    ([["Überschrift"]], "sheet 'S'", "the sheet has no header row"),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "where", "what"), ERRORS)
def test_bad_sheets_give_one_error_naming_sheet_row_and_column(rows: list[list[object]], where: str, what: str) -> None:
    error = refused(workbook(("S", rows)))
    assert error.where == where and what in error.what


NOT_XLSX = {
    b"": "the file is empty",
    b"ID;Stelle\n1;Chef\n": "not an Excel workbook (an .xlsx file is a zip archive); it looks like text: if it is a CSV file, name it .csv",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600): "Excel 97-2003 (.xls) file or a workbook with a password",
    b"PK\x03\x04" + bytes(100): "the file is broken or cut off: not a readable Excel workbook",
    bytes(range(256)): "not an Excel workbook (an .xlsx file is a zip archive)",
}


@pytest.mark.parametrize("raw", NOT_XLSX, ids=["empty", "csv", "xls", "broken zip", "binary"])
def test_files_that_are_no_workbooks_say_what_they_are(raw: bytes) -> None:
    assert NOT_XLSX[raw] in refused(raw).what


def test_a_zip_that_is_no_workbook_and_a_workbook_cut_off(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "not a readable Excel workbook" in refused(out.getvalue()).what
    cut = german_workbook()[:-200]
    assert "broken or cut off" in refused(cut).what
    path = tmp_path / "cut.xlsx"
    path.write_bytes(cut)
    with pytest.raises(OrgFileError, match=r"cut\.xlsx: the file is broken or cut off"):
        read_chart(path)


def test_sizes_are_capped_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = workbook(("S", [["id", "title", "notes"], *(["r" + str(i), "T", "x" * 500] for i in range(200))]))
    monkeypatch.setattr(document, "MAX_FILE_BYTES", len(raw) + 1000)  # the file fits, unpacked it does not
    error = refused(raw)
    assert error.what.startswith("the workbook unpacks to") and "at most 0 MB unpacked" in error.what
    monkeypatch.setattr(document, "MAX_FILE_BYTES", 1000)
    assert "orgchart reads files of at most 0 MB" in refused(raw).what


def test_rows_beyond_excels_limit_and_columns_far_right(monkeypatch: pytest.MonkeyPatch) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "title"])
    sheet.append(["a", "A"])
    sheet["XFD2"] = "far right"  # the last column Excel has: not read, and no row is padded that wide
    out = io.BytesIO()
    book.save(out)
    assert parse_xlsx(out.getvalue()).document.chart.role_ids() == ["a"]
    monkeypatch.setattr(xlsx_reader, "MAX_ROWS", 5)
    raw = workbook(("S", [["id", "title"], *([f"r{i}", "T"] for i in range(10))]))
    error = refused(raw)
    assert error.where == "sheet 'S', row 6" and "more than 5 rows" in error.what


def test_read_xlsx_and_read_chart_name_the_file_and_take_the_options(tmp_path: Path) -> None:
    path = tmp_path / "Personal.XLSX"
    path.write_bytes(workbook(("A", [["id", "title"], ["a", "A"]]), ("B", [["Nr", "Job"], ["b", "B"]])))
    assert read_xlsx(path).document.chart.role_ids() == ["a"]
    document_, warnings = read_chart(path, sheet="B", columns={"Nr": "id", "Job": "title"})
    assert document_.chart.role_ids() == ["b"] and warnings == []
    with pytest.raises(OrgFileError, match=r"Personal\.XLSX: sheet 'B', row 1: no id column"):
        read_chart(path, sheet="B")
    with pytest.raises(ValueError, match="sheet: not an option for reading .csv"):
        read_chart(tmp_path / "x.csv", sheet="B")


# ------------------------------------------------------------------------------ fuzzing
ORIGINALS = [
    german_workbook(),
    xlsx_bytes(read_csv(HR_EXPORT).document.chart)[0],
    xlsx_bytes(load(ROOT / "samples" / "ecommerce-departments.en.json").chart)[0],
]


@settings(max_examples=150)
@given(mutated(ORIGINALS))
def test_xlsx_files_broken_byte_by_byte_give_a_chart_or_an_org_file_error(raw: bytes) -> None:
    result = outcome(lambda: parse_xlsx(raw, source="hr.xlsx"))
    if result is not None:
        result.document.chart.check()
        csv_bytes(result.document.chart)  # and it can be written again


@pytest.mark.parametrize("size", [10, 100, 1000, 5000])
def test_truncated_xlsx_files_give_an_org_file_error(size: int) -> None:
    assert outcome(lambda: parse_xlsx(ORIGINALS[1][:size], source="hr.xlsx")) is None


@st.composite
def rezipped(draw: st.DrawFn) -> bytes:
    """A workbook with one of its parts (the sheet, the workbook, styles, …) broken byte by
    byte and zipped again with valid checksums: what reaches openpyxl's XML parsing."""
    original = zipfile.ZipFile(io.BytesIO(draw(st.sampled_from(ORIGINALS))))
    names = original.namelist()
    broken = draw(st.sampled_from(names))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            data = original.read(name)
            archive.writestr(name, draw(mutated([data])) if name == broken else data)
    return out.getvalue()


@settings(max_examples=150)
@given(rezipped())
def test_workbooks_with_a_broken_part_give_a_chart_or_an_org_file_error(raw: bytes) -> None:
    result = outcome(lambda: parse_xlsx(raw, source="hr.xlsx"))
    if result is not None:
        result.document.chart.check()


def test_managers_given_by_name_in_a_workbook_are_found_and_said_by_row() -> None:
    raw = workbook(("Mitarbeiter", [["Personalnummer", "Stelle", "Name", "Vorgesetzter"],
                                    [1, "Geschäftsführung", "Erika Muster", None],
                                    [2, "Vertrieb", "Max Muster", "Erika Muster"],
                                    [3, "Einkauf", "Ina Muster", "erika  muster"]]))  # fmt: skip
    result = parse_xlsx(raw)
    chart = result.document.chart
    assert chart.manager_of("2") == "1" and chart.manager_of("3") == "1"
    assert [str(w) for w in result.warnings][1:] == [  # (after: no team column)
        "sheet 'Mitarbeiter', row 3, column Vorgesetzter: managers are given by name, not by id: '2' reports "
        "to the role held by 'Erika Muster' (row 2), and 1 more role likewise"
    ]
