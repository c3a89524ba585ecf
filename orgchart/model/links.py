"""Dotted lines: a secondary (matrix) manager, or "works closely with", between two roles.

They never take part in the hierarchy; the chart keeps an index of them beside the graph.
"""

from __future__ import annotations

from orgchart.model.entities import Link, LinkKind, Role
from orgchart.model.errors import DuplicateIdError, InvalidValueError, StructureError, UnknownIdError, said
from orgchart.model.store import REPORTS_TO, ROLE, GraphStore


class DottedLines(GraphStore):
    """The dotted-line part of `OrgChart`."""

    def _role(self, role_id: str) -> Role:
        value = self._value(role_id, ROLE)
        assert isinstance(value, Role)
        return value

    def links(self) -> list[Link]:
        """All dotted lines, sorted by their ends and kind (a stable order for files)."""
        return sorted(self._links.values(), key=lambda link: (link.source, link.target, link.kind.value))

    def links_of(self, role_id: str) -> list[Link]:
        """The dotted lines that start or end at the role."""
        self._require(role_id, ROLE)
        found = [data["link"] for _, _, data in self._g.out_edges(role_id, data=True) if "link" in data] + [
            data["link"] for _, _, data in self._g.in_edges(role_id, data=True) if "link" in data
        ]
        return sorted(found, key=lambda link: (link.source, link.target, link.kind.value))

    def link(self, source: str, target: str, kind: LinkKind) -> Link:
        try:
            kind = LinkKind(kind)
        except ValueError:
            raise InvalidValueError(f"{kind!r} is not a kind of dotted line") from None
        data = self._g.get_edge_data(source, target, key=kind.value)
        if data is None:
            raise UnknownIdError(f"there is no {_link_words(kind)} line from {source!r} to {target!r}")
        link = data["link"]
        assert isinstance(link, Link)
        return link

    def add_link(self, link: Link) -> None:
        """Add a dotted line between two roles; it never changes who reports to whom."""
        self._check_value(link, Link)
        source, target = self._role(link.source), self._role(link.target)
        ends = source.title, target.title
        if self._g.has_edge(link.source, link.target, key=link.kind.value):
            raise DuplicateIdError(
                f"there is already a {_link_words(link.kind)} line from {source.title} to {target.title}"
            ).saying(
                said("%2 is already a secondary manager of %1")
                if link.kind is LinkKind.MATRIX
                else said("%1 and %2 already work closely together"),
                *ends,
            )
        if link.kind is LinkKind.WORKS_WITH and self._g.has_edge(
            link.target, link.source, key=link.kind.value
        ):
            raise DuplicateIdError.of(said("%1 and %2 already work closely together"), *ends)
        if link.kind is LinkKind.MATRIX and self._out(link.source, REPORTS_TO) == link.target:
            raise StructureError.of(
                said("%1 cannot be a secondary manager of %2: %1 is already its manager"), *reversed(ends)
            )
        self._g.add_edge(link.source, link.target, key=link.kind.value, link=link)
        self._links[link.key] = link
        self._emit(self.events.link_added, link)

    def update_link(self, link: Link) -> None:
        """Replace a dotted line's label (its ends and kind identify it)."""
        self._check_value(link, Link)
        old = self.link(*link.key)
        self._g.edges[link.source, link.target, link.kind.value]["link"] = link
        self._links[link.key] = link
        self._emit(self.events.link_changed, old, link)

    def remove_link(self, source: str, target: str, kind: LinkKind) -> None:
        link = self.link(source, target, kind)
        self._g.remove_edge(source, target, key=link.kind.value)
        del self._links[link.key]
        self._emit(self.events.link_removed, link)


def _link_words(kind: LinkKind | str) -> str:
    return "secondary-manager" if LinkKind(kind) is LinkKind.MATRIX else "works-closely-with"
