"""Workshop mode in the editor window: View > Show responsibilities and Show team figures, the
"who does what" table, and the Team figures and Checks panels.

The two view toggles are the user's preferences (QSettings), not settings of the chart's
file: they say how a presenter wants to look at any chart, switch on and off while the room
talks, and should not turn into a change in the file's diff. Exports choose for themselves
(``orgchart export --details --figures``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

from orgchart.ui.start_view import READABLE

if TYPE_CHECKING:
    from orgchart.ui.checks_panel import ChecksPanel
    from orgchart.ui.figures_panel import FiguresPanel
    from orgchart.ui.main_window import MainWindow
    from orgchart.ui.matrix_dialog import MatrixDialog

SHOW_DETAILS_KEY = "view/show responsibilities"
SHOW_FIGURES_KEY = "view/show team figures"


def tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


def _setting(key: str) -> bool:
    value = QSettings().value(key, False)
    return value is True or str(value).lower() == "true"


class Workshop(QObject):
    """What workshop mode adds to ``window`` (kept as ``window.workshop``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.matrix_dialog: MatrixDialog | None = None
        self.details_action = self._toggle(tr("Show &responsibilities"), SHOW_DETAILS_KEY)
        self.details_action.setToolTip(tr("Cards list each role's responsibilities and skills"))
        self.figures_action = self._toggle(tr("Show team fi&gures"), SHOW_FIGURES_KEY)
        self.figures_action.setToolTip(tr("Team headers show roles, FTE, vacancies and external share"))
        self.matrix_action = QAction(tr("&Who does what…"), window)
        self.matrix_action.triggered.connect(self.show_matrix)
        window.addAction(self.matrix_action)
        menu = window.view_menu
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        for action in (self.details_action, self.figures_action, self.matrix_action):
            menu.insertAction(first_separator, action)  # None: at the end
        if first_separator is not None:
            menu.insertSeparator(self.details_action)

        # The panels are made (and their modules loaded) when their dock is first seen: at
        # the start they are tabs behind the history.
        self._figures: FiguresPanel | None = None
        self._checks: ChecksPanel | None = None
        self.figures_dock = self._dock(tr("Team figures"), "team figures")
        self.checks_dock = self._dock(tr("Checks"), "checks")
        self.figures_dock.visibilityChanged.connect(self._figures_shown)
        self.checks_dock.visibilityChanged.connect(self._checks_shown)
        history = window.history_panel.parentWidget()
        if isinstance(history, QDockWidget):  # tabs under the history, which stays in front
            window.tabifyDockWidget(history, self.figures_dock)
            window.tabifyDockWidget(self.figures_dock, self.checks_dock)
            history.raise_()
        for dock in (self.figures_dock, self.checks_dock):
            menu.addAction(dock.toggleViewAction())
        window.chart_updated.connect(self.chart_changed)
        self._apply(keep_view=False)

    def _toggle(self, text: str, key: str) -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(True)
        action.setChecked(_setting(key))
        action.toggled.connect(lambda on: self._toggled(key, on))
        self.window.addAction(action)
        return action

    def _dock(self, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(QWidget())  # until the panel is made
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    @property
    def figures(self) -> FiguresPanel:
        """The Team figures panel (made now if it was not yet)."""
        if self._figures is None:
            from orgchart.ui.figures_panel import FiguresPanel

            self._figures = FiguresPanel(lambda: self.window.document.chart, self.show_node, self.window)
            self.figures_dock.setWidget(self._figures)
        return self._figures

    @property
    def checks(self) -> ChecksPanel:
        """The Checks panel (made now if it was not yet)."""
        if self._checks is None:
            from orgchart.ui.checks_panel import ChecksPanel

            self._checks = ChecksPanel(lambda: self.window.document.chart, self.show_node, self.window)
            self.checks_dock.setWidget(self._checks)
        return self._checks

    # A dock came into view (its panel made, if need be) or went out of it
    def _figures_shown(self, on: bool) -> None:
        if on or self._figures is not None:
            self.figures.set_shown(on)

    def _checks_shown(self, on: bool) -> None:
        if on or self._checks is not None:
            self.checks.set_shown(on)

    # The view toggles
    def _toggled(self, key: str, on: bool) -> None:
        QSettings().setValue(key, on)
        self._apply(keep_view=True)

    def _apply(self, *, keep_view: bool) -> None:
        """Show the cards and headers as the toggles say, the selected card (else the same
        part of the chart) staying in the middle of the view."""
        canvas = self.window.canvas
        options = {"details": self.details_action.isChecked(), "figures": self.figures_action.isChecked()}
        if options == {k: canvas.picture_options.get(k, False) for k in options}:
            return
        before = canvas.item.picture
        middle = canvas.mapToScene(canvas.viewport().rect().center())
        share = QPointF(middle.x() / max(before.width, 1), middle.y() / max(before.height, 1))
        canvas.picture_options = options
        canvas.refresh()
        if not keep_view:
            return
        if canvas.selected and canvas.has_card(canvas.selected):
            canvas.centerOn(canvas.card_rect(canvas.selected).center())
        else:
            after = canvas.item.picture
            canvas.centerOn(QPointF(share.x() * after.width, share.y() * after.height))

    # Panels and the table follow the chart
    def chart_changed(self) -> None:
        if self._figures is not None:
            self._figures.update_figures()
        if self._checks is not None:
            self._checks.update_findings()

    def show_node(self, node_id: str) -> None:
        """Select the role or team on the canvas and scroll to it (at a readable size)."""
        canvas, chart = self.window.canvas, self.window.document.chart
        if canvas.zoom < READABLE:
            canvas.zoom_by(READABLE / canvas.zoom)
        if chart.has_role(node_id):
            canvas.select(node_id)
            if canvas.reveal(node_id) or canvas.has_card(node_id):
                canvas.centerOn(canvas.card_rect(node_id).center())
        elif chart.has_team(node_id):
            canvas.select_team(node_id)
            if canvas.has_frame(node_id):
                rect = canvas.frame_rect(node_id)
                seen = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
                # the frame's middle, or its top part when it is taller than the view
                canvas.centerOn(
                    QPointF(rect.center().x(), rect.top() + min(rect.height(), seen.height()) / 2)
                )

    def show_matrix(self) -> None:
        """View > Who does what: the table of the selected team (or of the selected role's)."""
        window = self.window
        canvas, chart = window.canvas, window.document.chart
        team = canvas.selected_team or (chart.team_of(canvas.selected) if canvas.selected else "")
        if self.matrix_dialog is None:
            from orgchart.ui.matrix_dialog import MatrixDialog  # loaded when first shown

            self.matrix_dialog = MatrixDialog(window, team)
        else:
            self.matrix_dialog.choose_team(team)
        self.matrix_dialog.show()
        self.matrix_dialog.raise_()
        self.matrix_dialog.activateWindow()
