"""File > Compare with…: the open chart with what changed since another file marked on the
canvas (the marks `orgchart export --compare` draws), and a panel that counts the changes,
lists the roles (removed ones too; a click shows the card) and ends the comparison.

The open chart is the newer version: "new" means not in the other file. The comparison
follows edits: it is made again at each layout, so marks come and go as the chart changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QMessageBox

from orgchart.io import OrgFileError, read_chart
from orgchart.io.reading import READERS
from orgchart.model import OrgChart
from orgchart.ui.desktop import show_tabs_whole
from orgchart.ui.opening import is_large, read_large

if TYPE_CHECKING:
    from orgchart.model.diff import ChartDiff
    from orgchart.render.marks import ChartMarks
    from orgchart.ui.compare_panel import CompareDock, ComparePanel
    from orgchart.ui.main_window import MainWindow


class Comparison(QObject):
    """File > Compare with… for one window: the file compared with, and its panel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Co&mpare with…"), window)
        self.action.setStatusTip(self.tr("Mark what this chart changed since another version of it"))
        self.action.triggered.connect(self.ask)
        self.clear_action = QAction(self.tr("C&lear comparison"), window)
        self.clear_action.triggered.connect(self.clear)
        self.clear_action.setEnabled(False)
        _insert_after(window.file_menu, window.export_action, self.action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.clear_action)
        self.other: OrgChart | None = None
        self.source = Path()
        self.chart: OrgChart | None = None  # the chart compared; opening another ends it
        self.diff: ChartDiff | None = None
        self.marks: ChartMarks | None = None
        self.panel: ComparePanel | None = None
        self.dock: CompareDock | None = None
        #: the panels' width before the comparison widened them for its tab (None: not widened)
        self._narrow: int | None = None

    def ask(self) -> None:
        window = self.window
        patterns = " ".join(f"*{suffix}" for suffix in (".json", *READERS))
        name, _ = QFileDialog.getOpenFileName(
            window,
            self.tr("Compare with chart"),
            str(window.path.parent if window.path else Path.cwd()),
            self.tr("Org charts and HR exports (%1);;All files (*)").replace("%1", patterns),
        )
        if name:
            self.compare_with(name)

    def compare_with(self, path: str | Path) -> bool:
        """Mark on the canvas what the open chart changed since the chart in ``path``."""
        try:
            if is_large(path):  # read in a thread, behind a progress dialog with Cancel
                read = read_large(self.window, Path(path), self.tr("Reading %1 to compare"))
                if read is None:
                    return False  # cancelled: nothing changes
                document, _ = read
            else:
                document, _ = read_chart(path)
        except OrgFileError as error:
            QMessageBox.critical(
                self.window,
                self.tr("Cannot compare"),
                self.tr("The chart to compare with could not be read.") + "\n\n" + str(error),
            )
            return False
        canvas = self.window.canvas
        self.other, self.source, self.chart = document.chart, Path(path), canvas.chart
        self._panel()
        canvas.marks_for = self._marks
        canvas.refresh()
        assert self.dock is not None
        self.dock.show()
        self.dock.raise_()
        self.window.resizeDocks([self.dock], [max(360, self.window.height() // 2)], Qt.Orientation.Vertical)
        QTimer.singleShot(0, self._show_tabs)  # (its tab is made when the window lays out its docks next)
        self._say()
        self.clear_action.setEnabled(True)
        return True

    def clear(self) -> None:
        """End the comparison: no marks, no panel."""
        canvas = self.window.canvas
        was_on = canvas.marks_for is not None
        self.other = self.chart = self.diff = self.marks = None
        canvas.marks_for = None
        self.clear_action.setEnabled(False)
        if was_on:
            canvas.refresh()
            self.window.statusBar().showMessage(self.tr("Comparison cleared"), 3000)
        if self.dock is not None and self.dock.isVisible():
            self.dock.hide()
        history = self.window.history_panel.parentWidget()
        if self._narrow is not None and isinstance(history, QDockWidget):  # the panels as they were
            self.window.resizeDocks([history], [self._narrow], Qt.Orientation.Horizontal)
        self._narrow = None

    def _show_tabs(self) -> None:
        """The tabs' names whole (once per comparison: its end gives the width back)."""
        if self.dock is not None and self.dock.isVisible() and self._narrow is None:
            self._narrow = show_tabs_whole(self.window, self.dock)

    def _marks(self, chart: OrgChart) -> ChartMarks | None:
        if self.other is None or chart is not self.chart:  # another chart was opened
            QTimer.singleShot(0, self.clear)
            return None
        from orgchart.model.diff import diff_charts
        from orgchart.render.marks import ChartMarks

        self.diff = diff_charts(self.other, chart)
        self.marks = ChartMarks.from_diff(self.diff, self.source.name)
        if self.panel is not None:
            self.panel.show_diff(self.diff, self.marks, self.source.name)
        return self.marks

    def _panel(self) -> None:
        if self.panel is not None:
            return
        from orgchart.ui.compare_panel import CompareDock, ComparePanel

        self.panel = ComparePanel()
        self.panel.clear_requested.connect(self.clear)
        self.panel.chosen.connect(self._show)
        self.dock = CompareDock(self.tr("Comparison"), self.window)
        self.dock.setObjectName("Comparison")
        self.dock.setWidget(self.panel)
        self.dock.closed.connect(self.clear)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        history = self.window.history_panel.parentWidget()
        if isinstance(history, QDockWidget):  # beside the history, not squeezing the properties
            self.window.tabifyDockWidget(history, self.dock)

    def _say(self) -> None:
        if self.diff is None or self.marks is None or self.panel is None:
            return
        counts = self.panel.summary(self.diff, self.marks, rich=False)
        self.window.statusBar().showMessage(
            self.tr("Compared with %1: %2").replace("%1", self.source.name).replace("%2", counts)
        )

    def _show(self, key: str) -> None:
        """Select a listed role and bring its card into view (a removed one: its faded card)."""
        canvas = self.window.canvas
        if key.startswith("removed:"):
            picture = canvas.item.picture
            if picture.removed is not None:
                _, rect = picture.removed.cards[int(key.split(":")[1])]
                canvas.centerOn(rect.center() + QPointF(0, picture.removed_top))
            return
        if canvas.chart.has_role(key):
            canvas.select(key)
            if canvas.reveal(key):
                canvas.centerOn(canvas.card_rect(key).center())


def _insert_after(menu: QMenu, before: QAction, action: QAction) -> None:
    actions = menu.actions()
    if before in actions[:-1]:
        menu.insertAction(actions[actions.index(before) + 1], action)
    else:
        menu.addAction(action)
