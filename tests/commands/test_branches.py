"""Copy and paste a branch: new ids, the same shape, its dotted lines, one undo step."""

from __future__ import annotations

from orgchart.commands import History, PasteBranch, copy_branch
from orgchart.model import Link, LinkKind, Role, Team
from tests.commands.test_commands import company


def test_a_pasted_branch_has_new_ids_the_same_shape_and_its_inner_dotted_lines() -> None:
    chart = company()
    chart.add_link(Link("dev1", "dev2", LinkKind.WORKS_WITH, "Pairing"))
    before = chart.state()
    branch = copy_branch(chart, "cto")
    history = History(chart)
    paste = PasteBranch(branch, "mkt", "cmo")
    history.push(paste)
    top = paste.top
    assert top not in ("cto",) and chart.role(top).title == "CTO"
    assert chart.manager_of(top) == "cmo" and chart.team_of(top) == "mkt"
    copies = chart.reports_of(top)
    assert [chart.role(r).title for r in copies] == ["Dev 1", "Dev 2"]
    assert all(chart.team_of(r) == "mkt" for r in copies)  # the branch's own team came along
    inner = [link for link in chart.links() if link.label == "Pairing"]
    assert len(inner) == 2 and {inner[1].source, inner[1].target} <= set(copies) | {"dev1", "dev2"}
    # dotted lines that leave the branch are not copied (seo -> dev1, dev2 -> cmo)
    assert len(chart.links()) == len(before[3]) + 1
    history.undo()
    assert chart.state() == before
    history.redo()
    assert paste.top == top and chart.has_role(top)  # the same ids again


def test_roles_of_another_team_in_the_branch_keep_their_team() -> None:
    chart = company()
    chart.add_team(Team("qa", "QA"), "tech")
    chart.add_role(Role("tester", "Tester"), "qa", "dev1")
    paste = PasteBranch(copy_branch(chart, "cto"), "mkt", "cmo")
    History(chart).push(paste)
    (dev1_copy, _) = chart.reports_of(paste.top)
    (tester_copy,) = chart.reports_of(dev1_copy)
    assert chart.team_of(dev1_copy) == "mkt" and chart.team_of(tester_copy) == "qa"


def test_two_roles_with_the_same_title_get_different_ids() -> None:
    chart = company()
    chart.add_role(Role("dev1b", "Dev 1"), "tech", "cto")  # a second "Dev 1"
    paste = PasteBranch(copy_branch(chart, "cto"), "tech", "ceo")
    History(chart).push(paste)
    assert len(set(paste.ids)) == len(paste.ids) == 4
