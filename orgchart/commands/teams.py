"""Commands on teams: add, change, nest elsewhere, delete (empty, or with what it holds),
dissolve into the team around it."""

from __future__ import annotations

from orgchart.commands.history import Command, Macro
from orgchart.commands.holding import Park
from orgchart.commands.links import RemoveLink
from orgchart.commands.roles import DeleteRole, MoveRole, Reports
from orgchart.commands.updates import UpdateTeam
from orgchart.model import LinkKind, OrgChart, StructureError, Team
from orgchart.model.errors import said

MATRIX = LinkKind.MATRIX


def _team_place(chart: OrgChart, team_id: str) -> tuple[str | None, int]:
    parent = chart.parent_of(team_id)
    return parent, chart.subteams_of(parent).index(team_id)


class AddTeam:
    text = "Add team"

    def __init__(self, team: Team, parent: str | None = None, index: int | None = None) -> None:
        self.team, self.parent, self.index = team, parent, index

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.team.id

    def redo(self, chart: OrgChart) -> None:
        chart.add_team(self.team, self.parent, index=self.index)

    def undo(self, chart: OrgChart) -> None:
        chart.remove_team(self.team.id)

    def merge(self, later: Command) -> bool:
        """A name given to the new team right away is part of adding it, as a new role's
        first title is (see `AddRole.merge`)."""
        if isinstance(later, UpdateTeam) and later.field == "name" and later.old == self.team:
            self.team = later.new
            return True
        return False


class NestTeam:
    """Put a team inside ``parent`` (None: make it a department) at ``index``."""

    text = "Move team"

    def __init__(self, team_id: str, parent: str | None, index: int | None = None) -> None:
        self.team_id, self.parent, self.index = team_id, parent, index
        self.before: tuple[str | None, int] | None = None

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.team_id

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

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.team_id

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


class JoinTeam:
    """Put a role into another team and change nothing else: its manager, its reports and
    its place among its siblings stay (see `OrgChart.set_team`)."""

    text = "Move role"

    def __init__(self, role_id: str, team: str) -> None:
        self.role_id, self.team = role_id, team
        self.before: str | None = None

    @property
    def subject(self) -> str:
        """The role or team it is about (selected after an undo or redo)."""
        return self.role_id

    def redo(self, chart: OrgChart) -> None:
        before = chart.team_of(self.role_id)
        chart.set_team(self.role_id, self.team)
        self.before = before

    def undo(self, chart: OrgChart) -> None:
        assert self.before is not None, "undo before redo"
        chart.set_team(self.role_id, self.before)

    def merge(self, later: Command) -> bool:
        return False


def delete_team(chart: OrgChart, team_id: str) -> Command:
    """Delete a team with everything in it, as one undo step: its roles and sub-teams go,
    and so do their dotted lines. A role elsewhere that reported to one of its roles reports
    to the nearest manager above that stays, after its other reports (or, with none, is a
    top role of its team; in the holding area if it was there); a dotted "secondary manager"
    line to that manager gives way to the solid one."""
    roles = roles_under(chart, team_id)
    teams = chart.team_ids_under(team_id)
    if not roles and len(teams) == 1:
        return DeleteTeam(team_id)
    gone = set(roles)
    steps: list[Command] = []
    for role_id in roles:
        for report in chart.reports_of(role_id):
            if report in gone:
                continue
            manager = next((m for m in chart.chain_of_command(report) if m not in gone), None)
            secondary = (report, manager, MATRIX)  # (a dotted line to the new manager)
            steps += [RemoveLink(link) for link in chart.links_of(report) if link.key == secondary]
            steps.append(MoveRole(report, chart.team_of(report), manager))
            if manager is None and chart.held_by(report) is not None:
                steps.append(Park(report))  # it waited with a parked branch: it still waits
    # Each branch inside the team at once, from its top: no role inside moves, and undo puts
    # every branch back in one go.
    steps += [DeleteRole(r, Reports.DELETE) for r in roles if chart.manager_of(r) not in gone]
    steps += [DeleteTeam(t) for t in reversed(teams)]  # sub-teams before the teams around them
    return Macro("Delete team", steps, subject=team_id)


def dissolve_team(chart: OrgChart, team_id: str) -> Command:
    """Take a team away and keep what it held: its roles join the team around it, keeping
    their managers and their order, and its sub-teams take its place there. A department
    holding roles is refused: there is no team around it for them to join."""
    name = chart.team(team_id).name
    parent = chart.parent_of(team_id)
    members = chart.members_of(team_id)
    if parent is None and members:
        raise StructureError(
            f"{name} cannot be dissolved: it is a department, so its roles have no team to join; "
            "move them first, or delete it with its roles"
        ).saying(said("“%1” is a department: no team around it can take its roles. Move them first."), name)
    steps: list[Command] = [JoinTeam(role_id, parent) for role_id in members if parent is not None]
    at = chart.subteams_of(parent).index(team_id)
    steps += [NestTeam(sub, parent, at + 1 + k) for k, sub in enumerate(chart.subteams_of(team_id))]
    steps.append(DeleteTeam(team_id))
    return Macro("Dissolve team", steps, subject=team_id)
