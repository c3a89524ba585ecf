"""`OrgChart`: teams, roles and their relations in one NetworkX graph, with the rules kept.

Nodes are team and role ids (one id space); each node holds its frozen value. Edges are typed
by their key: a role is a *member of* one team, *reports to* at most one role, a team is *part
of* at most one team, and dotted lines (matrix manager, works closely with) join two roles
without taking part in the hierarchy.

Every mutator checks first and changes second, so a refused edit leaves the chart as it was.
Readers get values, ids and lists, never the graph itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from orgchart.model import views
from orgchart.model.entities import LinkKind, Role, Team, check_text
from orgchart.model.errors import CycleError, StructureError, said, via
from orgchart.model.holding import HoldingArea
from orgchart.model.ids import unique_id
from orgchart.model.invariants import check_invariants
from orgchart.model.store import KEEP, MEMBER_OF, PART_OF, REPORTS_TO, ROLE, TEAM, Keep
from orgchart.model.views import Hierarchy


class OrgChart(HoldingArea):
    """An organisation: nested teams, roles in them, reporting and dotted lines.

    Invariants, kept by every mutator: every role is in exactly one team; a role reports to at
    most one role and a team is part of at most one team; neither relation has a cycle; dotted
    lines join two existing roles; no reference dangles; a parked role (in the holding area)
    has no manager. Sibling order (the reports of a manager, the top roles of a team, the
    sub-teams of a team) is kept as given.
    """

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self._name = check_text(name, "the chart's name")

    # ----------------------------------------------------------------------------- reading
    @property
    def name(self) -> str:
        """The organisation's name, shown as the chart's title."""
        return self._name

    def set_name(self, name: str) -> None:
        self._name = check_text(name, "the chart's name")
        self._emit(self.events.renamed, name)

    def has_role(self, node_id: str) -> bool:
        return self._kind_of(node_id) == ROLE

    def has_team(self, node_id: str) -> bool:
        return self._kind_of(node_id) == TEAM

    def __contains__(self, node_id: object) -> bool:
        return isinstance(node_id, str) and node_id in self._g

    def role(self, role_id: str) -> Role:
        value = self._value(role_id, ROLE)
        assert isinstance(value, Role)
        return value

    def team(self, team_id: str) -> Team:
        value = self._value(team_id, TEAM)
        assert isinstance(value, Team)
        return value

    @property
    def role_count(self) -> int:
        return len(self._role_seq)

    @property
    def team_count(self) -> int:
        return len(self._team_seq)

    @property
    def link_count(self) -> int:
        """The number of dotted lines."""
        return len(self._links)

    def team_ids(self) -> list[str]:
        """Team ids, parents before children, siblings in their order."""
        out: list[str] = []
        stack = list(reversed(self.subteams_of(None)))
        while stack:
            team_id = stack.pop()
            out.append(team_id)
            stack.extend(reversed(self.subteams_of(team_id)))
        return out

    def role_ids(self) -> list[str]:
        """Role ids in reading order: team by team (in `team_ids` order), each team's top roles
        in their order, every role followed by its reports (depth first)."""
        return list(self.hierarchy().order)

    def teams(self) -> list[Team]:
        return [self.team(t) for t in self.team_ids()]

    def roles(self) -> list[Role]:
        return [self.role(r) for r in self.role_ids()]

    def roles_by_id(self, role_ids: Iterable[str]) -> dict[str, Role]:
        """Role id -> role, for many ids at once (without the checks per call of `role`)."""
        nodes = self._nodes
        out: dict[str, Role] = {}
        for role_id in role_ids:
            data = nodes.get(role_id)
            value = None if data is None else data["value"]
            if not isinstance(value, Role):
                self._require(role_id, ROLE)  # raises: not a role's id
            out[role_id] = value  # type: ignore[assignment]
        return out

    def team_of(self, role_id: str) -> str:
        """The team the role is a member of."""
        self._require(role_id, ROLE)
        return self._out(role_id, MEMBER_OF)  # type: ignore[return-value]

    def manager_of(self, role_id: str) -> str | None:
        """The role's solid-line manager, or ``None`` for a top role."""
        self._require(role_id, ROLE)
        return self._out(role_id, REPORTS_TO)

    def parent_of(self, team_id: str) -> str | None:
        """The team this team is part of, or ``None`` for a department at the top."""
        self._require(team_id, TEAM)
        return self._out(team_id, PART_OF)

    def reports_of(self, role_id: str) -> list[str]:
        """The role's direct reports, in their order."""
        self._require(role_id, ROLE)
        return self._ordered(self._in(role_id, REPORTS_TO))

    def members_of(self, team_id: str) -> list[str]:
        """Roles directly in the team (not in its sub-teams), in sequence order."""
        self._require(team_id, TEAM)
        return self._ordered(self._in(team_id, MEMBER_OF))

    def subteams_of(self, team_id: str | None) -> list[str]:
        """The team's sub-teams in their order; ``None`` gives the top-level departments."""
        if team_id is None:
            return self._ordered(t for t in self._team_seq if self._out(t, PART_OF) is None)
        self._require(team_id, TEAM)
        return self._ordered(self._in(team_id, PART_OF))

    def top_roles(self, team_id: str) -> list[str]:
        """The team's roles without a manager, in their order."""
        self._require(team_id, TEAM)
        return self._top_roles(team_id)

    def team_lead(self, team_id: str) -> str | None:
        """The first role placed in the team whose manager is outside it (or who has none);
        roles in the holding area do not lead."""
        return next(iter(self.heads_of(team_id)), None)

    def heads_of(self, team_id: str) -> list[str]:
        """The roles placed in the team whose manager is outside it (or who have none), in
        order: the team's lead first. Roles in the holding area are not among them."""
        members = self.members_of(team_id)
        inside = set(members)
        return [
            r
            for r in members
            if self._out(r, REPORTS_TO) not in inside and (not self._parked or self.held_by(r) is None)
        ]

    def chain_of_command(self, role_id: str) -> list[str]:
        """The role's managers, nearest first."""
        chain: list[str] = []
        current = self.manager_of(role_id)
        while current is not None:
            chain.append(current)
            current = self._out(current, REPORTS_TO)
        return chain

    def team_path(self, team_id: str) -> list[str]:
        """The teams that contain this one, nearest first."""
        path: list[str] = []
        current = self.parent_of(team_id)
        while current is not None:
            path.append(current)
            current = self._out(current, PART_OF)
        return path

    def descendants(self, role_id: str) -> list[str]:
        """Everybody below the role in the reporting hierarchy, depth first."""
        out: list[str] = []
        stack = list(reversed(self.reports_of(role_id)))
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(self.reports_of(current)))
        return out

    def new_id(self, text: str, *, prefix: str = "") -> str:
        """A readable id made from ``text`` that no role or team has yet."""
        return unique_id(prefix + text, self._g)

    def copy(self) -> OrgChart:
        """An independent chart with the same content (values are shared; they are frozen)."""
        other = OrgChart(self._name)
        other._bind(self._g.copy())
        other._role_seq = list(self._role_seq)
        other._team_seq = list(self._team_seq)
        other._links = dict(self._links)
        other._parked = set(self._parked)
        return other

    def extract(self, team_id: str) -> OrgChart:
        """A new chart with only ``team_id``, its sub-teams and their roles. Managers outside
        it are dropped (those roles become top roles), and so are dotted lines that leave it."""
        return views.extract(self, team_id)

    def top_levels(self, at_most: int) -> tuple[int, frozenset[str]]:
        """How many levels fit in ``at_most`` cards, and the branches to collapse to show them."""
        return views.top_levels(self, at_most)

    def hierarchy(self) -> Hierarchy:
        """Reading order with every role's manager and team, in one linear pass: for code
        that walks the whole chart (layout, export) and would otherwise ask role by role.
        Read once per state of the chart and shared: do not change what it holds."""
        if self._hierarchy is None:
            self._hierarchy = views.hierarchy(self)
        return self._hierarchy

    def team_ids_under(self, team_id: str) -> list[str]:
        """The team and all teams nested in it, parents first."""
        out = [team_id]
        self._require(team_id, TEAM)
        for t in out:
            out.extend(self.subteams_of(t))
        return out

    def state(self) -> tuple[Any, ...]:
        """Everything that makes up the organisation, in a comparable form."""
        return (
            self._name,
            tuple((t, self.team(t), self.parent_of(t)) for t in self.team_ids()),
            tuple((r, self.role(r), self.team_of(r), self.manager_of(r)) for r in self.role_ids()),
            tuple(self.links()),
            tuple(self.parked()),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrgChart):
            return NotImplemented
        return self.state() == other.state()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return (
            f"<OrgChart {self._name!r}: {self.team_count} teams, {self.role_count} roles, "
            f"{self.link_count} dotted lines>"
        )

    # ------------------------------------------------------------------------------- teams
    def add_team(self, team: Team, parent: str | None = None, *, index: int | None = None) -> None:
        """Add a team, at the top or inside ``parent``; ``index`` places it among its siblings."""
        self._check_value(team, Team)
        self._check_index(index)
        self._require_free(team.id)
        if parent is not None:
            self._require(parent, TEAM)
        siblings = [] if index is None else self.subteams_of(parent)
        self._g.add_node(team.id, kind=TEAM, value=team)
        if parent is not None:
            self._g.add_edge(team.id, parent, key=PART_OF)
        self._insert(self._team_seq, team.id, siblings, index)
        self._emit(self.events.team_added, team.id)

    def update_team(self, team: Team) -> None:
        """Replace a team's value (name, colour, description, layout preference)."""
        self._check_value(team, Team)
        self._require(team.id, TEAM)
        self._g.nodes[team.id]["value"] = team
        self._emit(self.events.team_changed, team.id)

    def rename_team(self, team_id: str, name: str) -> None:
        self.update_team(dataclasses.replace(self.team(team_id), name=name))

    def remove_team(self, team_id: str) -> None:
        """Remove an empty team. A team that still has roles or sub-teams is refused."""
        team = self.team(team_id)
        members, subteams = self.members_of(team_id), self.subteams_of(team_id)
        if members or subteams:
            what = " and ".join(
                part
                for part in (
                    _count(len(members), "role"),
                    _count(len(subteams), "sub-team"),
                )
                if not part.startswith("0 ")
            )
            raise StructureError(
                f"{team.name} cannot be removed: it still has {what}; move or remove them first"
            ).saying(said("“%1” still holds roles or teams: move them first, then delete it."), team.name)
        self._g.remove_node(team_id)
        self._team_seq.remove(team_id)
        if self._pos is not None:
            self._pos.pop(team_id, None)  # the others keep their order
        self._emit(self.events.team_removed, team_id)

    def nest_team(self, team_id: str, parent: str | None, *, index: int | None = None) -> None:
        """Put a team inside ``parent`` (``None``: make it a top-level department)."""
        self._check_index(index)
        team = self.team(team_id)
        if parent is not None:
            parent_team = self.team(parent)
            if parent == team_id:
                raise CycleError.of(said("%1 cannot be nested in itself"), team.name)
            if team_id in self.team_path(parent):
                raise CycleError.of(
                    said("%1 cannot be nested in %2: %2 is already part of %1"), team.name, parent_team.name
                )
        old = self._out(team_id, PART_OF)
        if old != parent:
            if old is not None:
                self._g.remove_edge(team_id, old, key=PART_OF)
            if parent is not None:
                self._g.add_edge(team_id, parent, key=PART_OF)
        if index is not None or old != parent:
            self._reinsert(self._team_seq, team_id, self.subteams_of(parent), index)
        self._emit(self.events.team_moved, team_id)

    def reorder_team(self, team_id: str, index: int) -> None:
        """Move a team to position ``index`` among its siblings."""
        self.nest_team(team_id, self.parent_of(team_id), index=index)

    # ------------------------------------------------------------------------------- roles
    def add_role(
        self,
        role: Role,
        team: str,
        manager: str | None = None,
        *,
        index: int | None = None,
    ) -> None:
        """Add a role to ``team``, reporting to ``manager`` if given; ``index`` places it among
        its siblings (the manager's reports, or the team's top roles)."""
        self._check_value(role, Role)
        self._check_index(index)
        self._require_free(role.id)
        self._require(team, TEAM)
        if manager is not None:
            self._require(manager, ROLE)
        siblings = [] if index is None else self._siblings_for(team, manager)
        self._g.add_node(role.id, kind=ROLE, value=role)
        self._g.add_edge(role.id, team, key=MEMBER_OF)
        if manager is not None:
            self._g.add_edge(role.id, manager, key=REPORTS_TO)
        self._insert(self._role_seq, role.id, siblings, index)
        self._emit(self.events.role_added, role.id)

    def update_role(self, role: Role) -> None:
        """Replace a role's value (title, holder, responsibilities, …)."""
        self._check_value(role, Role)
        self._require(role.id, ROLE)
        self._g.nodes[role.id]["value"] = role
        self._emit(self.events.role_changed, role.id)

    def rename_role(self, role_id: str, title: str) -> None:
        self.update_role(dataclasses.replace(self.role(role_id), title=title))

    def remove_role(self, role_id: str) -> None:
        """Remove a role and its dotted lines. A role that still has reports is refused."""
        role = self.role(role_id)
        reports = self.reports_of(role_id)
        if reports:
            raise StructureError(
                f"{role.title} cannot be removed: {_count(len(reports), 'role')} still report to it; "
                "give them another manager or remove them first"
            )
        links = self.links_of(role_id)
        self._g.remove_node(role_id)
        self._role_seq.remove(role_id)
        self._parked.discard(role_id)
        if self._pos is not None:
            self._pos.pop(role_id, None)  # the others keep their order
        for link in links:
            del self._links[link.key]
        for link in links:
            self._emit(self.events.link_removed, link)
        self._emit(self.events.role_removed, role_id)

    def set_manager(self, role_id: str, manager: str | None, *, index: int | None = None) -> None:
        """Make ``role_id`` report to ``manager`` (``None``: no manager).

        Without ``index`` the role keeps its place in the sequence; with it, it goes to that
        position among the new manager's reports.
        """
        self._check_index(index)
        self._check_manager(role_id, manager)
        old = self._out(role_id, REPORTS_TO)
        if old != manager:
            if old is not None:
                self._g.remove_edge(role_id, old, key=REPORTS_TO)
            if manager is not None:
                self._g.add_edge(role_id, manager, key=REPORTS_TO)
        if index is not None:
            self._reinsert(self._role_seq, role_id, self._siblings_for(self.team_of(role_id), manager), index)
        self._emit(self.events.role_moved, role_id)

    def move_role(
        self,
        role_id: str,
        team: str,
        *,
        manager: str | None | Keep = KEEP,
        index: int | None = None,
    ) -> None:
        """Move a role into ``team``; give it a new ``manager`` too, or keep the current one.
        Its reports stay with it in the hierarchy (their teams do not change)."""
        self._check_index(index)
        self._require(role_id, ROLE)
        self._require(team, TEAM)
        new_manager = self.manager_of(role_id) if isinstance(manager, Keep) else manager
        self._check_manager(role_id, new_manager)
        old_team = self.team_of(role_id)
        old_manager = self._out(role_id, REPORTS_TO)
        if old_team != team:
            self._g.remove_edge(role_id, old_team, key=MEMBER_OF)
            self._g.add_edge(role_id, team, key=MEMBER_OF)
        if old_manager != new_manager:
            if old_manager is not None:
                self._g.remove_edge(role_id, old_manager, key=REPORTS_TO)
            if new_manager is not None:
                self._g.add_edge(role_id, new_manager, key=REPORTS_TO)
        if index is not None or old_team != team or old_manager != new_manager:
            self._reinsert(self._role_seq, role_id, self._siblings_for(team, new_manager), index)
        self._emit(self.events.role_moved, role_id)

    def set_team(self, role_id: str, team: str) -> None:
        """Move a role into ``team`` and nothing else: its manager, its reports and its place
        in every order stay as they are (a dissolved team's roles joining the one around it)."""
        self._require(team, TEAM)
        old = self.team_of(role_id)
        if old != team:
            self._g.remove_edge(role_id, old, key=MEMBER_OF)
            self._g.add_edge(role_id, team, key=MEMBER_OF)
            self._emit(self.events.role_moved, role_id)

    def reorder_role(self, role_id: str, index: int) -> None:
        """Move a role to position ``index`` among its siblings."""
        self.set_manager(role_id, self.manager_of(role_id), index=index)

    def check(self) -> None:
        """Verify every invariant from scratch; raise `StructureError` naming the first broken
        one. Mutators keep them, so this is for tests and for files built by hand."""
        check_invariants(self)

    def _check_manager(self, role_id: str, manager: str | None) -> None:
        if manager is None:
            self.role(role_id)
            return
        self._check_pair(role_id, manager)
        chain = self.chain_of_command(manager)
        if role_id in chain:
            role, boss = self.role(role_id), self.role(manager)
            how = via([self.role(v).title for v in chain[: chain.index(role_id)]])
            raise CycleError(
                f"{role.title} cannot report to {boss.title}: "
                f"{boss.title} already reports to {role.title}{how}"
            ).saying(said("%1 cannot report to %2: %2 already reports to %1"), role.title, boss.title)

    def _check_pair(self, role_id: str, manager: str) -> None:
        """Every rule for "role reports to manager" but the cycle check."""
        role, boss = self.role(role_id), self.role(manager)
        self._refuse_if_parked(role_id)
        if manager == role_id:
            raise CycleError.of(said("%1 cannot report to itself"), role.title)
        if (role_id, manager, LinkKind.MATRIX) in self._links:
            raise StructureError.of(
                said(
                    "%1 cannot report to %2: %2 is already its secondary manager; "
                    "remove that dotted line first"
                ),
                role.title,
                boss.title,
            )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
