"""The outline: the chart as a tree of teams, their sub-teams and their roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from orgchart.model import OrgChart

ID_ROLE = Qt.ItemDataRole.UserRole


class OutlineView(QTreeWidget):
    """Teams (nested) with the roles in each, as the reporting hierarchy within the team."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Team / role"), self.tr("Holder")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}

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

    def show_chart(self, chart: OrgChart) -> None:
        """Rebuild the tree. Iterative, so a hierarchy thousands of levels deep still shows."""
        self.clear()
        self._items = {}
        # (chart id, parent item or None for the top); teams and roles share one work list
        work: list[tuple[str, QTreeWidgetItem | None]] = [
            (t, None) for t in reversed(chart.subteams_of(None))
        ]
        while work:
            node_id, parent = work.pop()
            if chart.has_team(node_id):
                item = self._team_item(chart, node_id)
                members = set(chart.members_of(node_id))
                tops = [r for r in chart.members_of(node_id) if chart.manager_of(r) not in members]
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

    def _role_item(self, chart: OrgChart, role_id: str) -> QTreeWidgetItem:
        role = chart.role(role_id)
        holder = role.holder if role.holder is not None else self.tr("vacant")
        item = QTreeWidgetItem([role.title, holder])
        item.setData(0, ID_ROLE, role_id)
        if role.holder is None:
            item.setForeground(1, QBrush(QColor("#8a8a8a")))
        return item
