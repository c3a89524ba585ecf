"""Mermaid export: the chart as a ``flowchart`` text that Markdown wikis (GitHub, GitLab,
Notion, Obsidian, …) draw.

One node per role (its title, the holder on a second line, a dashed border when vacant),
each team a ``subgraph`` framed in its colour (nested teams nested), reporting lines as
arrows from the manager, a secondary manager as a dotted arrow to the role, "works closely
with" as a dotted line; dotted lines carry their label. ``TD`` or ``LR`` follows the view's
direction; the chart's name is the diagram's title.

Nothing from the data reaches the text unescaped: ids are made from the chart's ids
(``r_`` / ``t_`` and ASCII letters, digits and ``_``, so never a keyword such as ``end``);
labels are quoted, with every character but letters, digits, spaces and harmless punctuation
written as a Mermaid entity code (``#35;`` for ``#``), and line breaks as ``<br/>``.
Roles in the holding area are left out, as in the pictures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from orgchart.io.atomic import write_file
from orgchart.io.colors import tint
from orgchart.model import Direction, LinkKind, OrgChart, ViewSettings
from orgchart.model.team_colors import team_colors

#: Mermaid's default limits (``maxTextSize``, ``maxEdges``): larger diagrams are refused
#: by the renderer unless its configuration raises them.
MAX_TEXT = 50_000
MAX_EDGES = 500
# Not `*`, `_`, `~` or backticks (GitHub reads labels as Markdown), nor `$` (maths in newer
# Mermaid), `#`, `:` or `;` (entity codes and Mermaid's preprocessing), nor quotes and brackets.
_KEEP = frozenset(" .,-/()'!?+")
_NOT_ID = re.compile(r"[^A-Za-z0-9]+")


def write_mermaid(chart: OrgChart, path: str | Path, *, view: ViewSettings | None = None) -> list[str]:
    """Write the chart to ``path`` as a Mermaid flowchart (UTF-8, atomically, no ``.bak``);
    return what the diagram leaves out. `OrgFileError` if the file cannot be written."""
    text, notes = mermaid_text(chart, view)
    write_file(path, text.encode("utf-8"))
    return notes


def mermaid_text(chart: OrgChart, view: ViewSettings | None = None) -> tuple[str, list[str]]:
    """The Mermaid text and what it leaves out (or what may keep it from being drawn)."""
    direction = (view or ViewSettings()).direction
    h = chart.hierarchy()
    held: set[str] = set()
    for role_id in h.order:  # managers first: a parked branch is held as a whole
        boss = h.manager[role_id]
        if role_id in h.parked or (boss is not None and boss in held):
            held.add(role_id)
    ids = _Ids()
    node = {r: ids.make("r", r) for r in h.order if r not in held}
    frame = {t: ids.make("t", t.removeprefix("team-")) for t in chart.team_ids()}
    lines: list[str] = []
    if chart.name.strip():
        lines += ["---", f"title: {_yaml(chart.name)}", "---"]
    lines.append("flowchart " + ("LR" if direction is Direction.LEFT_RIGHT else "TD"))
    lines.extend(_frames(chart, node, frame, [r for r in h.order if r not in held]))
    edges = 0
    for role_id in h.order:
        boss = h.manager[role_id]
        if boss is not None and role_id in node:
            lines.append(f"    {node[boss]} --> {node[role_id]}")
            edges += 1
    left_links = 0
    for link in chart.links():
        if link.source not in node or link.target not in node:
            left_links += 1
            continue
        text = f'|"{label(link.label)}"|' if link.label.strip() else ""
        if link.kind is LinkKind.MATRIX:  # from the secondary manager, as a reporting line goes
            lines.append(f"    {node[link.target]} -.->{text} {node[link.source]}")
        else:
            lines.append(f"    {node[link.source]} -.-{text} {node[link.target]}")
        edges += 1
    colors = team_colors(chart)
    for team_id, frame_id in frame.items():
        color = colors[team_id]
        lines.append(f"    style {frame_id} fill:{tint(color, 0.9)},stroke:{color.upper()}")
    vacant = [node[r] for r in node if h.roles[r].vacant]
    if vacant:
        lines.append("    classDef vacant stroke-dasharray:5 4")
        lines.append(f"    class {','.join(vacant)} vacant")
    text = "\n".join(lines) + "\n"
    return text, _notes(len(held), left_links, len(text), edges)


def _frames(chart: OrgChart, node: dict[str, str], frame: dict[str, str], order: list[str]) -> Iterator[str]:
    """The team subgraphs, nested as the teams are, each with its roles' nodes (declared
    inside, before any line mentions them: Mermaid puts a node where it first appears)."""
    members: dict[str, list[str]] = {}
    for role_id in order:
        members.setdefault(chart.team_of(role_id), []).append(role_id)
    roles = chart.roles_by_id(order)
    stack: list[tuple[str, bool]] = [(t, False) for t in reversed(chart.subteams_of(None))]
    while stack:  # iterative: teams nested thousands deep do not exhaust Python's stack
        team_id, done = stack.pop()
        pad = "    " * (len(chart.team_path(team_id)) + 1)
        if done:
            yield f"{pad}end"
            continue
        yield f'{pad}subgraph {frame[team_id]}["{label(chart.team(team_id).name)}"]'
        for role_id in members.get(team_id, ()):
            role = roles[role_id]
            text = label(role.title) + ("" if role.holder is None else "<br/>" + label(role.holder))
            yield f'{pad}    {node[role_id]}["{text}"]'
        stack.append((team_id, True))
        stack.extend((t, False) for t in reversed(chart.subteams_of(team_id)))


def label(text: str) -> str:
    """``text`` for inside a quoted Mermaid label: letters, digits, spaces and harmless
    punctuation as they are, line breaks as ``<br/>``, every other character as an entity
    code (``#quot;`` would do for a quote, but numbers work for everything)."""
    return "<br/>".join(
        "".join(c if c.isalnum() or c in _KEEP else f"#{ord(c) if c.isprintable() else 32};" for c in line)
        for line in text.replace("\t", " ").splitlines() or [""]
    )


def _yaml(text: str) -> str:
    """A YAML (and JSON) double-quoted string on one line, without ``#``, ``:`` or ``;``,
    which Mermaid's preprocessing looks for in the whole text."""
    quoted = json.dumps(" ".join(text.split()), ensure_ascii=True)
    return quoted.replace("#", "\\u0023").replace(":", "\\u003a").replace(";", "\\u003b")


class _Ids:
    """Mermaid node ids from the chart's ids: a prefix, then ASCII letters, digits and ``_``;
    made unique with a number."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, prefix: str, chart_id: str) -> str:
        base = f"{prefix}_{_NOT_ID.sub('_', chart_id).strip('_') or 'x'}"
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}_{n}"
        self.used.add(candidate)
        return candidate


def _notes(held: int, left_links: int, size: int, edges: int) -> list[str]:
    notes = []
    if held:
        notes.append(
            f"{held} role{'s' if held != 1 else ''} in the holding area left out, as in the pictures"
        )
    if left_links:
        notes.append(f"{left_links} dotted line{'s' if left_links != 1 else ''} to the holding area left out")
    if size > MAX_TEXT:
        notes.append(
            f"the diagram has {size:,} characters; Mermaid draws at most {MAX_TEXT:,} unless its "
            "maxTextSize setting is raised"
        )
    if edges > MAX_EDGES:
        notes.append(
            f"the diagram has {edges:,} lines; Mermaid draws at most {MAX_EDGES:,} unless its "
            "maxEdges setting is raised"
        )
    return notes
