"""A layout that reuses the previous layout's team blocks (as the editor's does after each
edit) is exactly the layout made from scratch, and reuses what an edit did not touch."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart.commands import History, MoveRole, UpdateRole
from orgchart.layout import LayoutParams, tidy_layout
from orgchart.layout.memo import LayoutMemo
from orgchart.model import Direction, Link, LinkKind, OrgChart, OrgError, Role, Team
from tests.edits import random_edit
from tests.strategies import charts

PARAMS = [
    LayoutParams(),
    LayoutParams(compact=True),
    LayoutParams(direction=Direction.LEFT_RIGHT),
]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_teams=5, max_roles=16, park=True), st.data())
def test_after_any_edits_the_reusing_layout_equals_a_fresh_one(chart: OrgChart, data: st.DataObject) -> None:
    memo = LayoutMemo()
    history = History(chart)
    for n in range(data.draw(st.integers(1, 12))):
        if data.draw(st.booleans()):
            try:
                history.push(random_edit(data, chart, n))
            except (OrgError, ValueError):
                pass
        elif history.can_undo and data.draw(st.booleans()):
            history.undo()
        params = data.draw(st.sampled_from(PARAMS))
        roles = chart.role_ids()
        if roles and data.draw(st.booleans()):
            params = dataclasses.replace(params, collapsed=frozenset(data.draw(st.sets(st.sampled_from(roles)))))
        assert tidy_layout(chart, params, memo=memo) == tidy_layout(chart, params)


def _departments(n: int = 6, per_team: int = 30) -> OrgChart:
    chart = OrgChart("Firma")
    chart.add_team(Team("top", "Leitung"))
    chart.add_role(Role("ceo", "Geschäftsführung"), "top")
    for d in range(n):
        chart.add_team(Team(f"d{d}", f"Abteilung {d}"), "top")
        chart.add_role(Role(f"d{d}-lead", f"Leitung {d}"), f"d{d}", "ceo")
        chart.add_team(Team(f"d{d}-a", f"Team {d}a"), f"d{d}")
        chart.add_role(Role(f"d{d}-a0", f"Teamleitung {d}a"), f"d{d}-a", f"d{d}-lead")
        for k in range(1, per_team):
            chart.add_role(Role(f"d{d}-a{k}", f"Fachkraft {k}"), f"d{d}-a", f"d{d}-a0")
    return chart


def test_a_move_between_two_teams_lays_out_only_those_teams_and_the_teams_around_them() -> None:
    chart = _departments()
    for d in (1, 5):  # one department left of the move, one right of it
        chart.add_link(Link(f"d{d}-a1", f"d{d}-a3", LinkKind.WORKS_WITH))
    memo = LayoutMemo()
    tidy_layout(chart, memo=memo)
    assert memo.made == 6 * 2 + 1 + 1  # every team and the whole chart, the first time
    assert memo.searched == 2
    History(chart).push(MoveRole("d0-a5", "d3-a", "d3-a0"))
    moved = tidy_layout(chart, memo=memo)
    # d0-a, d0, d3-a, d3, the top team and the whole chart; the other 8 teams are reused,
    # and so are the dotted lines' routes, which have the same cards around them.
    assert (memo.made, memo.reused, memo.searched) == (6, 8, 0)
    assert moved == tidy_layout(chart)


def test_a_new_title_that_keeps_the_card_size_reuses_every_block() -> None:
    chart = _departments()
    memo = LayoutMemo()
    tidy_layout(chart, memo=memo)
    old = chart.role("d2-a3")
    History(chart).push(UpdateRole(old, dataclasses.replace(old, title="Fachkraft 9"), "title"))
    assert tidy_layout(chart, memo=memo) == tidy_layout(chart)
    assert memo.made == 0


def test_other_options_start_afresh() -> None:
    chart = _departments(2, 5)
    memo = LayoutMemo()
    tidy_layout(chart, memo=memo)
    left_right = LayoutParams(direction=Direction.LEFT_RIGHT)
    assert tidy_layout(chart, left_right, memo=memo) == tidy_layout(chart, left_right)
    assert memo.reused == 0


def test_a_report_moved_between_two_managers_of_one_sub_team_gets_its_new_line() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "Bereich"))
    chart.add_team(Team("s1", "Team 1"), "t")
    chart.add_team(Team("s2", "Team 2"), "t")
    for role_id, manager in (("a", None), ("b", None), ("a1", "a"), ("b1", "b")):
        chart.add_role(Role(role_id, role_id.upper()), "s1", manager)
    chart.add_role(Role("r", "R"), "s2", "a")
    memo = LayoutMemo()
    tidy_layout(chart, memo=memo)
    History(chart).push(MoveRole("r", "s2", "b"))
    moved = tidy_layout(chart, memo=memo)
    assert ("b", "r") in {(line.source, line.target) for line in moved.lines}
    assert moved == tidy_layout(chart)
