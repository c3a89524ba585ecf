"""The Team figures panel: every team's roles, FTE, vacancies and external share (with its
sub-teams', which are nested below it), and the company's total, updated as the chart
changes. A click on a team shows it on the canvas."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from orgchart.model import OrgChart
from orgchart.model.figures import ChartFigures, Figures, chart_figures
from orgchart.render.team_figures import number

#: the item data role that holds a row's team id ("" for the company row)
TEAM = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("Figures", "Team"),
    QT_TRANSLATE_NOOP("Figures", "Roles"),
    QT_TRANSLATE_NOOP("Figures", "FTE"),
    QT_TRANSLATE_NOOP("Figures", "Vacant"),
    QT_TRANSLATE_NOOP("Figures", "External"),
)
HEADER_HELP = (
    QT_TRANSLATE_NOOP("Figures", "Each team with its sub-teams; roles in the holding area are not counted"),
    QT_TRANSLATE_NOOP("Figures", "How many roles"),
    QT_TRANSLATE_NOOP("Figures", "Full-time equivalents: the roles' FTE added up"),
    QT_TRANSLATE_NOOP("Figures", "Roles without a holder"),
    QT_TRANSLATE_NOOP("Figures", "The share of roles filled by an outside company or a freelancer"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Figures", text)


def percent(share: float) -> str:
    return tr("%1%").replace("%1", str(round(share * 100)))


def figure_cells(f: Figures) -> list[str]:
    """The number columns of a row, as shown."""
    return [str(f.roles), number(f.fte), str(f.vacancies), percent(f.external_share)]


class FiguresPanel(QWidget):
    """A tree of ``chart()``'s teams with their rolled-up figures; ``show_team`` is called
    with a team's id when its row is clicked."""

    def __init__(
        self, chart: Callable[[], OrgChart], show_team: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chart, self.show_team = chart, show_team
        self.figures: ChartFigures | None = None
        self._stale = True
        #: whether its dock can be seen (a dock behind another's tab is "visible" to Qt but
        #: not to the user; the dock's visibilityChanged says which)
        self.shown = False
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for k in range(1, len(COLUMNS)):
            header.setSectionResizeMode(k, QHeaderView.ResizeMode.ResizeToContents)
            self.tree.headerItem().setTextAlignment(k, Qt.AlignmentFlag.AlignRight)
        for k, text in enumerate(HEADER_HELP):
            self.tree.headerItem().setToolTip(k, tr(text))
        self.tree.itemClicked.connect(self._clicked)
        column.addWidget(self.tree, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        column.addWidget(self.note)

    def update_figures(self, *, force: bool = False) -> None:
        """Count again (only while the panel can be seen, unless ``force``)."""
        if not (self.shown and self.isVisible()) and not force:
            self._stale = True
            return
        self._stale = False
        chart = self.chart()
        figures = self.figures = chart_figures(chart)
        self.tree.clear()
        # room for the branch arrows only where teams nest (a narrow panel needs every pixel)
        self.tree.setRootIsDecorated(any(chart.parent_of(t) is not None for t in chart.team_ids()))
        items: dict[str, QTreeWidgetItem] = {}
        for team_id in chart.team_ids():  # parents first
            parent = chart.parent_of(team_id)
            item = self._row(chart.team(team_id).name, figures.total[team_id], team_id)
            if chart.subteams_of(team_id):  # the rows hold the sub-teams' figures too
                own = figures.own[team_id]
                text = tr("With its sub-teams; in the team itself: %1 roles, %2 FTE")
                item.setToolTip(0, text.replace("%1", str(own.roles)).replace("%2", number(own.fte)))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                items[parent].addChild(item)
            items[team_id] = item
        company = self._row(tr("Company"), figures.company, "")
        font = company.font(0)
        font.setBold(True)
        for k in range(len(COLUMNS)):
            company.setFont(k, font)
        self.tree.addTopLevelItem(company)
        self.tree.expandAll()
        self.note.setText(
            tr("%1 roles in the holding area are not counted.").replace("%1", str(figures.parked))
            if figures.parked > 1
            else tr("1 role in the holding area is not counted.")
            if figures.parked
            else ""
        )
        self.note.setVisible(bool(figures.parked))

    @staticmethod
    def _row(label: str, f: Figures, team_id: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label, *figure_cells(f)])
        item.setData(0, TEAM, team_id)
        item.setToolTip(0, label)  # a long name is cut short in a narrow panel
        for k in range(1, len(COLUMNS)):
            item.setTextAlignment(k, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def row_of(self, team_id: str) -> QTreeWidgetItem | None:
        """The row of a team ("": the company's), or None."""
        found = [
            item
            for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
            if item.data(0, TEAM) == team_id
        ]
        return found[0] if found else None

    def set_shown(self, shown: bool) -> None:
        """Its dock came into view (its tab chosen, or the dock opened) or went out of it."""
        self.shown = shown
        if shown and self._stale:
            self.update_figures()

    def _clicked(self, item: QTreeWidgetItem) -> None:
        team_id = item.data(0, TEAM)
        if team_id:
            self.show_team(team_id)
