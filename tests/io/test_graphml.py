"""GraphML: a chart written as GraphML reads back as the same chart; networkx reads what we
write and we read what networkx writes; yEd's own files read with the titles from their
labels; what GraphML cannot hold is said."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings

from orgchart.io import OrgFileError, load, read_chart
from orgchart.io.graphml_reader import graphml_document
from orgchart.io.graphml_writer import graphml_text, write_graphml
from orgchart.model import Direction, Link, LinkKind, OrgChart, Role, Team, ViewSettings
from tests.conftest import ROOT
from tests.strategies import charts

SAMPLES = [
    ROOT / "samples" / "ecommerce-departments.en.json",
    ROOT / "samples" / "ecommerce-project-roles.de.json",
]
YED_SAVED = Path(__file__).parent / "data" / "yed-saved.graphml"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_back(chart: OrgChart, view: ViewSettings | None = None) -> tuple[OrgChart, list[str], list[str]]:
    text, losses = graphml_text(chart, view)
    document, warnings = graphml_document(text.encode("utf-8"))
    return document.chart, losses, warnings


def xml(text: str) -> str:
    """A text as XML can hold it (what the writer says it replaces)."""
    return _NOT_XML.sub("\ufffd", text)


def structure(chart: OrgChart) -> tuple[Any, ...]:
    """What GraphML keeps of any chart: roles (titles, holders) with their team and manager in
    order, the team tree in order, dotted lines, the holding area."""
    teams = tuple((t, xml(chart.team(t).name), chart.parent_of(t)) for t in chart.team_ids())
    roles = tuple(
        (r, xml(chart.role(r).title), xml(chart.role(r).holder or ""), chart.team_of(r), chart.manager_of(r))
        for r in chart.role_ids()
    )
    links = tuple((link.key, xml(link.label)) for link in chart.links())
    return xml(chart.name), teams, roles, links, tuple(chart.parked())


@settings(max_examples=50)
@given(charts(max_teams=5, max_roles=14, park=True))
def test_any_chart_goes_round_through_graphml(chart: OrgChart) -> None:
    back, losses, warnings = read_back(chart)
    back.check()
    assert warnings == []
    assert structure(back) == structure(chart)
    if not losses:  # then nothing at all is lost: every field, custom ones too, in order
        assert back == chart
    again, _, _ = read_back(back)
    assert again == back  # GraphML -> chart -> GraphML -> chart changes nothing more


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_the_samples_go_round_exactly_and_through_a_file(sample: Path, tmp_path: Path) -> None:
    chart = load(sample).chart
    out = tmp_path / "chart.graphml"
    assert write_graphml(chart, out) == []
    document, warnings = read_chart(out)
    assert warnings == [] and document.chart == chart
    write_graphml(document.chart, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.graphml"]  # an export: no .bak


def test_what_graphml_cannot_hold_is_said() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "Team\x01"))
    role = Role("r", "Boss", responsibilities=("two\nlines",), custom={"title": "x", "Raum": None, "n": 1})
    chart.add_role(role, "t")
    chart.add_role(Role("s", "Other", custom={"n": "eins"}), "t", "r")
    _, losses = graphml_text(chart)
    assert losses == [
        "custom fields written under another name (orgchart uses theirs): 'title' as 'title (2)'",
        "custom fields with values of several types written as text: 'n'",
        "1 empty custom value (null) left out",
        "1 list item with a line break in it will read back as several",
        "1 text with characters XML cannot hold (control characters) written with \ufffd",
    ]
    back, _, _ = read_back(chart)
    assert back.team("t").name == "Team\ufffd" and back.role("r").responsibilities == ("two", "lines")
    assert dict(back.role("r").custom) == {"title (2)": "x", "n": "1"} and dict(back.role("s").custom) == {
        "n": "eins"
    }


# ------------------------------------------------------------------------- networkx reads ours
@settings(max_examples=20)
@given(charts(max_teams=4, max_roles=10))
def test_networkx_reads_our_nodes_with_labels_and_our_edges(chart: OrgChart) -> None:
    graph = nx.parse_graphml(graphml_text(chart)[0])
    for role in chart.roles():
        data = graph.nodes[role.id]
        assert (data["type"], data["title"], data.get("holder")) == (
            "role",
            xml(role.title),
            xml_or_none(role.holder),
        )
        assert data["label"] == xml(role.title if role.holder is None else f"{role.title}\n{role.holder}")
        assert (data["team"], data["team_name"]) == (
            chart.team_of(role.id),
            xml(chart.team(chart.team_of(role.id)).name),
        )
    for team in chart.teams():  # yEd's groups come out as nodes of their own
        assert graph.nodes[team.id]["type"] == "team" and graph.nodes[team.id]["label"] == xml(team.name)
    edges = {(s, t, d["relation"], d.get("label", "")) for s, t, d in graph.edges(data=True)}
    expected = {(chart.manager_of(r), r, "reports-to", "") for r in chart.role_ids() if chart.manager_of(r)}
    for link in chart.links():
        ends = (link.target, link.source) if link.kind is LinkKind.MATRIX else (link.source, link.target)
        expected.add((*ends, link.kind.value, xml(link.label)))
    assert edges == expected


def xml_or_none(text: str | None) -> str | None:
    return None if text is None else xml(text)


def test_networkx_reads_the_sample_as_a_tree_under_the_manager() -> None:
    chart = load(SAMPLES[0]).chart
    graph = nx.parse_graphml(graphml_text(chart)[0])
    tree = graph.edge_subgraph((s, t) for s, t, d in graph.edges(data=True) if d["relation"] == "reports-to")
    assert nx.is_arborescence(tree) and next(iter(nx.topological_sort(tree))) == "ecommerce-manager"
    assert graph.graph["name"] == "E-commerce team structure"
    assert (
        graph.nodes["seo-specialist"]["team_name"] == "Marketing"
        and graph.nodes["seo-specialist"]["fte"] == 1.0
    )


# ------------------------------------------------------------------------- we read networkx's
def write_nx(graph: nx.Graph, tmp_path: Path) -> bytes:
    path = tmp_path / "nx.graphml"
    nx.write_graphml(graph, path)
    return path.read_bytes()


def nx_org(reverse: bool) -> nx.DiGraph:
    graph = nx.DiGraph(name="Shop")
    graph.add_node("ceo", label="Chief executive", name="Erika", department="Management")
    graph.add_node("cto", title="CTO", department="Technology", fte=0.5, skills="Python; Rust")
    graph.add_node("dev1", label="Developer", department="Technology", team="Platform", Raum="1.02")
    graph.add_node("dev2", label="Developer", sourcing="extern")  # no team: its manager's
    graph.add_node("cmo", label="CMO", department="Marketing")
    graph.add_node("ops", name="Operations lead", holder="Max")  # a name is a title only when nothing else is
    pairs = [("ceo", "cto"), ("cto", "dev1"), ("cto", "dev2"), ("ceo", "cmo"), ("ceo", "ops")]
    for boss, report in pairs:
        graph.add_edge(*((report, boss) if reverse else (boss, report)))
    graph.add_edge("cmo", "cto", relation="works-with", label="launches")
    return graph


@pytest.mark.parametrize("reverse", [False, True], ids=["manager-to-report", "report-to-manager"])
def test_a_networkx_digraph_reads_either_way_round(reverse: bool, tmp_path: Path) -> None:
    document, warnings = graphml_document(write_nx(nx_org(reverse), tmp_path))
    chart = document.chart
    chart.check()
    assert warnings == []
    assert chart.name == "Shop"
    managers = {r: chart.manager_of(r) for r in chart.role_ids()}
    assert managers == {"ceo": None, "cto": "ceo", "dev1": "cto", "dev2": "cto", "cmo": "ceo", "ops": "ceo"}
    assert (chart.role("ceo").title, chart.role("ceo").holder) == ("Chief executive", "Erika")
    assert (chart.role("ops").title, chart.role("ops").holder) == ("Operations lead", "Max")
    cto, dev1, dev2 = chart.role("cto"), chart.role("dev1"), chart.role("dev2")
    assert (cto.title, cto.fte, cto.skills) == ("CTO", 0.5, ("Python", "Rust"))
    assert dev2.sourcing.value == "outsourced" and dict(dev1.custom) == {"Raum": "1.02"}
    names = {r: chart.team(chart.team_of(r)).name for r in chart.role_ids()}
    assert names == {"ceo": "Management", "cto": "Technology", "dev1": "Platform", "dev2": "Technology",
                     "cmo": "Marketing", "ops": "Management"}  # fmt: skip
    assert chart.parent_of(chart.team_of("dev1")) == chart.team_of("cto")  # department -> team
    assert chart.links() == [Link("cmo", "cto", LinkKind.WORKS_WITH, "launches")]


def test_an_undirected_graph_reads_from_its_first_node_down(tmp_path: Path) -> None:
    graph = nx.Graph()
    graph.add_edges_from([("a", "b"), ("a", "c"), ("c", "d")])
    chart = graphml_document(write_nx(graph, tmp_path))[0].chart
    assert [chart.manager_of(r) for r in "abcd"] == [None, "a", "a", "c"]
    assert [t.name for t in chart.teams()] == ["Unassigned"] and chart.role("d").title == "d"


def test_a_second_manager_becomes_a_dotted_line_and_a_cycle_is_an_error(tmp_path: Path) -> None:
    graph = nx.DiGraph([("a", "c"), ("b", "c"), ("a", "b"), ("b", "d"), ("b", "e")])  # c has two managers
    document, warnings = graphml_document(write_nx(graph, tmp_path))
    assert document.chart.manager_of("c") == "a" and document.chart.links() == [
        Link("c", "b", LinkKind.MATRIX)
    ]
    assert warnings == [
        "some roles have several managers whichever way the edges are read; they are read as going "
        "from the manager to the role",
        "1 role(s) with a second manager: the first is the manager, the others secondary (dotted)",
    ]
    loop = write_nx(nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")]), tmp_path)
    with pytest.raises(
        OrgFileError,
        match=r"^loop.graphml: edge \d \('\w' -> '\w'\): \w cannot report to \w: \w already reports to",
    ):
        graphml_document(loop, source="loop.graphml")


# ------------------------------------------------------------------------------ yEd's files
def test_a_file_drawn_in_yed_reads_titles_from_labels_and_teams_from_groups() -> None:
    document, warnings = read_chart(YED_SAVED)
    chart = document.chart
    chart.check()
    assert [
        (t.name, chart.parent_of(t.id) and chart.team(chart.parent_of(t.id)).name) for t in chart.teams()
    ] == [
        ("Vertrieb", None),
        ("Innendienst", "Vertrieb"),
        ("Technik", None),
        ("Unassigned", None),
    ]  # the role outside every group: in a team of its own, as in a CSV import
    titles = {
        chart.role(r).title: (chart.team(chart.team_of(r)).name, chart.manager_of(r))
        for r in chart.role_ids()
    }
    assert titles == {
        "Geschäftsführung": ("Unassigned", None),
        "Vertriebsleitung": ("Vertrieb", "n0"),
        "Sachbearbeitung Auftrag": ("Innendienst", "n1::n0"),
        "Entwicklung": ("Technik", "n0"),
    }
    assert chart.links() == [Link("n1::n1::n0", "n2::n0", LinkKind.WORKS_WITH, "Schnittstelle")]
    assert warnings == []


def test_our_file_saved_again_by_yed_keeps_the_chart(tmp_path: Path) -> None:
    """yEd renumbers every node (n0, n0::n1, …), edge and key when it saves; the ids kept as
    data, the groups and the relations still give the same chart."""
    chart = load(SAMPLES[0]).chart
    text = graphml_text(chart)[0]
    ids = re.findall(r'<node id="([^"]+)"', text)
    renumbered = {old: f"n{i}" for i, old in enumerate(ids)}
    text = re.sub(
        r'(<node id|source|target)="([^"]+)"', lambda m: f'{m[1]}="{renumbered.get(m[2], m[2])}"', text
    )
    keys = {key: f"d{i}" for i, key in enumerate(re.findall(r'<key id="([^"]+)"', text))}
    text = re.sub(r'(key|id)="([gne]_[a-z_]+)"', lambda m: f'{m[1]}="{keys[m[2]]}"', text)
    document, warnings = graphml_document(text.encode())
    assert warnings == [] and document.chart == chart


def test_left_to_right_places_levels_side_by_side() -> None:
    chart = load(SAMPLES[0]).chart
    across = graphml_text(chart, ViewSettings(direction=Direction.LEFT_RIGHT))[0]
    down = graphml_text(chart)[0]

    def place(text: str, node: str) -> tuple[float, float]:
        m = re.search(rf'<node id="{node}">.*?<y:Geometry [^>]*x="([-\d.]+)" y="([-\d.]+)"', text, re.S)
        assert m
        return float(m[1]), float(m[2])

    (bx, by), (sx, sy) = place(down, "ecommerce-manager"), place(down, "seo-specialist")
    assert sy > by  # reports below their manager
    (bx, by), (sx, sy) = place(across, "ecommerce-manager"), place(across, "seo-specialist")
    assert sx > bx  # reports right of their manager
