"""Columns whose field the user chose (``--columns title=Stelle``, the import preview): they
override the aliases, the column the aliases would have taken becomes a custom field, and a
choice the file cannot meet is refused with the columns it has."""

from __future__ import annotations

import pytest

from orgchart.io import OrgFileError, parse_csv
from orgchart.io.csv_columns import CUSTOM, LEAVE_OUT, column_fields

UNUSUAL = "Nr;Job;Chef;Bereich;Kostenstelle\n1;CEO;;GF;100\n2;CTO;1;Technik;200\n"


def test_chosen_columns_name_fields_the_aliases_do_not_know() -> None:
    result = parse_csv(UNUSUAL.encode(), columns={"Nr": "id", "Job": "title", "Chef": "manager"})
    assert result.columns == {"id": "Nr", "title": "Job", "manager": "Chef", "team": "Bereich"}
    chart = result.document.chart
    assert chart.manager_of("2") == "1" and chart.role("2").title == "CTO"
    assert dict(chart.role("2").custom) == {"Kostenstelle": "200"}


def test_a_chosen_column_takes_the_field_from_the_alias_column_which_stays_a_custom_field() -> None:
    text = "id,title,Kurztitel\na,Geschäftsführerin,GF\n"
    result = parse_csv(text.encode(), columns={"Kurztitel": "title"})
    role = result.document.chart.role("a")
    assert (role.title, dict(role.custom)) == ("GF", {"title": "Geschäftsführerin"})
    assert result.warnings == []  # the user's choice: nothing to warn about


def test_custom_and_leave_out() -> None:
    text = "id,title,name,Geburtsdatum\na,A,Erika,1970-01-01\n"
    chart = parse_csv(text.encode(), columns={"name": CUSTOM, "Geburtsdatum": LEAVE_OUT}).document.chart
    role = chart.role("a")
    assert role.holder is None and dict(role.custom) == {"name": "Erika"}  # the birthday is not kept


def test_chosen_headers_match_like_aliases_ignoring_case_and_spaces() -> None:
    chart = parse_csv(UNUSUAL.encode(), columns={" nr ": "id", "JOB": "title"}).document.chart
    assert chart.role_ids() == ["1", "2"]


@pytest.mark.parametrize(
    ("columns", "what"),
    [
        ({"Stelle": "title"}, "there is no column 'Stelle' for the title; the columns are 'Nr', 'Job', 'Chef', 'Bereich', 'Kostenstelle'"),
        ({"Nr": "id", "Job": "title", "Chef": "titel"}, "'titel' is not a field: use one of id, title, manager, team"),
        ({"Nr": "id", "Job": "title", "Chef": "title"}, "the title is chosen from two columns, 'Job' and 'Chef'"),
        ({"Nr": "id"}, "no title column"),
    ],
)  # fmt: skip
def test_a_choice_the_file_cannot_meet_is_refused_on_the_header_line(columns: dict[str, str], what: str) -> None:
    with pytest.raises(OrgFileError) as caught:
        parse_csv(UNUSUAL.encode(), source="hr.csv", columns=columns)
    assert caught.value.where == "line 1" and what in caught.value.what


def test_column_fields_says_what_each_column_holds_without_refusing() -> None:
    header = ["ID", "Stelle", "Vorgesetzter", "Abteilung", "", "Stelle (alt)", "Position"]
    assert column_fields(header) == ["id", "title", "manager", "team", "", CUSTOM, CUSTOM]
    assert column_fields(["Nr", "Job"]) == [CUSTOM, CUSTOM]  # no id, no title: still an answer
    assert column_fields(header, {"Position": "title", "ID": LEAVE_OUT}) == [
        LEAVE_OUT, CUSTOM, "manager", "team", "", CUSTOM, "title"]  # fmt: skip
