"""Random sequences of edits never break an invariant, and a refused edit changes nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from orgchart.model import KEEP, Link, LinkKind, OrgChart, OrgError, Role, Team
from tests.strategies import colors, names, texts


class ChartEdits(RuleBasedStateMachine):
    """Applies every kind of edit the editor will make, valid or not, to one chart."""

    def __init__(self) -> None:
        super().__init__()
        self.chart = OrgChart("Random")
        self.counter = 0
        self.refused = 0

    @initialize()
    def start_with_a_small_organisation(self) -> None:
        # A department with a chain and a sub-team, so that moves, cycles and reordering
        # have something to work on from the first step.
        self.chart.add_team(Team("d", "Abteilung"))
        self.chart.add_team(Team("s", "Team"), "d")
        self.chart.add_role(Role("a", "Leitung"), "d")
        self.chart.add_role(Role("b", "Teamleitung"), "s", "a")
        self.chart.add_role(Role("c", "Fachkraft"), "s", "b")
        self.chart.add_role(Role("e", "Assistenz"), "d", "a")

    # Ids are mostly drawn from what exists; now and then one that does not.
    def _role_id(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from([*self.chart.role_ids() * 6, "ghost"]))

    def _team_id(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from([*self.chart.team_ids() * 6, "nowhere"]))

    def _maybe_role(self, data: st.DataObject) -> str | None:
        return data.draw(st.none() | st.sampled_from([*self.chart.role_ids() * 6, "ghost"]))

    def _maybe_index(self, data: st.DataObject) -> int | None:
        return data.draw(st.none() | st.integers(-2, 8))

    def _fresh(self) -> str:
        self.counter += 1
        return f"n{self.counter}"

    def attempt(self, edit: Callable[[], object]) -> None:
        """Run an edit; if the model refuses it, the chart must be exactly as before."""
        before = self.chart.state()
        sequence = (list(self.chart.role_ids()), list(self.chart.team_ids()))
        try:
            edit()
            event("edit applied")
        except OrgError as error:
            event(f"edit refused: {type(error).__name__}")
            self.refused += 1
            assert self.chart.state() == before
            assert (self.chart.role_ids(), self.chart.team_ids()) == sequence

    @rule(data=st.data(), name=names, color=st.none() | colors)
    def add_team(self, data: st.DataObject, name: str, color: str | None) -> None:
        parent = data.draw(st.none() | st.sampled_from([*self.chart.team_ids(), "nowhere"]))
        team = Team(self._fresh(), name, color=color)
        self.attempt(lambda: self.chart.add_team(team, parent, index=self._maybe_index(data)))

    @rule(data=st.data(), title=names)
    def add_role(self, data: st.DataObject, title: str) -> None:
        role = Role(data.draw(st.sampled_from([self._fresh()] * 5 + self.chart.team_ids()[:1])), title)
        team, manager = self._team_id(data), self._maybe_role(data)
        self.attempt(lambda: self.chart.add_role(role, team, manager, index=self._maybe_index(data)))

    @rule(data=st.data())
    def remove_role(self, data: st.DataObject) -> None:
        role_id = self._role_id(data)
        self.attempt(lambda: self.chart.remove_role(role_id))

    @rule(data=st.data())
    def remove_team(self, data: st.DataObject) -> None:
        team_id = self._team_id(data)
        self.attempt(lambda: self.chart.remove_team(team_id))

    @rule(data=st.data(), title=names)
    def rename_role(self, data: st.DataObject, title: str) -> None:
        role_id = self._role_id(data)
        self.attempt(lambda: self.chart.rename_role(role_id, title))

    @rule(data=st.data(), name=names)
    def rename_team(self, data: st.DataObject, name: str) -> None:
        team_id = self._team_id(data)
        self.attempt(lambda: self.chart.rename_team(team_id, name))

    @rule(data=st.data(), holder=st.none() | names)
    def update_role(self, data: st.DataObject, holder: str | None) -> None:
        if self.chart.role_count:
            role = self.chart.role(self._role_id(data).replace("ghost", self.chart.role_ids()[0]))
            self.attempt(lambda: self.chart.update_role(dataclasses.replace(role, holder=holder)))

    @rule(data=st.data())
    def set_manager(self, data: st.DataObject) -> None:
        role_id, manager = self._role_id(data), self._maybe_role(data)
        self.attempt(lambda: self.chart.set_manager(role_id, manager, index=self._maybe_index(data)))

    @rule(data=st.data(), keep=st.booleans())
    def move_role(self, data: st.DataObject, keep: bool) -> None:
        role_id, team_id = self._role_id(data), self._team_id(data)
        manager = KEEP if keep else self._maybe_role(data)
        self.attempt(
            lambda: self.chart.move_role(role_id, team_id, manager=manager, index=self._maybe_index(data))
        )

    @rule(data=st.data())
    def nest_team(self, data: st.DataObject) -> None:
        team_id = self._team_id(data)
        parent = data.draw(st.none() | st.sampled_from([*self.chart.team_ids(), "nowhere"]))
        self.attempt(lambda: self.chart.nest_team(team_id, parent, index=self._maybe_index(data)))

    @rule(data=st.data(), index=st.integers(-1, 8))
    def reorder(self, data: st.DataObject, index: int) -> None:
        role_id, team_id = self._role_id(data), self._team_id(data)
        self.attempt(lambda: self.chart.reorder_role(role_id, index))
        self.attempt(lambda: self.chart.reorder_team(team_id, index))

    @rule(data=st.data(), kind=st.sampled_from(LinkKind), label=texts)
    def add_link(self, data: st.DataObject, kind: LinkKind, label: str) -> None:
        source, target = self._role_id(data), self._role_id(data)
        if source != target:
            self.attempt(lambda: self.chart.add_link(Link(source, target, kind, label)))

    @rule(data=st.data(), label=texts)
    def change_or_remove_link(self, data: st.DataObject, label: str) -> None:
        links = self.chart.links()
        if links:
            link = data.draw(st.sampled_from(links))
            if data.draw(st.booleans()):
                self.attempt(lambda: self.chart.update_link(dataclasses.replace(link, label=label)))
            else:
                self.attempt(lambda: self.chart.remove_link(*link.key))

    @invariant()
    def invariants_hold(self) -> None:
        self.chart.check()
        assert self.chart.link_count == len(self.chart.links())
        for role_id in self.chart.role_ids():
            assert self.chart.has_team(self.chart.team_of(role_id))

    @invariant()
    def copies_are_equal(self) -> None:
        assert self.chart.copy() == self.chart


ChartEdits.TestCase.settings = settings(max_examples=80, stateful_step_count=40)
test_random_edits_keep_the_invariants = ChartEdits.TestCase


def test_the_random_edits_reach_deep_charts() -> None:
    """Guards the state machine itself: its edits must build real hierarchies, not only be
    refused (otherwise the invariants above are checked on empty charts)."""
    machine = ChartEdits()
    machine.start_with_a_small_organisation()
    for i in range(30):
        machine.chart.add_role(Role(f"x{i}", f"X{i}"), "s", machine.chart.role_ids()[-1])
    assert len(machine.chart.chain_of_command("x29")) > 20
