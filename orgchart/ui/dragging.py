"""A drag on the canvas, from press to release: a role's card onto a role or a team's frame,
or a team's frame (by its name) onto another team; a role onto the holding area parks it,
and a parked role dragged into the chart is placed there. While it moves, a dashed ghost
follows the mouse and the drop target is outlined: green if the drop can be done, with what it
will do in the status bar ("… will report to …"), red with the reason if not. The release is
one command on the history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPen

from orgchart.commands import (
    Command,
    DropProblem,
    drop_role_beside,
    drop_role_on_role,
    drop_role_on_team,
    drop_team_on_team,
    park_role,
    role_drop_problem,
    team_drop_manager,
    team_drop_problem,
)
from orgchart.model import Direction, OrgChart
from orgchart.model.errors import filled
from orgchart.ui.refusals import said_here

if TYPE_CHECKING:
    from orgchart.ui.canvas import ChartView

#: how far (pixels on screen) the mouse moves before a press becomes a drag
DRAG_START = 6
OK, REFUSED = QColor("#2a9d4b"), QColor("#c0392b")
#: the share of a card, at each end along its row, where a drop puts the role beside it
EDGE = 0.25


def tr(text: str) -> str:
    return QCoreApplication.translate("Drag", text)


def drop_text(problem: DropProblem | None) -> str:
    """Why a drop is refused, in the UI's language ("" if it is not)."""
    if problem is None:
        return ""
    return said_here(problem.text, problem.names)


def team_outcome(chart: OrgChart, team: str, parent: str | None) -> str:
    """What dropping ``team`` into ``parent`` (None: among the departments) will do."""
    name = chart.team(team).name
    if parent is None:
        return filled(tr("%1 will be a department"), (name,))
    return filled(tr("%1 will be part of %2"), (name, chart.team(parent).name))


def role_outcome(chart: OrgChart, role: str, target: str, side: int = 0) -> str:
    """What dropping ``role`` onto ``target`` (a role; beside it, ``side`` -1 before, 1
    after) will do, with the team it moves to if that is another."""
    team = chart.team_of(target)
    moves = team != chart.team_of(role)
    if side < 0:
        where = tr("%1 will go before %2, in %3") if moves else tr("%1 will go before %2")
    elif side > 0:
        where = tr("%1 will go after %2, in %3") if moves else tr("%1 will go after %2")
    else:
        where = tr("%1 will report to %2 and join %3") if moves else tr("%1 will report to %2")
    return filled(where, (chart.role(role).title, chart.role(target).title, chart.team(team).name))


def join_outcome(chart: OrgChart, role: str, team: str) -> str:
    """What dropping ``role`` onto the team ``team`` will do."""
    title, name, manager = chart.role(role).title, chart.team(team).name, team_drop_manager(chart, role, team)
    if manager is None:
        return filled(tr("%1 will join %2 at its top"), (title, name))
    return filled(tr("%1 will join %2, reporting to %3"), (title, name, chart.role(manager).title))


def park_outcome(chart: OrgChart, role: str) -> str:
    return filled(tr("%1 will wait in the holding area"), (chart.role(role).title,))


class Drag:
    """What is dragged: a role (``role``) or a team (``team``)."""

    def __init__(self, view: ChartView, start: QPointF, *, role: str = "", team: str = "") -> None:
        self.view, self.start, self.role, self.team = view, start, role, team
        self.moving = False

    def move(self, position: QPointF) -> None:
        """The mouse is at ``position`` (viewport coordinates)."""
        view = self.view
        if not self.moving and (position - self.start).manhattanLength() < DRAG_START:
            return
        self.moving = True
        scene_pos = view.mapToScene(position.toPoint())
        ghost = view.card_rect(self.role) if self.role else view.frame_rect(self.team)
        ghost.moveCenter(scene_pos)
        view.ghost.setRect(ghost)
        view.ghost.show()
        command, rect, problem, outcome = self._target(scene_pos)
        if rect is not None:
            view.target.setPen(QPen(REFUSED if problem else OK, 3.0))
            view.target.setRect(rect.adjusted(-3, -3, 3, 3))
            view.target.show()
        else:
            view.target.hide()
        view.message.emit(problem or (outcome if command is not None else ""))

    def drop(self, position: QPointF) -> None:
        """Released at ``position``: do the drop (if it can be done and changes something)."""
        if self.moving:
            command, _, problem, _ = self._target(self.view.mapToScene(position.toPoint()))
            if command is not None and not problem:
                self.view.animate_next_layout()
                self.view.history.push(command)
                self.view.refresh()  # now, so the next paint already shows the new layout
                self._follow()
        self.end()

    def _follow(self) -> None:
        """Scroll as far as needed (no further) for what was dropped to be in sight: the new
        layout may have put it outside the view. A team: its header."""
        view = self.view
        if self.role and view.has_card(self.role):
            view.ensureVisible(view.card_rect(self.role), 40, 40)
        elif self.team and view.has_frame(self.team):
            frame = view.frame_rect(self.team)
            header = QRectF(frame.topLeft(), QSizeF(min(frame.width(), 240.0), min(frame.height(), 60.0)))
            view.ensureVisible(header, 40, 40)

    def end(self) -> None:
        self.view.ghost.hide()
        self.view.target.hide()
        self.view.message.emit("")

    def _target(self, scene_pos: QPointF) -> tuple[Command | None, QRectF | None, str, str]:
        """(the command a drop here would push, the outline to show, why it cannot be done,
        what it will do)."""
        view, chart = self.view, self.view.chart
        if self.team:
            if view.holding.contains_point(scene_pos):
                return None, None, "", ""  # teams are not parked
            parent = view.team_at(scene_pos) or None
            why = drop_text(team_drop_problem(chart, self.team, parent))
            if parent is not None and why:
                return None, view.frame_rect(parent), why, ""
            outcome = team_outcome(chart, self.team, parent)
            frame = view.frame_rect(parent) if parent is not None else None
            return drop_team_on_team(chart, self.team, parent), frame, "", outcome
        target = view.role_at(scene_pos)
        if target:
            if target == self.role:
                return None, None, "", ""
            card = view.card_rect(target)
            side = (
                0  # parked cards stand in a column of their own: no order to drop into
                if target in view.holding.cards
                else _side(card, scene_pos, view.params.direction is Direction.LEFT_RIGHT)
            )
            outcome = role_outcome(chart, self.role, target, side)
            if side:  # near the card's edge along the row: in front of it or after it
                problem = drop_text(role_drop_problem(chart, self.role, chart.manager_of(target)))
                command = drop_role_beside(chart, self.role, target, after=side > 0)
                bar = _bar(card, side, view.params.direction is Direction.LEFT_RIGHT)
                return command, bar, problem, outcome
            problem = drop_text(role_drop_problem(chart, self.role, target))
            return drop_role_on_role(chart, self.role, target), card, problem, outcome
        if view.holding.contains_point(scene_pos):
            return park_role(chart, self.role), view.holding.frame, "", park_outcome(chart, self.role)
        team = view.team_at(scene_pos)
        if team:
            manager = team_drop_manager(chart, self.role, team)
            problem = drop_text(role_drop_problem(chart, self.role, manager))
            outcome = join_outcome(chart, self.role, team)
            return drop_role_on_team(chart, self.role, team), view.frame_rect(team), problem, outcome
        return None, None, "", ""


def _side(card: QRectF, point: QPointF, sideways: bool) -> int:
    """-1 near the card's start along its row (its left, or its top in a left-right chart),
    1 near its end, 0 in the middle."""
    start, size, at = (
        (card.y(), card.height(), point.y()) if sideways else (card.x(), card.width(), point.x())
    )
    share = (at - start) / size if size else 0.5
    return -1 if share < EDGE else 1 if share > 1 - EDGE else 0


def _bar(card: QRectF, side: int, sideways: bool) -> QRectF:
    """A thin bar at that end of the card: where the role will go."""
    if sideways:
        y = card.top() - 8 if side < 0 else card.bottom() + 4
        return QRectF(card.left(), y, card.width(), 4)
    x = card.left() - 8 if side < 0 else card.right() + 4
    return QRectF(x, card.top(), 4, card.height())
