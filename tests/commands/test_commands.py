"""Each command: do, undo (the chart is as before), redo (as after). No Qt."""

from __future__ import annotations

import dataclasses

import pytest

from orgchart.commands import (
    AddLink,
    AddRole,
    AddTeam,
    Command,
    DeleteRole,
    DeleteTeam,
    History,
    Macro,
    MoveRole,
    NestTeam,
    RemoveLink,
    Reports,
    UpdateLink,
    UpdateRole,
    UpdateTeam,
    place_of,
    subject,
)
from orgchart.model import Link, LinkKind, OrgChart, OrgError, Role, Team


def company() -> OrgChart:
    """ceo (top) -> cto (tech) -> dev1, dev2 (tech); ceo -> cmo (marketing) -> seo."""
    chart = OrgChart("Firma")
    chart.add_team(Team("top", "Leitung"))
    chart.add_team(Team("tech", "Technik"), "top")
    chart.add_team(Team("mkt", "Marketing"), "top")
    chart.add_role(Role("ceo", "CEO"), "top")
    chart.add_role(Role("cto", "CTO"), "tech", "ceo")
    chart.add_role(Role("dev1", "Dev 1"), "tech", "cto")
    chart.add_role(Role("dev2", "Dev 2"), "tech", "cto")
    chart.add_role(Role("cmo", "CMO"), "mkt", "ceo")
    chart.add_role(Role("seo", "SEO"), "mkt", "cmo")
    chart.add_link(Link("seo", "dev1", LinkKind.WORKS_WITH, "Tracking"))
    chart.add_link(Link("dev2", "cmo", LinkKind.MATRIX))
    return chart


def check_round_trip(command: Command) -> OrgChart:
    chart = company()
    before = chart.state()
    history = History(chart)
    history.push(command)
    after = chart.state()
    assert after != before
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.state() == after
    chart.check()
    return chart


COMMANDS = {
    "add role": lambda: AddRole(Role("dev3", "Dev 3"), "tech", "cto", index=0),
    "update role": lambda: UpdateRole(Role("cto", "CTO"), Role("cto", "CTO", holder="Ada"), "holder"),
    "move role to another team": lambda: MoveRole("dev1", "mkt", "cmo"),
    "reorder siblings": lambda: MoveRole("dev2", "tech", "cto", index=0),
    "move a branch under a new manager": lambda: MoveRole("cto", "mkt", "cmo"),
    "delete role, reports move up": lambda: DeleteRole("cto", Reports.MOVE_UP),
    "delete branch": lambda: DeleteRole("cto", Reports.DELETE),
    "delete the top role": lambda: DeleteRole("ceo", Reports.MOVE_UP),
    "add team": lambda: AddTeam(Team("ops", "Betrieb"), "top", index=0),
    "update team": lambda: UpdateTeam(Team("tech", "Technik"), Team("tech", "IT"), "name"),
    "nest team": lambda: NestTeam("mkt", "tech"),
    "make team a department": lambda: NestTeam("tech", None),
    "add link": lambda: AddLink(Link("cmo", "cto", LinkKind.WORKS_WITH)),
    "remove link": lambda: RemoveLink(Link("seo", "dev1", LinkKind.WORKS_WITH, "Tracking")),
    "relabel link": lambda: UpdateLink(
        Link("seo", "dev1", LinkKind.WORKS_WITH, "Tracking"), Link("seo", "dev1", LinkKind.WORKS_WITH, "SEO")
    ),
}


@pytest.mark.parametrize("make", COMMANDS.values(), ids=COMMANDS.keys())
def test_do_undo_redo(make: object) -> None:
    check_round_trip(make())  # type: ignore[operator]


def test_delete_with_reports_moving_up_puts_them_in_the_deleted_roles_place() -> None:
    chart = check_round_trip(DeleteRole("cto", Reports.MOVE_UP))
    assert chart.reports_of("ceo") == ["dev1", "dev2", "cmo"]
    assert chart.team_of("dev1") == "tech"  # they keep their team
    assert Link("dev2", "cmo", LinkKind.MATRIX) in chart.links()


def test_deleting_a_branch_removes_its_dotted_lines_and_undo_brings_them_back() -> None:
    chart = company()
    history = History(chart)
    history.push(DeleteRole("cto", Reports.DELETE))
    assert not chart.has_role("dev1") and chart.links() == []
    history.undo()
    assert [link.label for link in chart.links()] == ["", "Tracking"]
    assert chart.reports_of("cto") == ["dev1", "dev2"]


def test_a_refused_delete_leaves_the_chart_as_it_was() -> None:
    chart = company()
    chart.add_role(Role("dev3", "Dev 3"), "tech", "cto")
    chart.add_link(Link("dev3", "ceo", LinkKind.MATRIX))  # dev3 cannot report to ceo directly
    before = chart.state()
    history = History(chart)
    with pytest.raises(OrgError, match="secondary manager"):
        history.push(DeleteRole("cto", Reports.MOVE_UP))
    assert chart.state() == before
    assert not history.can_undo


def test_a_refused_move_is_not_recorded() -> None:
    chart = company()
    history = History(chart)
    with pytest.raises(OrgError, match="already reports to"):
        history.push(MoveRole("ceo", "top", "dev1"))
    assert not history.can_undo and history.is_clean


def test_typing_into_one_field_is_one_step_and_other_fields_are_not_merged() -> None:
    chart = company()
    history = History(chart)
    role = chart.role("cto")
    for text in ["A", "Ad", "Ada"]:
        new = dataclasses.replace(role, holder=text)
        history.push(UpdateRole(role, new, "holder"))
        role = new
    history.push(UpdateRole(role, dataclasses.replace(role, title="Chief"), "title"))
    assert history.texts() == ["Change holder", "Change title"]
    history.undo()
    history.undo()
    assert chart.role("cto").holder is None


def test_a_closed_step_takes_in_no_later_update_of_the_same_field() -> None:
    chart = company()
    history = History(chart)
    role = chart.role("cto")
    first = dataclasses.replace(role, title="Chief")
    history.push(UpdateRole(role, first, "title"))  # a rename in place, say
    history.close_step()  # and it was finished
    second = dataclasses.replace(first, title="Chief technologist")
    history.push(UpdateRole(first, second, "title"))  # another rename, or the field typed in again
    third = dataclasses.replace(second, title="Chief technologists")
    history.push(UpdateRole(second, third, "title"))  # typing on in the same session merges
    assert history.texts() == ["Change title", "Change title"]
    history.undo()
    assert chart.role("cto").title == "Chief"
    history.undo()
    assert chart.role("cto").title == "CTO"


def test_typing_a_field_back_to_its_old_value_leaves_no_step_and_a_clean_chart() -> None:
    chart = company()
    history = History(chart)
    role = chart.role("cto")
    typed = dataclasses.replace(role, holder="A")
    history.push(UpdateRole(role, typed, "holder"))
    assert not history.is_clean
    history.push(UpdateRole(typed, role, "holder"))  # the letter deleted again
    assert history.texts() == [] and history.is_clean
    assert chart.role("cto") == role


def test_saving_stops_merging_and_the_clean_mark_follows_undo() -> None:
    chart = company()
    history = History(chart)
    role = chart.role("cto")
    a = dataclasses.replace(role, holder="A")
    history.push(UpdateRole(role, a, "holder"))
    history.set_clean()
    history.push(UpdateRole(a, dataclasses.replace(a, holder="Ab"), "holder"))
    assert history.index == 2 and not history.is_clean
    history.undo()
    assert history.is_clean and chart.role("cto").holder == "A"
    history.undo()
    history.push(AddTeam(Team("x", "X")))  # the saved state can no longer be reached
    assert not history.is_clean
    history.undo()
    assert not history.is_clean


def test_a_macro_is_one_step_and_abort_undoes_it() -> None:
    chart = company()
    before = chart.state()
    history = History(chart)
    history.begin_macro("Drag")
    history.push(MoveRole("dev1", "mkt", "cmo"))
    history.push(MoveRole("dev2", "mkt", "seo"))
    assert not history.can_undo  # not while the drag is on
    history.end_macro()
    assert history.texts() == ["Drag"]
    history.undo()
    assert chart.state() == before
    history.redo()
    history.begin_macro("Drag")
    history.push(MoveRole("cto", "mkt", "cmo"))
    history.abort_macro()
    assert chart.team_of("cto") == "tech" and history.texts() == ["Drag"]


def test_go_to_a_step_and_a_new_edit_drops_the_undone_ones() -> None:
    chart = company()
    history = History(chart)
    history.push(AddTeam(Team("a", "A")))
    history.push(AddTeam(Team("b", "B")))
    history.push(AddTeam(Team("c", "C")))
    history.go_to(1)
    assert chart.has_team("a") and not chart.has_team("b")
    assert history.texts() == ["Add team"] * 3 and history.index == 1
    history.push(DeleteTeam("a"))
    assert history.texts() == ["Add team", "Delete team"] and not history.can_redo


def test_place_of_gives_the_position_among_siblings() -> None:
    chart = company()
    assert place_of(chart, "dev2").index == 1
    assert place_of(chart, "ceo").manager is None


def test_a_step_whose_undo_fails_stays_on_the_history() -> None:
    chart = company()
    history = History(chart)
    history.push(AddRole(Role("dev3", "Dev 3"), "tech", "cto"))
    chart.add_role(Role("dev4", "Dev 4"), "tech", "dev3")  # behind the history's back
    with pytest.raises(OrgError):
        history.undo()  # dev3 has a report now: it cannot simply go
    assert history.can_undo and history.texts() == ["Add role"] and not history.is_clean


def test_after_a_step_typed_back_to_nothing_the_next_edit_does_not_merge_into_an_older_step() -> None:
    chart = company()
    history = History(chart)
    role = chart.role("cto")
    a = dataclasses.replace(role, title="A")
    history.push(UpdateRole(role, a, "title"))
    history.undo()
    history.redo()  # the title step is closed now
    b = dataclasses.replace(a, email="x@y")
    history.push(UpdateRole(a, b, "email"))
    history.push(UpdateRole(b, a, "email"))  # typed back: the e-mail step goes
    history.push(UpdateRole(a, dataclasses.replace(a, title="AB"), "title"))
    assert history.texts() == ["Change title", "Change title"]
    history.undo()
    assert chart.role("cto").title == "A"


def test_a_chart_marked_unsaved_stays_unsaved_through_undo_until_saved() -> None:
    chart = company()
    history = History(chart)
    history.mark_unsaved()  # e.g. an imported HR export: no chart file holds it yet
    assert not history.is_clean
    history.push(AddTeam(Team("x", "X")))
    history.undo()
    assert not history.is_clean  # back at the import, which is still not saved
    history.set_clean()
    assert history.is_clean


def test_a_steps_name_calls_fields_by_their_words() -> None:
    role = Role("cto", "CTO")
    assert UpdateRole(role, dataclasses.replace(role, fte=0.5), "fte").text == "Change FTE"
    assert UpdateRole(role, dataclasses.replace(role, email="a@b.de"), "email").text == "Change e-mail"
    assert UpdateRole(role, dataclasses.replace(role, holder="Ada"), "holder").text == "Change holder"


def test_a_title_given_right_after_adding_a_role_joins_the_adding_step() -> None:
    # Tab, a title typed on the card, Enter: one step, as a user sees one act
    chart = company()
    history = History(chart)
    before = chart.state()
    role = Role("new-role", "New role")
    history.push(AddRole(role, "tech", "cto"))
    history.close_step()  # (the focus moving to the card's title editor ends the step)
    named = Role("new-role", "Data engineer")
    history.push(UpdateRole(role, named, "title"), join=True)
    assert history.texts() == ["Add role"] and chart.role("new-role").title == "Data engineer"
    history.undo()
    assert chart.state() == before
    history.redo()
    assert chart.role("new-role") == named
    # without join, after the session ended, a rename is a step of its own
    history.push(UpdateRole(named, Role("new-role", "ML engineer"), "title"))
    assert history.texts() == ["Add role", "Change title"]
    # and a later change of another field never joins the adding
    engineer = Role("new-role", "ML engineer")
    history.push(UpdateRole(engineer, dataclasses.replace(engineer, holder="Kim"), "holder"), join=True)
    assert history.texts() == ["Add role", "Change title", "Change holder"]


def test_a_macro_takes_in_only_a_title_joined_to_the_role_it_added() -> None:
    # A pushed macro swallowed the next edit its last command could merge: a custom field's
    # value typed right after "Add custom field" undid with it.
    chart = company()
    history = History(chart)
    role = Role("new-role", "New role")
    history.push(Macro("Add role", [AddRole(role, "tech", "cto")]))
    named = Role("new-role", "Data engineer")
    history.push(UpdateRole(role, named, "title"), join=True)  # the title typed on its card
    assert history.texts() == ["Add role"] and chart.role("new-role") == named
    other = Role("other-role", "New role")
    history.push(Macro("Add role", [AddRole(other, "tech", "cto")]))
    history.push(UpdateRole(other, Role("other-role", "Analyst"), "title"))  # no join: its own step
    assert history.texts() == ["Add role", "Add role", "Change title"]
    field = dataclasses.replace(named, custom={"floor": "3"})
    history.push(Macro("Add custom field", [UpdateRole(named, field, "custom field floor")]))
    history.push(UpdateRole(field, dataclasses.replace(field, custom={"floor": "4"}), "custom field floor"))
    assert history.texts() == ["Add role", "Add role", "Change title", "Add custom field", "Change custom field floor"]


def test_every_step_names_the_role_or_team_it_is_about_for_the_editor_to_select() -> None:
    chart = company()
    history = History(chart)
    cto = chart.role("cto")
    steps = [
        (AddRole(Role("dev3", "Dev 3"), "tech", "cto"), "dev3"),
        (UpdateRole(cto, dataclasses.replace(cto, title="CTO/CIO"), "title"), "cto"),
        (MoveRole("dev1", "mkt", "cmo"), "dev1"),
        (AddTeam(Team("ops", "Betrieb"), "top"), "ops"),
        (NestTeam("ops", "tech"), "ops"),
        (UpdateTeam(Team("ops", "Betrieb"), Team("ops", "IT-Betrieb"), "name"), "ops"),
        (AddLink(Link("cmo", "cto", LinkKind.WORKS_WITH)), "cmo"),
        (DeleteTeam("ops"), "ops"),
        (DeleteRole("dev2"), "dev2"),
        (Macro("Move role", [MoveRole("seo", "tech", "cto")]), "seo"),  # its first command's
        (Macro("Delete team", [DeleteRole("dev1")], subject="mkt"), "mkt"),  # its own
    ]
    for command, about in steps:
        history.push(command)
        assert subject(command) == about
    assert history.last_step is None  # pushing is not stepping
    history.undo()
    assert history.last_step is steps[-1][0]
    history.redo()
    assert history.last_step is steps[-1][0]
    assert subject(Macro("Empty")) == ""


def test_a_name_given_to_a_new_team_right_away_is_part_of_adding_it() -> None:
    chart = company()
    history = History(chart)
    team = Team("ops", "New team")
    history.push(AddTeam(team, "top"))
    history.push(UpdateTeam(team, dataclasses.replace(team, name="Betrieb"), "name"), join=True)
    assert history.texts() == ["Add team"] and chart.team("ops").name == "Betrieb"
    history.undo()
    assert not chart.has_team("ops")
    history.redo()
    assert chart.team("ops").name == "Betrieb"
    other = chart.team("mkt")  # a later change of another team is a step of its own
    history.push(UpdateTeam(other, dataclasses.replace(other, name="Vertrieb"), "name"), join=True)
    assert history.texts() == ["Add team", "Change team name"]
