"""Mermaid export: a flowchart with every placed role once, every line, teams as nested
subgraphs, and nothing from the data that could break Mermaid's parser; one sample as a
golden file."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings

from orgchart.io import load
from orgchart.io.mermaid import MAX_EDGES, label, mermaid_text, write_mermaid
from orgchart.model import Direction, Link, LinkKind, OrgChart, Role, Team, ViewSettings
from tests.conftest import ROOT
from tests.strategies import charts

SAMPLE = ROOT / "samples" / "ecommerce-departments.en.json"
GOLDEN = Path(__file__).parent / "data" / "ecommerce-departments.en.mmd"

ID = r"[rt]_[A-Za-z0-9_]+"
LABEL = r'"((?:[^"#:;<>\[\]{}|`*_~$\\]|#\d+;|<br/>)*)"'  # nothing Mermaid reads as syntax
#: Every line the writer may write, as a small grammar of the part of Mermaid it uses.
LINES = {
    "front": re.compile(r'---|title: "(?:[^"\\#:;]|\\["\\/bfnrt]|\\u[0-9a-f]{4})*"'),  # JSON = YAML
    "header": re.compile(r"flowchart (TD|LR)"),
    "subgraph": re.compile(rf" *subgraph ({ID})\[{LABEL}\]"),
    "end": re.compile(r" *end"),
    "node": re.compile(rf" *({ID})\[{LABEL}\]"),
    "reports": re.compile(rf" *({ID}) --> ({ID})"),
    "dotted": re.compile(rf" *({ID}) (-\.->|-\.-)(?:\|{LABEL}\|)? ({ID})"),
    "style": re.compile(rf" *style ({ID}) fill:#[0-9A-F]{{6}},stroke:#[0-9A-F]{{6}}"),
    "classdef": re.compile(r" *classDef vacant stroke-dasharray:5 4"),
    "class": re.compile(rf" *class ({ID}(?:,{ID})*) vacant"),
}


def parse(text: str) -> list[tuple[str, re.Match[str]]]:
    """Each line with the kind of line it is; fails on a line outside the grammar, and on
    subgraphs that do not close."""
    assert text.endswith("\n")
    parsed: list[tuple[str, re.Match[str]]] = []
    depth = 0
    for line in text.splitlines():
        kind, match = next(((k, m) for k, rx in LINES.items() if (m := rx.fullmatch(line))), ("?", None))
        assert match is not None, f"not Mermaid as we write it: {line!r}"
        depth += {"subgraph": 1, "end": -1}.get(kind, 0)
        assert depth >= 0
        parsed.append((kind, match))
    assert depth == 0, "a subgraph is not closed"
    return parsed


def unescape(text: str) -> str:
    return re.sub(r"#(\d+);", lambda m: chr(int(m[1])), text.replace("<br/>", "\n"))


def shown(text: str) -> str:
    """A text as a label shows it: its lines, tabs and control characters as spaces."""
    lines = text.replace("\t", " ").splitlines() or [""]
    return "\n".join("".join(c if c.isprintable() else " " for c in line) for line in lines)


@settings(max_examples=40)
@given(charts(max_teams=5, max_roles=14, park=True))
def test_every_role_team_and_line_once_in_well_formed_mermaid(chart: OrgChart) -> None:
    text, notes = mermaid_text(chart)
    parsed = parse(text)
    held = {r for p in chart.parked() for r in [p, *chart.descendants(p)]}
    placed = [r for r in chart.role_ids() if r not in held]
    nodes = {m[1]: unescape(m[2]) for kind, m in parsed if kind == "node"}
    frames = [(m[1], unescape(m[2])) for kind, m in parsed if kind == "subgraph"]
    assert len(nodes) == len(placed) == sum(kind == "node" for kind, _ in parsed)  # each once
    assert [name for _, name in frames] == [shown(t.name) for t in chart.teams()]
    assert all(i not in ("end", "graph", "subgraph") for i in [*nodes, *(f for f, _ in frames)])
    assert len(set(nodes) | {f for f, _ in frames}) == len(nodes) + len(frames)  # ids unique
    # Nodes are declared team by team (in the chart's team order), in reading order.
    declared = [r for t in chart.team_ids() for r in placed if chart.team_of(r) == t]
    ids = dict(zip(declared, nodes, strict=True))  # role id -> node id
    for role_id, node_id in ids.items():
        role = chart.role(role_id)
        assert nodes[node_id] == shown(role.title) + ("" if role.holder is None else "\n" + shown(role.holder))
    reports = {(m[1], m[2]) for kind, m in parsed if kind == "reports"}
    assert reports == {(ids[chart.manager_of(r)], ids[r]) for r in placed if chart.manager_of(r)}
    dotted = {(m[1], m[2], m[4], unescape(m[3] or "")) for kind, m in parsed if kind == "dotted"}
    expected = set()
    for link in chart.links():
        if link.source in ids and link.target in ids:
            matrix = link.kind is LinkKind.MATRIX
            ends = (ids[link.target], ids[link.source]) if matrix else (ids[link.source], ids[link.target])
            expected.add(
                (
                    ends[0],
                    "-.->" if matrix else "-.-",
                    ends[1],
                    shown(link.label) if link.label.strip() else "",
                )
            )
    assert dotted == expected
    assert bool(held) == any("holding area" in note for note in notes)


def test_hostile_titles_stay_inside_their_labels() -> None:
    hostile = [
        'say "hi"', "end", "]] --> x[", "#quot; #35;", "a:b; style x fill:#f00;", "line\nbreak\r\nthree",
        "%% comment", "<script>alert(1)</script>", "`**md**`", "$$x^2$$", "a|b", "{curly}", "tab\there",
        "Größe 中文 😀", "\u2028sep\x85", "subgraph", "click x call y()", "A---oB", "end\nend",
    ]  # fmt: skip
    chart = OrgChart('Org: #1; "quoted"\nname')
    chart.add_team(Team("end", "end"))
    chart.add_team(Team('t-"x"', 'Team "x" [y]'), "end")
    for i, text in enumerate(hostile):
        chart.add_role(
            Role(f"end{i}" if i else "end-", text, holder=text),
            't-"x"' if i % 2 else "end",
            f"end{i - 1}" if i > 1 else None,
        )
    chart.add_link(Link("end2", "end3", LinkKind.WORKS_WITH, 'label "with" |pipes| #x;'))
    text, _ = mermaid_text(chart)
    parsed = parse(text)
    labels = [unescape(m[2]) for kind, m in parsed if kind == "node"]
    assert sorted(labels) == sorted(shown(t) + "\n" + shown(t) for t in hostile)
    assert 'title: "Org\\u003a \\u00231\\u003b \\"quoted\\" name"' in text


def test_the_sample_is_the_golden_file(tmp_path: Path) -> None:
    """The whole text for one sample, as reviewed; rewrite the file on purpose when the
    output is meant to change (and look at it in a Mermaid viewer)."""
    document = load(SAMPLE)
    out = tmp_path / "chart.mmd"
    assert write_mermaid(document.chart, out, view=document.view) == []
    assert out.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")
    parse(GOLDEN.read_text(encoding="utf-8"))


def test_direction_holding_area_and_mermaids_limits_are_said() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "Team"))
    chart.add_role(Role("boss", "Boss", holder="Erika"), "t")
    for i in range(MAX_EDGES + 1):
        chart.add_role(Role(f"r{i}", f"Role {i} " + "x" * 80), "t", "boss")
    chart.add_role(Role("p", "Parked"), "t")
    chart.add_role(Role("q", "Below parked"), "t", "p")
    chart.add_link(Link("q", "boss"))
    chart.park("p")
    text, notes = mermaid_text(chart, ViewSettings(direction=Direction.LEFT_RIGHT))
    assert text.splitlines()[0] == "flowchart LR" and "r_p[" not in text and "r_q[" not in text
    assert 'r_boss["Boss<br/>Erika"]' in text and "class r_r0," in text  # vacant roles dashed
    assert notes == [
        "2 roles in the holding area left out, as in the pictures",
        "1 dotted line to the holding area left out",
        f"the diagram has {len(text):,} characters; Mermaid draws at most 50,000 unless its maxTextSize setting is raised",
        "the diagram has 501 lines; Mermaid draws at most 500 unless its maxEdges setting is raised",
    ]


def test_label_escapes_everything_but_plain_words() -> None:
    assert label("Head of E-commerce (DACH), 2nd level!") == "Head of E-commerce (DACH), 2nd level!"
    assert label('a "b" #c; d:e') == "a #34;b#34; #35;c#59; d#58;e"
    assert label("x\ny") == "x<br/>y" and label("Ärger") == "Ärger"
