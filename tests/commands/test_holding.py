"""Parking a role (with its branch) and bringing it back are undoable drops."""

from __future__ import annotations

from orgchart.commands import DeleteRole, History, Reports, drop_role_on_role, drop_role_on_team, park_role
from tests.commands.test_commands import check_round_trip, company


def test_parking_a_role_takes_it_from_its_manager_with_its_branch_in_one_step() -> None:
    chart = company()
    before = chart.state()
    history = History(chart)
    history.push(park_role(chart, "cto"))
    assert chart.parked() == ["cto"] and chart.manager_of("cto") is None
    assert chart.team_of("cto") == "tech" and chart.reports_of("cto") == ["dev1", "dev2"]
    assert history.texts() == ["Park role"]
    history.undo()
    assert chart.state() == before and chart.reports_of("ceo") == ["cto", "cmo"]


def test_parking_a_parked_role_is_nothing_to_do() -> None:
    chart = company()
    History(chart).push(park_role(chart, "cto"))
    assert park_role(chart, "cto") is None


def test_dropping_a_parked_role_on_a_role_places_it_in_one_undo_step() -> None:
    chart = company()
    history = History(chart)
    history.push(park_role(chart, "cto"))
    parked = chart.state()
    history.push(drop_role_on_role(chart, "cto", "cmo"))
    assert chart.parked() == [] and chart.manager_of("cto") == "cmo" and chart.team_of("dev1") == "mkt"
    assert history.texts() == ["Park role", "Move role"]
    history.undo()
    assert chart.state() == parked


def test_dropping_a_parked_role_on_its_own_team_places_it_there() -> None:
    chart = company()
    history = History(chart)
    history.push(park_role(chart, "cto"))
    command = drop_role_on_team(chart, "cto", "tech")
    assert command is not None  # not "nothing to do": it leaves the holding area
    history.push(command)
    assert chart.parked() == [] and chart.manager_of("cto") == "ceo"


def test_deleting_a_parked_role_keeps_its_reports_in_the_holding_area() -> None:
    chart = company()
    History(chart).push(park_role(chart, "cto"))
    history = History(chart)
    before = chart.state()
    history.push(DeleteRole("cto", Reports.MOVE_UP))
    assert chart.parked() == ["dev1", "dev2"]
    chart.check()
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.parked() == ["dev1", "dev2"]


def test_park_round_trips() -> None:
    chart = check_round_trip(park_role(company(), "cmo"))  # type: ignore[arg-type]
    assert chart.parked() == ["cmo"]
