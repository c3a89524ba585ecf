"""CSV import (docs: product.md, "CSV"): other tools' files, teams made from the team and
department columns, every problem named by its physical line and column, the samples, and
files that go round."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from orgchart.io import CsvWarning, OrgFileError, document, load, parse_csv, read_csv
from orgchart.io.csv_columns import guard
from orgchart.model import OrgChart
from tests.io.csv_helpers import SAMPLE_CSV, SAMPLE_JSON, chart_of, imported, refused, summary, team_name
from tests.strategies import charts


# ------------------------------------------------------------- other tools' CSV conventions
def test_d3_org_chart_csv() -> None:
    result = imported(
        "name,imageUrl,area,profileUrl,office,tags,isLoggedUser,positionName,id,parentId,size\n"
        "Alex Example,https://example.com/a.png,Corporate,,CEO office,Ceo,false,Chief Executive Officer,O-1,,\n"
        "Sam Sample,,Corporate,,,,true,CTO,O-2,O-1,\n"
        ",,Technology,,,,false,Engineer,O-3,O-2,\n"
    )
    assert result.columns == {
        "holder": "name",
        "team": "area",
        "title": "positionName",
        "id": "id",
        "manager": "parentId",
    }
    chart = result.document.chart
    assert summary(chart) == {
        "O-1": ("Chief Executive Officer", None, "Corporate"),
        "O-2": ("CTO", "O-1", "Corporate"),
        "O-3": ("Engineer", "O-2", "Technology"),
    }
    assert chart.role("O-1").holder == "Alex Example"
    assert chart.role("O-3").holder is None
    assert dict(chart.role("O-1").custom) == {
        "imageUrl": "https://example.com/a.png",
        "office": "CEO office",
        "tags": "Ceo",
        "isLoggedUser": "false",
    }


DRAWIO = """\
## Org chart, as draw.io's Arrange > Insert > Advanced > CSV expects it
# label: %name%<br><i style="color:gray;">%position%</i>
# style: label;whiteSpace=wrap;html=1;rounded=1;fillColor=%fill%;
# connect: {"from": "reports_to", "to": "id", "invert": true, "label": "manages", \\
#          "style": "curved=1;endArrow=blockThin;endFill=1;"}
# layout: auto
## CSV starts under this line
id,name,position,reports_to,email,location,fill
ceo,Erika Example,CEO,,ceo@example.com,Office 1,#dae8fc
cto,,CTO,ceo,,Office 1,#d5e8d4
dev,,"Developer, Backend",cto,,Office 2,#d5e8d4
ext,,Designer,agency,,,#fff2cc
"""


def test_draw_io_style_csv_with_its_settings_lines() -> None:
    result = imported(DRAWIO)
    assert result.columns == {
        "id": "id",
        "holder": "name",
        "title": "position",
        "manager": "reports_to",
        "email": "email",
        "location": "location",
    }
    chart = result.document.chart
    assert summary(chart)["dev"] == ("Developer, Backend", "cto", "Unassigned")
    assert (chart.role("ceo").email, chart.role("ceo").location) == ("ceo@example.com", "Office 1")
    assert dict(chart.role("ceo").custom) == {"fill": "#dae8fc"}
    assert [str(w) for w in result.warnings] == [
        "line 8: no team column (expected one of team, department, area, Abteilung, division, Bereich, Geschäftsbereich, Unternehmensbereich): every role "
        "is in one team, 'Unassigned'; a column with another header can be chosen for it",
        "line 12, column reports_to: there is no role with the id 'agency' in the file; the role is placed at the top",
    ]


# ---------------------------------------------------------------------------------- teams
def test_without_a_team_column_every_role_is_unassigned() -> None:
    chart = chart_of("id,title,manager_id\n1,Chef,\n2,Lager,1\n")
    assert [t.name for t in chart.teams()] == ["Unassigned"]
    assert chart.team_ids() == ["team-unassigned"]


def test_an_empty_team_cell_joins_the_managers_team() -> None:
    chart = chart_of(
        "id,title,manager_id,team\n"
        "d,Entwicklerin,l,\n"  # her manager comes later and has no team either: the lead's
        "l,Teamleiter,c,\n"
        "c,CTO,,Technik\n"
        "x,Extern,nobody,\n"  # a missing manager: no team to join
        "s,Support,,\n"
    )
    assert {r: team_name(chart, r) for r in chart.role_ids()} == {
        "c": "Technik",
        "l": "Technik",
        "d": "Technik",
        "x": "Unassigned",
        "s": "Unassigned",
    }
    assert [t.name for t in chart.teams()] == ["Technik", "Unassigned"]  # order of first appearance


def test_teams_are_made_by_name_in_order_of_first_appearance_with_readable_ids() -> None:
    chart = chart_of(
        "id,title,team\n1,A,Marketing\n2,B,Finanzen & Verwaltung\n3,C, Marketing \n4,D,Geschäftsführung\n"
    )
    assert [(t.id, t.name) for t in chart.teams()] == [
        ("team-marketing", "Marketing"),
        ("team-finanzen-verwaltung", "Finanzen & Verwaltung"),
        ("team-geschaeftsfuehrung", "Geschäftsführung"),
    ]
    assert chart.members_of("team-marketing") == ["1", "3"]


def test_team_ids_never_take_a_role_id_from_the_file() -> None:
    chart = chart_of("id,title,team\nx,A,Sales\nteam-sales,B,Sales\n")
    assert chart.team_ids() == ["team-sales-2"]
    assert chart.members_of("team-sales-2") == ["x", "team-sales"]


def test_a_department_column_next_to_a_team_column_nests_the_team() -> None:
    result = imported(
        "id;Stelle;Vorgesetzter;Abteilung;Team\n"
        "cmo;Marketingleiter;;Marketing;\n"
        "seo;SEO-Spezialist;cmo;Marketing;Online\n"
        "cnt;Redakteur;cmo;Marketing;Inhalte\n"
        "cto;CTO;;Technik;Technik\n"  # a team named like its department is the department
        "be;Backend;cto;Technik;Online\n"  # the same team name in another department: another team
        "qa;QA;cto;;Qualität\n"  # a team without department stands at the top
        "sea;SEA;seo;Marketing;Online\n"
    )
    assert result.columns["department"] == "Abteilung"
    assert result.columns["team"] == "Team"
    chart = result.document.chart
    tree = [
        (chart.team(t).name, chart.parent_of(t) and chart.team(chart.parent_of(t) or "").name)
        for t in chart.team_ids()
    ]
    assert tree == [
        ("Marketing", None),
        ("Online", "Marketing"),
        ("Inhalte", "Marketing"),
        ("Technik", None),
        ("Online", "Technik"),
        ("Qualität", None),
    ]
    assert team_name(chart, "cmo") == "Marketing"
    assert team_name(chart, "cto") == "Technik"
    assert chart.team_of("seo") == chart.team_of("sea") != chart.team_of("be")
    chart.check()


# --------------------------------------------------------------------------------- errors
E = "id,title,manager_id\n"
ERRORS = [
    (
        E + "a,Datenanalyst,b\nb,Finanzanalyst,a\n",
        "line 3, column manager_id",
        "Finanzanalyst cannot report to Datenanalyst: Datenanalyst already reports to Finanzanalyst",
    ),
    (
        E + "a,A,c\nb,B,a\nc,C,b\n",
        "line 4, column manager_id",
        "C cannot report to B: B already reports to C (via A)",
    ),
    (E + "a,Chef,a\n", "line 2, column manager_id", "Chef cannot report to itself"),
    (E + "a,A,\nb,B,a\na,C,\n", "line 4, column id", "the id 'a' is already used on line 2"),
    ("ID,title\na,A\n,B\n", "line 3, column ID", "this row has no id; every role needs one"),
    ("employee_id,title\n  ,B\n", "line 2, column employee_id", "this row has no id"),
    ('id,title\n"a\nb",A\n', "line 2, column id", "'a\\nb' is not a valid id"),
    ("id,title\na,\n", "line 2, column title", "the title is empty; every role needs one"),
    (
        "id,title,team,manager_id,fte\na,A,T,,1\nb,B,T,a,\nc,C,T,a,0.5\nd,D,T,a,abc\n",
        "line 5, column fte",
        "'abc' is not a number",
    ),
    ("id,title,FTE\na,A,-1\n", "line 2, column FTE", "'-1' is negative; an FTE must be 0 or more"),
    ("id,title,FTE\na,A,1.2.3\n", "line 2, column FTE", "'1.2.3' is not a number"),
    ("id,title,FTE\na,A,1e999\n", "line 2, column FTE", "'1e999' is too large a number"),
    ("id,title,FTE\na,A,nan\n", "line 2, column FTE", "'nan' is not a number"),
    (
        "id,title,Sourcing\na,A,manchmal\n",
        "line 2, column Sourcing",
        "'manchmal' is not a kind of sourcing: use in-house, outsourced or freelance",
    ),
    (E + "a,A,\nb,B,a,extra\n", "line 3", "this row has 4 cells, but the header has 3 columns"),
    ("id;title\na;A;x\n", "line 2", "does a cell with a semicolon in it need quotes?"),
    (
        "id,name,manager\n1,A,\n",
        "line 1",
        "no title column: expected one of title, position, positionName, job_title, Titel, Stelle",
    ),
    ("\n\nStelle,Vorgesetzter\nA,\n", "line 3", "no id column: expected one of id, role_id, employee_id"),
    ("id,title,Raum,Raum\n", "line 1, column Raum", "the column 'Raum' appears twice (columns 3 and 4)"),
    ('id,title\na,"A\nb,B\n', "line 2", "a quoted cell that starts in this row is never closed"),
    ('id,title\na,"A"x\n', "line 2", 'a quoted cell must end with " right before the next comma'),
    ("", "", "the file is empty"),
    (" \r\n\n", "", "the file is empty"),
    ("## only settings\n# label: %name%\n", "", "the file has no header row"),
    ("id,title\na,A\x00\n", "line 2", "NUL characters"),
]


@pytest.mark.parametrize(("text", "where", "what"), ERRORS)
def test_bad_csv_gives_one_error_naming_line_and_column(text: str, where: str, what: str) -> None:
    error = refused(text)
    assert error.where == where
    assert what in error.what
    assert str(error) == (f"hr.csv: {where}: {error.what}" if where else f"hr.csv: {error.what}")


def test_a_missing_manager_is_a_warning_and_a_top_level_role() -> None:
    result = imported("id,title,reports_to,team\n1,Chef,,GF\n\n2,Lager,  99 ,Ops\n")
    chart = result.document.chart
    assert chart.manager_of("2") is None
    assert chart.top_roles(chart.team_of("2")) == ["2"]
    warning = result.warnings[0]
    assert (warning.line, warning.column) == (4, "reports_to")
    assert str(warning) == (
        "line 4, column reports_to: there is no role with the id '99' in the file; the role is placed at the top"
    )
    assert str(CsvWarning(3, None, "x")) == "line 3: x"


def test_a_header_without_rows_gives_an_empty_chart_and_a_warning() -> None:
    result = imported("id,title\n")
    assert result.document.chart.role_count == 0
    assert [str(w) for w in result.warnings] == ["line 1: the file has a header but no roles"]


# ---------------------------------------------------------------------------------- files
def test_read_csv_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"id,title\n1,A\n1,B\n")
    with pytest.raises(OrgFileError) as caught:
        read_csv(path)
    assert str(caught.value) == f"{path}: line 3, column id: the id '1' is already used on line 2"


def test_files_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OrgFileError, match="missing.csv: the file cannot be read: No such file"):
        read_csv(tmp_path / "missing.csv")
    with pytest.raises(OrgFileError, match="this is a folder"):
        read_csv(tmp_path)
    big = tmp_path / "big.csv"
    big.write_text("id,title\n" + "a,A\n" * 1000)
    monkeypatch.setattr(document, "MAX_FILE_BYTES", 1024)
    with pytest.raises(OrgFileError, match="of at most 0 MB"):
        read_csv(big)
    with pytest.raises(OrgFileError, match="of at most 0 MB"):
        parse_csv(big.read_bytes())


def test_the_german_hr_export_sample_matches_the_json_sample() -> None:
    raw = SAMPLE_CSV.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # it is what German Excel writes: Windows-1252, semicolons
    result = read_csv(SAMPLE_CSV)
    assert (result.encoding, result.delimiter, result.warnings) == ("cp1252", ";", [])
    assert result.columns == {
        "id": "ID",
        "title": "Stelle",
        "manager": "Vorgesetzter",
        "team": "Abteilung",
        "holder": "Name",
        "fte": "FTE",
        "sourcing": "Sourcing",
    }
    chart, expected = result.document.chart, load(SAMPLE_JSON).chart
    chart.check()
    assert (chart.role_count, chart.team_count) == (21, 5)
    assert summary(chart) == summary(expected)
    assert chart.role_ids() == expected.role_ids()
    assert [t.name for t in chart.teams()] == [t.name for t in expected.teams()]
    assert [r.sourcing for r in chart.roles()] == [r.sourcing for r in expected.roles()]
    holders = {r.holder for r in chart.roles()}
    assert holders == {None, "Erika Mustermann", "Max Mustermann"}  # placeholders, no real people


# ------------------------------------------------------------------------------ properties
def write_csv(chart: OrgChart, delimiter: str) -> str:
    """The small writer of this test: canonical columns, rows in reading order, formula-like
    values guarded as the CSV writer does."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["id", "title", "manager_id", "team", "name", "fte"])
    for role in chart.roles():
        manager = chart.manager_of(role.id) or ""
        team = chart.team(chart.team_of(role.id)).name
        cells = [role.id, role.title, manager, team, role.holder or "", str(role.fte)]
        writer.writerow([guard(cell) for cell in cells])  # the reader takes a guard's ' off
    return out.getvalue()


@settings(max_examples=100)
@given(charts(max_links=0), st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig"]))
def test_a_chart_written_as_csv_reads_back_the_same(chart: OrgChart, delimiter: str, encoding: str) -> None:
    names = [t.name.strip() for t in chart.teams()]
    assume(len(set(names)) == len(names))  # CSV knows teams only by name
    result = parse_csv(write_csv(chart, delimiter).encode(encoding))
    back = result.document.chart
    back.check()
    assert result.warnings == (
        [] if chart.role_count else [CsvWarning(1, None, "the file has a header but no roles")]
    )
    assert set(back.role_ids()) == set(chart.role_ids())
    for role in chart.roles():
        again = back.role(role.id)
        assert again.title == role.title.strip()
        assert again.holder == (role.holder.strip() if role.holder else None)
        assert again.fte == role.fte
        assert back.manager_of(role.id) == chart.manager_of(role.id)
        assert team_name(back, role.id) == team_name(chart, role.id).strip()
        assert back.reports_of(role.id) == chart.reports_of(role.id)
    for team_id in chart.team_ids():
        if chart.members_of(team_id):
            same = [t for t in back.team_ids() if back.team(t).name == chart.team(team_id).name.strip()]
            assert back.top_roles(same[0]) == chart.top_roles(team_id)


HEADER = "id;title;manager_id;team;fte;sourcing\n"


@settings(max_examples=300)
@given(
    st.binary(max_size=300)
    | st.text(max_size=300).map(lambda s: (HEADER + s).encode("utf-8"))
    | st.lists(
        st.lists(
            st.sampled_from(["a", "b", "c", "", " ", "T", "0,5", "x", '"', "\n", ";", "intern", "team-t"]),
            max_size=7,
        ).map(";".join),
        max_size=8,
    ).map(lambda rows: (HEADER + "\n".join(rows)).encode("cp1252"))
)
def test_any_bytes_give_a_chart_or_an_org_file_error(raw: bytes) -> None:
    try:
        result = parse_csv(raw)
    except OrgFileError as error:
        assert error.what
    else:
        result.document.chart.check()
        assert all(isinstance(w, CsvWarning) and w.message for w in result.warnings)


def test_csv_files_are_opened_with_the_same_care_as_json(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(OrgFileError, match="not a regular file"):
        read_csv(fifo)
    with pytest.raises(OrgFileError, match="no file name was given"):
        read_csv("")


def test_managers_given_by_the_holders_name_are_found_with_one_warning() -> None:
    # HR exports often name the manager ("Reports To: Alice Smith"), not the manager's id:
    # every role was placed at the top, the hierarchy lost.
    result = imported(
        "Employee ID,Name,Title,Manager,Department\n"
        "E1,Alice Smith,CEO,,Management\n"
        "E2,Bob Jones,CTO,Alice Smith,Tech\n"
        "E3,Carol White,Developer,bob  jones,Tech\n"  # case and spaces as typed
        "E4,Dan Brown,Developer,E2,Tech\n"  # an id, in the same file
        "E5,Eve Black,Intern,Nobody Here,Tech\n"
        "E6,Bob Jones,Tester,Bob Jones,Tech\n"
        "E7,Fay Green,Tester,Bob Jones,Tech\n"
    )
    chart = result.document.chart
    assert chart.manager_of("E2") == "E1" and chart.manager_of("E4") == "E2"
    assert chart.manager_of("E5") is None
    # two people named Bob Jones: not guessed (E3 came before E6 was read, but still two)
    assert chart.manager_of("E3") is None and chart.manager_of("E7") is None
    assert [str(w) for w in result.warnings] == [  # by line
        "line 3, column Manager: managers are given by name, not by id: 'E2' reports to the role held "
        "by 'Alice Smith' (line 2)",
        "line 4, column Manager: there is no role with the id 'bob  jones' in the file, and 2 roles are "
        "held by someone of that name (lines 3, 7); the role is placed at the top",
        "line 6, column Manager: there is no role with the id 'Nobody Here' in the file; the role is "
        "placed at the top",
        "line 7, column Manager: there is no role with the id 'Bob Jones' in the file, and 2 roles are "
        "held by someone of that name (lines 3, 7); the role is placed at the top",
        "line 8, column Manager: there is no role with the id 'Bob Jones' in the file, and 2 roles are "
        "held by someone of that name (lines 3, 7); the role is placed at the top",
    ]


def test_a_role_is_never_its_own_manager_by_name() -> None:
    chart = chart_of("id,title,name,manager\na,A,Ann,\nb,B,Bea,Bea\n")
    assert chart.manager_of("b") is None
