"""The names a GraphML file of orgchart's uses: namespaces, data keys, edge relations.

Shared by the writer (`orgchart.io.graphml_writer`) and the reader
(`orgchart.io.graphml_reader`), so that what one writes the other reads.
"""

from __future__ import annotations

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
#: yEd's own extension: node shapes, labels, groups and edge styles (yFiles for Java).
YED_NS = "http://www.yworks.com/xml/graphml"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

#: Graph data that marks a file orgchart wrote (its value: the version of these conventions).
FORMAT_KEY = "orgchart"
FORMAT_VERSION = 1

#: Edge relations: a solid reporting line and the two kinds of dotted line.
REPORTS_TO = "reports-to"
MATRIX = "matrix"
WORKS_WITH = "works-with"
RELATIONS = (REPORTS_TO, MATRIX, WORKS_WITH)

#: Node data keys of a role (attr.name, attr.type), in the order they are written.
ROLE_KEYS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("type", "string"),
    ("label", "string"),
    ("title", "string"),
    ("holder", "string"),
    ("team", "string"),
    ("team_name", "string"),
    ("kind", "string"),
    ("sourcing", "string"),
    ("fte", "double"),
    ("responsibilities", "string"),
    ("skills", "string"),
    ("email", "string"),
    ("location", "string"),
    ("notes", "string"),
    ("parked", "boolean"),
)
#: Node data keys of a team (written on its yEd group node) beyond those a role has too.
TEAM_KEYS: tuple[tuple[str, str], ...] = (
    ("parent_team", "string"),
    ("color", "string"),
    ("description", "string"),
    ("layout", "string"),
)
#: What networkx makes of yEd's drawing when it reads a file: not data of the chart.
ARTEFACTS = frozenset({"x", "y", "shape_type"})
#: Node data names orgchart itself uses (or networkx does): a custom field of one of these
#: names is written under another name.
RESERVED = frozenset(name for name, _ in (*ROLE_KEYS, *TEAM_KEYS)) | ARTEFACTS

#: What ``type`` says a node is.
ROLE, TEAM = "role", "team"

#: List fields (responsibilities, skills) are one text, an item per line.
LIST_SEPARATOR = "\n"
