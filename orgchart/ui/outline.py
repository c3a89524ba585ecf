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

    def show_chart(self, chart: OrgChart) -> None:
        self.clear()
        for team_id in chart.subteams_of(None):
            self.addTopLevelItem(self._team_item(chart, team_id))
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
        members = set(chart.members_of(team_id))
        for role_id in chart.members_of(team_id):
            manager = chart.manager_of(role_id)
            if manager is None or manager not in members:
                item.addChild(self._role_item(chart, role_id, members))
        for sub_id in chart.subteams_of(team_id):
            item.addChild(self._team_item(chart, sub_id))
        return item

    def _role_item(self, chart: OrgChart, role_id: str, members: set[str]) -> QTreeWidgetItem:
        role = chart.role(role_id)
        holder = role.holder if role.holder is not None else self.tr("vacant")
        item = QTreeWidgetItem([role.title, holder])
        item.setData(0, ID_ROLE, role_id)
        if role.holder is None:
            item.setForeground(1, QBrush(QColor("#8a8a8a")))
        for report_id in chart.reports_of(role_id):
            if report_id in members:
                item.addChild(self._role_item(chart, report_id, members))
        return item
