"""Deleting a team in the editor. An empty team goes at once. For one that holds roles or
teams the editor asks whether they go with it, or stay where the team was: the team is
dissolved, its roles join the team around it and its teams take its place. Either is one
undo step, and the status bar says what was done."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from orgchart.commands import Command, DeleteTeam, History, delete_team, dissolve_team, roles_under
from orgchart.model import OrgChart, OrgError
from orgchart.model.errors import filled
from orgchart.ui.refusals import push_or_say, refusal


def tr(text: str) -> str:
    return QCoreApplication.translate("Teams", text)


class Removal(Enum):
    DELETE = "delete"  # the team with everything in it
    DISSOLVE = "dissolve"  # the team alone: what it holds stays, in the team around it


def holdings(chart: OrgChart, team_id: str, *, lines: bool = False) -> str:
    """What a team holds, in words ("12 roles and 2 teams"; with ``lines``, also the dotted
    lines that would go with its roles); "" for an empty team."""
    roles = roles_under(chart, team_id)
    teams = len(chart.team_ids_under(team_id)) - 1
    parts = [_count(len(roles), tr("one role"), tr("%1 roles"))]
    parts.append(_count(teams, tr("one team"), tr("%1 teams")))
    if lines:
        parts.append(_count(_lines(chart, roles), tr("one dotted line"), tr("%1 dotted lines")))
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return "".join(parts)
    return filled(tr("%1 and %2"), (", ".join(parts[:-1]), parts[-1]))


def _lines(chart: OrgChart, roles: list[str]) -> int:
    """How many dotted lines have an end among ``roles`` (they go when the roles go)."""
    return len({link.key for r in roles for link in chart.links_of(r)})


def _count(n: int, one: str, many: str) -> str:
    return "" if n == 0 else one if n == 1 else many.replace("%1", str(n))


def can_dissolve(chart: OrgChart, team_id: str) -> bool:
    """Whether what the team holds has somewhere to stay: a team around it, or (a department
    of teams only) the top level, where its teams become departments."""
    return chart.parent_of(team_id) is not None or not chart.members_of(team_id)


def dissolve_words(chart: OrgChart, team_id: str) -> str:
    """Where dissolving the team leaves what it holds, as a menu entry or a button says it."""
    around = chart.parent_of(team_id)
    if around is None:
        return tr("Dissolve: its teams become departments")
    return filled(tr("Dissolve: what it holds joins “%1”"), (chart.team(around).name,))


def no_dissolving() -> str:
    """Why a department that holds roles cannot be dissolved (a menu entry's tooltip)."""
    return tr("A department has no team around it to take its roles: move them, or delete them with it")


def ask_team_removal(parent: QWidget, chart: OrgChart, team_id: str) -> Removal | None:
    """Ask whether what a team holds is deleted with it or kept (the team dissolved); None:
    keep the team."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Delete team"))
    words = tr("“%1” holds %2. Delete the team with everything in it, or keep what it holds?")
    box.setText(filled(words, (chart.team(team_id).name, holdings(chart, team_id))))
    notes = []
    keep = None
    if can_dissolve(chart, team_id):
        keep = box.addButton(dissolve_words(chart, team_id), QMessageBox.ButtonRole.AcceptRole)
    else:
        notes.append(tr("As a department it has no team around it that could keep its roles."))
    lines = _lines(chart, roles_under(chart, team_id))
    one, many = tr("Deleting them removes a dotted line."), tr("Deleting them removes %1 dotted lines.")
    notes.append(_count(lines, one, many))  # they go with the roles: said before, not after
    box.setInformativeText(" ".join(note for note in notes if note))
    along = box.addButton(tr("Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep or cancel)  # never the deleting answer by Enter alone
    box.exec()
    clicked = box.clickedButton()
    if keep is not None and clicked is keep:
        return Removal.DISSOLVE
    return Removal.DELETE if clicked is along else None


def remove_team(history: History, team_id: str, how: Removal, say: Callable[[str], object]) -> bool:
    """Delete the team (``how``: with what it holds, or dissolved) as one undo step, and
    ``say`` what was done, or why not; False: refused, nothing changed."""
    chart, native = history.chart, QKeySequence.SequenceFormat.NativeText
    name, around = chart.team(team_id).name, chart.parent_of(team_id)
    command: Command
    values: tuple[str, ...] = (name,)
    try:
        if not holdings(chart, team_id):
            command, done = DeleteTeam(team_id), tr("Deleted “%1”.")
        elif how is Removal.DISSOLVE:
            command = dissolve_team(chart, team_id)
            done = tr("Dissolved “%1”: its teams are departments now.")
            if around is not None:
                done = tr("Dissolved “%1”: what it held is in “%2” now.")
                values = (name, chart.team(around).name)
        else:
            command = delete_team(chart, team_id)
            done = tr("Deleted “%1” and what it held: %2. %3 undoes it.")
            undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(native)
            values = (name, holdings(chart, team_id, lines=True), undo)
    except OrgError as error:  # a department holding roles, asked to dissolve
        say(refusal(error))
        return False
    if not push_or_say(history, command, say):
        return False
    say(filled(done, values))
    return True
