"""Bulk edits for loading files: the same rules as one by one, in linear time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.model import (
    CycleError,
    DuplicateIdError,
    Link,
    LinkKind,
    OrgChart,
    OrgError,
    Role,
    StructureError,
    Team,
    UnknownIdError,
)
from orgchart.model.bulk import add_roles, nest_teams, remove_roles, set_managers
from tests.strategies import charts


def _flat(n: int) -> OrgChart:
    chart = OrgChart()
    chart.add_team(Team("t", "Team"))
    for i in range(n):
        chart.add_role(Role(f"r{i}", f"Rolle {i}"), "t")
    return chart


def test_a_deep_chain_is_set_in_one_go() -> None:
    chart = _flat(20_000)
    set_managers(chart, [(f"r{i}", f"r{i - 1}") for i in range(1, 20_000)])
    assert chart.manager_of("r19999") == "r19998"
    assert chart.role_ids()[:3] == ["r0", "r1", "r2"]
    chart.check()


def test_a_cycle_is_blamed_on_the_pair_that_closes_it_and_changes_nothing() -> None:
    chart = _flat(4)
    before = chart.state()
    with pytest.raises(CycleError) as caught:
        set_managers(chart, [("r1", "r0"), ("r2", "r1"), ("r0", "r2"), ("r3", "r0")])
    assert caught.value.at == 2
    assert (
        str(caught.value)
        == "Rolle 0 cannot report to Rolle 2: Rolle 2 already reports to Rolle 0 (via Rolle 1)"
    )
    assert chart.state() == before


@pytest.mark.parametrize(
    ("pairs", "at", "error", "words"),
    [
        ([("r0", "r1"), ("r1", "ghost")], 1, UnknownIdError, "no role with the id 'ghost'"),
        ([("r0", "r1"), ("r2", "r2")], 1, CycleError, "cannot report to itself"),
        ([("r3", "r0")], 0, StructureError, "already its secondary manager"),
    ],
)
def test_each_pair_is_checked_like_set_manager(
    pairs: list[tuple[str, str]], at: int, error: type[Exception], words: str
) -> None:
    chart = _flat(4)
    chart.add_link(Link("r3", "r0", LinkKind.MATRIX))
    before = chart.state()
    with pytest.raises(error, match=words) as caught:
        set_managers(chart, pairs)
    assert caught.value.at == at  # type: ignore[attr-defined]
    assert chart.state() == before


def test_team_nesting_in_bulk() -> None:
    chart = OrgChart()
    for i in range(3000):
        chart.add_team(Team(f"t{i}", f"T{i}"))
    nest_teams(chart, [(f"t{i}", f"t{i - 1}") for i in range(1, 3000)])
    assert chart.team_path("t3")[:2] == ["t2", "t1"]
    before = chart.state()
    with pytest.raises(
        CycleError, match="T0 cannot be nested in T2999: T2999 is already part of T0"
    ) as caught:
        nest_teams(chart, [("t0", "t2999")])
    assert caught.value.at == 0 and chart.state() == before


def _graph(chart: OrgChart) -> tuple[object, ...]:
    g = chart._g
    return (
        sorted((n, d["kind"], d["value"]) for n, d in g.nodes(data=True)),
        sorted((u, v, k, tuple(d.items())) for u, v, k, d in g.edges(keys=True, data=True)),
        sorted(g.in_edges(keys=True)),  # the same edges, as seen from their other end
        list(chart._role_seq),
    )


@settings(max_examples=40, deadline=None)
@given(charts(max_teams=4, max_roles=15, max_links=0))
def test_bulk_building_gives_the_graph_of_one_by_one(chart: OrgChart) -> None:
    def empty_copy() -> OrgChart:
        copy = OrgChart(chart.name)
        for t in chart.team_ids():
            copy.add_team(chart.team(t), chart.parent_of(t))
        return copy

    roles = [(chart.role(r), chart.team_of(r)) for r in chart.role_ids()]
    managed = [(r.id, chart.manager_of(r.id)) for r, _ in roles if chart.manager_of(r.id) is not None]
    one_by_one, bulk = empty_copy(), empty_copy()
    for role, team in roles:
        one_by_one.add_role(role, team)
    for role_id, manager in managed:
        one_by_one.set_manager(role_id, manager)
    add_roles(bulk, roles)
    set_managers(bulk, managed)
    bulk.check()
    assert bulk.state() == one_by_one.state() and _graph(bulk) == _graph(one_by_one)


def test_add_roles_refuses_a_repeated_id_or_a_missing_team_and_changes_nothing() -> None:
    chart = _flat(2)
    before = chart.state()
    with pytest.raises(DuplicateIdError) as caught:
        add_roles(chart, [(Role("n1", "Neu"), "t"), (Role("n1", "Neu"), "t")])
    assert caught.value.at == 1
    with pytest.raises(DuplicateIdError, match="'r0' is already used by a role") as caught:
        add_roles(chart, [(Role("n1", "Neu"), "t"), (Role("r0", "Neu"), "t")])
    assert caught.value.at == 1
    with pytest.raises(UnknownIdError, match="no team with the id 'x'") as caught:
        add_roles(chart, [(Role("n1", "Neu"), "x")])
    assert caught.value.at == 0
    assert chart.state() == before


@settings(max_examples=80)
@given(charts(max_teams=4, max_roles=16, max_links=8, park=True), st.data())
def test_removing_a_branch_in_bulk_is_removing_it_role_by_role(chart: OrgChart, data: st.DataObject) -> None:
    if not chart.role_ids():
        return
    top = data.draw(st.sampled_from(chart.role_ids()))
    branch = [top, *chart.descendants(top)][::-1]  # reports first
    one_by_one = chart.copy()
    heard: dict[str, list[object]] = {"bulk": [], "one by one": []}
    for name, copy in (("bulk", chart), ("one by one", one_by_one)):
        copy.events.link_removed.connect(lambda link, name=name: heard[name].append(link.key))
        copy.events.role_removed.connect(lambda role, name=name: heard[name].append(role))
    for role_id in branch:
        one_by_one.remove_role(role_id)
    remove_roles(chart, branch)
    assert chart.state() == one_by_one.state() and chart.role_ids() == one_by_one.role_ids()
    assert heard["bulk"] == heard["one by one"]  # the same events, in the same order
    chart.check()


def test_a_role_whose_report_stays_is_refused_before_anything_is_removed() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("a", "A"), "t")
    chart.add_role(Role("b", "B"), "t", "a")
    chart.add_role(Role("c", "C"), "t", "b")
    before = chart.state()
    with pytest.raises(StructureError, match="still report to it"):
        remove_roles(chart, ["c", "a"])  # b stays, and reports to a
    with pytest.raises(OrgError):
        remove_roles(chart, ["c", "nobody"])
    with pytest.raises(StructureError):  # a manager before its report, as one by one refuses
        remove_roles(chart, ["a", "b", "c"])
    with pytest.raises(UnknownIdError):  # listed twice: the second is gone by then
        remove_roles(chart, ["c", "c"])
    assert chart.state() == before
    chart.check()
