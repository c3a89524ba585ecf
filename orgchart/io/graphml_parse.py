"""GraphML read into plain data: keys, nodes (with the group each one is in) and edges, each
with its data as text under the key's ``attr.name``, plus what yEd's extension says (a node's
label, an edge's label and line style). What the data means is `orgchart.io.graphml_reader`'s
business.

Nested graphs (yEd's groups) are walked without recursion, in document order. Elements of the
GraphML namespace are accepted with or without it. Problems are `PlacedError`s naming the
node, edge or key (GraphML has no line numbers once parsed; ids are unique and findable).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from orgchart.io.document import PlacedError
from orgchart.io.graphml_names import GRAPHML_NS, YED_NS
from orgchart.io.graphml_xml import parse_xml
from orgchart.io.progress import PARSING, Progress, span

_TYPES = ("boolean", "int", "long", "float", "double", "string")


@dataclass
class Key:
    name: str
    type: str  # one of _TYPES
    scope: str  # node, edge, graph, all, …
    default: str | None = None
    yfiles: str | None = None  # yEd's graphics keys: nodegraphics, edgegraphics, …


@dataclass
class Node:
    id: str
    data: dict[str, str]
    types: dict[str, str]  # attr.name -> attr.type, for the names in data
    group: str | None  # the id of the group node this node is in
    is_group: bool = False
    label: str | None = None  # yEd's label

    @property
    def where(self) -> str:
        return f"node {self.id!r}"


@dataclass
class Edge:
    number: int  # 1-based, in document order
    source: str
    target: str
    directed: bool
    data: dict[str, str]
    types: dict[str, str]
    label: str | None = None  # yEd's label
    line: str | None = None  # yEd's line style: line, dashed, dotted, …

    @property
    def where(self) -> str:
        return f"edge {self.number} ({self.source!r} -> {self.target!r})"


@dataclass
class Graph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    data: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def parse_graphml(raw: bytes, progress: Progress | None = None) -> Graph:
    """The first graph of a GraphML document, nested graphs flattened into groups.
    ``progress``: told how far parsing got (all `PARSING`; the XML is nine tenths of it)."""
    root = parse_xml(raw, span(progress, 0.0, 0.9))
    if progress is not None:
        progress(PARSING, 0.9)
    if _local(root.tag) != "graphml":
        raise PlacedError(
            "", f"this is XML, but not GraphML: its root element is <{_name(root.tag)}>, not <graphml>"
        )
    defaults = _Defaults(_keys(root))
    graphs = [child for child in root if _local(child.tag) == "graph"]
    if not graphs:
        raise PlacedError("", "the file has no <graph> element")
    graph = Graph()
    if len(graphs) > 1:
        graph.warnings.append(f"the file holds {len(graphs)} graphs; only the first is read")
    top = graphs[0]
    graph.data = _data(top, defaults, "graph", "the graph")[0]
    directed_default = top.get("edgedefault", "directed") != "undirected"
    seen: set[str] = set()
    hyperedges = 0
    for element, group in _walk(top):
        tag = _local(element.tag)
        if tag == "node":
            node = _node(element, group, defaults, len(graph.nodes) + 1)
            if node.id in seen:
                raise PlacedError(node.where, "this node id is used twice in the file")
            seen.add(node.id)
            graph.nodes.append(node)
        elif tag == "edge":
            graph.edges.append(_edge(element, defaults, len(graph.edges) + 1, directed_default))
        elif tag == "hyperedge":
            hyperedges += 1
    for edge in graph.edges:
        for end in (edge.source, edge.target):
            if end not in seen:
                raise PlacedError(edge.where, f"there is no node {end!r} in the file")
    if hyperedges:
        graph.warnings.append(f"{hyperedges} hyperedge(s) left out: an org chart has no use for them")
    return graph


def _walk(top: ET.Element) -> Iterator[tuple[ET.Element, str | None]]:
    """Every node and edge element with the id of the group node it is in, in document order
    (a group's content right after the group), without recursion."""
    stack: list[tuple[Iterator[ET.Element], str | None]] = [(iter(top), None)]
    while stack:
        children, group = stack[-1]
        element = next(children, None)
        if element is None:
            stack.pop()
            continue
        tag = _local(element.tag)
        if tag in ("node", "edge", "hyperedge"):
            yield element, group
        if tag == "node":
            for inner in element:
                if _local(inner.tag) == "graph":
                    stack.append((iter(inner), element.get("id")))


def _keys(root: ET.Element) -> dict[str, Key]:
    keys: dict[str, Key] = {}
    for n, element in enumerate((e for e in root if _local(e.tag) == "key"), start=1):
        key_id = element.get("id")
        if not key_id:
            raise PlacedError(f"key {n}", "this <key> has no id")
        if key_id in keys:
            raise PlacedError(f"key {key_id!r}", "this key id is declared twice")
        kind = (element.get("attr.type") or "string").strip().lower()
        if kind not in _TYPES:
            allowed = ", ".join(_TYPES)
            raise PlacedError(f"key {key_id!r}", f"attr.type must be one of {allowed}, not {kind!r}")
        default = next((_text(d) for d in element if _local(d.tag) == "default"), None)
        key = Key(
            element.get("attr.name") or key_id,
            kind,
            element.get("for") or "all",
            default,
            element.get("yfiles.type"),
        )
        if default is not None:
            try:
                typed(default, kind)
            except ValueError as error:
                raise PlacedError(f"key {key_id!r}", f"its default {error}") from None
        keys[key_id] = key
    return keys


class _Defaults:
    """The keys' defaults per scope (node, edge, graph), worked out once."""

    def __init__(self, keys: dict[str, Key]) -> None:
        self.keys = keys
        self.of: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
        for scope in ("node", "edge", "graph"):
            given = [
                k
                for k in keys.values()
                if k.default is not None and k.scope in (scope, "all") and not k.yfiles
            ]
            self.of[scope] = ({k.name: k.default or "" for k in given}, {k.name: k.type for k in given})


def _data(
    element: ET.Element, defaults: _Defaults, scope: str, where: str
) -> tuple[dict[str, str], dict[str, str], ET.Element | None, bool]:
    """(attr.name -> text, attr.name -> attr.type) of an element's data, with the keys'
    defaults for data it does not give; yEd's graphics (the data element), and whether the
    element holds a nested graph. One pass over the children."""
    data, types = (dict(d) for d in defaults.of[scope])
    graphics: ET.Element | None = None
    nested = False
    for child in element:
        tag = _local(child.tag)
        if tag == "graph":
            nested = True
        if tag != "data":
            continue
        found = defaults.keys.get(child.get("key") or "")
        if found is None:
            raise PlacedError(
                where, f"its <data> refers to the key {child.get('key')!r}, which the file does not declare"
            )
        if found.yfiles is None:
            data[found.name], types[found.name] = _text(child), found.type
        elif found.yfiles in ("nodegraphics", "edgegraphics"):
            graphics = child
    return data, types, graphics, nested


def _node(element: ET.Element, group: str | None, defaults: _Defaults, number: int) -> Node:
    node_id = element.get("id")
    if not node_id:
        raise PlacedError(f"node {number}", "this <node> has no id")
    data, types, graphics, nested = _data(element, defaults, "node", f"node {node_id!r}")
    node = Node(node_id, data, types, group)
    node.is_group = nested or element.get("yfiles.foldertype") in ("group", "folder")
    if graphics is not None:
        node.label = _node_label(graphics)
    return node


def _edge(element: ET.Element, defaults: _Defaults, number: int, directed_default: bool) -> Edge:
    source, target = element.get("source"), element.get("target")
    if not source or not target:
        raise PlacedError(f"edge {number}", "this <edge> needs both a source and a target")
    directed = element.get("directed")
    data, types, graphics, _ = _data(element, defaults, "edge", f"edge {number} ({source!r} -> {target!r})")
    is_directed = directed_default if directed is None else directed.strip().lower() == "true"
    edge = Edge(number, source, target, is_directed, data, types)
    for realizer in graphics if graphics is not None else ():
        style = realizer.find(f"{{{YED_NS}}}LineStyle")
        edge.line = edge.line or (style.get("type") if style is not None else None)
        edge.label = edge.label or _label_text(realizer.findall(f"{{{YED_NS}}}EdgeLabel"))
    return edge


def _node_label(data: ET.Element) -> str | None:
    """The first non-empty label yEd shows on a node: a group's from its active realizer."""
    for realizer in data:
        if realizer.tag == f"{{{YED_NS}}}ProxyAutoBoundsNode":
            realizers = realizer.find(f"{{{YED_NS}}}Realizers")
            choices = list(realizers) if realizers is not None else []
            active = (realizers.get("active") or "0") if realizers is not None else "0"
            index = int(active) if active.isdigit() and int(active) < len(choices) else 0
            if not choices:
                continue
            realizer = choices[index]
        text = _label_text(realizer.findall(f"{{{YED_NS}}}NodeLabel"))
        if text:
            return text
    return None


def _label_text(labels: list[ET.Element]) -> str | None:
    # A label's own text comes before its child elements (yEd writes its label model there).
    return next((label.text.strip() for label in labels if label.text and label.text.strip()), None)


def typed(text: str, kind: str) -> bool | int | float | str:
    """A data value as its key's attr.type says; ValueError (with a message) if it is not."""
    if kind == "string":
        return text
    value = text.strip()
    if kind == "boolean":
        if value.lower() in ("true", "1"):
            return True
        if value.lower() in ("false", "0"):
            return False
        raise ValueError(f"{text!r} is not true or false")
    try:
        return int(value) if kind in ("int", "long") else float(value)
    except ValueError:
        raise ValueError(
            f"{text[:40]!r} is not {'a whole number' if kind in ('int', 'long') else 'a number'}"
        ) from None


def _text(element: ET.Element) -> str:
    if len(element) == 0:
        return element.text or ""
    return "".join(element.itertext())


@functools.lru_cache(maxsize=256)  # a file has few distinct tags, and each is asked often
def _local(tag: str) -> str | None:
    """The local name of a GraphML element (in its namespace or in none); None for others."""
    if tag[:1] != "{":
        return tag
    namespace, _, local = tag[1:].partition("}")
    return local if namespace == GRAPHML_NS else None


def _name(tag: str) -> str:
    return tag.rpartition("}")[2]
