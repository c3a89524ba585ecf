"""Commands on dotted lines: add, relabel, remove."""

from __future__ import annotations

from orgchart.commands.history import Command
from orgchart.model import Link, OrgChart


class AddLink:
    text = "Add dotted line"

    def __init__(self, link: Link) -> None:
        self.link = link

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.link.source

    def redo(self, chart: OrgChart) -> None:
        chart.add_link(self.link)

    def undo(self, chart: OrgChart) -> None:
        chart.remove_link(*self.link.key)

    def merge(self, later: Command) -> bool:
        return False


class RemoveLink:
    text = "Remove dotted line"

    def __init__(self, link: Link) -> None:
        self.link = link

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.link.source

    def redo(self, chart: OrgChart) -> None:
        chart.remove_link(*self.link.key)

    def undo(self, chart: OrgChart) -> None:
        chart.add_link(self.link)

    def merge(self, later: Command) -> bool:
        return False
