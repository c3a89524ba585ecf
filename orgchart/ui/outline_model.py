"""The outline's rows as a Qt item model that reads the chart when a view asks, so showing a
chart of any size costs only the rows in sight (and those the view lays out).

Rows are named by id: role and team ids, and `HOLDING` for the holding area. At the top the
departments, then the holding area (only while roles are parked); a team lists its placed
top roles (no manager in the team), then its sub-teams; a role lists its reports in the
same team; the holding area lists the parked roles, each with its branch below it.

The structure read is kept until the next `OutlineModel.show` (a model reset). After the
chart changes, and until then, the view still gets the rows it knew (a row whose role or
team is gone reads as empty) and nothing new is read: rows and chart never disagree
halfway."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from orgchart.model import OrgChart
from orgchart.render.contrast import readable

#: the id of the holding area's row (no role or team can have it: ids have no spaces)
HOLDING = "holding area"
#: a vacant role's "vacant", greyed
VACANT_COLOR = "#8a8a8a"

Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
#: the data roles answered; Qt asks for a dozen on every paint and size hint
_ANSWERED = frozenset(
    int(r) for r in (_ROLE.DisplayRole, _ROLE.FontRole, _ROLE.ForegroundRole, _ROLE.ToolTipRole)
)


def fields_only(info: object) -> bool:
    """Whether a chart event (psygnal's emission info) only changed a role's fields (its
    title, holder, notes …), not where anything sits."""
    signal = getattr(info, "signal", None)
    return signal is not None and signal.name == "role_changed"


class OutlineModel(QAbstractItemModel):
    """Two columns (title or name | holder) over ``chart``; see the module's docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chart = OrgChart()
        self._bold, self._italic = QFont(), QFont()
        self._bold.setBold(True)
        self._italic.setItalic(True)
        self._vacant = QBrush(QColor(VACANT_COLOR))
        self._team_brushes: dict[str, QBrush] = {}
        #: the colours the chart draws its teams in (the automatic ones too), if known
        self.team_colors: Callable[[], Mapping[str, QColor]] | None = None
        self._forget()
        self.chart.events.all.connect(self._chart_changed)

    def _forget(self) -> None:
        #: index numbers (a QModelIndex's internal id) to row ids and back; 0 is the top
        self._ids: list[str] = [""]
        self._numbers: dict[str, int] = {"": 0}
        #: what has been read: the rows under a row; each row's parent and place there
        self._children: dict[str, list[str]] = {}
        self._parent: dict[str, str] = {}
        self._row: dict[str, int] = {}
        #: the chart changed since it was read: read nothing more until `show`
        self._stale = False

    def show(self, chart: OrgChart) -> None:
        """Read ``chart`` afresh (a model reset: every index the views had is gone)."""
        self.beginResetModel()
        if chart is not self.chart:
            self.chart.events.all.disconnect(self._chart_changed)
            chart.events.all.connect(self._chart_changed)
            self.chart = chart
            self._team_brushes = {}
        self._forget()
        self.endResetModel()

    def _chart_changed(self, info: object = None, *_: object) -> None:
        if not self._stale and fields_only(info):  # the rows stay; one row's words change
            role_id = info.args[0]  # type: ignore[attr-defined]
            if role_id in self._numbers:
                first = self.index_of(role_id)
                self.dataChanged.emit(first, first.siblingAtColumn(1))
            return
        self._stale = True

    # Rows by id
    def id_of(self, index: Index) -> str:
        """The id of an index's row ("" for none)."""
        return self._ids[index.internalId()] if index.isValid() and index.model() is self else ""

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        """The index of a row by id (invalid if the chart has no such row). Reads the rows
        above it, if they have not been read yet; iterative, for very deep hierarchies."""
        path: list[tuple[str, str]] = []  # (row, its parent) from the row up, not yet read
        current = node_id
        while current and current not in self._parent:
            parent = None if self._stale else self._parent_in_chart(current)
            if parent is None:
                return QModelIndex()
            path.append((current, parent))
            current = parent
        for row_id, parent in reversed(path):
            self._kids(parent)
            if self._parent.get(row_id) != parent:  # the chart does not list it there
                return QModelIndex()
        if not node_id:
            return QModelIndex()
        return self.createIndex(self._row[node_id], column, self._number(node_id))

    def children_of(self, node_id: str) -> list[str]:
        """The ids of the rows under a row ("": the top rows)."""
        return list(self._kids(node_id))

    def _number(self, node_id: str) -> int:
        number = self._numbers.get(node_id)
        if number is None:
            number = self._numbers[node_id] = len(self._ids)
            self._ids.append(node_id)
        return number

    def _kids(self, node_id: str) -> list[str]:
        kids = self._children.get(node_id)
        if kids is None:
            if self._stale:
                return []
            kids = self._children[node_id] = self._children_in_chart(node_id)
            for row, kid in enumerate(kids):
                self._parent[kid] = node_id
                self._row[kid] = row
        return kids

    def _children_in_chart(self, node_id: str) -> list[str]:
        chart = self.chart
        if not node_id:
            departments = chart.subteams_of(None)
            return [*departments, HOLDING] if chart.parked() else departments
        if node_id == HOLDING:
            return chart.parked()
        if chart.has_team(node_id):
            return chart.heads_of(node_id) + chart.subteams_of(node_id)
        if chart.has_role(node_id):
            if chart.held_by(node_id) is not None:  # a parked branch is listed whole, any team
                return chart.reports_of(node_id)
            team = chart.team_of(node_id)
            return [r for r in chart.reports_of(node_id) if chart.team_of(r) == team]
        return []

    def _parent_in_chart(self, node_id: str) -> str | None:
        """The id of the row a row is listed under ("" the top; None: no such row)."""
        chart = self.chart
        if node_id == HOLDING:
            return "" if chart.parked() else None
        if chart.has_team(node_id):
            return chart.parent_of(node_id) or ""
        if not chart.has_role(node_id):
            return None
        if chart.is_parked(node_id):
            return HOLDING
        team, manager = chart.team_of(node_id), chart.manager_of(node_id)
        if manager is not None and chart.held_by(node_id) is not None:
            return manager
        return manager if manager is not None and chart.team_of(manager) == team else team

    # QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        kids = self._kids(self._ids[parent.internalId()] if parent.isValid() else "")
        if 0 <= row < len(kids) and 0 <= column < 2:
            return self.createIndex(row, column, self._number(kids[row]))
        return QModelIndex()

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        if not index.isValid():
            return QModelIndex()
        up = self._parent.get(self._ids[index.internalId()], "")
        if not up or up not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[up], 0, self._number(up))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._kids(""))
        return len(self._kids(self._ids[parent.internalId()])) if parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole:
            return self.tr("Team / role") if section == 0 else self.tr("Holder")
        return None

    def data(self, index: Index, role: int = _ROLE.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        node_id = self._ids[index.internalId()]
        chart, column = self.chart, index.column()
        if node_id == HOLDING:
            if column:
                return None
            if role == _ROLE.DisplayRole:
                count = len(self._children.get(HOLDING) or chart.parked())
                return self.tr("Holding area (%1)").replace("%1", str(count))
            if role == _ROLE.FontRole:
                return self._italic
            if role == _ROLE.ToolTipRole:
                return self.tr("Roles kept beside the chart until they get a place in it")
            return None
        if chart.has_role(node_id):
            value = chart.role(node_id)
            if role == _ROLE.DisplayRole:
                if column == 0:
                    return value.title
                return value.holder if value.holder is not None else self.tr("vacant")
            if role == _ROLE.ForegroundRole and column == 1 and value.holder is None:
                return self._vacant
            if role == _ROLE.ToolTipRole:  # the whole of what a narrow panel cuts short
                return f"{value.title}\n{value.holder if value.holder is not None else self.tr('vacant')}"
            return None
        if chart.has_team(node_id) and column == 0:
            team = chart.team(node_id)
            if role in (_ROLE.DisplayRole, _ROLE.ToolTipRole):
                return team.name
            if role == _ROLE.FontRole:
                return self._bold
            if role == _ROLE.ForegroundRole:
                drawn = self.team_colors().get(node_id) if self.team_colors is not None else None
                color = team.color or (drawn.name() if drawn is not None else None)
                return self._team_brush(color) if color else None
        return None

    def _team_brush(self, color: str) -> QBrush:
        brush = self._team_brushes.get(color)
        if brush is None:
            # readable on the list's background, as team names are on the chart
            base = QGuiApplication.palette().base().color()
            brush = self._team_brushes[color] = QBrush(readable(QColor(color), base))
        return brush
