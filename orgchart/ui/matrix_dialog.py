"""Who does what: a team's responsibilities against its roles as a table (a mark where a role
holds a responsibility), saved as Markdown or CSV. It follows the chart while it is open."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart.io import OrgFileError
from orgchart.io.matrix_text import write_matrix
from orgchart.model import OrgChart
from orgchart.model.duties import ResponsibilityMatrix, responsibility_matrix

if TYPE_CHECKING:
    from orgchart.ui.main_window import MainWindow

#: how a held responsibility shows in the table (the files write "x", which every tool reads)
MARK = "●"
#: a role's title in a column header breaks into lines of about this many characters
HEADER_CHARS = 16


def tr(text: str) -> str:
    return QCoreApplication.translate("WhoDoesWhat", text)


class MatrixDialog(QDialog):
    """The matrix of the chosen team (or the whole chart) of ``window``'s open chart; one
    dialog per window, not modal, so the chart can be edited while it shows."""

    def __init__(self, window: MainWindow, team_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(tr("Who does what"))
        self.matrix: ResponsibilityMatrix | None = None
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.team = QComboBox()
        self.team.setMinimumContentsLength(24)
        top.addWidget(QLabel(tr("Team")))
        top.addWidget(self.team, 1)
        column.addLayout(top)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.table, 1)
        self.empty = QLabel()
        column.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_markdown = QPushButton(tr("Save as &Markdown…"))
        self.save_csv = QPushButton(tr("Save as &CSV…"))
        buttons.addButton(self.save_markdown, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_csv, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.save_markdown.clicked.connect(lambda: self.save("md"))
        self.save_csv.clicked.connect(lambda: self.save("csv"))
        column.addWidget(buttons)
        self._fill_teams(team_id)
        self.team.currentIndexChanged.connect(self.show_matrix)
        window.chart_updated.connect(self._chart_changed)
        self.show_matrix()
        self.resize(900, 560)

    @property
    def chart(self) -> OrgChart:
        return self.window_.document.chart

    def _fill_teams(self, chosen: str) -> None:
        chart = self.chart
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(tr("Whole chart"), "")
        for team_id in chart.team_ids():
            indent = "    " * (len(chart.team_path(team_id)) - 1)
            self.team.addItem(indent + chart.team(team_id).name, team_id)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.team.blockSignals(False)

    def team_id(self) -> str:
        return str(self.team.currentData() or "")

    def choose_team(self, team_id: str) -> None:
        """Show the matrix of ``team_id`` ("": the whole chart) of the chart open now."""
        self._fill_teams(team_id)
        self.show_matrix()

    def _chart_changed(self) -> None:
        if not self.isVisible():  # shown again later with choose_team
            return
        self._fill_teams(self.team_id() if self.chart.has_team(self.team_id()) else "")
        self.show_matrix()

    def show_matrix(self) -> None:
        matrix = self.matrix = responsibility_matrix(self.chart, self.team_id() or None)
        table = self.table
        table.clear()
        table.setColumnCount(1 + len(matrix.headers))
        table.setRowCount(len(matrix.duties))
        # role titles over several short lines, so that a column is as narrow as its marks allow
        titles = [textwrap.fill(h, HEADER_CHARS, break_long_words=False) for h in matrix.headers]
        table.setHorizontalHeaderLabels([tr("Responsibility"), *titles])
        for k, role_id in enumerate(matrix.roles, start=1):
            header = table.horizontalHeaderItem(k)
            role = self.chart.role(role_id) if self.chart.has_role(role_id) else None
            if header is not None and role is not None:
                header.setToolTip(role.title + (f" — {role.holder}" if role.holder else ""))
        for row, duty in enumerate(matrix.duties):
            table.setItem(row, 0, QTableWidgetItem(duty))
            for c in range(len(matrix.headers)):
                cell = QTableWidgetItem(MARK if matrix.holds(row, c) else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, c + 1, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 280)
        for c in range(1, table.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        roles_without = len(matrix.roles) - len({c for marks in matrix.marks for c in marks})
        if not matrix.roles:
            self.empty.setText(tr("This team has no roles."))
        elif roles_without:
            self.empty.setText(
                tr("%1 of %2 roles have no responsibilities yet.")
                .replace("%1", str(roles_without))
                .replace("%2", str(len(matrix.roles)))
            )
        else:
            self.empty.setText(
                tr("%1 responsibilities, %2 roles.")
                .replace("%1", str(len(matrix.duties)))
                .replace("%2", str(len(matrix.roles)))
            )
        has_rows = bool(matrix.roles)
        self.save_markdown.setEnabled(has_rows)
        self.save_csv.setEnabled(has_rows)

    def save(self, fmt: str) -> None:
        """Ask where, then write the table as Markdown ("md") or CSV ("csv")."""
        if self.matrix is None:
            return
        source = self.window_.path or self.window_.imported_from or Path.cwd() / "chart"
        # a file name from a team's name: without what a path would read as folders
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", self.matrix.name or source.stem).strip(" .-") or "chart"
        suggestion = source.with_name(
            f"{source.stem} - {name}.{fmt}" if self.team_id() else f"{source.stem}.{fmt}"
        )
        kinds = tr("Markdown (*.md)") if fmt == "md" else tr("CSV (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save who does what"), str(suggestion), kinds)
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(f".{fmt}")
        try:
            write_matrix(self.matrix, path, fmt, corner=tr("Responsibility"))
        except OrgFileError as error:
            QMessageBox.critical(self, tr("Cannot save"), str(error))
            return
        self.window_.statusBar().showMessage(tr("Saved %1").replace("%1", str(path)), 4000)
