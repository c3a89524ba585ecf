"""The editor's main window. For now: open a file and show its outline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from orgchart.io import Document, OrgFileError, load
from orgchart.model import OrgChart
from orgchart.ui.outline import OutlineView


class MainWindow(QMainWindow):
    """One open chart: its outline in the middle, its figures in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = Document(OrgChart())
        self.path: Path | None = None
        self.outline = OutlineView(self)
        self.setCentralWidget(self.outline)
        self.summary = QLabel(self)
        self.statusBar().addPermanentWidget(self.summary)
        self._make_menus()
        self.resize(1100, 760)
        self._show_document()

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._ask_open)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open chart"),
            str(self.path.parent if self.path else Path.cwd()),
            self.tr("Org charts (*.json);;All files (*)"),
        )
        if name:
            self.open_path(name)

    def open_path(self, path: str | Path) -> bool:
        """Open a chart file. On error, say what is wrong and keep the chart that is open."""
        try:
            document = load(path)
        except OrgFileError as error:
            QMessageBox.critical(
                self,
                self.tr("Cannot open chart"),
                self.tr("The chart could not be opened.") + "\n\n" + str(error),
            )
            return False
        self.document, self.path = document, Path(path)
        self._show_document()
        return True

    def _show_document(self) -> None:
        chart = self.document.chart
        self.outline.show_chart(chart)
        title = chart.name or (self.path.stem if self.path else self.tr("Untitled"))
        file_part = f" — {self.path.name}" if self.path else ""
        self.setWindowTitle(f"{title}{file_part}[*]")
        self.setWindowModified(False)
        self.summary.setText(
            self.tr("Teams: %1 · Roles: %2 · Dotted lines: %3")
            .replace("%1", str(chart.team_count))
            .replace("%2", str(chart.role_count))
            .replace("%3", str(chart.link_count))
        )
