"""A table without a manager or a team column is still imported, and says so: every role
at the top level, or all in one team, is rarely what an HR export meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart.cli import main
from orgchart.io import OrgFileError, parse_csv


def notes(text: str) -> list[str]:
    return [str(w) for w in parse_csv(text.encode()).warnings]


def test_no_manager_column_is_said_with_the_headers_that_would_be_one() -> None:
    result = parse_csv(b"ID;Stelle;Chef;Bereich\n1;CEO;;A\n2;CTO;1;A\n")
    assert [str(w) for w in result.warnings] == [
        "line 1: no manager column (expected one of manager_id, manager, parentId, reports_to, "
        "Vorgesetzte, Vorgesetzter): every role is at the top level, none reports to another; "
        "a column with another header can be chosen for it"
    ]
    chart = result.document.chart
    assert chart.manager_of("2") is None and dict(chart.role("2").custom) == {"Chef": "1"}


def test_choosing_the_column_for_the_manager_silences_it() -> None:
    result = parse_csv(b"ID;Stelle;Chef;Bereich\n1;CEO;;A\n2;CTO;1;A\n", columns={"Chef": "manager"})
    assert result.warnings == [] and result.document.chart.manager_of("2") == "1"


def test_no_team_column_is_said_too() -> None:
    assert notes("id,title,manager_id\n1,CEO,\n2,CTO,1\n") == [
        "line 1: no team column (expected one of team, department, area, Abteilung, division, Bereich, Geschäftsbereich, Unternehmensbereich): every "
        "role is in one team, 'Unassigned'; a column with another header can be chosen for it"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "id,title\n1,CEO\n",  # one role needs neither
        "id,title,manager_id,team\n1,CEO,,A\n2,CTO,1,A\n",
        "id,title,parentId,department\n1,CEO,,A\n2,CTO,1,B\n",  # a department is a team
    ],
)
def test_a_table_with_both_columns_or_one_role_has_no_such_note(text: str) -> None:
    assert notes(text) == []


def test_validate_shows_the_note_and_still_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("ID;Stelle;Chef;Bereich\n1;CEO;;A\n2;CTO;1;A\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert f"{path}: warning: line 1: no manager column" in err and "ok (1 team, 2 roles" in out


@pytest.mark.parametrize("delimiter", ["|", ":", "^"])
def test_a_header_split_by_another_character_says_which_and_what_is_read(delimiter: str) -> None:
    text = delimiter.join(["id", "title", "manager_id", "team"]) + "\n" + delimiter.join(["1", "CEO", "", "A"])
    with pytest.raises(OrgFileError) as raised:
        parse_csv(text.encode())
    message = str(raised.value)
    assert "line 1: the header is a single column (" in message
    assert f"this file seems to use {delimiter!r}" in message and "commas, semicolons or tabs" in message


@pytest.mark.parametrize("header", ["ident", "Stellen Nr.", "no_such_column"])
def test_a_single_column_without_another_delimiter_names_the_missing_column(header: str) -> None:
    with pytest.raises(OrgFileError, match="no id column: expected one of id"):
        parse_csv(f"{header}\n1\n".encode())


@pytest.mark.parametrize(
    "header", ["Mitarbeiter:in", "Mitarbeiter*in", "Stelle – Titel", "Position [Titel]", "Nr.:", "Gehalt €"]
)
def test_a_single_column_whose_name_holds_a_sign_is_not_taken_for_another_delimiter(header: str) -> None:
    with pytest.raises(OrgFileError, match="no id column: expected one of id"):
        parse_csv(f"{header}\n1\n".encode())


def test_the_message_names_the_one_named_column_wherever_it_stands() -> None:
    with pytest.raises(OrgFileError, match=r"single column \('id\|title\|manager_id'\).*use '\|'"):
        parse_csv(b",id|title|manager_id\n,1|CEO|\n")
