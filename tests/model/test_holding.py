"""The holding area: parked roles keep their team and branch, have no manager, and stay out
of the placed chart until they are brought back."""

from __future__ import annotations

import pytest

from orgchart.model import OrgChart, Role, StructureError, Team


def chart() -> OrgChart:
    c = OrgChart("Firma")
    c.add_team(Team("top", "Leitung"))
    c.add_team(Team("tech", "Technik"), "top")
    c.add_role(Role("ceo", "CEO"), "top")
    c.add_role(Role("cto", "CTO"), "tech")
    c.add_role(Role("dev", "Dev"), "tech", "cto")
    return c


def test_a_parked_role_keeps_its_team_and_reports_and_holds_its_branch() -> None:
    c = chart()
    c.park("cto")
    assert c.parked() == ["cto"] and c.is_parked("cto")
    assert c.team_of("cto") == "tech" and c.reports_of("cto") == ["dev"]
    assert c.held_by("dev") == "cto" and c.held_by("cto") == "cto" and c.held_by("ceo") is None
    assert c.held_count() == 2  # the CTO and the developer below
    c.check()
    c.unpark("cto")
    assert c.parked() == [] and c.held_by("dev") is None and c.held_count() == 0


def test_a_role_with_a_manager_cannot_be_parked() -> None:
    c = chart()
    with pytest.raises(StructureError, match="Dev cannot be parked while it reports to CTO"):
        c.park("dev")
    assert c.parked() == []


def test_a_parked_role_gets_no_manager_until_it_is_taken_out() -> None:
    c = chart()
    c.park("cto")
    with pytest.raises(StructureError, match="CTO is in the holding area"):
        c.set_manager("cto", "ceo")
    with pytest.raises(StructureError, match="CTO is in the holding area"):
        c.move_role("cto", "top", manager="ceo")
    assert c.manager_of("cto") is None and c.is_parked("cto")
    c.move_role("cto", "top")  # a team of its own is fine: it stays parked
    assert c.is_parked("cto") and c.team_of("cto") == "top"


def test_parking_is_part_of_the_charts_state_and_copies() -> None:
    a, b = chart(), chart()
    b.park("cto")
    assert a != b
    copy = b.copy()
    assert copy == b and copy.parked() == ["cto"]
    copy.unpark("cto")
    assert b.is_parked("cto")  # the copy is independent


def test_removing_a_parked_role_empties_its_place() -> None:
    c = chart()
    c.park("ceo")
    c.remove_role("ceo")
    assert c.parked() == []
    c.check()


def test_parked_roles_are_listed_in_reading_order() -> None:
    c = chart()
    c.park("cto")
    c.park("ceo")
    assert c.parked() == ["ceo", "cto"]


def test_the_invariant_check_finds_a_parked_role_with_a_manager() -> None:
    c = chart()
    c._parked.add("dev")  # as a hand-built or corrupted chart might hold it
    with pytest.raises(StructureError, match="'dev' is parked but has a manager"):
        c.check()


def test_an_extract_keeps_the_parked_roles_inside_it() -> None:
    c = chart()
    c.park("cto")
    part = c.extract("tech")
    assert part.parked() == ["cto"]


def test_an_extract_parks_the_roles_of_a_parked_branch_whose_top_is_outside() -> None:
    c = chart()
    c.add_team(Team("mkt", "Marketing"), "top")
    c.add_role(Role("seo", "SEO"), "mkt", "cto")  # in Marketing, below the parked CTO
    c.park("cto")
    part = c.extract("mkt")
    assert part.parked() == ["seo"]  # still waiting, not placed as a top role
    part.check()
