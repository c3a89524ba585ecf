"""Bulk edits for loading files: the same rules as one by one, in linear time."""

from __future__ import annotations

import pytest

from orgchart.model import CycleError, Link, LinkKind, OrgChart, Role, StructureError, Team, UnknownIdError
from orgchart.model.bulk import nest_teams, set_managers


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
