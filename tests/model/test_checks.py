"""Structure checks: each rule finds what it should, and nothing on a chart without issues."""

from __future__ import annotations

from orgchart.model import OrgChart, Role, Team
from orgchart.model.checks import CheckOptions, Rule, structure_checks


def _shop(reports: int = 3) -> OrgChart:
    chart = OrgChart("Shop")
    chart.add_team(Team("top", "Leitung"))
    chart.add_team(Team("mkt", "Marketing"))
    chart.add_role(Role("ceo", "CEO", responsibilities=("Strategie",)), "top")
    chart.add_role(Role("cmo", "CMO", responsibilities=("Marke",)), "mkt", "ceo")
    for i in range(reports):
        chart.add_role(Role(f"m{i}", f"Spezialist {i}", responsibilities=(f"Kanal {i}",)), "mkt", "cmo")
    return chart


def _rules(chart: OrgChart, options: CheckOptions | None = None) -> list[tuple[Rule, str]]:
    return [(f.rule, f.subject) for f in structure_checks(chart, options)]


def test_a_sound_structure_has_no_findings() -> None:
    assert _rules(_shop()) == []  # the CEO alone at the top heads the company: no finding


def test_span_of_control_counts_direct_reports_above_the_limit() -> None:
    chart = _shop(reports=4)
    assert _rules(chart, CheckOptions(max_reports=4)) == []
    findings = structure_checks(chart, CheckOptions(max_reports=3))
    assert [(f.rule, f.subject, f.detail) for f in findings] == [(Rule.SPAN_OF_CONTROL, "cmo", "4")]
    assert findings[0].message == "CMO has 4 direct reports (more than 3)"


def test_a_team_whose_roles_all_report_outside_it_has_no_lead() -> None:
    chart = _shop()
    chart.add_team(Team("it", "IT"))
    chart.add_role(Role("dev", "Entwicklung", responsibilities=("Shop",)), "it", "ceo")
    chart.add_role(Role("ops", "Betrieb", responsibilities=("Server",)), "it", "ceo")
    findings = [f for f in structure_checks(chart) if f.rule is Rule.NO_LEAD]
    assert [(f.subject, f.others) for f in findings] == [("it", ("dev", "ops"))]


def test_roles_without_responsibilities_and_duplicate_titles() -> None:
    chart = _shop()
    chart.add_role(Role("m9", " spezialist 0 "), "mkt", "cmo")  # same title, other case and spaces
    assert _rules(chart) == [(Rule.NO_RESPONSIBILITIES, "m9"), (Rule.DUPLICATE_TITLE, "m9")]
    duplicate = structure_checks(chart)[1]
    assert duplicate.others == ("m0",)


def test_a_department_of_one_person_counts_its_sub_teams() -> None:
    chart = _shop()
    chart.add_team(Team("legal", "Recht"))
    chart.add_role(Role("lawyer", "Justiziar", responsibilities=("Verträge",)), "legal", "ceo")
    assert _rules(chart) == [(Rule.ONE_PERSON_DEPARTMENT, "legal")]
    chart.add_team(Team("privacy", "Datenschutz"), "legal")
    chart.add_role(Role("dpo", "Datenschutz", responsibilities=("DSGVO",)), "privacy", "lawyer")
    assert _rules(chart) == []


def test_responsibilities_nobody_holds_among_a_chosen_list() -> None:
    chart = _shop()
    options = CheckOptions(required=("marke", "Datenschutz", "  ", "Datenschutz"))
    findings = [f for f in structure_checks(chart, options) if f.rule is Rule.UNHELD_RESPONSIBILITY]
    assert [f.detail for f in findings] == ["Datenschutz"]


def test_parked_roles_are_not_checked() -> None:
    chart = _shop()
    chart.add_role(Role("idea", "Idee"), "mkt")  # no responsibilities, no manager: parked
    chart.park("idea")
    assert (Rule.NO_RESPONSIBILITIES, "idea") not in _rules(chart)
