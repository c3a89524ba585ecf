"""Commands on dotted lines: add, relabel, remove."""

from __future__ import annotations

from orgchart.commands.history import Command
from orgchart.model import Link, OrgChart


class AddLink:
    text = "Add dotted line"

    def __init__(self, link: Link) -> None:
        self.link = link

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

    def redo(self, chart: OrgChart) -> None:
        chart.remove_link(*self.link.key)

    def undo(self, chart: OrgChart) -> None:
        chart.add_link(self.link)

    def merge(self, later: Command) -> bool:
        return False


class UpdateLink:
    """A new label for a dotted line; typing into the label is one step."""

    text = "Change dotted line"

    def __init__(self, old: Link, new: Link) -> None:
        if old.key != new.key:
            raise ValueError("an update keeps the dotted line's ends and kind")
        self.old, self.new = old, new

    def redo(self, chart: OrgChart) -> None:
        chart.update_link(self.new)

    def undo(self, chart: OrgChart) -> None:
        chart.update_link(self.old)

    def merge(self, later: Command) -> bool:
        if isinstance(later, UpdateLink) and later.old == self.new:
            self.new = later.new
            return True
        return False
