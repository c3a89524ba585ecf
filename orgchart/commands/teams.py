"""Commands on teams: add, change, nest elsewhere, delete (empty, or with what it holds),
dissolve into the team around it."""

from __future__ import annotations

from orgchart.commands.history import Command, Macro
from orgchart.commands.roles import DeleteRole, MoveRole, Reports, place_of
from orgchart.model import OrgChart, StructureError, Team
from orgchart.model.errors import said


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


def roles_under(chart: OrgChart, team_id: str) -> list[str]:
    """Every role in the team and in the teams nested in it (those in the holding area too)."""
    return [r for t in chart.team_ids_under(team_id) for r in chart.members_of(t)]


def delete_team(chart: OrgChart, team_id: str) -> Command:
    """Delete a team with everything in it, as one undo step: its roles and sub-teams go,
    and so do their dotted lines. A role elsewhere that reported to one of its roles reports
    to the nearest manager above that stays (as when a role is deleted alone)."""
    roles = roles_under(chart, team_id)
    teams = chart.team_ids_under(team_id)
    if not roles and len(teams) == 1:
        return DeleteTeam(team_id)
    # Reports before their managers: a manager deleted last hands only reports from other
    # teams up to its own manager, and the roles inside never move at all.
    depth = {r: len(chart.chain_of_command(r)) for r in roles}
    steps: list[Command] = [
        DeleteRole(r, Reports.MOVE_UP) for r in sorted(roles, key=depth.__getitem__, reverse=True)
    ]
    steps += [DeleteTeam(t) for t in reversed(teams)]  # sub-teams before the teams around them
    return Macro("Delete team", steps)


def dissolve_team(chart: OrgChart, team_id: str) -> Command:
    """Take a team away and keep what it held: its roles join the team around it (keeping
    their managers and their order) and its sub-teams take its place there. A department
    holding roles is refused: there is no team around it for them to join."""
    name = chart.team(team_id).name
    parent = chart.parent_of(team_id)
    members = chart.members_of(team_id)
    if parent is None and members:
        raise StructureError(
            f"{name} cannot be dissolved: it is a department, so its roles have no team to join; "
            "move them first, or delete it with its roles"
        ).saying(said("“%1” is a department: no team around it can take its roles. Move them first."), name)
    steps: list[Command] = []
    for role_id in members:
        assert parent is not None  # (refused above)
        place = place_of(chart, role_id)
        # A role with a manager keeps its place among that manager's reports; a top role
        # comes after the top roles the other team has.
        steps.append(MoveRole(role_id, parent, place.manager, place.index if place.manager else None))
    at = chart.subteams_of(parent).index(team_id)
    steps += [NestTeam(sub, parent, at + 1 + k) for k, sub in enumerate(chart.subteams_of(team_id))]
    steps.append(DeleteTeam(team_id))
    return Macro("Dissolve team", steps)
