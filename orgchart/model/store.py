"""The graph store under `OrgChart`: the NetworkX graph, the sibling sequences, the
dotted-line index, and the small lookups every operation is built from.

Not public: `OrgChart` is the API; the rules live there.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

import networkx as nx
from psygnal import SignalInstance

from orgchart.model.entities import Link, LinkKind, Role, Team, check_id
from orgchart.model.errors import DuplicateIdError, InvalidValueError, UnknownIdError
from orgchart.model.events import ChartEvents

if TYPE_CHECKING:
    from orgchart.model.views import Hierarchy

MEMBER_OF: Final = "member-of"
REPORTS_TO: Final = "reports-to"
PART_OF: Final = "part-of"
ROLE: Final = "role"
TEAM: Final = "team"


class Keep:
    def __repr__(self) -> str:
        return "KEEP"


#: Pass as ``manager`` to `OrgChart.move_role` to keep the current manager.
KEEP: Final = Keep()


class GraphStore:
    """Nodes are team and role ids, each holding its frozen value; edge keys name the
    relation. Sibling order is kept by one sequence per node type: siblings are ordered by
    their position in it."""

    def __init__(self) -> None:
        self._bind(nx.MultiDiGraph())
        self._role_seq: list[str] = []
        self._team_seq: list[str] = []
        self._pos: dict[str, int] | None = None
        self._pos_end = 0
        self._links: dict[tuple[str, str, LinkKind], Link] = {}  # an index of the link edges
        self._parked: set[str] = set()  # the roles in the holding area
        self.events = ChartEvents()

    def __getstate__(self) -> dict[str, Any]:
        """What a pickle of the chart holds: its content, without the listeners of its
        signals (a copy made in another process starts with none) or what was read of it."""
        state = dict(self.__dict__)
        del state["events"]
        state["_hierarchy"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.events = ChartEvents()

    def _bind(self, graph: nx.MultiDiGraph[str]) -> None:
        self._g = graph
        self._hierarchy: Hierarchy | None = None  # read once per state: see OrgChart.hierarchy
        # The graph's raw node and adjacency dicts, read by the lookups below: networkx's
        # read-only views cost several times more per step, and these lookups run for every
        # role when a large chart is loaded or laid out. Writes still go through the graph.
        self._nodes: dict[str, dict[str, Any]] = graph._node  # type: ignore[attr-defined]
        self._succ: dict[str, dict[str, dict[str, Any]]] = graph._succ  # type: ignore[attr-defined]
        self._pred: dict[str, dict[str, dict[str, Any]]] = graph._pred  # type: ignore[attr-defined]

    def _kind_of(self, node_id: str) -> str | None:
        data = self._nodes.get(node_id) if isinstance(node_id, str) else None
        return None if data is None else str(data["kind"])

    def _require(self, node_id: str, kind: str) -> None:
        if self._kind_of(node_id) != kind:
            raise UnknownIdError(f"there is no {kind} with the id {node_id!r}")

    def _require_free(self, node_id: str) -> None:
        check_id(node_id)
        kind = self._kind_of(node_id)
        if kind is not None:
            raise DuplicateIdError(f"the id {node_id!r} is already used by a {kind}")

    def _value(self, node_id: str, kind: str) -> Role | Team:
        self._require(node_id, kind)
        value = self._nodes[node_id]["value"]
        assert isinstance(value, (Role, Team))
        return value

    def _out(self, node_id: str, key: str) -> str | None:
        for target, keys in self._succ[node_id].items():
            if key in keys:
                return str(target)
        return None

    def _in(self, node_id: str, key: str) -> Iterator[str]:
        return (source for source, keys in self._pred[node_id].items() if key in keys)

    def _edges_of_kind(self, key: str) -> Iterator[tuple[str, str]]:
        return ((u, v) for u, v, k in self._g.edges(keys=True) if k == key)

    def _top_roles(self, team_id: str) -> list[str]:
        return self._ordered(r for r in self._in(team_id, MEMBER_OF) if self._out(r, REPORTS_TO) is None)

    def _siblings_for(self, team: str, manager: str | None) -> list[str]:
        if manager is not None:
            return self._ordered(self._in(manager, REPORTS_TO))
        return self._top_roles(team)

    def _positions(self) -> dict[str, int]:
        """A sort key per id: roles (and teams) sort by it as by their place in the sequence.
        Only the order counts, so an id taken out leaves a gap, and one put at the end gets
        the next key (`_pos_end`): neither costs a rebuild."""
        if self._pos is None:
            self._pos = {n: i for i, n in enumerate(self._role_seq)}
            self._pos.update((n, i) for i, n in enumerate(self._team_seq))
            self._pos_end = max(len(self._role_seq), len(self._team_seq))
        return self._pos

    def _appended(self, node_ids: list[str]) -> None:
        """``node_ids`` were put at the end of their sequence, in this order."""
        if self._pos is not None:
            end = self._pos_end
            self._pos.update((n, end + k) for k, n in enumerate(node_ids))
            self._pos_end = end + len(node_ids)

    def _ordered(self, ids: Any) -> list[str]:
        pos = self._positions()
        return sorted(ids, key=pos.__getitem__)

    def _insert(self, seq: list[str], node_id: str, siblings: list[str], index: int | None) -> None:
        """Put a new id into ``seq`` so it lands at ``index`` among ``siblings`` (the end if None,
        and then ``siblings`` is not needed)."""
        siblings = [s for s in siblings if s != node_id]
        if index is None or index >= len(siblings):
            seq.append(node_id)
            self._appended([node_id])
            return
        seq.insert(seq.index(siblings[max(index, 0)]), node_id)
        self._pos = None

    def _reinsert(self, seq: list[str], node_id: str, siblings: list[str], index: int | None) -> None:
        seq.remove(node_id)  # its key still sorts the rest as before
        self._insert(seq, node_id, siblings, index)

    def _relink(self, node_id: str, old: str | None, new: str | None, key: str) -> None:
        """Replace the ``key`` edge from ``node_id`` (to ``old``) by one to ``new``; no checks."""
        if old == new:
            return
        if old is not None:
            self._g.remove_edge(node_id, old, key=key)
        if new is not None:
            self._g.add_edge(node_id, new, key=key)
        self._emit(self.events.role_moved if key == REPORTS_TO else self.events.team_moved, node_id)

    def _add_nodes_in_bulk(self, kind: str, values: list[Role] | list[Team]) -> None:
        """Add new nodes holding ``values`` (of ``kind``), as ``add_node`` would each; see
        `_add_edges_in_bulk`."""
        graph = self._g
        if type(graph) is not nx.MultiDiGraph or getattr(graph, "node_dict_factory", None) is not dict:
            graph.add_nodes_from((value.id, {"kind": kind, "value": value}) for value in values)
            return
        nodes, succ, pred = self._nodes, self._succ, self._pred
        for value in values:
            node_id = value.id
            nodes[node_id] = {"kind": kind, "value": value}
            succ[node_id] = {}
            pred[node_id] = {}
        _clear_cache(graph)

    def _add_edges_in_bulk(self, edges: list[tuple[str, str, str]]) -> None:
        """Add (node, other, key) edges, as ``add_edge`` would each, between nodes that exist.

        Loading 100,000 roles adds 200,000 edges, and networkx's own call for each costs most
        of the load; on the plain `MultiDiGraph` it is written into the graph's dicts here
        instead (the layout networkx documents for subclasses), then its cache cleared."""
        graph = self._g
        if type(graph) is not nx.MultiDiGraph or getattr(graph, "edge_key_dict_factory", None) is not dict:
            for u, v, key in edges:
                graph.add_edge(u, v, key=key)
            return
        succ, pred = self._succ, self._pred
        for u, v, key in edges:
            keys = succ[u].get(v)
            if keys is None:
                keys = succ[u][v] = {}
                pred[v][u] = keys
            keys.setdefault(key, {})
        _clear_cache(graph)

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        """Say what changed. Every change to the chart comes through here (or `_forget`)."""
        self._hierarchy = None
        emit(signal, *args)

    def _forget(self) -> None:
        """Drop what was read of the chart before a change (when no signal says it)."""
        self._hierarchy = None

    @staticmethod
    def _check_index(index: object) -> None:
        if index is not None and (isinstance(index, bool) or not isinstance(index, int) or index < 0):
            raise InvalidValueError(f"a position among siblings is a whole number from 0 on, not {index!r}")

    @staticmethod
    def _check_value(value: object, kind: type) -> None:
        if not isinstance(value, kind):
            raise InvalidValueError(f"expected a {kind.__name__}, not {type(value).__name__}")


def _clear_cache(graph: nx.MultiDiGraph[str]) -> None:
    """What networkx's own mutators do after a change (its function caches; networkx 3.3+)."""
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(graph)


def emit(signal: SignalInstance, *args: object) -> None:
    # Emitting costs microseconds even with nobody listening; loading 100,000 roles sends
    # 200,000 signals, so skip the call when no one is connected.
    if len(signal):
        signal.emit(*args)
