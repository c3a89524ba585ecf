"""German HR exports often name three levels: Bereich (division) holds Abteilungen, which
hold teams. Each team column a file has nests inside the one outside it; the innermost names
the role's team (alone, any of them does: `Bereich` is a team column of product.md)."""

from __future__ import annotations

import pytest

from orgchart.io import parse_csv
from orgchart.io.csv_columns import team_fields, team_key
from orgchart.model import OrgChart


def imported(text: str) -> OrgChart:
    result = parse_csv(text.encode("utf-8"), source="hr.csv")
    assert result.warnings == [], [str(w) for w in result.warnings]
    return result.document.chart


def path(chart: OrgChart, role_id: str) -> list[str]:
    """The names of the role's team and the teams around it, outermost first."""
    names = []
    team: str | None = chart.team_of(role_id)
    while team is not None:
        names.append(chart.team(team).name)
        team = chart.parent_of(team)
    return names[::-1]


def test_bereich_abteilung_and_team_nest_three_deep() -> None:
    chart = imported(
        "ID;Stelle;Vorgesetzter;Bereich;Abteilung;Team\n"
        "1;Vorstand Vertrieb;;Vertrieb;;\n"
        "2;Leitung Innendienst;1;Vertrieb;Innendienst;\n"
        "3;Sachbearbeitung;2;Vertrieb;Innendienst;Auftragsannahme\n"
        "4;Leitung Außendienst;1;Vertrieb;Außendienst;Außendienst\n"  # a team named like its Abteilung
        "5;Controlling;;Finanzen;;Controlling\n"
    )
    assert path(chart, "1") == ["Vertrieb"]
    assert path(chart, "2") == ["Vertrieb", "Innendienst"]
    assert path(chart, "3") == ["Vertrieb", "Innendienst", "Auftragsannahme"]
    assert path(chart, "4") == ["Vertrieb", "Außendienst"]
    assert path(chart, "5") == ["Finanzen", "Controlling"]
    assert len(chart.team_ids()) == 6  # Vertrieb, Innendienst, Auftragsannahme, Außendienst, Finanzen, Controlling
    assert all(not chart.role(r).custom for r in chart.role_ids())


def test_abteilung_and_bereich_together_nest_instead_of_one_becoming_a_custom_field() -> None:
    # The column order does not matter: a Bereich holds Abteilungen.
    chart = imported("ID;Stelle;Vorgesetzter;Abteilung;Bereich\n1;Leitung;;Einkauf;Betrieb\n2;Einkäufer;1;Einkauf;Betrieb\n")
    assert path(chart, "2") == ["Betrieb", "Einkauf"]
    assert not chart.role("2").custom


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("id,title,manager_id,Bereich", ["Vertrieb"]),  # alone: the role's team
        ("id,title,manager_id,Bereich,team", ["Vertrieb", "Innendienst"]),
        ("id,title,manager_id,division,department", ["Vertrieb", "Innendienst"]),
    ],
)
def test_any_team_column_alone_or_with_others(header: str, expected: list[str]) -> None:
    cells = {"Bereich": "Vertrieb", "division": "Vertrieb", "team": "Innendienst", "department": "Innendienst"}
    columns = header.split(",")
    row = ["1", "Leitung", "", *(cells[c] for c in columns[3:])]
    chart = imported(f"{header}\n{','.join(row)}\n")
    assert path(chart, "1") == expected


def test_each_level_knows_its_column_for_messages_about_it() -> None:
    assert team_key("Auftragsannahme", "Innendienst", "Vertrieb") == ("Vertrieb", "Innendienst", "Auftragsannahme")
    assert team_fields("Auftragsannahme", "Innendienst", "Vertrieb") == ("division", "department", "team")
    assert team_fields("Innendienst", "", "Vertrieb") == ("division", "team")
    # a team named like the level it is in is that level
    assert team_key("Außendienst", "Außendienst", "Vertrieb") == ("Vertrieb", "Außendienst")
    assert team_fields("Außendienst", "Außendienst", "Vertrieb") == ("division", "department")
    assert team_key("", "", "") == () and team_fields("", "", "") == ()


def test_three_levels_go_round_through_csv_and_excel_exactly() -> None:
    from orgchart.io.csv_writer import COLUMNS, csv_bytes, csv_text
    from orgchart.io.xlsx_reader import parse_xlsx
    from orgchart.io.xlsx_writer import xlsx_bytes

    chart = imported(
        "ID;Stelle;Vorgesetzter;Bereich;Abteilung;Team\n"
        "1;Vorstand Vertrieb;;Vertrieb;;\n"
        "2;Leitung Innendienst;1;Vertrieb;Innendienst;\n"
        "3;Sachbearbeitung;2;Vertrieb;Innendienst;Auftragsannahme\n"
        "5;Controlling;;Finanzen;;Controlling\n"
    )
    text, losses = csv_text(chart)
    assert losses == []
    assert text.splitlines()[0].lstrip("\ufeff").split(",")[:6] == [*COLUMNS[:3], "division", "department", "team"]
    again = parse_csv(csv_bytes(chart)[0]).document.chart
    assert again == chart and path(again, "3") == ["Vertrieb", "Innendienst", "Auftragsannahme"]
    data, losses = xlsx_bytes(chart)
    assert losses == []
    back = parse_xlsx(data).document.chart
    assert back == chart
    # a chart two levels deep is written as before, without the column
    flat = imported("id,title,manager_id,department,team\n1,Boss,,Sales,\n2,Rep,1,Sales,Inside\n")
    assert "division" not in csv_text(flat)[0].splitlines()[0]
