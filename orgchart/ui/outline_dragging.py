"""A drag in the outline, from press to release, with the canvas's meaning (orgchart.commands
.drops): a role onto a role reports to it, onto a team joins it under its lead, into the
upper or lower quarter of a role's row goes beside that role; a team onto a team (or onto a
role of it) is nested there, onto the empty space below the tree becomes a department.
While it moves the target row is outlined, green if the drop can be done (with what it will
do in the status bar, as on the canvas), red with the reason there if not. The release is
one command on the history.

Plain mouse events on the tree's viewport, not a QDrag: nothing leaves the window, and the
tests drive it with ordinary presses and moves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication

from orgchart.commands import (
    Command,
    drop_role_beside,
    drop_role_on_role,
    drop_role_on_team,
    drop_team_on_team,
    park_role,
    role_drop_problem,
    team_drop_manager,
    team_drop_problem,
)
from orgchart.model import OrgChart, OrgError
from orgchart.ui.dragging import (
    EDGE,
    OK,
    REFUSED,
    drop_text,
    join_outcome,
    park_outcome,
    role_outcome,
    team_outcome,
)
from orgchart.ui.outline_model import HOLDING
from orgchart.ui.refusals import refusal

if TYPE_CHECKING:
    from orgchart.ui.outline import OutlineView

__all__ = ["HOLDING", "SCROLL_MARGIN", "OutlineDrag", "outline_drop"]

#: how close (pixels) to the top or bottom of the tree a drag scrolls it
SCROLL_MARGIN = 16


def outline_drop(
    chart: OrgChart, dragged: str, over: str | None, side: int = 0
) -> tuple[Command | None, str, str]:
    """(the command dropping ``dragged`` (a role or team id) would push, why it cannot be
    done or "", what it will do, as the canvas's drag says it). ``over`` is the id of the
    row under the mouse, "" for the empty space of the tree, None for outside it; ``side`` is
    -1/1 in the upper/lower quarter of a role's row (beside that role), else 0. (None, "", "")
    when the drop changes nothing."""
    if over is None or over == dragged:
        return None, "", ""
    if over == HOLDING:  # roles are parked there; teams are not
        if chart.has_team(dragged):
            return None, "", ""
        return park_role(chart, dragged), "", park_outcome(chart, dragged)
    if chart.has_team(dragged):
        parent = (chart.team_of(over) if chart.has_role(over) else over) or None
        if parent == dragged:  # onto one of its own roles: where it is already
            return None, "", ""
        why = drop_text(team_drop_problem(chart, dragged, parent))
        if why:
            return None, why, ""
        return drop_team_on_team(chart, dragged, parent), "", team_outcome(chart, dragged, parent)
    if not over:
        return None, "", ""
    if chart.has_team(over):
        problem = drop_text(role_drop_problem(chart, dragged, team_drop_manager(chart, dragged, over)))
        return drop_role_on_team(chart, dragged, over), problem, join_outcome(chart, dragged, over)
    outcome = role_outcome(chart, dragged, over, side)
    if side:
        problem = drop_text(role_drop_problem(chart, dragged, chart.manager_of(over)))
        return drop_role_beside(chart, dragged, over, after=side > 0), problem, outcome
    problem = drop_text(role_drop_problem(chart, dragged, over))
    return drop_role_on_role(chart, dragged, over), problem, outcome


class OutlineDrag:
    """A press on the row of ``node_id`` (a role or team) and what follows until release."""

    def __init__(self, outline: OutlineView, start: QPoint, node_id: str) -> None:
        self.outline, self.start, self.node_id = outline, start, node_id
        self.moving = False
        #: Esc was pressed: the rest of the gesture does nothing
        self.cancelled = False
        #: the row under the mouse ("" the empty space, None outside the tree) and where in it
        self.over: str | None = None
        self.side = 0
        self.problem = ""

    def move(self, position: QPoint) -> None:
        """The mouse is at ``position`` (viewport coordinates), the button still down."""
        if self.cancelled:
            return
        if not self.moving:
            if (position - self.start).manhattanLength() < QApplication.startDragDistance():
                return
            self.moving = True
            self.outline.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
        self._scroll(position)
        self.over, self.side = self._row_at(position)
        command, self.problem, outcome = outline_drop(self.outline.chart, self.node_id, self.over, self.side)
        # why not, in red on the row; else what it will do (a drop that changes nothing: nothing)
        self.outline.message.emit(self.problem or (outcome if command is not None else ""))
        self.outline.viewport().update()

    def drop(self, position: QPoint) -> None:
        """Released at ``position``: do the drop, if it can be done and changes something."""
        if self.moving and not self.cancelled:
            over, side = self._row_at(position)
            command, problem, _ = outline_drop(self.outline.chart, self.node_id, over, side)
            history = self.outline.history
            if command is not None and not problem and history is not None:
                try:
                    history.push(command)
                except OrgError as error:  # a rule the checks above do not foresee
                    self.end()
                    self.outline.message.emit(refusal(error))
                    return
                self.end()
                self.outline.dropped.emit(self.node_id)
                return
        self.end()

    def end(self) -> None:
        """Stop showing the drag (Esc, or after the drop); the gesture does nothing more."""
        if self.moving and not self.cancelled:
            self.outline.message.emit("")
        self.cancelled = True
        self.over = None
        self.outline.viewport().unsetCursor()
        self.outline.viewport().update()

    def paint(self, painter: QPainter) -> None:
        """Outline the target row (or a bar at its upper or lower edge: beside that role)."""
        if not self.moving or self.cancelled or not self.over:
            return
        index = self.outline.index_of(self.over)
        if not index.isValid():
            return
        row = self.outline.row_rect(index)
        row = QRect(1, row.top(), self.outline.viewport().width() - 2, row.height() - 1)
        painter.setPen(QPen(REFUSED if self.problem else OK, 2.0))
        if self.side:
            y = row.top() if self.side < 0 else row.bottom()
            painter.drawLine(row.left(), y, row.right(), y)
            painter.drawLine(row.left(), y - 3, row.left(), y + 3)
        else:
            painter.drawRect(row)

    def _row_at(self, position: QPoint) -> tuple[str | None, int]:
        outline = self.outline
        if not outline.viewport().rect().contains(position):
            return None, 0
        index = outline.indexAt(position)
        if not index.isValid():
            return "", 0
        node_id, chart = outline.id_of(index), outline.chart
        if (
            chart.has_team(node_id)
            or chart.has_team(self.node_id)
            or node_id == HOLDING
            or chart.is_parked(node_id)
        ):
            return node_id, 0  # parked roles have no order to drop into
        row = outline.row_rect(index)
        share = (position.y() - row.top()) / row.height() if row.height() else 0.5
        return node_id, -1 if share < EDGE else 1 if share > 1 - EDGE else 0

    def _scroll(self, position: QPoint) -> None:
        """Near the top or bottom edge, scroll a row at a time, so any row can be reached."""
        bar, height = self.outline.verticalScrollBar(), self.outline.viewport().height()
        if position.y() < SCROLL_MARGIN:
            bar.setValue(bar.value() - bar.singleStep())
        elif position.y() > height - SCROLL_MARGIN:
            bar.setValue(bar.value() + bar.singleStep())
