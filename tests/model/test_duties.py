"""Who does what: rows are responsibilities (each once), columns the team's roles, marks where
a role holds one; a team's matrix takes its sub-teams' roles and leaves parked ones out."""

from __future__ import annotations

import pytest

from orgchart.model import OrgChart, Role, Team, UnknownIdError
from orgchart.model.duties import responsibility_matrix


def _chart() -> OrgChart:
    chart = OrgChart("Shop")
    chart.add_team(Team("mkt", "Marketing"))
    chart.add_team(Team("content", "Content"), "mkt")
    chart.add_team(Team("it", "IT"))
    chart.add_role(Role("lead", "Marketing manager", "Ada", responsibilities=("Strategy", "Budget")), "mkt")
    chart.add_role(Role("seo", "SEO", responsibilities=(" budget ", "Search ranking")), "mkt", "lead")
    chart.add_role(Role("writer", "Writer", "Lin", responsibilities=("Product texts",)), "content", "lead")
    chart.add_role(Role("writer2", "Writer", "Kim"), "content", "lead")
    chart.add_role(Role("dev", "Developer", responsibilities=("Shop software",)), "it")
    chart.add_role(Role("later", "Trainee", responsibilities=("Coffee",)), "mkt")
    chart.park("later")
    return chart


def test_rows_columns_and_marks_of_a_team_with_its_sub_teams() -> None:
    matrix = responsibility_matrix(_chart(), "mkt")
    assert matrix.name == "Marketing"
    assert matrix.roles == ("lead", "seo", "writer", "writer2")  # reading order; parked left out
    assert matrix.headers == ("Marketing manager", "SEO", "Writer (Lin)", "Writer (Kim)")
    # " budget " is "Budget" again (case and spaces): one row, two marks
    assert matrix.duties == ("Strategy", "Budget", "Search ranking", "Product texts")
    marks = [[matrix.holds(row, col) for col in range(4)] for row in range(4)]
    assert marks == [
        [True, False, False, False],
        [True, True, False, False],
        [False, True, False, False],
        [False, False, True, False],
    ]
    assert matrix.holders(1) == ["Marketing manager", "SEO"]


def test_the_whole_chart_and_a_team_without_responsibilities() -> None:
    chart = _chart()
    whole = responsibility_matrix(chart)
    assert whole.name == "Shop" and "dev" in whole.roles and "Shop software" in whole.duties
    assert "Coffee" not in whole.duties
    chart.add_team(Team("empty", "Empty"))
    empty = responsibility_matrix(chart, "empty")
    assert (empty.roles, empty.duties) == ((), ())
    with pytest.raises(UnknownIdError):
        responsibility_matrix(chart, "nope")


def test_vacant_roles_of_one_title_are_told_apart_by_id() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("a", "Tester"), "t")
    chart.add_role(Role("b", "tester "), "t")
    assert responsibility_matrix(chart, "t").headers == ("Tester (a)", "tester (b)")
