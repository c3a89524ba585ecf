"""Building or reading large charts in one go: bulk edits that check once, and a pause for
the garbage collector."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from typing import TYPE_CHECKING

from orgchart.model.entities import Link, LinkKind, Role
from orgchart.model.errors import CycleError, DuplicateIdError, OrgError, UnknownIdError, via
from orgchart.model.store import MEMBER_OF, PART_OF, REPORTS_TO, ROLE, TEAM

if TYPE_CHECKING:
    from orgchart.model.chart import OrgChart


#: how many pauses of the collector are under way (in any thread), and whether it ran before
_pauses = 0
_was_enabled = True
_pause_lock = threading.Lock()


def pause_gc() -> None:
    """Pause Python's cyclic garbage collector until the matching `resume_gc`. Pauses nest and
    may overlap across threads (a file read in a worker while the window lays out): the
    collector runs again when the last one ends, if it ran before the first."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def resume_gc() -> None:
    """End one `pause_gc`."""
    global _pauses
    with _pause_lock:
        if _pauses == 0:
            raise RuntimeError("resume_gc without pause_gc")
        _pauses -= 1
        if _pauses == 0 and _was_enabled:
            gc.enable()


class GcPause:
    """A `pause_gc` from now until `end`, which may be called more than once (the first ends it):
    the editor's start ends it after its first frame, or on its way out if it never got there.
    What was made in the meantime joins the collector's oldest objects."""

    def __init__(self) -> None:
        pause_gc()
        self.ended = False

    def end(self) -> None:
        if not self.ended:
            self.ended = True
            # What the start made is there to stay (modules, the window, the first chart).
            # Left in the youngest generation, the next allocation would have the collector
            # look through all of it, and again in the middle one; moved to the oldest
            # (freeze, then unfreeze: two list splices) it waits for a full collection. Only
            # here, once: after every pause it would keep resetting the collector's counts,
            # and in a long session the young collections would hardly ever run.
            gc.freeze()
            gc.unfreeze()
            resume_gc()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (see `pause_gc`). Loading or laying out a large
    chart makes hundreds of thousands of objects and frees none; without this the
    collector's repeated full passes make that work grow faster than the chart."""
    pause_gc()
    try:
        yield
    finally:
        resume_gc()


def add_roles(chart: OrgChart, items: Sequence[tuple[Role, str]]) -> None:
    """Add each role to its team (pairs, in file order) at the end of the team's top roles,
    as `add_role` would one by one, with the checks done first for all of them and the graph
    filled in one go. On a refusal nothing changes and the error's ``at`` is the index of
    the pair to blame."""
    nodes = chart._nodes
    new: set[str] = set()
    ids: list[str] = []
    for i, (role, team) in enumerate(items):
        if type(role) is not Role:
            _at(i, chart._check_value, role, Role)
        role_id = role.id
        if role_id in new:
            error = DuplicateIdError(f"the id {role_id!r} is already used by a role")
            error.at = i
            raise error
        if role_id in nodes:
            _at(i, chart._require_free, role_id)  # raises, naming what has the id
        team_node = nodes.get(team) if type(team) is str else None
        if team_node is None or team_node["kind"] != TEAM:
            _at(i, chart._require, team, TEAM)  # raises (or passes a str subclass)
        new.add(role_id)
        ids.append(role_id)
    chart._add_nodes_in_bulk(ROLE, [role for role, _ in items])
    chart._add_edges_in_bulk(list(zip(ids, [team for _, team in items], repeat(MEMBER_OF))))
    chart._role_seq.extend(ids)
    chart._appended(ids)
    chart._forget()
    if len(chart.events.role_added):
        for role_id in ids:
            chart.events.role_added.emit(role_id)


def remove_roles(chart: OrgChart, role_ids: Sequence[str]) -> None:
    """Remove roles, each after its reports (a branch, reports first), with their dotted
    lines, as `OrgChart.remove_role` would one by one in that order: the same result, events
    and refusals, the refusals made before anything changes. The role sequence is filtered
    once: one by one, each removal searched all of it (1.6 s for 7,000 roles of a
    100,000-role chart)."""
    gone: set[str] = set()  # removed before it, one by one
    keys: set[tuple[str, str, LinkKind]] = set()
    links: list[list[Link]] = []  # per role, those its removal takes (each line once)
    for role_id in role_ids:
        if role_id in gone:  # removed already, one by one
            raise UnknownIdError(f"there is no role with the id {role_id!r}")
        chart.role(role_id)  # raises for an unknown id
        if any(report not in gone for report in chart.reports_of(role_id)):
            chart.remove_role(role_id)  # raises, naming the reports that are still there
        gone.add(role_id)
        links.append([link for link in chart.links_of(role_id) if link.key not in keys])
        keys.update(link.key for link in links[-1])
    for role_id in role_ids:
        chart._g.remove_node(role_id)
        chart._parked.discard(role_id)
        if chart._pos is not None:
            chart._pos.pop(role_id, None)  # the others keep their order
    chart._role_seq[:] = [r for r in chart._role_seq if r not in gone]
    for key in keys:
        del chart._links[key]
    events = chart.events
    for role_id, taken in zip(role_ids, links, strict=True):  # in the order one by one says them
        for link in taken:
            chart._emit(events.link_removed, link)
        chart._emit(events.role_removed, role_id)


def set_managers(chart: OrgChart, pairs: Sequence[tuple[str, str]]) -> None:
    """Make each ``role`` report to its ``manager`` (pairs, in file order), as `set_manager`
    would one by one, but with one pass over the whole hierarchy to find cycles, so a deep
    chart loads in linear time. On a refusal nothing changes and the error's ``at`` is the
    index of the pair to blame (for a cycle: the pair that closes it)."""
    current = _managers(chart)
    wanted = dict(current)
    nodes, links, parked = chart._nodes, chart._links, chart._parked
    fresh = True  # so far, each role had no manager and came once
    for i, (role_id, manager) in enumerate(pairs):
        # The usual pair (two roles, no holding area, no dotted line between them) at a
        # glance; any other through every check, with its message.
        mine = nodes.get(role_id) if type(role_id) is str else None
        theirs = nodes.get(manager) if type(manager) is str else None
        if (
            mine is None
            or theirs is None
            or mine["kind"] != ROLE
            or theirs["kind"] != ROLE
            or parked
            or role_id == manager
            or (role_id, manager, LinkKind.MATRIX) in links
        ):
            _at(i, chart._check_pair, role_id, manager)
        if wanted[role_id] is not None:
            fresh = False
        wanted[role_id] = manager
    blame = _closing_pair(wanted, pairs)
    if blame:
        at, closing, boss_id = blame
        how = via([chart.role(r).title for r in _path(wanted, boss_id, closing)])
        role, boss = chart.role(closing).title, chart.role(boss_id).title
        error = CycleError(f"{role} cannot report to {boss}: {boss} already reports to {role}{how}")
        error.at = at
        raise error
    if fresh:  # a file's managers
        chart._add_edges_in_bulk([(r, m, REPORTS_TO) for r, m in pairs])
        chart._forget()
        if len(chart.events.role_moved):
            for role_id, _ in pairs:
                chart.events.role_moved.emit(role_id)
        return
    for role_id, manager in pairs:
        chart._relink(role_id, current[role_id], manager, REPORTS_TO)
        current[role_id] = manager


def _managers(chart: OrgChart) -> dict[str, str | None]:
    """Each role's manager (None: none), as ``_out(role, REPORTS_TO)`` says for each."""
    succ = chart._succ
    found: dict[str, str | None] = {}
    for role_id in chart._role_seq:
        manager = None
        for target, keys in succ[role_id].items():
            if REPORTS_TO in keys:
                manager = target
                break
        found[role_id] = manager
    return found


def nest_teams(chart: OrgChart, pairs: Sequence[tuple[str, str]]) -> None:
    """Put each ``team`` inside its ``parent`` (pairs, in file order) with one cycle check
    for all of them; on a refusal nothing changes and the error's ``at`` names the pair."""
    current = {t: chart.parent_of(t) for t in chart.team_ids()}
    wanted = dict(current)
    for i, (team_id, parent) in enumerate(pairs):
        _at(i, chart.team, team_id)
        _at(i, chart.team, parent)
        if team_id == parent:
            error = CycleError(f"{chart.team(team_id).name} cannot be nested in itself")
            error.at = i
            raise error
        wanted[team_id] = parent
    blame = _closing_pair(wanted, pairs)
    if blame:
        at, closing, outer_id = blame
        name, outer = chart.team(closing).name, chart.team(outer_id).name
        error = CycleError(f"{name} cannot be nested in {outer}: {outer} is already part of {name}")
        error.at = at
        raise error
    for team_id, parent in pairs:
        chart._relink(team_id, current[team_id], parent, PART_OF)
        current[team_id] = parent


def _at(i: int, action: Callable[..., object], *args: object) -> None:
    try:
        action(*args)
    except OrgError as error:
        error.at = i
        raise


def _closing_pair(
    wanted: dict[str, str | None], pairs: Sequence[tuple[str, str]]
) -> tuple[int, str, str] | None:
    """If ``wanted`` has a cycle: the index, child and parent of the pair that closes it
    (the cycle's pair latest in ``pairs``); else None."""
    cycle = _find_cycle(wanted)
    if not cycle:
        return None
    index = {child: i for i, (child, _) in enumerate(pairs)}
    closing = max((n for n in cycle if n in index), key=index.__getitem__)
    return index[closing], closing, pairs[index[closing]][1]


def _find_cycle(parent: dict[str, str | None]) -> list[str]:
    """The nodes of one cycle in a parent map, or [] (linear: each node is walked once)."""
    state: dict[str, int] = {}  # 1: on the current walk, 2: known to reach a root
    for start in parent:
        walk: list[str] = []
        node: str | None = start
        while node is not None and node not in state:
            state[node] = 1
            walk.append(node)
            node = parent.get(node)
        if node is not None and state[node] == 1:
            return walk[walk.index(node) :]
        for n in walk:
            state[n] = 2
    return []


def _path(parent: dict[str, str | None], start: str, end: str) -> list[str]:
    """The nodes strictly between ``start`` and ``end`` going up from ``start``."""
    out: list[str] = []
    node = parent[start]
    while node is not None and node != end:
        out.append(node)
        node = parent[node]
    return out
