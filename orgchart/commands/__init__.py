"""Every edit as an undoable command, and the undo history. No Qt."""

from orgchart.commands.history import Command, History, Macro
from orgchart.commands.links import AddLink, RemoveLink, UpdateLink
from orgchart.commands.roles import AddRole, DeleteRole, MoveRole, Place, Reports, UpdateRole, place_of
from orgchart.commands.teams import AddTeam, DeleteTeam, NestTeam, UpdateTeam

__all__ = [
    "AddLink",
    "AddRole",
    "AddTeam",
    "Command",
    "DeleteRole",
    "DeleteTeam",
    "History",
    "Macro",
    "MoveRole",
    "NestTeam",
    "Place",
    "RemoveLink",
    "Reports",
    "UpdateLink",
    "UpdateRole",
    "UpdateTeam",
    "place_of",
]
