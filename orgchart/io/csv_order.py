"""The order of a CSV file's rows, so that the CSV reader builds the chart's order again.

The reader keeps rows in order: siblings (a manager's reports, a team's top roles) are
ordered as their rows are, and teams as their names first appear. Reading order alone does
not do: a department head's reports in later departments would come before the next
department's own rows and so reorder the departments. So the rows are every role in an order
that keeps each sibling list in order, and that opens teams (their first row) in the
chart's team order: roles of teams already opened go first, and the next team is opened
only when no such role is left.
"""

from __future__ import annotations

import heapq

from orgchart.model.views import Hierarchy

#: What the reader knows a team by: (team,), (department, team) or (division, department,
#: team), names without spaces.
Key = tuple[str, ...]


def row_order(hierarchy: Hierarchy, key_of: dict[str, Key], team_order: list[str]) -> tuple[list[str], bool]:
    """The role ids in row order, and whether teams will be read in ``team_order`` (False
    when the sibling orders do not allow it: then some teams come out in another order).

    ``key_of``: team id -> the key its roles' rows name; ``team_order``: the team ids in order."""
    index = {role_id: i for i, role_id in enumerate(hierarchy.order)}
    after = _successors(hierarchy)
    role_key = {r: key_of[hierarchy.team[r]] for r in hierarchy.order}
    wanted = _openings(team_order, key_of, set(role_key.values()))
    opened: set[Key] = set()
    ready: list[int] = []  # reading-order indexes of roles that may be written now
    waiting: dict[Key, list[int]] = {}  # the same, for roles whose team is not opened yet
    order: list[str] = []
    openings: list[Key] = []

    def offer(role_id: str) -> None:
        key = role_key[role_id]
        heapq.heappush(ready if key in opened else waiting.setdefault(key, []), index[role_id])

    def open_team(key: Key) -> None:
        for part in _prefixes(key):
            if part not in opened:
                opened.add(part)
                openings.append(part)
                for i in waiting.pop(part, []):
                    heapq.heappush(ready, i)

    later = set(after.values())
    for role_id in hierarchy.order:
        if role_id not in later:  # the first of its siblings
            offer(role_id)
    next_team = 0
    while len(order) < len(hierarchy.order):
        while ready:
            role_id = hierarchy.order[heapq.heappop(ready)]
            order.append(role_id)
            if role_id in after:
                offer(after[role_id])
        if len(order) == len(hierarchy.order):
            break
        while wanted[next_team] in opened:
            next_team += 1
        key = wanted[next_team]
        inner = _first_inner(wanted, next_team, waiting)
        if waiting.get(key):
            open_team(key)
        elif inner is not None:
            open_team(inner)  # a department opens with its first team's row
        else:  # the sibling orders forbid the wanted order: open what comes first
            first = min((heap[0], k) for k, heap in waiting.items() if heap)[1]
            open_team(first)
    return order, openings == wanted


def _successors(hierarchy: Hierarchy) -> dict[str, str]:
    """Role id -> the next sibling (the next report of its manager, or the next top role of
    its team), from reading order, where siblings come in their order."""
    last: dict[tuple[str, str | None], str] = {}
    after: dict[str, str] = {}
    for role_id in hierarchy.order:
        manager = hierarchy.manager[role_id]
        group = ("manager", manager) if manager is not None else ("team", hierarchy.team[role_id])
        if group in last:
            after[last[group]] = role_id
        last[group] = role_id
    return after


def _openings(team_order: list[str], key_of: dict[str, Key], used: set[Key]) -> list[Key]:
    """The keys in the order the reader should first meet them: divisions before their
    departments before their teams, all in the chart's team order."""
    needed = {part for key in used for part in _prefixes(key)}
    wanted: list[Key] = []
    for team_id in team_order:
        for part in _prefixes(key_of[team_id]):
            if part in needed:
                needed.discard(part)
                wanted.append(part)
    return wanted


def _prefixes(key: Key) -> list[Key]:
    """The teams a key opens, outermost first: ("a",), ("a", "b"), ("a", "b", "c")."""
    return [key[:n] for n in range(1, len(key) + 1)]


def _first_inner(wanted: list[Key], at: int, waiting: dict[Key, list[int]]) -> Key | None:
    """A team with no row of its own opens with the row of its first team (or that team's
    first, level by level) that has one: the wanted keys right after it that lie inside it."""
    outer, k = wanted[at], at + 1
    while k < len(wanted) and len(wanted[k]) > len(outer) and wanted[k][: len(outer)] == outer:
        if waiting.get(wanted[k]):
            return wanted[k]
        outer, k = wanted[k], k + 1
    return None
