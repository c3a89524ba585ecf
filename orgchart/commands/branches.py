"""Copy, cut, paste and duplicate a role with everything below it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from orgchart.commands.history import Command
from orgchart.model import Link, OrgChart, Role
from orgchart.model.ids import slug


@dataclass(frozen=True)
class Branch:
    """A copied role and the roles below it, parents first: each with the index of its
    manager in ``roles`` (-1 for the copied role) and its team; and the dotted lines
    between them."""

    roles: tuple[tuple[Role, int, str], ...]
    links: tuple[Link, ...]


def copy_branch(chart: OrgChart, role_id: str) -> Branch:
    ids = [role_id, *chart.descendants(role_id)]
    where = {r: k for k, r in enumerate(ids)}
    roles = tuple(
        (chart.role(r), -1 if k == 0 else where[chart.manager_of(r) or ""], chart.team_of(r))
        for k, r in enumerate(ids)
    )
    keys = {
        link.key: link
        for r in ids
        for link in chart.links_of(r)
        if link.source in where and link.target in where
    }
    links = tuple(keys[k] for k in sorted(keys, key=lambda k: (k[0], k[1], k[2].value)))
    return Branch(roles, links)


class PasteBranch:
    """Add a copy of ``branch`` with new ids, its top role in ``team`` under ``manager`` at
    ``index``. Roles that were in the copied role's team join ``team`` with it; roles of
    other teams keep their team if it still exists."""

    text = "Paste"

    def __init__(self, branch: Branch, team: str, manager: str | None, index: int | None = None) -> None:
        self.branch, self.team, self.manager, self.index = branch, team, manager, index
        self.ids: list[str] = []  # chosen on the first redo, the same on every later one

    @property
    def top(self) -> str:
        """The id of the pasted copy of the copied role (after the first redo)."""
        return self.ids[0]

    @property
    def subject(self) -> str:
        """The role it is about (selected after an undo or redo): the pasted copy."""
        return self.top if self.ids else ""

    def redo(self, chart: OrgChart) -> None:
        roles = self.branch.roles
        if not self.ids:
            fresh = FreshIds(chart)
            self.ids = [fresh(role.title) for role, _, _ in roles]
        top_team = roles[0][2]
        added: list[str] = []
        try:
            for k, (role, up, team) in enumerate(roles):
                if up < 0:
                    place, manager, index = self.team, self.manager, self.index
                else:
                    moved = team == top_team or not chart.has_team(team)
                    place, manager, index = (self.team if moved else team), self.ids[up], None
                chart.add_role(dataclasses.replace(role, id=self.ids[k]), place, manager, index=index)
                added.append(self.ids[k])
            new_id = dict(zip((role.id for role, _, _ in roles), self.ids, strict=True))
            for link in self.branch.links:
                chart.add_link(
                    dataclasses.replace(link, source=new_id[link.source], target=new_id[link.target])
                )
        except Exception:
            for role_id in reversed(added):
                chart.remove_role(role_id)
            raise

    def undo(self, chart: OrgChart) -> None:
        for role_id in reversed(self.ids):
            chart.remove_role(role_id)  # leaves first; its dotted lines go with it

    def merge(self, later: Command) -> bool:
        return False


class _Taken:
    """The ids in the chart and those given to the copies so far."""

    def __init__(self, chart: OrgChart) -> None:
        self.chart, self.mine = chart, set[str]()

    def __contains__(self, node_id: object) -> bool:
        return isinstance(node_id, str) and (
            node_id in self.mine or self.chart.has_role(node_id) or self.chart.has_team(node_id)
        )


class FreshIds:
    """Readable ids nobody has yet, as `unique_id` makes them (the same ids), remembering
    the last number given per word: copying 5,000 roles of five titles would otherwise try
    every number from 2 again for each copy (30 s)."""

    def __init__(self, chart: OrgChart) -> None:
        self.taken = _Taken(chart)
        self.next: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        base = slug(text) or "item"
        n = self.next.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self.next[base] = n + 1
        self.taken.mine.add(candidate)
        return candidate
