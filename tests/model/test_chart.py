"""OrgChart operations: what they do, and the words they use when they refuse."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from orgchart.model import (
    KEEP,
    CycleError,
    DuplicateIdError,
    InvalidValueError,
    Link,
    LinkKind,
    OrgChart,
    OrgError,
    Role,
    StructureError,
    Team,
    UnknownIdError,
)


@pytest.fixture
def chart() -> OrgChart:
    """Marketing (with a content sub-team) led by the Marketing-Manager; IT beside it."""
    c = OrgChart("Shop")
    c.add_team(Team("mkt", "Marketing"))
    c.add_team(Team("content", "Inhaltsteam"), "mkt")
    c.add_team(Team("it", "IT-Team"))
    c.add_role(Role("mm", "Marketing-Manager"), "mkt")
    c.add_role(Role("seo", "SEO-Spezialist"), "mkt", "mm")
    c.add_role(Role("social", "Social Media"), "mkt", "mm")
    c.add_role(Role("writer", "Content-Verantwortliche(r)"), "content", "seo")
    c.add_role(Role("dev", "Frontend-Entwickler"), "it")
    return c


def test_reporting_cycle_is_refused_with_what_and_why(chart: OrgChart) -> None:
    before = chart.state()
    with pytest.raises(CycleError) as caught:
        chart.set_manager("mm", "seo")
    assert str(caught.value) == (
        "Marketing-Manager cannot report to SEO-Spezialist: "
        "SEO-Spezialist already reports to Marketing-Manager"
    )
    with pytest.raises(CycleError, match=r"already reports to Marketing-Manager \(via SEO-Spezialist\)"):
        chart.set_manager("mm", "writer")
    with pytest.raises(CycleError, match="cannot report to itself"):
        chart.set_manager("mm", "mm")
    assert chart.state() == before


def test_nesting_cycle_is_refused(chart: OrgChart) -> None:
    with pytest.raises(
        CycleError,
        match="Marketing cannot be nested in Inhaltsteam: Inhaltsteam is already part of Marketing",
    ):
        chart.nest_team("mkt", "content")
    with pytest.raises(CycleError, match="in itself"):
        chart.nest_team("mkt", "mkt")
    assert chart.parent_of("content") == "mkt"
    assert chart.parent_of("mkt") is None


def test_queries_give_structure_in_order(chart: OrgChart) -> None:
    assert chart.team_ids() == ["mkt", "content", "it"]
    assert chart.role_ids() == ["mm", "seo", "writer", "social", "dev"]
    assert chart.reports_of("mm") == ["seo", "social"]
    assert chart.members_of("mkt") == ["mm", "seo", "social"]
    assert chart.subteams_of(None) == ["mkt", "it"]
    assert chart.subteams_of("mkt") == ["content"]
    assert chart.chain_of_command("writer") == ["seo", "mm"]
    assert chart.team_path("content") == ["mkt"]
    assert chart.descendants("mm") == ["seo", "writer", "social"]
    assert chart.team_lead("mkt") == "mm"
    assert chart.team_lead("content") == "writer"  # its manager sits in another team
    assert chart.top_roles("it") == ["dev"]
    assert (chart.team_count, chart.role_count, chart.link_count) == (3, 5, 0)


def test_heads_of_a_team_are_its_roles_reporting_outside_it(chart: OrgChart) -> None:
    chart.add_role(Role("ext", "Freelancer"), "content", "mm")  # also reports out of the team
    assert chart.heads_of("content") == ["writer", "ext"]
    chart.park("dev")
    assert chart.heads_of("it") == []
    assert chart.team_lead("it") is None


def test_top_levels_are_the_levels_that_fit_and_the_branches_to_collapse(chart: OrgChart) -> None:
    # mm (seo (writer), social); dev: levels of 2, 2 and 1 roles
    assert chart.top_levels(0) == (1, frozenset({"mm"}))  # at least the top level
    assert chart.top_levels(3) == (1, frozenset({"mm"}))
    assert chart.top_levels(4) == (2, frozenset({"seo"}))
    assert chart.top_levels(5) == (3, frozenset())  # everything fits
    chart.park("mm")  # its branch is in the holding area: not counted, not collapsed
    assert chart.top_levels(1) == (1, frozenset())


def test_roles_by_id_reads_many_and_refuses_what_is_not_a_role(chart: OrgChart) -> None:
    assert chart.roles_by_id(["seo", "dev"]) == {"seo": chart.role("seo"), "dev": chart.role("dev")}
    with pytest.raises(UnknownIdError, match="'mkt'"):
        chart.roles_by_id(["seo", "mkt"])
    with pytest.raises(UnknownIdError, match="'nobody'"):
        chart.roles_by_id(["nobody"])


def test_ids_are_one_space_for_teams_and_roles(chart: OrgChart) -> None:
    with pytest.raises(DuplicateIdError, match="'mkt' is already used by a team"):
        chart.add_role(Role("mkt", "Clash"), "it")
    with pytest.raises(DuplicateIdError, match="'dev' is already used by a role"):
        chart.add_team(Team("dev", "Clash"))
    assert chart.new_id("Marketing Manager") == "marketing-manager"
    assert chart.new_id("mm") == "mm-2"


def test_unknown_references_are_refused(chart: OrgChart) -> None:
    before = chart.state()
    with pytest.raises(UnknownIdError, match="no team with the id 'nope'"):
        chart.add_role(Role("x", "X"), "nope")
    with pytest.raises(UnknownIdError, match="no role with the id 'nope'"):
        chart.add_role(Role("x", "X"), "it", "nope")
    with pytest.raises(UnknownIdError):
        chart.set_manager("dev", "mkt")  # a team is not a manager
    with pytest.raises(UnknownIdError):
        chart.add_link(Link("dev", "ghost"))
    assert chart.state() == before


def test_move_role_keeps_or_replaces_the_manager(chart: OrgChart) -> None:
    chart.move_role("seo", "it")
    assert (chart.team_of("seo"), chart.manager_of("seo")) == ("it", "mm")
    assert chart.reports_of("seo") == ["writer"]  # reports stay with it
    assert chart.team_of("writer") == "content"
    chart.move_role("seo", "it", manager="dev")
    assert chart.manager_of("seo") == "dev"
    chart.move_role("seo", "mkt", manager=None)
    assert chart.manager_of("seo") is None
    assert chart.top_roles("mkt") == ["mm", "seo"]
    with pytest.raises(CycleError):
        chart.move_role("mm", "it", manager="social")
    assert chart.team_of("mm") == "mkt"
    chart.move_role("dev", "mkt", manager=KEEP)
    chart.check()


def test_sibling_order_can_be_set_and_changed(chart: OrgChart) -> None:
    chart.add_role(Role("email", "E-Mail-Marketing"), "mkt", "mm", index=0)
    assert chart.reports_of("mm") == ["email", "seo", "social"]
    chart.reorder_role("email", 2)
    assert chart.reports_of("mm") == ["seo", "social", "email"]
    chart.reorder_role("social", 0)
    assert chart.reports_of("mm") == ["social", "seo", "email"]
    chart.set_manager("dev", "mm", index=1)
    assert chart.reports_of("mm") == ["social", "dev", "seo", "email"]
    chart.add_team(Team("ops", "Betrieb"), index=0)
    assert chart.subteams_of(None) == ["ops", "mkt", "it"]
    chart.reorder_team("ops", 5)
    assert chart.subteams_of(None) == ["mkt", "it", "ops"]
    chart.check()


def test_removing_needs_an_empty_team_and_a_role_without_reports(chart: OrgChart) -> None:
    with pytest.raises(
        StructureError, match="Marketing cannot be removed: it still has 3 roles and 1 sub-team"
    ):
        chart.remove_team("mkt")
    with pytest.raises(StructureError, match="SEO-Spezialist cannot be removed: 1 role still report"):
        chart.remove_role("seo")
    chart.remove_role("dev")
    chart.remove_team("it")
    assert not chart.has_team("it") and "dev" not in chart
    chart.check()


def test_refusals_carry_what_the_editor_says_in_its_own_language(chart: OrgChart) -> None:
    # The editor said the model's English messages, with ids, in a German window too.
    from orgchart.model.errors import filled

    def refused(edit: Callable[[], object]) -> OrgError:
        with pytest.raises(OrgError) as caught:
            edit()
        return caught.value

    empty = refused(lambda: dataclasses.replace(chart.role("seo"), title=" "))
    assert str(empty) == "role 'seo': title must not be empty"  # as files and the command line say it
    assert (empty.shown, empty.values) == ("A role needs a title.", ())
    assert refused(lambda: Team("t", "")).shown == "A team needs a name."
    chart.add_link(Link("social", "writer", LinkKind.WORKS_WITH))
    twice = refused(lambda: chart.add_link(Link("writer", "social", LinkKind.WORKS_WITH)))
    assert filled(twice.shown, twice.values) == str(twice)
    assert twice.values == (chart.role("writer").title, chart.role("social").title)
    cycle = refused(lambda: chart.set_manager("mm", "writer"))
    assert cycle.shown == "%1 cannot report to %2: %2 already reports to %1" and " (via " in str(cycle)
    full = refused(lambda: chart.remove_team(chart.team_of("mm")))
    assert full.values == (chart.team(chart.team_of("mm")).name,) and "still holds" in full.shown


def test_dotted_lines_never_touch_the_hierarchy(chart: OrgChart) -> None:
    chart.add_link(Link("dev", "mm", LinkKind.MATRIX, "Kampagnen"))
    chart.add_link(Link("social", "writer", LinkKind.WORKS_WITH))
    assert chart.manager_of("dev") is None
    assert chart.chain_of_command("writer") == ["seo", "mm"]
    assert chart.link_count == 2
    assert [link.key for link in chart.links_of("mm")] == [("dev", "mm", LinkKind.MATRIX)]
    with pytest.raises(DuplicateIdError, match="already work closely together"):
        chart.add_link(Link("writer", "social", LinkKind.WORKS_WITH))
    with pytest.raises(StructureError, match="already its manager"):
        chart.add_link(Link("seo", "mm", LinkKind.MATRIX))
    chart.update_link(Link("dev", "mm", LinkKind.MATRIX, "Budget"))
    assert chart.link("dev", "mm", LinkKind.MATRIX).label == "Budget"
    # A dotted line does not stand in the way of a solid line the other way round.
    chart.set_manager("mm", "dev")
    chart.remove_link("social", "writer", LinkKind.WORKS_WITH)
    with pytest.raises(UnknownIdError):
        chart.remove_link("social", "writer", LinkKind.WORKS_WITH)
    chart.remove_role("social")
    assert chart.link_count == 1
    chart.check()


def test_removing_a_role_takes_its_dotted_lines(chart: OrgChart) -> None:
    chart.add_link(Link("dev", "writer"))
    chart.remove_role("dev")
    assert chart.links() == [] and chart.link_count == 0


def test_edits_replace_values(chart: OrgChart) -> None:
    old = chart.role("seo")
    chart.rename_role("seo", "SEO/SEM")
    assert chart.role("seo").title == "SEO/SEM" and old.title == "SEO-Spezialist"
    chart.rename_team("mkt", "Marketing & Content")
    assert chart.team("mkt").name == "Marketing & Content"
    with pytest.raises(UnknownIdError):
        chart.update_role(Role("ghost", "Ghost"))


def test_events_follow_every_change(chart: OrgChart) -> None:
    seen: list[tuple[str, tuple[object, ...]]] = []
    chart.events.all.connect(lambda info: seen.append((info.signal.name, info.args)))
    chart.add_role(Role("email", "E-Mail"), "mkt", "mm")
    chart.rename_role("email", "E-Mail-Marketing")
    chart.set_manager("email", "seo")
    chart.add_link(Link("email", "dev"))
    chart.remove_role("email")
    chart.nest_team("content", None)
    assert [name for name, _ in seen] == [
        "role_added",
        "role_changed",
        "role_moved",
        "link_added",
        "link_removed",
        "role_removed",
        "team_moved",
    ]
    assert seen[0][1] == ("email",)


def test_a_refused_edit_sends_no_event(chart: OrgChart) -> None:
    seen: list[object] = []
    chart.events.all.connect(seen.append)
    with pytest.raises(CycleError):
        chart.set_manager("mm", "seo")
    assert seen == []


def test_copy_is_independent_and_equal(chart: OrgChart) -> None:
    other = chart.copy()
    assert other == chart
    other.rename_role("mm", "Head of Marketing")
    assert other != chart and chart.role("mm").title == "Marketing-Manager"


def test_extract_keeps_one_department_and_cuts_lines_that_leave_it(chart: OrgChart) -> None:
    chart.add_link(Link("writer", "social"))
    chart.add_link(Link("writer", "dev"))
    part = chart.extract("content")
    assert part.team_ids() == ["content"] and part.role_ids() == ["writer"]
    assert part.manager_of("writer") is None  # its manager sits outside
    assert part.links() == []
    whole = chart.extract("mkt")
    assert whole.team_ids() == ["mkt", "content"]
    assert whole.role_ids() == ["mm", "seo", "writer", "social"]
    assert whole.manager_of("writer") == "seo"
    assert [link.key for link in whole.links()] == [("writer", "social", LinkKind.WORKS_WITH)]
    whole.check()
    with pytest.raises(UnknownIdError):
        chart.extract("nope")


@pytest.mark.parametrize("index", [-1, 0.5, "1", True])
def test_positions_must_be_whole_numbers_from_zero(chart: OrgChart, index: object) -> None:
    before, sequence = chart.state(), chart.role_ids()
    for edit in (
        lambda: chart.reorder_role("seo", index),  # type: ignore[arg-type]
        lambda: chart.add_role(Role("new", "Neu"), "mkt", "mm", index=index),  # type: ignore[arg-type]
        lambda: chart.add_team(Team("new-team", "Neu"), index=index),  # type: ignore[arg-type]
        lambda: chart.move_role("dev", "mkt", index=index),  # type: ignore[arg-type]
        lambda: chart.nest_team("it", "mkt", index=index),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidValueError, match="whole number from 0"):
            edit()
    assert chart.state() == before and chart.role_ids() == sequence
    chart.check()


def test_values_of_the_wrong_kind_are_refused_in_words(chart: OrgChart) -> None:
    with pytest.raises(InvalidValueError, match="expected a Team, not str"):
        chart.add_team("Vertrieb")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected a Team, not Role"):
        chart.update_team(Role("mkt", "Marketing"))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="'bogus' is not a kind of dotted line"):
        chart.remove_link("seo", "mm", "bogus")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="surrogate"):
        chart.set_name("Firma \ud800")
    with pytest.raises(InvalidValueError, match="surrogate"):
        OrgChart("\udfff")
    assert chart.team("mkt").name == "Marketing"


def test_a_secondary_manager_cannot_also_become_the_manager(chart: OrgChart) -> None:
    chart.add_link(Link("dev", "mm", LinkKind.MATRIX))
    with pytest.raises(StructureError, match="Marketing-Manager is already its secondary manager"):
        chart.set_manager("dev", "mm")
    with pytest.raises(StructureError, match="secondary manager"):
        chart.move_role("dev", "mkt", manager="mm")
    assert chart.manager_of("dev") is None and chart.team_of("dev") == "it"
    chart.remove_link("dev", "mm", LinkKind.MATRIX)
    chart.set_manager("dev", "mm")
    assert chart.manager_of("dev") == "mm"


def test_long_chains_are_shortened_in_messages() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    previous = None
    for i in range(30):
        chart.add_role(Role(f"r{i}", f"R{i}"), "t", previous)
        previous = f"r{i}"
    with pytest.raises(CycleError) as caught:
        chart.set_manager("r0", "r29")
    assert (
        str(caught.value)
        == "R0 cannot report to R29: R29 already reports to R0 (via R28, R27, R26, … 24 more …, R1)"
    )
