"""Excel export: the CSV writer's columns and rows in a workbook that reads back the same, a
bold frozen header, readable widths, FTE as a number, and no value ever turned into a formula."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from openpyxl import load_workbook

from orgchart.io import OrgFileError, parse_xlsx, read_csv, write_xlsx, xlsx_bytes
from orgchart.io.csv_writer import COLUMNS, csv_text
from orgchart.model import OrgChart, Role, Sourcing, Team
from tests.conftest import ROOT
from tests.io.test_csv_writer import team_names
from tests.strategies import charts

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"


@settings(max_examples=30)
@given(charts(max_teams=4, max_roles=10, park=True))
def test_a_chart_written_as_xlsx_keeps_roles_holders_managers_and_teams(chart: OrgChart) -> None:
    data, losses = xlsx_bytes(chart)
    back = parse_xlsx(data).document.chart
    back.check()
    assert set(back.role_ids()) == set(chart.role_ids())
    replaced = any(".xlsx files cannot hold" in loss for loss in losses)
    for role in chart.roles():
        again = back.role(role.id)
        assert again.title == role.title.strip().replace("\r", "\n") or replaced
        assert again.holder == (role.holder.strip() if role.holder else None) or replaced
        assert again.sourcing == role.sourcing
        assert again.fte == role.fte or (again.fte == pytest.approx(role.fte, rel=1e-14) and any("rounded" in loss for loss in losses))
        assert back.manager_of(role.id) == chart.manager_of(role.id)
        assert back.reports_of(role.id) == chart.reports_of(role.id)
        assert team_names(back, role.id) == team_names(chart, role.id)
    # the same losses as CSV's, but for the file's name and what only CSV cannot hold
    csv_losses = [loss.replace("the CSV", "the workbook") for loss in csv_text(chart)[1] if "CSV readers" not in loss]
    own = [loss for loss in losses if ".xlsx files cannot hold" in loss or "rounded to 15" in loss]
    assert [loss for loss in losses if loss not in own] == csv_losses


def test_the_hr_export_goes_round_exactly_and_fte_is_a_number() -> None:
    chart = read_csv(HR_EXPORT).document.chart
    data, losses = xlsx_bytes(chart)
    assert losses == []
    assert parse_xlsx(data).document.chart == chart
    sheet = load_workbook(io.BytesIO(data)).active
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    fte = [cell for cell in sheet["J"][1:]]
    assert {cell.data_type for cell in fte} == {"n"} and {cell.value for cell in fte} == {1}


def test_a_bold_frozen_header_with_a_filter_and_readable_widths(tmp_path: Path) -> None:
    chart = OrgChart("Organigramm: Stand [März]")
    chart.add_team(Team("t", "Geschäftsführung"))
    chart.add_role(Role("gf", "Geschäftsführerin und Sprecherin der Geschäftsleitung", holder="Erika Mustermann",
                        notes="x" * 500, fte=0.5, sourcing=Sourcing.FREELANCE, custom={"Raum": "1.02"}), "t")  # fmt: skip
    path = tmp_path / "plan.xlsx"
    assert write_xlsx(chart, path) == ["the workbook has no columns for the chart's name"]
    book = load_workbook(path)
    sheet = book.active
    assert sheet.title == "Organigramm Stand März"  # what Excel allows in a sheet's name
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:N2"
    assert all(cell.font.b for cell in sheet[1]) and not any(cell.font.b for cell in sheet[2])
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABFMN"}
    assert widths["B"] > widths["A"] and widths["M"] == 60 and 6 <= widths["N"] < 12
    assert sheet["J2"].value == 0.5 and sheet["I2"].value == "freelance" and sheet["N1"].value == "Raum"
    write_xlsx(chart, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]  # an export: no .bak
    with pytest.raises(OrgFileError, match="cannot be written"):
        write_xlsx(chart, tmp_path / "missing" / "plan.xlsx")


DANGEROUS = ['=HYPERLINK("http://x","y")', "+49 30 123", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"]


def test_no_value_becomes_a_formula() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "=1+1"))
    for i, text in enumerate(DANGEROUS):
        chart.add_role(Role(f"r{i}", text, holder=text, notes=text, custom={"Feld": text}), "t")
    data, _ = xlsx_bytes(chart)
    sheet = load_workbook(io.BytesIO(data)).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if isinstance(cell.value, str)]
    dangerous = [cell for cell in cells if cell.value[:1] in "=+-@"]
    assert len(dangerous) == 4 * len(DANGEROUS) + len(DANGEROUS)  # title, holder, notes, custom; the team
    assert {cell.data_type for cell in dangerous} == {"s"}  # text, not "f"
    assert all(cell.quotePrefix for cell in dangerous)  # and Excel keeps it text when it is edited
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    back = parse_xlsx(data).document.chart
    assert [back.role(f"r{i}").title for i in range(len(DANGEROUS))] == DANGEROUS
    assert back.team(back.team_of("r0")).name == "=1+1"


def test_what_an_xlsx_file_cannot_hold_is_named() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("a", "Bell\x07", holder="\uffffEva", notes="y" * 40_000), "t")
    data, losses = xlsx_bytes(chart)
    assert losses == [
        "2 characters that .xlsx files cannot hold (control characters) written as \ufffd",
        "1 cell cut to 32,767 characters, Excel's limit",
    ]
    role = parse_xlsx(data).document.chart.role("a")
    assert (role.title, role.holder, len(role.notes)) == ("Bell\ufffd", "\ufffdEva", 32_767)
