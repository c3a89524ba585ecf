"""Hostile and broken GraphML never crashes the import: every input gives a valid chart or an
`OrgFileError` with a short, printable message naming the place; DTDs (entity bombs, external
entities) are refused before any entity is expanded or fetched."""

from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.io import OrgFileError, load, read_chart
from orgchart.io.graphml_reader import graphml_document
from orgchart.io.graphml_writer import graphml_text
from tests.conftest import ROOT
from tests.io.fuzzing import mutated, outcome

YED_SAVED = Path(__file__).parent / "data" / "yed-saved.graphml"


def accepted_is_valid(raw: bytes) -> None:
    """A chart that keeps every invariant and writes as GraphML that reads back the same, or
    a clear error."""
    result = outcome(lambda: graphml_document(raw, source="chart.graphml"))
    if result is None:
        return
    chart = result[0].chart
    chart.check()
    assert all(isinstance(w, str) and w for w in result[1])
    text, losses = graphml_text(chart)
    if not losses:
        assert graphml_document(text.encode())[0].chart == chart


def _networkx_file() -> bytes:
    graph = nx.DiGraph(name="Shop")
    graph.add_node("ceo", label="CEO", department="Management", fte=1.0)
    graph.add_node("dev", title="Developer", team="Platform", department="Technology", manager="ceo")
    graph.add_edge("dev", "ceo", relation="works-with", label="x")
    return "".join(nx.generate_graphml(graph)).encode()


ORIGINALS = [
    graphml_text(load(ROOT / "samples" / "ecommerce-departments.en.json").chart)[0].encode(),
    graphml_text(load(ROOT / "samples" / "ecommerce-project-roles.de.json").chart)[0].encode()[:60_000],
    YED_SAVED.read_bytes(),
    _networkx_file(),
]


@settings(max_examples=300)
@given(mutated(ORIGINALS))
def test_graphml_broken_byte_by_byte_gives_a_chart_or_an_org_file_error(raw: bytes) -> None:
    accepted_is_valid(raw)


TAGS = ["graphml", "graph", "node", "edge", "key", "data", "default", "hyperedge", "port", "y:ShapeNode",
        "y:NodeLabel", "y:ProxyAutoBoundsNode", "y:Realizers", "y:GroupNode", "y:LineStyle", "y:PolyLineEdge"]  # fmt: skip
ATTRIBUTES = {
    "id": ["a", "b", "c", "k", "d0", "", " a"],
    "source": ["a", "b", "zz"],
    "target": ["a", "b", "c"],
    "key": ["k", "d0", "ky", "missing"],
    "for": ["node", "edge", "graph", "all"],
    "attr.name": [
        "title",
        "label",
        "type",
        "team",
        "id",
        "fte",
        "parked",
        "relation",
        "parent_team",
        "name",
        "department",
    ],
    "attr.type": ["string", "double", "boolean", "long", "int", "bogus"],
    "yfiles.type": ["nodegraphics", "edgegraphics"],
    "yfiles.foldertype": ["group", "folder"],
    "edgedefault": ["directed", "undirected"],
    "directed": ["true", "false", "maybe"],
    "active": ["0", "1", "-1", "x"],
    "type": ["dashed", "line"],
}
TEXTS = ["", "role", "team", "CEO", "a", "b", "1", "-1", "nan", "inf", "true", "x" * 50, "&amp;", "&lt;",
         "\u2028", "matrix", "reports-to", "works-with", "#zzz", "#00ff00", "row", "in-house", "extern"]  # fmt: skip


_OPEN = st.tuples(
    st.sampled_from(TAGS),
    st.lists(st.tuples(st.sampled_from(sorted(ATTRIBUTES)), st.integers(0, 6)), max_size=3),
)
_KEY = st.tuples(
    *(st.sampled_from(ATTRIBUTES[n]) for n in ("key", "for", "attr.name", "attr.type")),
    st.none() | st.sampled_from(TEXTS),
)
_TOKENS = st.lists(_OPEN | st.just("close") | st.sampled_from(TEXTS), max_size=40)


@st.composite
def graphml_files(draw: st.DrawFn) -> bytes:
    """Random documents from GraphML's and yEd's vocabulary, with references that often hit:
    a stream of start tags, end tags and texts, made well-formed (a stack closes what is open)."""
    xmlns = draw(
        st.sampled_from(['xmlns="http://graphml.graphdrawing.org/xmlns"'] * 4 + ["", 'xmlns="urn:x"'])
    )
    out, stack = [f'<graphml {xmlns} xmlns:y="http://www.yworks.com/xml/graphml">'], []
    for key_id, scope, name, kind, default in draw(st.lists(_KEY, max_size=4)):
        out.append(f'<key id="{key_id}" for="{scope}" attr.name="{name}" attr.type="{kind}"')
        out.append(f"><default>{default}</default></key>" if default is not None else "/>")
    if draw(st.integers(0, 9)):  # mostly a graph to put the rest in
        out.append(f'<graph edgedefault="{draw(st.sampled_from(ATTRIBUTES["edgedefault"]))}">')
        stack.append("graph")
    for token in draw(_TOKENS):
        if token == "close":
            if stack:
                out.append(f"</{stack.pop()}>")
        elif isinstance(token, str):
            out.append(token)
        else:
            tag, attributes = token
            values = {name: ATTRIBUTES[name][i % len(ATTRIBUTES[name])] for name, i in attributes}
            out.append(f"<{tag}" + "".join(f' {n}="{v}"' for n, v in values.items()) + ">")
            stack.append(tag)
    out.extend(f"</{tag}>" for tag in reversed(stack))
    return ("".join(out) + "</graphml>").encode()


@settings(max_examples=300)
@given(graphml_files())
def test_random_graphml_gives_a_chart_or_an_org_file_error(raw: bytes) -> None:
    accepted_is_valid(raw)


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9))
    + b']><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="t" for="node" attr.name="title"/>'
    b'<graph edgedefault="directed"><node id="n"><data key="t">&j;</data></node></graph></graphml>'
)
REFUSED = {
    "a billion laughs": (BOMB, "line 1: the file has a document type declaration"),
    "an external entity": (
        b'<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&x;"/></graph></graphml>',
        "line 2: the file has a document type declaration",
    ),
    "a parameter entity from a URL": (
        b'<!DOCTYPE g [<!ENTITY % p SYSTEM "http://example.com/evil.dtd"> %p;]><graphml/>',
        "line 1: the file has a document type declaration",
    ),
    "an entity without a DTD": (
        b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&x;"/></graph></graphml>',
        "line 1, column 63: not valid XML: undefined entity",
    ),
    "no XML at all": (b"id,title\n1,CEO\n", "line 1, column 1: not valid XML: syntax error"),
    "an empty file": (b"  \n", "the file is empty"),
    "cut off": (
        graphml_text(load(ROOT / "samples" / "ecommerce-departments.en.json").chart)[0].encode()[:3000],
        "not valid XML",
    ),  # fmt: skip
    "XML, but SVG": (
        b'<svg xmlns="http://www.w3.org/2000/svg"/>',
        "this is XML, but not GraphML: its root element is <svg>",
    ),
    "GraphML without a graph": (
        b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>',
        "the file has no <graph> element",
    ),
    "an edge to nowhere": (
        b'<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>',
        "edge 1 ('a' -> 'b'): there is no node 'b' in the file",
    ),
    "data under an undeclared key": (
        b'<graphml><graph><node id="a"><data key="k">x</data></node></graph></graphml>',
        "node 'a': its <data> refers to the key 'k', which the file does not declare",
    ),
    "a number that is not one": (
        b'<graphml><key id="f" for="node" attr.name="fte" attr.type="double"/><graph>'
        b'<node id="a"><data key="f">lots</data></node></graph></graphml>',
        "node 'a': data 'fte': 'lots' is not a number",
    ),
    "an id used twice": (
        b'<graphml><graph><node id="a"/><node id="g"><graph><node id="a"/></graph></node></graph></graphml>',
        "node 'a': this node id is used twice in the file",
    ),  # fmt: skip
}


@pytest.mark.parametrize(("raw", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_hostile_and_broken_files_are_refused_with_the_place_and_the_reason(raw: bytes, message: str) -> None:
    with pytest.raises(OrgFileError) as caught:
        graphml_document(raw, source="in.graphml")
    assert str(caught.value).startswith("in.graphml: ") and message in str(caught.value)


def test_a_bomb_is_refused_before_anything_is_expanded() -> None:
    start = time.perf_counter()
    with pytest.raises(OrgFileError, match="document type declaration"):
        graphml_document(BOMB.replace(b"range", b""), source="bomb.graphml")
    assert time.perf_counter() - start < 0.5


def test_groups_nested_thousands_deep_and_deep_xml_read_without_recursion() -> None:
    depth = 3_000
    teams = (
        "".join(f'<node id="t{i}"><graph>' for i in range(depth))
        + '<node id="r"/>'
        + "</graph></node>" * depth
    )
    chart = graphml_document(f"<graphml><graph>{teams}</graph></graphml>".encode())[0].chart
    assert chart.team_count == depth and len(chart.team_path(chart.team_of("r"))) == depth - 1
    deep = b'<graphml><key id="k" for="node" attr.name="notes"/><graph><node id="a"><data key="k">'
    deep += b"<x>" * 100_000 + b"deep" + b"</x>" * 100_000 + b"</data></node></graph></graphml>"
    assert graphml_document(deep)[0].chart.role("a").notes == "deep"


def test_utf16_and_a_byte_order_mark_read(tmp_path: Path) -> None:
    text = graphml_text(load(ROOT / "samples" / "ecommerce-departments.en.json").chart)[0]
    utf16 = text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    (tmp_path / "a.graphml").write_bytes(utf16)
    (tmp_path / "b.graphml").write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert read_chart(tmp_path / "a.graphml")[0].chart == read_chart(tmp_path / "b.graphml")[0].chart
