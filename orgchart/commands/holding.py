"""Commands for the holding area: park a role (with its branch) beside the chart, and take
it back out. Bringing a parked role into the chart is part of the drop that places it (see
`orgchart.commands.drops`)."""

from __future__ import annotations

from orgchart.commands.branches import PasteBranch
from orgchart.commands.history import Command, Macro
from orgchart.commands.roles import MoveRole
from orgchart.model import OrgChart


class Park:
    """Put a role that has no manager into the holding area."""

    text = "Park role"

    def __init__(self, role_id: str) -> None:
        self._role_id = role_id

    @property
    def role_id(self) -> str:
        return self._role_id

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.role_id

    def redo(self, chart: OrgChart) -> None:
        chart.park(self.role_id)

    def undo(self, chart: OrgChart) -> None:
        chart.unpark(self.role_id)

    def merge(self, later: Command) -> bool:
        return False


class Unpark(Park):
    """Take a role out of the holding area (it becomes a top role of its team): a park,
    the other way round."""

    text = "Place parked role"

    def redo(self, chart: OrgChart) -> None:
        super().undo(chart)

    def undo(self, chart: OrgChart) -> None:
        super().redo(chart)


class ParkPasted(Park):
    """Park the top role of a paste just done (a copy of a parked branch stays parked); its
    id is known only once the paste is done."""

    def __init__(self, paste: PasteBranch) -> None:
        self.paste = paste

    @property
    def role_id(self) -> str:
        return self.paste.top


def park_role(chart: OrgChart, role_id: str) -> Command | None:
    """Move a role and the branch below it into the holding area: it leaves its manager and
    keeps its team (so it can go back); None if it is parked already."""
    if chart.is_parked(role_id):
        return None
    moves: list[Command] = []
    if chart.manager_of(role_id) is not None:
        moves.append(MoveRole(role_id, chart.team_of(role_id), None))
    moves.append(Park(role_id))
    return Macro("Park role", moves)


def unpark_first(chart: OrgChart, role_id: str, command: Command | None) -> Command | None:
    """``command`` (a move of ``role_id``), preceded by taking the role out of the holding
    area when it is parked; a parked role dropped where it "is" is still placed."""
    if not chart.is_parked(role_id):
        return command
    return Macro(
        command.text if command else "Place parked role", [Unpark(role_id), *([command] if command else [])]
    )
