"""Every edit as an undoable command, and the undo history. No Qt."""

from orgchart.commands.branches import Branch, PasteBranch, copy_branch
from orgchart.commands.drops import (
    DropProblem,
    drop_role_beside,
    drop_role_on_role,
    drop_role_on_team,
    drop_team_on_team,
    role_drop_problem,
    team_drop_manager,
    team_drop_problem,
)
from orgchart.commands.history import Command, History, Macro, subject
from orgchart.commands.holding import Park, ParkPasted, Unpark, park_role, unpark_first
from orgchart.commands.links import AddLink, RemoveLink
from orgchart.commands.roles import AddRole, DeleteRole, MoveRole, Place, Reports, place_of
from orgchart.commands.team_copies import duplicate_team
from orgchart.commands.teams import AddTeam, DeleteTeam, NestTeam, delete_team, dissolve_team, roles_under
from orgchart.commands.updates import UpdateLink, UpdateRole, UpdateTeam

__all__ = [
    "AddLink",
    "Branch",
    "AddRole",
    "AddTeam",
    "Command",
    "DropProblem",
    "DeleteRole",
    "DeleteTeam",
    "History",
    "Macro",
    "MoveRole",
    "NestTeam",
    "Park",
    "ParkPasted",
    "PasteBranch",
    "Place",
    "RemoveLink",
    "Reports",
    "Unpark",
    "UpdateLink",
    "UpdateRole",
    "UpdateTeam",
    "copy_branch",
    "delete_team",
    "dissolve_team",
    "duplicate_team",
    "drop_role_beside",
    "drop_role_on_role",
    "drop_role_on_team",
    "drop_team_on_team",
    "park_role",
    "place_of",
    "role_drop_problem",
    "roles_under",
    "subject",
    "team_drop_manager",
    "team_drop_problem",
    "unpark_first",
]
