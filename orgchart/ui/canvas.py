"""The canvas: the chart painted by the same code as every export, with selection, zoom,
pan, and roles dragged onto other roles or teams.

The whole chart is one graphics item that paints what is exposed through `ChartPicture`;
cards and frames are found under the mouse from the layout's geometry. A gesture becomes a
command on the history when the mouse is released; the canvas redraws when the model says it
changed, so undo and redo need nothing of their own here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QWidget,
)

from orgchart.commands import Command, History
from orgchart.layout import LayoutMemo, LayoutParams
from orgchart.model import OrgChart, ViewSettings
from orgchart.render.language import words_for
from orgchart.render.marks import ChartMarks
from orgchart.render.picture import ChartPicture
from orgchart.render.team_figures import figures_differ
from orgchart.render.theme import LIGHT
from orgchart.ui import canvas_menus
from orgchart.ui.branch_toggles import toggle_at
from orgchart.ui.chart_item import TEXT_FROM, ChartItem, overlay
from orgchart.ui.dragging import Drag
from orgchart.ui.holding_area import HoldingItem
from orgchart.ui.link_editing import LinkEditor
from orgchart.ui.outline_model import fields_only
from orgchart.ui.overview_names import name_at
from orgchart.ui.sketching import Sketcher
from orgchart.ui.start_view import MAX_ZOOM, MIN_ZOOM, fit_chart, show_start, view_state

ZOOM_STEP = 1.25
#: a chart of more roles than this opens (unless its file says what is collapsed) with only
#: as many of its top levels as fit in OVERVIEW_CARDS cards: a first look that draws at once
LARGE_CHART, OVERVIEW_CARDS = 2000, 1000


class ChartView(QGraphicsView):
    """Shows one chart and turns clicks and drags into selection and commands."""

    #: the selected role's id, or "" for none
    selection_changed = Signal(str)
    #: a short message for the status bar ("" clears it)
    message = Signal(str)
    #: the selected team's id (its frame's name strip was clicked), or "" for none
    team_selected = Signal(str)

    def __init__(self, chart: OrgChart, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.history, self.theme = chart, history, LIGHT
        self.params = LayoutParams()
        #: the zoom and scroll positions `show_start` left (None: the user has moved since)
        self._start_view: tuple[float, int, int] | None = None
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.layout_memo = LayoutMemo()
        first = ChartPicture(chart, self.theme, self.params, memo=self.layout_memo, language=words_for(chart))
        self.item = ChartItem(first, self)
        self.scene().addItem(self.item)
        self.holding = HoldingItem()
        self.scene().addItem(self.holding)
        self.holding.show_for(chart, self.item.picture)
        self.scene().setSceneRect(self._scene_extent())
        self.selected = ""
        self.selected_team = ""
        scene = self.scene()
        self.highlight = overlay(scene, QColor("#2f6fdf"), 2.5)
        self.target = overlay(scene, QColor("#2a9d4b"), 3.0)
        self.ghost = overlay(scene, QColor("#2f6fdf"), 1.5, dashed=True)
        self.team_highlight = overlay(scene, QColor("#2f6fdf"), 2.5)
        self.marked: list[str] = []
        #: a comparison's marks for the chart shown (File > Compare with…), asked at each layout
        self.marks_for: Callable[[OrgChart], ChartMarks | None] | None = None
        self._marks: list[QGraphicsRectItem] = []
        #: what the cards and headers show: {"details": …, "figures": …} (see `ChartPicture`)
        self.picture_options: dict[str, bool] = {}
        #: shows a context menu and waits for the choice; tests put a look in its place
        self.open_menu: Callable[[QMenu, QPoint], object] = lambda menu, pos: menu.exec(pos)
        self._drag: Drag | None = None
        self._pan: QPointF | None = None
        #: where a left press on empty space was, and the team there: a click selects it
        self._pressed: tuple[QPointF, str] | None = None
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.timeout.connect(self.refresh)
        self.sketch = Sketcher(self)
        self.links = LinkEditor(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.watch(chart)

    # The model
    def watch(self, chart: OrgChart) -> None:
        """Follow ``chart``: redraw (once per burst of changes) whenever it changes."""
        self.chart = chart
        chart.events.all.connect(self._changed)

    def show_chart(self, chart: OrgChart, history: History, view: ViewSettings | None = None) -> None:
        """Show another chart (a file was opened) with the file's view settings (direction,
        compact, collapsed branches), at a size that can be read."""
        self.chart.events.all.disconnect(self._changed)
        self.history = history
        view = view or ViewSettings()
        collapsed, levels = view.collapsed, 0
        if not collapsed and chart.role_count > LARGE_CHART:
            levels, collapsed = chart.top_levels(OVERVIEW_CARDS)
        self.params = LayoutParams(direction=view.direction, compact=view.compact, collapsed=collapsed)
        self.item.motion.finish()
        self.select("")
        self.watch(chart)
        self.layout_memo = LayoutMemo()  # forget the teams of the chart shown before
        self.refresh()
        self.show_start()
        if collapsed != view.collapsed:
            text = QCoreApplication.translate(
                "Canvas", "A large chart: shown down to level %1. View > Expand all shows every role."
            )
            self.message.emit(text.replace("%1", str(levels)))

    def _changed(self, info: object = None, *_: object) -> None:
        if self._relayout.isActive() or not fields_only(info) or not self._repaint_role(info.args[0]):  # type: ignore[attr-defined]
            self._relayout.start(0)

    def _repaint_role(self, role_id: str) -> bool:
        """A role's fields changed: if its card keeps its size and kind, repaint just that card
        (typing notes or a title at 100,000 roles must not lay the chart out per key); False
        when the chart has to be laid out again."""
        if self.marks_for is not None:  # compared with another file: the marks may change
            return False
        picture, role = self.item.picture, self.chart.role(role_id)
        card = picture.geometry.cards.get(role_id)
        if card is None:  # in a collapsed branch, or parked
            if role_id in self.holding.cards:
                self.holding.show_for(self.chart, picture)
            return True
        old = picture.painter.roles[role_id]
        if picture.figures and figures_differ(old, role):  # a team header counts it
            return False
        text = picture.measure.content(role, card.hidden)
        if role.kind is not old.kind or (text.width, text.height) != (card.rect.w, card.rect.h):
            return False
        picture.painter.roles[role_id] = role
        self.item.update(self.card_rect(role_id).adjusted(-2, -12, 2, 2))  # with its corner marker
        return True

    def picture_extras(self, chart: OrgChart) -> dict[str, Any]:
        """What this canvas adds to a picture of ``chart`` (its view options, a comparison's
        marks): exports and printing pass it on, so that they show what the screen shows."""
        return {
            **self.picture_options,
            "marks": self.marks_for(chart) if self.marks_for is not None else None,
        }

    def refresh(self) -> None:
        """Lay out and draw the chart again, keeping the selection. A selected role that is
        gone gives way to what was selected when it was added (an undone Tab), else to its
        manager, else to its team."""
        self._relayout.stop()
        before = self.item.picture.geometry
        picture = ChartPicture(
            self.chart,
            self.theme,
            self.params,
            measure=self.item.picture.measure,
            memo=self.layout_memo,
            language=words_for(self.chart),
            **self.picture_extras(self.chart),
        )
        self.item.set_picture(picture)
        self.holding.show_for(self.chart, self.item.picture)
        self.item.motion.start({r: c.rect for r, c in picture.geometry.cards.items()}, picture.chart_offset)
        self.scene().setSceneRect(self._scene_extent())
        if self.selected and not self.chart.has_role(self.selected):
            manager, team = self.sketch.came_from(self.selected) or before.placed(self.selected)
            self.select(manager if manager and self.chart.has_role(manager) else "")
            self.selected_team = "" if self.selected or not team else team  # (placed below)
        else:
            self._place(self.highlight, self.selected)
        team, self.selected_team = self.selected_team, ""  # placed again, or dropped if gone
        self.select_team(team if team and self.chart.has_team(team) else "")
        if team and not self.chart.has_team(team):
            self.team_highlight.hide()
            self.team_selected.emit("")
        self.mark([r for r in self.marked if self.chart.has_role(r)])

    def content_rect(self) -> QRectF:
        """What fitting shows: the chart, and the holding area beside it if roles wait there
        (scene coordinates)."""
        picture = self.item.picture
        chart = QRectF(0, 0, picture.width, picture.height)  # not the cards on their way
        return chart.united(self.holding.frame) if self.holding.isVisible() and self.holding.cards else chart

    def _scene_extent(self) -> QRectF:
        """Where the view scrolls: the chart and the holding area (a drop target, even empty)."""
        picture = self.item.picture
        extent = QRectF(0, 0, picture.width, picture.height)
        if self.holding.isVisible():
            extent = extent.united(self.holding.frame)
        return extent.adjusted(-200, -200, 200, 200)

    def animate_next_layout(self) -> None:
        """The next re-layout (after a drop) lets the cards that move glide to their places."""
        picture = self.item.picture
        self.item.motion.remember(
            {r: c.rect for r, c in picture.geometry.cards.items()}, picture.chart_offset, self.holding.cards
        )

    # Finding things under the mouse
    def has_card(self, role_id: str) -> bool:
        """Whether the role is drawn (not inside a collapsed or parked branch)."""
        return role_id in self.item.picture.geometry.cards or role_id in self.holding.cards

    def has_frame(self, team_id: str) -> bool:
        """Whether the team's frame is drawn (not every role in it collapsed or parked away)."""
        return any(f.team_id == team_id for f in self.item.picture.geometry.frames)

    def reveal(self, role_id: str) -> bool:
        """Make sure the role's card is drawn, expanding the collapsed branches above it;
        False if it cannot be (it is inside a parked branch, of which only the top shows)."""
        if self.has_card(role_id):
            return True
        if self.chart.held_by(role_id) is not None:
            return False
        collapsed = self.params.collapsed - set(self.chart.chain_of_command(role_id))
        if collapsed != self.params.collapsed:
            self.params = dataclasses.replace(self.params, collapsed=frozenset(collapsed))
            self.refresh()
        return self.has_card(role_id)

    def card_rect(self, role_id: str) -> QRectF:
        parked = self.holding.cards.get(role_id)
        if parked is not None:
            return QRectF(parked)
        picture = self.item.picture
        r = picture.geometry.cards[role_id].rect
        return QRectF(r.x, r.y, r.w, r.h).translated(picture.chart_offset)

    def role_at(self, scene_pos: QPointF) -> str:
        parked = self.holding.role_at(scene_pos)
        if parked:
            return parked
        picture = self.item.picture
        p = scene_pos - picture.chart_offset
        found = picture.geometry.cards_near((p.x(), p.y(), p.x(), p.y()))
        return found[0].role_id if found else ""

    def team_at(self, scene_pos: QPointF) -> str:
        """The innermost team frame under the point, or ""."""
        picture = self.item.picture
        p = scene_pos - picture.chart_offset
        found, level = "", -1
        for frame in picture.geometry.frames:
            r = frame.rect
            if r.x <= p.x() <= r.right and r.y <= p.y() <= r.bottom and frame.level > level:
                found, level = frame.team_id, frame.level
        return found

    # Selection
    def select(self, role_id: str) -> None:
        if role_id:
            self.select_team("")
        if role_id == self.selected:
            return
        self.selected = role_id
        self._place(self.highlight, role_id)
        self.selection_changed.emit(role_id)

    def select_team(self, team_id: str) -> None:
        """Select a team (and no role): its frame is outlined, the panel shows its fields."""
        if team_id:
            self.select("")
        if team_id == self.selected_team:
            return
        self.selected_team = team_id
        if team_id and self.has_frame(team_id):
            self.team_highlight.setRect(self.frame_rect(team_id).adjusted(-3, -3, 3, 3))
            self.team_highlight.show()
        else:
            self.team_highlight.hide()
        self.team_selected.emit(team_id)

    def header_at(self, scene_pos: QPointF) -> str:
        """The team whose name is under the point (see `overview_names.name_at`), or ""."""
        return name_at(self.item.picture, scene_pos, self.zoom, overview=self.zoom < TEXT_FROM)

    def mark(self, role_ids: list[str]) -> None:
        """Mark these roles' cards (the matches of a search); [] removes the marks."""
        self.marked = list(role_ids)
        while len(self._marks) < len(role_ids):
            item = overlay(self.scene(), QColor("#e0a800"), 3.0)
            item.setZValue(9)  # under the selection's outline
            self._marks.append(item)
        for k, item in enumerate(self._marks):
            self._place(item, role_ids[k] if k < len(role_ids) else "")

    # Zoom
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        factor = max(MIN_ZOOM / self.zoom, min(MAX_ZOOM / self.zoom, factor))
        self.scale(factor, factor)

    def fit(self) -> None:
        fit_chart(self)

    def show_start(self) -> None:
        """The view a chart opens with (see `start_view.show_start`). Until the user zooms or
        scrolls, it follows the window's size (which a new window gets only when shown)."""
        show_start(self)
        self._start_view = view_state(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        untouched = self._start_view == view_state(self)
        super().resizeEvent(event)
        if untouched:
            self.show_start()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.chart.role_count or self.chart.team_count:  # (a team's frame shows, to select)
            return
        # An empty chart says how to start, in the middle of the view.
        painter.save()
        painter.resetTransform()
        painter.setPen(QColor("#6b7280"))
        font = painter.font()
        font.setPixelSize(15)
        painter.setFont(font)
        hint = QCoreApplication.translate(
            "Canvas", "An empty chart. Press Enter to add the first role, then type its title."
        )
        painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, hint)
        painter.restore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.sketch.key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002  (Qt's name)
        # With a role selected, Tab adds a report instead of moving the keyboard focus (with
        # a team selected, a role to the team).
        return False if self.selected or self.selected_team else super().focusNextPrevChild(next)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # Mouse: select, drag a role, pan
    def toggle_branch(self, role_id: str) -> None:
        """Collapse the branch below ``role_id``, or expand it if it is collapsed."""
        self.set_collapsed(set(self.params.collapsed) ^ {role_id})

    def set_collapsed(self, collapsed: Iterable[str]) -> None:
        """Show the chart with these branches collapsed (a view setting: not on the undo
        history, saved with the file)."""
        self.params = dataclasses.replace(self.params, collapsed=frozenset(collapsed))
        self.refresh()

    def view_settings(self) -> ViewSettings:
        """What the file keeps of this view: direction, compact, collapsed branches."""
        collapsed = frozenset(r for r in self.params.collapsed if self.chart.has_role(r))
        return ViewSettings(collapsed, self.params.direction, self.params.compact)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        menu = canvas_menus.menu_at(self, self.mapToScene(event.pos()) if by_mouse else None)
        self.open_menu(menu, event.globalPos())
        menu.deleteLater()
        event.accept()

    def push_moving(self, command: Command) -> None:
        """Push a command that moves cards, letting them glide to their new places."""
        self.animate_next_layout()
        self.history.push(command)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        scene_pos = self.mapToScene(event.position().toPoint())
        if self.links.connecting and event.button() == Qt.MouseButton.LeftButton:
            self.links.finish(self.role_at(scene_pos))
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.zoom >= TEXT_FROM:
            toggled = toggle_at(self.item.toggles, scene_pos)
            if toggled:
                self.toggle_branch(toggled)
                event.accept()
                return
        if event.button() == Qt.MouseButton.LeftButton and not self.role_at(scene_pos):
            team = self.header_at(scene_pos)
            if team:
                self.select_team(team)
                self._drag = Drag(self, event.position(), team=team)
                event.accept()
                return
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and not self.role_at(scene_pos)
        ):
            self._pan = event.position()
            if event.button() == Qt.MouseButton.LeftButton:  # a drag pans; a click selects
                self._pressed = (event.position(), self.team_at(scene_pos))
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.select(self.role_at(scene_pos))
            self._drag = Drag(self, event.position(), role=self.selected)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        at = self.mapToScene(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and self.sketch.edit_at(at):
            event.accept()  # a card's title, a team's name: edited in place, as in any drawing tool
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            if self._pressed is not None and (event.position() - self._pressed[0]).manhattanLength() >= 4:
                self._pressed = None  # a pan, even one that comes back: not a click
            delta = event.position() - self._pan
            self._pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        if self._drag is not None:
            self._drag.move(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan, pressed, self._pressed = None, self._pressed, None
            if pressed is not None:
                self.select("")
                self.select_team(pressed[1])  # the frame clicked in (as yEd does), or none
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._drag is not None:
            drag, self._drag = self._drag, None
            drag.drop(event.position())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def cancel_drag(self) -> None:
        """Esc during a drag (or while choosing where a dotted line goes): nothing happens."""
        self.links.cancel()
        if self._drag is not None:
            self._drag.end()
            self._drag = None

    def frame_rect(self, team_id: str, *, header: bool = False) -> QRectF:
        """The team's frame (or only its header, with the name) in the scene."""
        picture = self.item.picture
        frame = next(f for f in picture.geometry.frames if f.team_id == team_id)
        r = frame.header if header else frame.rect
        return QRectF(r.x, r.y, r.w, r.h).translated(picture.chart_offset)

    def _place(self, overlay: QGraphicsRectItem, role_id: str) -> None:
        if role_id and self.has_card(role_id):
            overlay.setRect(self.card_rect(role_id).adjusted(-3, -3, 3, 3))
            overlay.show()
        else:
            overlay.hide()
