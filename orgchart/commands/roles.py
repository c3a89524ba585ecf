"""Commands on roles: add, change, move, delete (alone or with the branch below)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from orgchart.commands.history import Command
from orgchart.commands.updates import UpdateRole
from orgchart.model import Link, OrgChart, Role
from orgchart.model.bulk import remove_roles


@dataclass(frozen=True)
class Place:
    """Where a role sits: its team, its manager and its position among its siblings (the
    manager's reports, or the team's top roles)."""

    team: str
    manager: str | None
    index: int


def place_of(chart: OrgChart, role_id: str) -> Place:
    team, manager = chart.team_of(role_id), chart.manager_of(role_id)
    siblings = chart.reports_of(manager) if manager is not None else chart.top_roles(team)
    return Place(team, manager, siblings.index(role_id))


def _put(chart: OrgChart, role_id: str, place: Place) -> None:
    chart.move_role(role_id, place.team, manager=place.manager, index=place.index)


class AddRole:
    """A new role in ``team`` under ``manager`` (at ``index`` among its siblings)."""

    text = "Add role"

    def __init__(self, role: Role, team: str, manager: str | None = None, index: int | None = None) -> None:
        self.role, self.team, self.manager, self.index = role, team, manager, index

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.role.id

    def redo(self, chart: OrgChart) -> None:
        chart.add_role(self.role, self.team, self.manager, index=self.index)

    def undo(self, chart: OrgChart) -> None:
        chart.remove_role(self.role.id)

    def merge(self, later: Command) -> bool:
        """A title given to the new role right away (typed on its card after Tab) is part of
        adding it: one undo step takes both back."""
        if isinstance(later, UpdateRole) and later.field == "title" and later.old == self.role:
            self.role = later.new
            return True
        return False


class MoveRole:
    """Put a role into ``team`` under ``manager`` at ``index`` among its new siblings (None:
    the end). Its reports stay below it."""

    text = "Move role"

    def __init__(self, role_id: str, team: str, manager: str | None, index: int | None = None) -> None:
        self.role_id, self.to = role_id, (team, manager, index)
        self.before: Place | None = None

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.role_id

    def redo(self, chart: OrgChart) -> None:
        before = place_of(chart, self.role_id)
        team, manager, index = self.to
        chart.move_role(self.role_id, team, manager=manager, index=index)
        self.before = before

    def undo(self, chart: OrgChart) -> None:
        assert self.before is not None, "undo before redo"
        _put(chart, self.role_id, self.before)

    def merge(self, later: Command) -> bool:
        return False


class Reports(Enum):
    """What happens to a deleted role's reports."""

    MOVE_UP = "up"  # they report to the deleted role's manager, in its place
    DELETE = "delete"  # they are deleted with it, and their reports too


class DeleteRole:
    """Delete a role; its reports move up to its manager or are deleted with it."""

    def __init__(self, role_id: str, reports: Reports = Reports.MOVE_UP) -> None:
        self.role_id, self.reports = role_id, reports
        self.removed: list[tuple[Role, Place]] = []  # parents before their reports
        self.moved: list[tuple[str, Place]] = []  # reports that moved up, and from where
        self.links: list[Link] = []
        self.parked = False  # the role was in the holding area (its reports stay there)

    @property
    def text(self) -> str:
        return "Delete branch" if self.reports is Reports.DELETE else "Delete role"

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.role_id

    def redo(self, chart: OrgChart) -> None:
        branch = [self.role_id]
        if self.reports is Reports.DELETE:
            branch += chart.descendants(self.role_id)
        parked = chart.is_parked(self.role_id)
        removed = [(chart.role(r), place_of(chart, r)) for r in branch]
        keys = {link.key: link for r in branch for link in chart.links_of(r)}
        links = [keys[k] for k in sorted(keys, key=lambda k: (k[0], k[1], k[2].value))]
        moved: list[tuple[str, Place]] = []
        gone: set[str] = set()
        try:
            if self.reports is Reports.MOVE_UP:
                own = removed[0][1]
                places = [(report, place_of(chart, report)) for report in chart.reports_of(self.role_id)]
                for k, (report, place) in enumerate(places):
                    # Always an explicit place: "keep its place" would depend on the order
                    # in which earlier edits and undos left the sequence.
                    if own.manager is not None or place.team == own.team:
                        index = (
                            own.index + 1 + sum(1 for r, p in places[:k] if own.manager or p.team == own.team)
                        )
                    else:  # a top role of its own team now, after the ones already there
                        index = len(chart.top_roles(place.team))
                    chart.set_manager(report, own.manager, index=index)
                    moved.append((report, place))
            remove_roles(chart, branch[::-1])  # reports first; all or nothing
            gone.update(branch)
        except Exception:  # e.g. a report whose secondary manager is the manager it would get
            _restore(chart, [(r, p) for r, p in removed if r.id in gone], moved, links)
            raise
        if parked:  # its reports have no manager now: they stay in the holding area
            for report, _ in moved:
                chart.park(report)
        self.removed, self.moved, self.links, self.parked = removed, moved, links, parked

    def undo(self, chart: OrgChart) -> None:
        for report, _ in self.moved:
            chart.unpark(report)
        _restore(chart, self.removed, self.moved, self.links)
        if self.parked:
            chart.park(self.role_id)

    def merge(self, later: Command) -> bool:
        return False


def _restore(
    chart: OrgChart, removed: list[tuple[Role, Place]], moved: list[tuple[str, Place]], links: list[Link]
) -> None:
    """Put deleted roles back (parents first), moved reports back, and the dotted lines."""
    for role, place in removed:
        chart.add_role(role, place.team, place.manager, index=place.index)
    for report, place in moved:  # in their old order, so each index is right
        _put(chart, report, place)
    present = {link.key for r in {k.source for k in links} for link in chart.links_of(r)}
    for link in links:
        if link.key not in present:
            chart.add_link(link)
