"""CSV import (docs: product.md, "CSV"): one row per role, columns found by their aliases,
delimiters and encodings detected, cells read as HR exports and spreadsheets write them."""

from __future__ import annotations

import csv
import io

import pytest

from orgchart.io import CsvWarning, parse_csv
from orgchart.model import Sourcing
from tests.io.csv_helpers import chart_of, imported, refused, summary

# ------------------------------------------------------------------------------- columns
# The aliases of product.md, written out here so that the test is the specification.
ALIASES = {
    "id": ["id", "role_id", "employee_id"],
    "title": ["title", "position", "positionName", "job_title", "Titel", "Position", "Stelle"],
    "manager": [
        "manager_id",
        "manager",
        "parentId",
        "parent_id",
        "reports_to",
        "Vorgesetzte",
        "Vorgesetzter",
    ],
    "team": ["team", "department", "area", "Abteilung", "Team", "Bereich"],
    "holder": ["name", "holder", "Name"],
}
CANONICAL = {"id": "id", "title": "title", "manager": "manager_id", "team": "team", "holder": "name"}
ROWS = ["boss,Geschäftsführung,,Leitung,Erika Example", "ops,Betriebsleiter,boss,Betrieb,"]


@pytest.mark.parametrize(
    ("field", "alias"), [(field, alias) for field, aliases in ALIASES.items() for alias in aliases]
)
def test_every_alias_names_its_field(field: str, alias: str) -> None:
    header = ",".join(alias if f == field else CANONICAL[f] for f in CANONICAL)
    result = imported("\n".join([header, *ROWS]) + "\n")
    assert result.columns == {**CANONICAL, field: alias}
    chart = result.document.chart
    assert summary(chart) == {
        "boss": ("Geschäftsführung", None, "Leitung"),
        "ops": ("Betriebsleiter", "boss", "Betrieb"),
    }
    assert chart.role("boss").holder == "Erika Example"
    assert chart.role("ops").holder is None  # an empty name: the role is vacant


@pytest.mark.parametrize(
    ("header", "field"),
    [
        (" Job Title ", "title"),
        ("JOB-TITLE", "title"),
        ("Reports To", "manager"),
        ("parent id", "manager"),
        ("MANAGER_ID", "manager"),
        ("Employee-ID", "id"),
        ("E-Mail", "email"),
        ("position name", "title"),
    ],
)
def test_headers_match_ignoring_case_spaces_hyphens_and_underscores(header: str, field: str) -> None:
    header_row = {"id": "id", "title": "title", field: header}
    result = imported(",".join(header_row.values()) + "\n" + ",".join(["a", "A", "x"][: len(header_row)]))
    assert result.columns[field] == header.strip()


def test_optional_columns_fill_the_role() -> None:
    chart = chart_of(
        "id;title;responsibilities;skills;sourcing;fte;email;location;notes\n"
        'seo;SEO-Spezialist;"Website optimieren; In Suchergebnissen erscheinen";"Analytics;  ;SEO ";'
        "freelance;0,5;seo@example.com;Berlin;Teilzeit\n"
        "dev;Webentwickler;;;;;;;\n"
    )
    seo = chart.role("seo")
    assert seo.responsibilities == ("Website optimieren", "In Suchergebnissen erscheinen")
    assert seo.skills == ("Analytics", "SEO")
    assert (seo.sourcing, seo.fte, seo.email, seo.location, seo.notes) == (
        Sourcing.FREELANCE,
        0.5,
        "seo@example.com",
        "Berlin",
        "Teilzeit",
    )
    dev = chart.role("dev")  # empty cells: the model's defaults
    assert (dev.responsibilities, dev.sourcing, dev.fte, dev.email) == ((), Sourcing.IN_HOUSE, 1.0, "")


def test_a_list_cell_may_hold_one_item_per_line() -> None:
    chart = chart_of('id,title,responsibilities\nqa,QA-Tester,"Fehler finden\nLeistung prüfen"\n')
    assert chart.role("qa").responsibilities == ("Fehler finden", "Leistung prüfen")


@pytest.mark.parametrize(
    ("cell", "sourcing"),
    [
        ("in-house", Sourcing.IN_HOUSE),
        ("Inhouse", Sourcing.IN_HOUSE),
        ("intern", Sourcing.IN_HOUSE),
        ("In House", Sourcing.IN_HOUSE),
        ("internal", Sourcing.IN_HOUSE),
        ("outsourced", Sourcing.OUTSOURCED),
        ("extern", Sourcing.OUTSOURCED),
        ("Ausgelagert", Sourcing.OUTSOURCED),
        ("external", Sourcing.OUTSOURCED),
        ("freelance", Sourcing.FREELANCE),
        ("Freelancer", Sourcing.FREELANCE),
        ("freiberuflich", Sourcing.FREELANCE),
        ("contractor", Sourcing.FREELANCE),
        ("", Sourcing.IN_HOUSE),
    ],
)
def test_sourcing_words(cell: str, sourcing: Sourcing) -> None:
    assert chart_of(f"id,title,sourcing\na,A,{cell}\n").role("a").sourcing is sourcing


@pytest.mark.parametrize(
    ("cell", "fte"),
    [("1", 1.0), ("0.5", 0.5), ("0,5", 0.5), (" 0,75 ", 0.75), (",5", 0.5), ("2.", 2.0), ("5e-1", 0.5)],
)
def test_fte_takes_decimal_points_and_german_decimal_commas(cell: str, fte: float) -> None:
    assert chart_of(f'id;title;fte\na;A;"{cell}"\n').role("a").fte == fte


def test_unknown_columns_are_kept_as_custom_fields_as_they_came() -> None:
    chart = chart_of('id,title, Kostenstelle ,Eintritt,Raum\na,A,4711 ,2021-04-01,\nb,B,,,\nc,C,"  7",,\n')
    assert dict(chart.role("a").custom) == {
        "Kostenstelle": "4711 ",
        "Eintritt": "2021-04-01",
    }  # text, not numbers
    assert dict(chart.role("c").custom) == {"Kostenstelle": "  7"}
    assert dict(chart.role("b").custom) == {}  # empty cells are left out


def test_spaces_after_a_delimiter_are_skipped_so_hand_written_quotes_work() -> None:
    chart = chart_of('id, title, notes\n1, "Chef, Leitung", "a, b"\n')
    assert (chart.role("1").title, chart.role("1").notes) == ("Chef, Leitung", "a, b")


def test_a_second_column_for_the_same_field_is_kept_as_custom_with_a_warning() -> None:
    result = imported("id,title,position\na,Analyst,Senior\n")
    assert result.columns == {"id": "id", "title": "title"}
    assert dict(result.document.chart.role("a").custom) == {"position": "Senior"}
    assert result.warnings == [
        CsvWarning(1, "position", "'title' is already the title column; this one is kept as a custom field")
    ]


def test_cells_under_a_column_without_header_are_ignored_with_a_warning() -> None:
    result = imported("id,title,manager_id,team,\na,A,,T,\nb,B,a,T,stray\nc,C,a,T,more\n")
    assert dict(result.document.chart.role("b").custom) == {}
    assert [str(w) for w in result.warnings] == ["line 3: column 5 has no header; its cells are ignored"]


# ---------------------------------------------------------------------------- delimiters
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_detected(delimiter: str) -> None:
    rows = [["id", "title", "manager_id", "notes"], ["a", "Chef", "", "x, y; z"], ["b", "Lager", "a", "q\tr"]]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    result = imported(out.getvalue())
    assert result.delimiter == delimiter
    assert summary(result.document.chart) == {
        "a": ("Chef", None, "Unassigned"),
        "b": ("Lager", "a", "Unassigned"),
    }
    assert result.document.chart.role("a").notes == "x, y; z"


def test_delimiters_inside_quoted_headers_do_not_count() -> None:
    result = imported('id;title;"Kosten, Stelle, Nummer";"a,b,c"\n1;Chef;4711;x\n')
    assert result.delimiter == ";"
    assert dict(result.document.chart.role("1").custom) == {"Kosten, Stelle, Nummer": "4711", "a,b,c": "x"}


def test_an_excel_sep_line_names_the_delimiter() -> None:
    text = "id;title;a,b,c,d\n1;Chef;x\n"  # more commas than semicolons in the header
    assert "no id column" in refused(text).what
    result = imported("sep=;\n" + text)
    assert result.delimiter == ";"
    assert dict(result.document.chart.role("1").custom) == {"a,b,c,d": "x"}
    assert chart_of("sep=;\nid;title\n1;A\n").role("1").title == "A"
    assert refused("sep=;\nid;title\n1;A;x\n").where == "line 3"  # the sep line counts


# ----------------------------------------------------------------------------- encodings
TEXT_DE = (
    "id;Stelle;Abteilung;Vorgesetzter\n"
    "gf;Geschäftsführer;Geschäftsführung;\n"
    "bl;Betriebsleiter für Übersee;Geschäftsführung;gf\n"
)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT_DE.encode("utf-8"), "utf-8"),
        (TEXT_DE.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT_DE.encode("cp1252"), "cp1252"),
        (TEXT_DE.replace("\n", "\r\n").encode("cp1252"), "cp1252"),
        (TEXT_DE.encode("utf-16"), "utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "cp1252-crlf", "utf-16-bom"],
)
def test_encodings_and_umlauts_survive(raw: bytes, encoding: str) -> None:
    result = parse_csv(raw)
    assert result.encoding == encoding
    assert result.columns["id"] == "id"  # a BOM is not part of the first header
    chart = result.document.chart
    assert [t.name for t in chart.teams()] == ["Geschäftsführung"]
    assert chart.role("bl").title == "Betriebsleiter für Übersee"
    assert chart.team_ids() == ["team-geschaeftsfuehrung"]
    assert result.warnings == []  # a plain Windows-1252 file is normal, not a problem


def test_a_file_mixing_utf8_and_windows_1252_rows_is_read_with_a_warning() -> None:
    raw = "id;title;manager_id;team\n1;Geschäftsführung;;A\n".encode() + "2;Bürokraft;1;A\n".encode("cp1252")
    result = parse_csv(raw)
    assert result.encoding == "cp1252"
    assert result.document.chart.role("2").title == "Bürokraft"
    (warning,) = result.warnings
    assert warning.line == 3  # the first byte that is not UTF-8
    assert "mixes two encodings" in warning.message and "line 2 is UTF-8 text" in warning.message


@pytest.mark.parametrize("title", ["Responsable «Qualité»", "Chef voilà…", "Geschäftsführer"])
def test_plain_windows_1252_text_is_not_taken_for_mixed_encodings(title: str) -> None:
    result = parse_csv(f"id;title\nq;{title}\n".encode("cp1252"))
    assert result.encoding == "cp1252" and result.warnings == []
    assert result.document.chart.role("q").title == title


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_named() -> None:
    error = refused(b"id,title\n1,A\x81\n")
    assert error.where == "line 2, column 4"
    assert "not UTF-8 or Windows-1252 text (byte 12 is 0x81)" in error.what


def test_a_utf8_bom_with_broken_utf8_after_it_is_an_error() -> None:
    error = refused(b"\xef\xbb\xbfid,title\n1,Gesch\xe4ft\n")
    assert error.where == "line 2, column 8"
    assert "not UTF-8 text, as its first bytes say" in error.what


# ---------------------------------------------------------------- quoting and line numbers
QUOTED = (
    "id,title,manager_id,notes\n"  # line 1
    '1,"Chef, Geschäftsführung",,"Zeile eins\n'  # line 2
    "Zeile zwei, mit Komma\n"  # line 3
    'Zeile drei"\n'  # line 4
    '2,Lager,1,"ein ""zitiertes"" Wort"\n'  # line 5
    '3,"Versand\nund Retouren",nobody,\n'  # lines 6-7
    "4,Einkauf,1,\n"  # line 8
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quoted_cells_hold_line_breaks_delimiters_and_quotes(newline: str) -> None:
    result = imported(QUOTED.replace("\n", newline))
    chart = result.document.chart
    assert chart.role("1").title == "Chef, Geschäftsführung"
    assert chart.role("1").notes == "Zeile eins\nZeile zwei, mit Komma\nZeile drei"  # always \n inside
    assert chart.role("2").notes == 'ein "zitiertes" Wort'
    assert chart.role("3").title == "Versand\nund Retouren"
    # the row's first line; and the note that, without a team column, all are in one team
    assert [(w.line, w.column) for w in result.warnings] == [(1, None), (6, "manager_id")]


def test_line_numbers_after_multi_line_cells_are_physical_lines() -> None:
    error = refused(QUOTED + "2,Doppelt,1,\n")
    assert (error.where, error.what) == ("line 9, column id", "the id '2' is already used on line 5")
    assert refused(QUOTED + "\n\n5,Fünf,1,x,y\n").where == "line 11"


def test_empty_rows_are_skipped_and_short_rows_are_padded() -> None:
    result = imported("\n\nid,title,manager_id,team\n\n1,Chef\n,,,\n   \n2,Lager,1\n3,Einkauf,nobody,\n")
    assert summary(result.document.chart) == {
        "1": ("Chef", None, "Unassigned"),
        "2": ("Lager", "1", "Unassigned"),
        "3": ("Einkauf", None, "Unassigned"),
    }
    assert [w.line for w in result.warnings] == [9]


def test_trailing_empty_cells_beyond_the_header_are_harmless() -> None:
    assert chart_of("id;title\n1;Chef;;\n").role("1").title == "Chef"


def test_sibling_order_follows_row_order() -> None:
    chart = chart_of("id,title,manager_id,team\nc,C,m,T\na,A,m,T\nm,M,,T\nb,B,m,T\nz,Z,,T\n")
    assert chart.reports_of("m") == ["c", "a", "b"]
    assert chart.top_roles(chart.team_of("m")) == ["m", "z"]
