"""What a drop means: report to the role dropped on, or join the team dropped on."""

from __future__ import annotations

from orgchart.commands import (
    History,
    drop_role_on_role,
    drop_role_on_team,
    drop_team_on_team,
    role_drop_problem,
    team_drop_manager,
)
from orgchart.model import Link, LinkKind, OrgChart, Role, Team
from tests.commands.test_commands import company


def said(problem: object) -> str | None:
    """A drop's problem as the model's English words (None: no problem)."""
    return None if problem is None else str(problem)


def test_dropping_on_a_role_reports_to_it_and_the_branch_in_the_old_team_comes_along() -> None:
    chart = company()
    before = chart.state()
    history = History(chart)
    history.push(drop_role_on_role(chart, "cto", "cmo"))
    assert chart.manager_of("cto") == "cmo"
    assert [chart.team_of(r) for r in ("cto", "dev1", "dev2")] == ["mkt"] * 3
    assert chart.reports_of("cto") == ["dev1", "dev2"]
    assert history.texts() == ["Move role"]  # one undo step
    history.undo()
    assert chart.state() == before


def test_dropping_on_a_team_puts_the_role_under_the_teams_lead() -> None:
    chart = company()
    History(chart).push(drop_role_on_team(chart, "seo", "tech"))
    assert chart.team_of("seo") == "tech" and chart.manager_of("seo") == "cto"


def test_dropping_a_teams_lead_on_its_own_team_keeps_its_manager() -> None:
    chart = company()
    assert team_drop_manager(chart, "cto", "tech") == "ceo"


def test_impossible_drops_say_why() -> None:
    chart = company()
    assert said(role_drop_problem(chart, "cto", "dev1")) == (
        "CTO cannot report to Dev 1: Dev 1 already reports to CTO"
    )
    assert said(role_drop_problem(chart, "cto", "cto")) == "CTO cannot report to itself"
    assert said(role_drop_problem(chart, "dev2", "cmo")) == (
        "Dev 2 cannot report to CMO: CMO is already its secondary manager"
    )
    # the words are for the UI to translate: the text with its places, and the names apart
    assert role_drop_problem(chart, "cto", "dev1") == (
        "%1 cannot report to %2: %2 already reports to %1",
        ("CTO", "Dev 1"),
    )
    assert role_drop_problem(chart, "dev1", "cmo") is None
    chart.add_link(Link("cmo", "dev1", LinkKind.WORKS_WITH))  # works-with is no obstacle
    assert role_drop_problem(chart, "cmo", "dev1") is None


def test_dropping_a_team_on_a_team_nests_it() -> None:
    chart = company()
    History(chart).push(drop_team_on_team(chart, "mkt", "tech"))
    assert chart.parent_of("mkt") == "tech"


def test_dropping_a_role_where_it_already_is_makes_no_undo_step() -> None:
    chart = company()
    assert drop_role_on_role(chart, "dev1", "cto") is None
    assert drop_role_on_team(chart, "cto", "tech") is None  # the lead on its own team
    assert drop_team_on_team(chart, "tech", "top") is None


def test_dropping_beside_a_sibling_reorders_and_beside_a_stranger_joins_its_siblings() -> None:
    from orgchart.commands import drop_role_beside

    chart = company()
    history = History(chart)
    command = drop_role_beside(chart, "dev2", "dev1", after=False)
    assert command is not None
    history.push(command)
    assert chart.reports_of("cto") == ["dev2", "dev1"]
    assert drop_role_beside(chart, "dev2", "dev1", after=False) is None  # already there
    command = drop_role_beside(chart, "seo", "dev1", after=True)
    assert command is not None
    history.push(command)
    assert chart.reports_of("cto") == ["dev2", "dev1", "seo"] and chart.team_of("seo") == "tech"
    history.undo()
    history.undo()
    assert chart.reports_of("cto") == ["dev1", "dev2"] and chart.manager_of("seo") == "cmo"


def test_a_role_dropped_on_an_empty_team_reports_to_the_lead_of_the_team_around_it() -> None:
    chart = company()
    chart.add_team(Team("qa", "QA"), "tech")
    assert team_drop_manager(chart, "seo", "qa") == "cto"
    assert team_drop_manager(chart, "ceo", "qa") == "cto"  # which the drop refuses, saying why:
    assert said(role_drop_problem(chart, "ceo", "cto")) == "CEO cannot report to CTO: CTO already reports to CEO"
    assert team_drop_manager(chart, "cto", "tech") == "ceo"  # a lead dropped on its own team stays


def _team_of_heads() -> OrgChart:
    """A boss in "top"; in "ops" two top roles: a lead with a report, and a controller who
    reports to the boss too; "flat" holds three roles who all report to the boss."""
    chart = OrgChart("Firma")
    for team in ("top", "ops", "flat"):
        chart.add_team(Team(team, team.title()))
    chart.add_role(Role("boss", "Boss"), "top")
    chart.add_role(Role("controller", "Controller"), "ops", "boss")
    chart.add_role(Role("lead", "Lead"), "ops", "boss")
    chart.add_role(Role("clerk", "Clerk"), "ops", "lead")
    for name in ("a", "b", "c"):
        chart.add_role(Role(name, name.upper()), "flat", "boss")
    chart.add_role(Role("new", "New"), "top", "boss")
    return chart


def test_a_team_with_several_top_roles_is_led_by_the_one_that_leads_someone_in_it() -> None:
    chart = _team_of_heads()
    assert chart.heads_of("ops") == ["controller", "lead"]
    assert team_drop_manager(chart, "new", "ops") == "lead"  # not the controller, listed first


def test_a_flat_team_has_no_lead_and_a_role_dropped_on_it_joins_its_roles() -> None:
    chart = _team_of_heads()
    assert team_drop_manager(chart, "new", "flat") == "boss"  # beside a, b and c, not below a
    History(chart).push(drop_role_on_team(chart, "new", "flat"))
    assert chart.team_of("new") == "flat" and chart.reports_of("boss")[-1] == "new"
    assert team_drop_manager(chart, "b", "flat") == "boss"  # one of them stays where it is


def test_a_head_who_leads_only_through_sub_teams_is_still_the_teams_lead() -> None:
    chart = OrgChart("Firma")
    for team, parent in (("mgmt", None), ("tech", "mgmt"), ("dev", "tech"), ("fin", "mgmt")):
        chart.add_team(Team(team, team.title()), parent)
    chart.add_role(Role("ceo", "CEO"), "mgmt")
    chart.add_role(Role("cfo", "CFO"), "fin", "ceo")
    chart.add_role(Role("controller", "Tech controller"), "tech", "cfo")  # listed first
    chart.add_role(Role("cto", "CTO"), "tech", "ceo")
    chart.add_role(Role("dev-lead", "Dev lead"), "dev", "cto")
    chart.add_role(Role("new", "New"), "mgmt", "ceo")
    assert chart.heads_of("tech") == ["controller", "cto"]
    assert team_drop_manager(chart, "new", "tech") == "cto"


def test_the_manager_of_a_flat_team_dropped_on_it_joins_it_at_the_top() -> None:
    chart = _team_of_heads()
    assert team_drop_manager(chart, "boss", "flat") is None  # not "Boss cannot report to itself"
    assert role_drop_problem(chart, "boss", team_drop_manager(chart, "boss", "flat")) is None
