"""The outline: the chart as a tree of teams, their sub-teams and their roles. Rows are
dragged as on the canvas (see orgchart.ui.outline_dragging), and a context menu adds and
deletes teams and roles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from orgchart.commands import DeleteTeam, History
from orgchart.model import OrgChart, OrgError
from orgchart.ui.outline_dragging import HOLDING, OutlineDrag

ID_ROLE = Qt.ItemDataRole.UserRole


class OutlineView(QTreeWidget):
    """Teams (nested) with the roles in each, as the reporting hierarchy within the team.

    Edits it cannot do alone (they select on the canvas, or open an editor there) are asked
    for by its signals; the window does them."""

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Team / role"), self.tr("Holder")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.chart = OrgChart()
        #: where drops and deletes go (the window's, given with the chart)
        self.history: History | None = None
        self._drag: OutlineDrag | None = None

    @property
    def drag(self) -> OutlineDrag | None:
        """The drag in progress (from the press to the release), if any."""
        return self._drag

    def item_of(self, node_id: str) -> QTreeWidgetItem | None:
        """The row of a role or team, if it is shown."""
        return self._items.get(node_id)

    @staticmethod
    def id_of(item: QTreeWidgetItem | None) -> str:
        """The role or team id of a row ("" for none)."""
        return str(item.data(0, ID_ROLE) or "") if item is not None else ""

    def select_id(self, node_id: str) -> None:
        """Highlight the item of a role or team (the canvas's selection), without signalling
        a choice back; "" clears the highlight."""
        self.blockSignals(True)
        try:
            found = self._items.get(node_id)
            if found is None:
                self.clearSelection()
            else:
                self.setCurrentItem(found)
                self.scrollToItem(found)
        finally:
            self.blockSignals(False)

    def show_chart(self, chart: OrgChart, history: History | None = None) -> None:
        """Rebuild the tree (drops and deletes go to ``history``, if given). Iterative, so a
        hierarchy thousands of levels deep still shows."""
        self.chart = chart
        if history is not None:
            self.history = history
        self.clear()
        self._items = {}
        # (chart id, parent item or None for the top); teams and roles share one work list
        work: list[tuple[str, QTreeWidgetItem | None]] = [
            (t, None) for t in reversed(chart.subteams_of(None))
        ]
        parked = chart.parked()
        if parked:  # the holding area comes last, with the parked branches in it
            work.insert(0, (HOLDING, None))
        while work:
            node_id, parent = work.pop()
            if node_id == HOLDING:
                item = self._holding_item(len(parked))
                children = parked
            elif chart.has_team(node_id):
                item = self._team_item(chart, node_id)
                members = set(chart.members_of(node_id))
                tops = [
                    r
                    for r in chart.members_of(node_id)
                    if chart.manager_of(r) not in members and not chart.is_parked(r)
                ]
                children = tops + chart.subteams_of(node_id)
            else:
                item = self._role_item(chart, node_id)
                team = chart.team_of(node_id)
                children = [r for r in chart.reports_of(node_id) if chart.team_of(r) == team]
            self._items[node_id] = item
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            work.extend((child, item) for child in reversed(children))
        self.expandAll()
        self.resizeColumnToContents(0)

    def _team_item(self, chart: OrgChart, team_id: str) -> QTreeWidgetItem:
        team = chart.team(team_id)
        item = QTreeWidgetItem([team.name, ""])
        item.setData(0, ID_ROLE, team_id)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if team.color:
            item.setForeground(0, QBrush(QColor(team.color).darker(130)))
        return item

    def _holding_item(self, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self.tr("Holding area (%1)").replace("%1", str(count)), ""])
        item.setData(0, ID_ROLE, HOLDING)
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        item.setToolTip(0, self.tr("Roles kept beside the chart until they get a place in it"))
        return item

    def _role_item(self, chart: OrgChart, role_id: str) -> QTreeWidgetItem:
        role = chart.role(role_id)
        holder = role.holder if role.holder is not None else self.tr("vacant")
        item = QTreeWidgetItem([role.title, holder])
        item.setData(0, ID_ROLE, role_id)
        if role.holder is None:
            item.setForeground(1, QBrush(QColor("#8a8a8a")))
        return item

    # The context menu
    def context_menu(self, item: QTreeWidgetItem | None) -> QMenu:
        """The menu for a row (None: the empty space below the rows). Built apart from
        showing it, so that it can be looked at and used without a click."""
        menu = QMenu(self)
        node_id, chart = self.id_of(item), self.chart
        if node_id and chart.has_role(node_id):
            self._menu_action(menu, self.tr("New direct report"), self.new_report_requested.emit, node_id)
            menu.addSeparator()
            self._menu_action(menu, self.tr("Delete role"), self.delete_role_requested.emit, node_id)
        elif node_id and chart.has_team(node_id):
            self._menu_action(menu, self.tr("New team"), self.new_team_requested.emit, node_id)
            self._menu_action(menu, self.tr("New role"), self.new_role_requested.emit, node_id)
            menu.addSeparator()
            delete = self._menu_action(menu, self.tr("Delete team"), self.delete_team, node_id)
            if chart.members_of(node_id) or chart.subteams_of(node_id):
                delete.setEnabled(False)
                delete.setToolTip(
                    self.tr("Only an empty team can be deleted: move its roles and sub-teams first")
                )
                menu.setToolTipsVisible(True)
        else:
            self._menu_action(menu, self.tr("New team"), self.new_team_requested.emit, "")
        return menu

    @staticmethod
    def _menu_action(menu: QMenu, text: str, slot: object, node_id: str) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False: slot(node_id))  # type: ignore[operator]
        return action

    def delete_team(self, team_id: str) -> None:
        """Delete an empty team (one undo step); if the model refuses, say why."""
        if self.history is None:
            return
        try:
            self.history.push(DeleteTeam(team_id))
        except OrgError as error:
            self.message.emit(str(error))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.itemAt(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()

    # Dragging rows: press, move past the start distance, release (see outline_dragging)
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # selects the row, as a click does
        position = event.position().toPoint()
        item = self.itemAt(position)
        if event.button() == Qt.MouseButton.LeftButton and item is not None and self.id_of(item) != HOLDING:
            self._drag = OutlineDrag(self, position, self.id_of(item))

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
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drag is not None:
            painter = QPainter(self.viewport())
            self._drag.paint(painter)
            painter.end()
