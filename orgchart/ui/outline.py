"""The outline: the chart as a tree of teams, their sub-teams and their roles. A QTreeView
over `OutlineModel`, which reads the chart lazily: a change of the chart costs a model
reset and restoring what the user sees (expanded rows, the current row, the scroll
position), not a row object per role. Rows are dragged as on the canvas (see
orgchart.ui.outline_dragging), and a context menu adds and deletes teams and roles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from orgchart.commands import History
from orgchart.model import OrgChart
from orgchart.ui.canvas_menus import tr as menu_words  # a team's menu says the same in both
from orgchart.ui.outline_dragging import OutlineDrag
from orgchart.ui.outline_model import HOLDING, OutlineModel
from orgchart.ui.team_removal import can_dissolve, dissolve_words, holdings, no_dissolving

__all__ = ["EXPAND_ALL_UP_TO", "HOLDING", "OutlineView"]

#: charts with at most this many roles show every row expanded; larger ones their teams
EXPAND_ALL_UP_TO = 3000


class OutlineView(QTreeView):
    """Teams (nested) with the roles in each, as the reporting hierarchy within the team.

    Edits it cannot do alone (they select on the canvas, or open an editor there) are asked
    for by its signals; the window does them."""

    #: the user made another row current (a click, the keys): its id ("" none). Not sent
    #: for `select_id` or when the chart is shown again.
    current_id_changed = Signal(str)
    #: a short message for the status bar ("" clears it)
    message = Signal(str)
    #: "New team" was chosen: a team inside this team ("": a department)
    new_team_requested = Signal(str)
    #: "New role" was chosen on this team
    new_role_requested = Signal(str)
    #: "New direct report" was chosen on this role
    new_report_requested = Signal(str)
    #: "Delete role" was chosen on this role
    delete_role_requested = Signal(str)
    #: "Delete team" was chosen on this team (what it holds: asked where it is handled)
    delete_team_requested = Signal(str)
    #: "Dissolve team" was chosen on this team
    dissolve_team_requested = Signal(str)
    #: "Duplicate team" was chosen on this team
    duplicate_team_requested = Signal(str)
    #: a role or team was dragged to another place in the outline: its id
    dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = OutlineModel(self)
        self.setModel(self.rows)
        self.header().setSectionsClickable(False)  # as the tree widget's: it does not sort
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        #: where drops and deletes go (the window's, given with the chart)
        self.history: History | None = None
        self._drag: OutlineDrag | None = None
        # Rows the user expanded or collapsed, by id: kept while the chart changes.
        self._opened: set[str] = set()
        self._closed: set[str] = set()
        self._restoring = False
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.expanded.connect(lambda index: self._toggled(index, True))
        self.collapsed.connect(lambda index: self._toggled(index, False))

    @property
    def chart(self) -> OrgChart:
        """The chart shown."""
        return self.rows.chart

    @property
    def drag(self) -> OutlineDrag | None:
        """The drag in progress (from the press to the release), if any."""
        return self._drag

    def index_of(self, node_id: str) -> QModelIndex:
        """The row of a role or team (or `HOLDING`); invalid if there is none."""
        return self.rows.index_of(node_id)

    def id_of(self, index: QModelIndex | QPersistentModelIndex | None) -> str:
        """The role or team id of a row ("" for none)."""
        return self.rows.id_of(index) if index is not None else ""

    def row_rect(self, index: QModelIndex) -> QRect:
        """The row of ``index`` on the viewport, across its columns (empty if not laid out)."""
        return self.visualRect(index.siblingAtColumn(0)).united(self.visualRect(index.siblingAtColumn(1)))

    def select_id(self, node_id: str) -> None:
        """Highlight the row of a role or team (the canvas's selection), opening the rows
        above it, without signalling a choice back; "" clears the highlight."""
        self.blockSignals(True)
        try:
            index = self.index_of(node_id) if node_id else QModelIndex()
            if not index.isValid():
                self.selectionModel().clear()
            else:
                self.setCurrentIndex(index)
                self.scrollTo(index)
        finally:
            self.blockSignals(False)

    def show_chart(self, chart: OrgChart, history: History | None = None) -> None:
        """Show ``chart`` (drops and deletes go to ``history``, if given). The same chart
        again (it changed) keeps the expanded rows, the current row and the scroll position;
        another chart starts afresh."""
        if history is not None:
            self.history = history
        same = chart is self.rows.chart
        current = self.id_of(self.currentIndex()) if same else ""
        scroll = (self.horizontalScrollBar().value(), self.verticalScrollBar().value()) if same else (0, 0)
        if not same:
            self._opened.clear()
            self._closed.clear()
        self.rows.show(chart)
        self._expand()
        self.resizeColumnToContents(0)  # lays the rows out
        self.horizontalScrollBar().setValue(scroll[0])
        self.verticalScrollBar().setValue(scroll[1])
        if current:
            self.select_id(current)

    def _expand(self) -> None:
        """Expand every row of a small chart, only the teams of a large one; then what the
        user expanded or collapsed."""
        chart, rows = self.rows.chart, self.rows
        self._opened = {n for n in self._opened if n in chart or n == HOLDING}
        self._closed = {n for n in self._closed if n in chart or n == HOLDING}
        self._restoring = True
        try:
            if chart.role_count <= EXPAND_ALL_UP_TO:
                self.expandAll()
                for node_id in self._closed:
                    self.collapse(rows.index_of(node_id))
                return
            for node_id in (*chart.team_ids(), HOLDING, *self._opened):
                if node_id not in self._closed:
                    self.expand(rows.index_of(node_id))  # no layout yet: only remembered
        finally:
            self._restoring = False

    def _toggled(self, index: QModelIndex, expanded: bool) -> None:
        if self._restoring:
            return
        node_id = self.id_of(index)
        (self._opened if expanded else self._closed).add(node_id)
        (self._closed if expanded else self._opened).discard(node_id)

    def _current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        self.current_id_changed.emit(self.id_of(current))  # (blocked in `select_id`)

    # The context menu
    def context_menu(self, index: QModelIndex | None) -> QMenu:
        """The menu for a row (None or invalid: the empty space below the rows). Built apart
        from showing it, so that it can be looked at and used without a click."""
        menu = QMenu(self)
        node_id, chart = self.id_of(index), self.chart
        if node_id and chart.has_role(node_id):
            self._menu_action(menu, self.tr("New direct report"), self.new_report_requested.emit, node_id)
            menu.addSeparator()
            # (with reports, deleting asks what happens to them)
            delete = self.tr("Delete role…") if chart.reports_of(node_id) else self.tr("Delete role")
            self._menu_action(menu, delete, self.delete_role_requested.emit, node_id)
        elif node_id and chart.has_team(node_id):  # as the team frame's own menu says them
            for text, slot in (
                (menu_words("New role in this team"), self.new_role_requested.emit),
                (menu_words("New team inside it"), self.new_team_requested.emit),
                (menu_words("Duplicate team"), self.duplicate_team_requested.emit),
            ):
                self._menu_action(menu, text, slot, node_id)
            menu.addSeparator()
            held = bool(holdings(chart, node_id))  # then deleting asks whether it goes too
            delete = menu_words("Delete team…") if held else menu_words("Delete team")
            self._menu_action(menu, delete, self.delete_team_requested.emit, node_id)
            if held:
                dissolve = self._menu_action(
                    menu, menu_words("Dissolve team"), self.dissolve_team_requested.emit, node_id
                )
                dissolvable = can_dissolve(chart, node_id)
                dissolve.setEnabled(dissolvable)
                dissolve.setToolTip(dissolve_words(chart, node_id) if dissolvable else no_dissolving())
                menu.setToolTipsVisible(True)
        else:
            self._menu_action(menu, self.tr("New team"), self.new_team_requested.emit, "")
        return menu

    @staticmethod
    def _menu_action(menu: QMenu, text: str, slot: object, node_id: str) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False: slot(node_id))  # type: ignore[operator]
        return action

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.indexAt(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()

    # Dragging rows: press, move past the start distance, release (see outline_dragging)
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # selects the row, as a click does
        position = event.position().toPoint()
        node_id = self.id_of(self.indexAt(position))
        if event.button() == Qt.MouseButton.LeftButton and node_id and node_id != HOLDING:
            self._drag = OutlineDrag(self, position, node_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            # Not the tree's own handling: it would select each row the mouse passes.
            self._drag.move(event.position().toPoint())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is not None and drag.moving:
            drag.drop(event.position().toPoint())
            self.setState(QAbstractItemView.State.NoState)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def cancel_drag(self) -> None:
        """Esc during a drag: nothing happens, up to the release."""
        if self._drag is not None:
            self._drag.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_drag()
            event.accept()
            return
        node_id = self.id_of(self.currentIndex())
        if event.key() == Qt.Key.Key_Delete and node_id and self._drag is None:
            if self.chart.has_role(node_id):  # as on the canvas: asks about the reports
                self.delete_role_requested.emit(node_id)
            elif self.chart.has_team(node_id):
                self.delete_team_requested.emit(node_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drag is not None:
            painter = QPainter(self.viewport())
            self._drag.paint(painter)
            painter.end()
