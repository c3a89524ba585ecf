"""`diff_charts`: every kind of change between two versions, matching by id and by title and
team, and properties over random edits (nothing reported for an unchanged chart; after
random edits, exactly the roles, teams and dotted lines that changed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart.commands import History
from orgchart.io import read_chart
from orgchart.model import Link, LinkKind, OrgChart, OrgError, Role, Sourcing, Team
from orgchart.model.diff import Change, Headcount, MatchedBy, diff_charts
from orgchart.model.figures import chart_figures
from tests.conftest import ROOT
from tests.edits import random_edit
from tests.strategies import charts


def base() -> OrgChart:
    """Sales and Tech (with Web inside Tech); a CEO, a sales rep, a CTO and two developers."""
    chart = OrgChart("Acme")
    chart.add_team(Team("sales", "Sales"))
    chart.add_team(Team("tech", "Tech"))
    chart.add_team(Team("web", "Web"), "tech")
    chart.add_role(Role("ceo", "CEO", holder="Ada"), "sales")
    chart.add_role(Role("rep", "Sales rep", fte=0.5), "sales", "ceo")
    chart.add_role(Role("cto", "CTO"), "tech", "ceo")
    chart.add_role(Role("dev1", "Developer", holder="Bo"), "web", "cto")
    chart.add_role(Role("dev2", "Developer", holder="Cy"), "web", "cto")
    chart.add_link(Link("rep", "cto", LinkKind.WORKS_WITH, "Deals"))
    return chart


def changes_of(diff: object, new_id: str) -> dict[str, Change]:
    found = diff.role_change(new_id)  # type: ignore[attr-defined]
    assert found is not None, f"{new_id} is not reported as changed"
    return {c.field if c.field != "custom" else f"custom:{c.name}": c for c in found.changes}


def test_a_chart_and_its_copy_have_no_differences() -> None:
    chart = base()
    diff = diff_charts(chart, chart.copy())
    assert diff.same
    assert (diff.roles_added, diff.roles_removed, diff.roles_changed) == ((), (), ())
    assert (diff.teams_added, diff.teams_removed, diff.teams_changed, diff.headcount) == ((), (), (), ())
    assert len(diff.role_matches) == 5 and diff.roles_by_title == 0
    assert diff.total == (Headcount(5, 4.5), Headcount(5, 4.5))


def test_roles_added_and_removed() -> None:
    old, new = base(), base()
    new.remove_role("rep")
    new.add_role(Role("qa", "Tester"), "web", "cto")
    diff = diff_charts(old, new)
    assert diff.roles_added == ("qa",)
    assert diff.roles_removed == ("rep",)
    assert diff.links_removed == (Link("rep", "cto", LinkKind.WORKS_WITH, "Deals"),)
    assert not diff.same


def test_a_renamed_role_is_one_role_with_a_new_title() -> None:
    old, new = base(), base()
    new.rename_role("cto", "Chief technology officer")
    diff = diff_charts(old, new)
    assert (diff.roles_added, diff.roles_removed) == ((), ())
    (role,) = diff.roles_changed
    assert role.renamed and not role.moved and not role.fields_changed
    assert role.changes == (Change("title", "CTO", "Chief technology officer"),)


def test_a_role_moved_to_another_team_with_a_new_manager() -> None:
    old, new = base(), base()
    new.move_role("dev2", "sales", manager="rep")
    diff = diff_charts(old, new)
    changes = changes_of(diff, "dev2")
    assert changes["team"] == Change("team", "web", "sales")
    assert changes["manager"] == Change("manager", "cto", "rep")
    role = diff.role_change("dev2")
    assert role is not None and role.moved and role.new_manager and not role.renamed


def test_a_new_manager_in_the_same_team_is_not_a_move() -> None:
    old, new = base(), base()
    new.set_manager("dev2", "dev1")
    role = diff_charts(old, new).role_change("dev2")
    assert role is not None and role.new_manager and not role.moved


def test_changed_fields_say_old_and_new() -> None:
    old, new = base(), base()
    dev = new.role("dev1")
    new.update_role(
        dataclasses.replace(
            dev,
            holder=None,
            sourcing=Sourcing.FREELANCE,
            fte=0.8,
            responsibilities=("Build the shop",),
            skills=("Python",),
            notes="Leaves in May",
            custom={"cost centre": "4711"},
        )
    )
    changes = changes_of(diff_charts(old, new), "dev1")
    assert changes["holder"] == Change("holder", "Bo", None)
    assert changes["sourcing"] == Change("sourcing", "in-house", "freelance")
    assert changes["fte"] == Change("fte", 1.0, 0.8)
    assert changes["responsibilities"] == Change("responsibilities", (), ("Build the shop",))
    assert changes["skills"] == Change("skills", (), ("Python",))
    assert changes["notes"] == Change("notes", "", "Leaves in May")
    assert changes["custom:cost centre"] == Change("custom", None, "4711", "cost centre")
    assert set(changes) == {"holder", "sourcing", "fte", "responsibilities", "skills", "notes", "custom:cost centre"}


def test_custom_fields_removed_and_changed() -> None:
    old, new = base(), base()
    old.update_role(dataclasses.replace(old.role("ceo"), custom={"a": "1", "b": 2}))
    new.update_role(dataclasses.replace(new.role("ceo"), custom={"a": "2"}))
    changes = changes_of(diff_charts(old, new), "ceo")
    assert changes["custom:a"] == Change("custom", "1", "2", "a")
    assert changes["custom:b"] == Change("custom", 2, None, "b")


def test_teams_added_removed_renamed_and_nested_elsewhere() -> None:
    old, new = base(), base()
    new.rename_team("sales", "Sales and marketing")
    new.nest_team("web", "sales")  # Web moves from Tech into Sales
    new.add_team(Team("data", "Data"), "tech")
    old.add_team(Team("legal", "Legal"))
    diff = diff_charts(old, new)
    assert diff.teams_added == ("data",)
    assert diff.teams_removed == ("legal",)
    by_id = {t.new_id: t for t in diff.teams_changed}
    assert by_id["sales"].changes == (Change("name", "Sales", "Sales and marketing"),)
    assert by_id["web"].changes == (Change("parent", "tech", "sales"),)
    # the developers stay in Web: their team did not change, only where Web sits
    assert diff.roles_changed == ()
    counts = {c.new_id: (c.old, c.new) for c in diff.headcount}
    assert counts["sales"] == (Headcount(2, 1.5), Headcount(4, 3.5))  # with Web inside it now
    assert counts["tech"] == (Headcount(3, 3.0), Headcount(1, 1.0))
    assert "web" not in counts and "data" not in counts  # unchanged; new and empty


def test_headcount_of_a_removed_team_and_the_total() -> None:
    old, new = base(), base()
    for role_id in ("dev1", "dev2"):
        new.remove_role(role_id)
    new.remove_team("web")
    diff = diff_charts(old, new)
    rows = {(c.old_id, c.new_id): (c.old, c.new) for c in diff.headcount}
    assert rows[("web", None)] == (Headcount(2, 2.0), Headcount())
    assert rows[("tech", "tech")] == (Headcount(3, 3.0), Headcount(1, 1.0))
    assert diff.total == (Headcount(5, 4.5), Headcount(3, 2.5))


def test_dotted_lines_added_removed_relabelled_and_direction_of_works_with() -> None:
    old, new = base(), base()
    new.remove_link("rep", "cto", LinkKind.WORKS_WITH)
    new.add_link(Link("cto", "rep", LinkKind.WORKS_WITH, "Deals"))  # the same line, turned round
    new.add_link(Link("dev1", "rep", LinkKind.MATRIX))
    old.add_link(Link("dev2", "rep", LinkKind.WORKS_WITH, "old"))
    new.add_link(Link("dev2", "rep", LinkKind.WORKS_WITH, "new"))
    old.add_link(Link("dev2", "ceo", LinkKind.MATRIX))
    diff = diff_charts(old, new)
    assert diff.links_added == (Link("dev1", "rep", LinkKind.MATRIX),)
    assert diff.links_removed == (Link("dev2", "ceo", LinkKind.MATRIX),)
    assert [(a.label, b.label) for a, b in diff.links_relabelled] == [("old", "new")]


def test_parking_a_role_is_a_change() -> None:
    old, new = base(), base()
    new.set_manager("dev2", None)
    new.park("dev2")
    diff = diff_charts(old, new)
    changes = changes_of(diff, "dev2")
    assert changes["parked"] == Change("parked", False, True)
    assert changes["manager"] == Change("manager", "cto", None)
    # a parked role is not in the structure yet: not in the headcount (as in the team figures)
    assert {c.new_id: c.new for c in diff.headcount} == {"tech": Headcount(2, 2.0), "web": Headcount(1, 1.0)}
    assert diff.total[1] == Headcount(4, 3.5)


def test_chart_renamed() -> None:
    old, new = base(), base()
    new.set_name("Acme GmbH")
    diff = diff_charts(old, new)
    assert diff.name == ("Acme", "Acme GmbH") and not diff.same


def with_other_ids(chart: OrgChart, prefix: str, order: list[str] | None = None) -> OrgChart:
    """The same structure, every id replaced (an HR export of the same organisation);
    ``order``: the roles' order (by old id), managers first."""
    other = OrgChart(chart.name)
    for team_id in chart.team_ids():
        parent = chart.parent_of(team_id)
        other.add_team(dataclasses.replace(chart.team(team_id), id=prefix + team_id), parent and prefix + parent)
    for role_id in order or chart.role_ids():
        manager = chart.manager_of(role_id)
        role = dataclasses.replace(chart.role(role_id), id=prefix + role_id)
        other.add_role(role, prefix + chart.team_of(role_id), manager and prefix + manager)
    for link in chart.links():
        other.add_link(dataclasses.replace(link, source=prefix + link.source, target=prefix + link.target))
    return other


def test_other_ids_match_by_title_and_team() -> None:
    old = base()
    new = with_other_ids(base(), "hr-")
    new.rename_team("hr-sales", " SALES ")  # names are compared casefolded and stripped
    diff = diff_charts(old, new)
    assert diff.teams_by_name == 3 and diff.roles_by_title == 5
    assert (diff.roles_added, diff.roles_removed, diff.links_added, diff.links_removed) == ((), (), (), ())
    # the only change: the team's name (its spelling); every role is where it was
    assert [t.changes for t in diff.teams_changed] == [(Change("name", "Sales", " SALES "),)]
    assert diff.roles_changed == ()
    assert diff.role_matches["dev1"] == "hr-dev1"


def test_two_roles_of_one_title_in_one_team_pair_by_holder_then_in_order() -> None:
    old = base()
    new = with_other_ids(base(), "hr-", ["ceo", "rep", "cto", "dev2", "dev1"])  # Cy listed first
    diff = diff_charts(old, new)
    assert diff.role_matches["dev1"] == "hr-dev1" and diff.role_matches["dev2"] == "hr-dev2"
    assert diff.ambiguous == 2 and diff.roles_changed == ()
    # without holders to tell them apart, they pair in order: the first with the first
    for chart in (old, new):
        for role_id in chart.role_ids():
            if chart.role(role_id).title == "Developer":
                chart.update_role(dataclasses.replace(chart.role(role_id), holder=None))
    diff = diff_charts(old, new)
    assert diff.role_matches["dev1"] == "hr-dev2" and diff.role_matches["dev2"] == "hr-dev1"


def test_a_fallback_match_is_reported_as_such() -> None:
    old, new = base(), with_other_ids(base(), "x-")
    new.update_role(dataclasses.replace(new.role("x-rep"), holder="Dee"))
    (role,) = diff_charts(old, new).roles_changed
    assert (role.old_id, role.new_id, role.matched_by) == ("rep", "x-rep", MatchedBy.TITLE_AND_TEAM)


def test_ids_only_matches_nothing_else() -> None:
    diff = diff_charts(base(), with_other_ids(base(), "hr-"), fallback=False)
    assert len(diff.roles_added) == len(diff.roles_removed) == 5
    assert len(diff.teams_added) == 3 and diff.role_matches == {}


def test_the_hr_export_lines_up_with_the_german_sample() -> None:
    """The CSV shares the JSON's role ids but names its teams itself: roles match by id,
    teams by name; the CSV lacks the responsibilities, notes and dotted lines."""
    csv, _ = read_chart(ROOT / "samples" / "hr-export.de.csv")
    json_, _ = read_chart(ROOT / "samples" / "ecommerce-departments.de.json")
    diff = diff_charts(csv.chart, json_.chart)
    assert len(diff.role_matches) == 21 and diff.roles_by_title == 0
    assert diff.teams_by_name == 4 and len(diff.team_matches) == 5
    assert (diff.roles_added, diff.roles_removed, diff.teams_added) == ((), (), ())
    assert len(diff.links_added) == json_.chart.link_count
    assert not any(r.moved or r.new_manager or r.renamed for r in diff.roles_changed)
    holders = {r.new_id for r in diff.roles_changed if r.changed("holder")}
    assert holders == {"ecommerce-manager", "operations-manager"}  # named in the export only


def test_an_export_with_other_ids_lines_up_by_title_and_team(tmp_path: Path) -> None:
    source = (ROOT / "samples" / "hr-export.de.csv").read_bytes().decode("cp1252").splitlines()
    ids = [line.split(";")[0] for line in source[1:]]
    renumbered = [source[0]]
    for line in source[1:]:
        cells = line.split(";")
        cells[0] = f"E{ids.index(cells[0]) + 100}"
        cells[2] = f"E{ids.index(cells[2]) + 100}" if cells[2] else ""
        renumbered.append(";".join(cells))
    path = tmp_path / "hr.csv"
    path.write_text("\n".join(renumbered) + "\n", encoding="utf-8")
    hr, _ = read_chart(path)
    original, _ = read_chart(ROOT / "samples" / "hr-export.de.csv")
    diff = diff_charts(original.chart, hr.chart)
    assert diff.same and diff.roles_by_title == 21 and diff.ambiguous == 0
    assert diff.role_matches["ecommerce-manager"] == "E100"


# ------------------------------------------------------------------------------ properties
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_teams=4, max_roles=10, park=True))
def test_a_chart_compared_with_itself_has_no_differences(chart: OrgChart) -> None:
    diff = diff_charts(chart, chart.copy())
    assert diff.same and diff.headcount == ()
    assert len(diff.role_matches) == chart.role_count and diff.roles_by_title == 0


def _where(chart: OrgChart, role_id: str) -> tuple[object, ...]:
    return (chart.role(role_id), chart.team_of(role_id), chart.manager_of(role_id), chart.is_parked(role_id))


def _team_state(chart: OrgChart, team_id: str) -> tuple[object, ...]:
    return (chart.team(team_id), chart.parent_of(team_id))


def _link_keys(chart: OrgChart) -> dict[tuple[str, ...], str]:
    keys = {}
    for link in chart.links():
        ends = sorted((link.source, link.target)) if link.kind is LinkKind.WORKS_WITH else [link.source, link.target]
        keys[(*ends, link.kind.value)] = link.label
    return keys


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_teams=4, max_roles=10, park=True), st.data())
def test_random_edits_report_exactly_what_changed(chart: OrgChart, data: st.DataObject) -> None:
    old = chart.copy()
    history = History(chart)
    for n in range(data.draw(st.integers(4, 20))):  # enough for every kind of edit to occur
        try:
            history.push(random_edit(data, chart, n))
        except (OrgError, ValueError):
            pass
    new = chart
    diff = diff_charts(old, new, fallback=False)
    old_roles, new_roles = old.role_ids(), new.role_ids()
    assert diff.roles_removed == tuple(r for r in old_roles if not new.has_role(r))
    assert diff.roles_added == tuple(r for r in new_roles if not old.has_role(r))
    both = [r for r in new_roles if old.has_role(r)]
    changed = {r for r in both if _where(old, r) != _where(new, r)}
    assert {r.new_id for r in diff.roles_changed} == changed
    teams_both = [t for t in new.team_ids() if old.has_team(t)]
    assert {t.new_id for t in diff.teams_changed} == {
        t for t in teams_both if _team_state(old, t) != _team_state(new, t)
    }
    before, after = _link_keys(old), _link_keys(new)
    assert len(diff.links_added) == len(after.keys() - before.keys())
    assert len(diff.links_removed) == len(before.keys() - after.keys())
    assert len(diff.links_relabelled) == sum(before[k] != after[k] for k in before.keys() & after.keys())
    placed = chart_figures(new).company
    assert diff.total[1] == Headcount(placed.roles, round(placed.fte, 6))
    assert diff.same == (old.state() == new.state() or _same_but_order(old, new))
    # matching on names too changes nothing for roles whose id is in both: each one that
    # changed in itself is still reported, and none that is the same
    loose = diff_charts(old, new)
    reported = {r.new_id for r in loose.roles_changed if r.matched_by is MatchedBy.ID}
    assert {r for r in both if old.role(r) != new.role(r) or old.is_parked(r) != new.is_parked(r)} <= reported
    assert reported <= changed


def _same_but_order(old: OrgChart, new: OrgChart) -> bool:
    """Equal but for the order of siblings (which the diff does not compare)."""
    return (
        old.name == new.name
        and {r: _where(old, r) for r in old.role_ids()} == {r: _where(new, r) for r in new.role_ids()}
        and {t: _team_state(old, t) for t in old.team_ids()} == {t: _team_state(new, t) for t in new.team_ids()}
        and _link_keys(old) == _link_keys(new)
    )
