"""Commands on teams: add, change, nest elsewhere, delete."""

from __future__ import annotations

from orgchart.commands.history import Command
from orgchart.model import OrgChart, Team


def _team_place(chart: OrgChart, team_id: str) -> tuple[str | None, int]:
    parent = chart.parent_of(team_id)
    return parent, chart.subteams_of(parent).index(team_id)


class AddTeam:
    text = "Add team"

    def __init__(self, team: Team, parent: str | None = None, index: int | None = None) -> None:
        self.team, self.parent, self.index = team, parent, index

    def redo(self, chart: OrgChart) -> None:
        chart.add_team(self.team, self.parent, index=self.index)

    def undo(self, chart: OrgChart) -> None:
        chart.remove_team(self.team.id)

    def merge(self, later: Command) -> bool:
        return False


class NestTeam:
    """Put a team inside ``parent`` (None: make it a department) at ``index``."""

    text = "Move team"

    def __init__(self, team_id: str, parent: str | None, index: int | None = None) -> None:
        self.team_id, self.parent, self.index = team_id, parent, index
        self.before: tuple[str | None, int] | None = None

    def redo(self, chart: OrgChart) -> None:
        before = _team_place(chart, self.team_id)
        chart.nest_team(self.team_id, self.parent, index=self.index)
        self.before = before

    def undo(self, chart: OrgChart) -> None:
        assert self.before is not None, "undo before redo"
        parent, index = self.before
        chart.nest_team(self.team_id, parent, index=index)

    def merge(self, later: Command) -> bool:
        return False


class DeleteTeam:
    """Delete an empty team (move or delete its roles and sub-teams first, in one macro)."""

    text = "Delete team"

    def __init__(self, team_id: str) -> None:
        self.team_id = team_id
        self.before: tuple[Team, str | None, int] | None = None

    def redo(self, chart: OrgChart) -> None:
        before = (chart.team(self.team_id), *_team_place(chart, self.team_id))
        chart.remove_team(self.team_id)
        self.before = before

    def undo(self, chart: OrgChart) -> None:
        assert self.before is not None, "undo before redo"
        team, parent, index = self.before
        chart.add_team(team, parent, index=index)

    def merge(self, later: Command) -> bool:
        return False
