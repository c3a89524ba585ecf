"""The editor's main window: the canvas in the middle, the outline and the undo history
beside it, menus with the standard shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from orgchart.commands import AddTeam, History
from orgchart.io import Document, OrgFileError, read_chart
from orgchart.io.reading import READERS, is_import, is_table
from orgchart.model import OrgChart, Team
from orgchart.ui import opening
from orgchart.ui.autosave import Autosave
from orgchart.ui.canvas import ChartView
from orgchart.ui.compare import Comparison
from orgchart.ui.desktop import WindowLayout
from orgchart.ui.file_watch import FileWatch
from orgchart.ui.find_bar import FindBar
from orgchart.ui.history_panel import HistoryPanel, command_text
from orgchart.ui.menus import install_presenting, install_printing, make_menus, show_step
from orgchart.ui.outline import OutlineView
from orgchart.ui.outline_dragging import HOLDING
from orgchart.ui.outline_model import fields_only
from orgchart.ui.preferences import Preferences
from orgchart.ui.properties import RoleProperties
from orgchart.ui.start_view import READABLE
from orgchart.ui.team_properties import TeamProperties
from orgchart.ui.team_removal import Removal
from orgchart.ui.workshop import Workshop
from orgchart.ui.zoom_label import ZoomLabel

if TYPE_CHECKING:
    from orgchart.templates import Template
    from orgchart.ui.export_dialog import ExportDialog
    from orgchart.ui.presentation import Presentation

#: how many files File > Open recent lists
RECENT = 8


class MainWindow(QMainWindow):
    """One open chart: drawn on the canvas, listed in the outline, its edits in the history."""

    #: the open chart changed, or another one was opened (once per burst of changes, after the
    #: outline caught up): for panels that follow ``document.chart``
    chart_updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = Document(OrgChart())
        self.path: Path | None = None
        #: the CSV file the open chart was imported from (it is saved as .json elsewhere)
        self.imported_from: Path | None = None
        self.history = History(self.document.chart)
        self.autosave, self.file_watch = Autosave(self), FileWatch(self)  # never lose a chart
        self.canvas = ChartView(self.document.chart, self.history, self)
        self.find_bar = FindBar(self.canvas, self)
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        column.addWidget(self.canvas, 1)
        self.setCentralWidget(middle)
        self.outline = OutlineView(self)
        self.history_panel = HistoryPanel(self.history, self)
        self.history_panel.stepped.connect(lambda: show_step(self))
        self.properties = RoleProperties(self.document.chart, self.history, self)
        self.team_properties = TeamProperties(self.document.chart, self.history, self)
        self.property_pages = QStackedWidget(self)
        self.property_pages.addWidget(self.properties)
        self.property_pages.addWidget(self.team_properties)
        self._dock(self.outline, self.tr("Outline"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock(self.property_pages, self.tr("Properties"), Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock(self.history_panel, self.tr("History"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.canvas.selection_changed.connect(self._role_selected)
        self.canvas.team_selected.connect(self._team_selected)
        # a team named in its panel (as a new one is): back to the canvas, where Tab adds a role
        self.team_properties.name.returnPressed.connect(self.canvas.setFocus)
        self.outline.current_id_changed.connect(self._outline_chose)
        self.outline.dropped.connect(self._outline_dropped)
        # team names in the colours the canvas draws the teams in, the automatic ones too
        self.outline.rows.team_colors = lambda: self.canvas.item.picture.painter.colors
        docks = self.findChildren(QDockWidget)
        self.resizeDocks(docks, [260, 300, 300], Qt.Orientation.Horizontal)
        self.resizeDocks(docks[1:], [560, 200], Qt.Orientation.Vertical)
        self.summary = QLabel(self)
        self.statusBar().addPermanentWidget(self.summary)
        self.zoom_label = ZoomLabel(self.canvas)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.canvas.message.connect(self._message)
        self.outline.message.connect(self._message)
        self.outline.new_team_requested.connect(lambda parent: self.new_team_in(parent or None))
        self.outline.new_role_requested.connect(self.canvas.sketch.add_to_team)
        self.outline.new_report_requested.connect(self.canvas.sketch.add_report)
        self.outline.delete_role_requested.connect(self.canvas.sketch.delete)
        self.outline.delete_team_requested.connect(self.canvas.sketch.delete_team)
        self.outline.duplicate_team_requested.connect(self.canvas.sketch.duplicate_team)
        self.outline.dissolve_team_requested.connect(
            lambda team: self.canvas.sketch.delete_team(team, Removal.DISSOLVE)
        )
        self._structure_changed = True  # since the outline was last shown
        self._outline_later = QTimer(self)
        self._outline_later.setSingleShot(True)
        self._outline_later.timeout.connect(self._show_outline)
        make_menus(self)
        self.workshop = Workshop(self)  # View > Show responsibilities, figures, checks
        self.comparison = Comparison(self)  # File > Compare with…
        self._presentation: Presentation | None = None
        self.present_action = install_presenting(self)  # View > Present (F5)
        install_printing(self)  # File > Print… (Ctrl+P)
        self.preferences = Preferences(self)  # Edit > Preferences…, View > Theme
        self.window_layout = WindowLayout(self)  # size and panels as last time, from the first show
        self._first_size()
        self.setAcceptDrops(True)
        self._show_document()
        self.canvas.setFocus()  # the keys that sketch work at once
        # Edits merge into one undo step only while one field keeps the focus (typing into
        # it); a move of the focus (another field, the canvas, a cell editor, a dialog) ends
        # the session, so that typing into the field again later is a step of its own.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    @property
    def presentation(self) -> Presentation:
        """Presentation mode (View > Present), made when first used."""
        if self._presentation is None:
            from orgchart.ui.presentation import Presentation

            self._presentation = Presentation(self, self.present_action)
        return self._presentation

    @property
    def presenting(self) -> bool:
        """Whether the window shows a presentation (made or not)."""
        return self._presentation is not None and self._presentation.active

    def _dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(type(widget).__name__)  # not the title: the saved layout outlives a language
        dock.setWidget(widget)
        self.addDockWidget(area, dock)

    # Files
    def _ask_open(self) -> None:
        if not self._may_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open chart"),
            str(self.path.parent if self.path else Path.cwd()),
            self.tr(
                "Org charts and HR exports (*.json *.csv *.tsv *.txt *.xlsx);;Org charts (*.json);;"
                "CSV and tab-separated text (*.csv *.tsv *.txt);;Excel (*.xlsx);;All files (*)"
            ),
        )
        if name:
            self.open_path(name, preview=True)

    def open_path(self, path: str | Path, preview: bool = False) -> bool:
        """Open a chart file; with ``preview``, an HR export (.csv, .xlsx, …) through the import
        preview. On error, say what is wrong and keep the chart that is open."""
        if preview and is_table(path):
            from orgchart.ui.import_preview import import_with_preview

            return import_with_preview(self, Path(path))
        if opening.is_large(path):  # read in a thread, behind a progress dialog with Cancel
            return opening.open_large(self, Path(path))
        try:
            document, warnings = read_chart(path)
        except OrgFileError as error:
            QMessageBox.critical(
                self,
                self.tr("Cannot open chart"),
                self.tr("The chart could not be opened.") + "\n\n" + str(error),
            )
            return False
        self.show_opened(Path(path), document, warnings)
        return True

    def show_opened(self, path: Path, document: Document, warnings: list[str]) -> None:
        """Make ``document``, read from ``path``, the open chart."""
        # An HR export (.csv, .xlsx) is imported: the chart is new, and saving asks for a .json.
        native = not is_import(path)
        self._show_new(document, Path(path) if native else None, None if native else Path(path))
        if not native:
            self.history.mark_unsaved()  # no chart file holds the import yet
        self._remember(Path(path))
        if warnings:
            self.statusBar().showMessage(
                self.tr("%1 warnings while reading the file; the first: %2")
                .replace("%1", str(len(warnings)))
                .replace("%2", warnings[0])
            )

    def new_chart(self) -> None:
        """An empty chart (after asking about unsaved changes)."""
        if self._may_discard():
            self._show_new(Document(OrgChart()), None, None)

    def new_from_template(self, template: Template) -> None:
        """A new, unsaved chart that starts as a copy of ``template`` (Save asks where)."""
        if self._may_discard():
            self._show_new(Document(template.build()), None, None)

    def recent_files(self) -> list[str]:
        value = QSettings().value("recent files", [])
        files = [value] if isinstance(value, str) else list(value or [])
        return [f for f in files if isinstance(f, str)]

    def _remember(self, path: Path) -> None:
        files = [str(path.resolve()), *(f for f in self.recent_files() if f != str(path.resolve()))]
        QSettings().setValue("recent files", files[:RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for name in files:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self._may_discard() and self.open_path(n, True))
        if not files:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _show_new(self, document: Document, path: Path | None, imported_from: Path | None) -> None:
        """Make ``document`` the open one, with a fresh history."""
        self.history.changed.disconnect(self._history_changed)
        self.document.chart.events.all.disconnect(self._chart_changed)
        self.document, self.path, self.imported_from = document, path, imported_from
        self.file_watch.follow(path)
        self.history = History(document.chart)
        self.canvas.show_chart(document.chart, self.history, document.view)
        self.history_panel.follow(self.history)
        self._show_document()

    def save(self) -> bool:
        """Save to the open file (or ask where, for a new chart); False if not saved."""
        if self.path is None:
            return self._ask_save_as()
        overwrite = self.file_watch.may_overwrite()  # asks if another program changed the file
        if overwrite is None:
            return False
        return self._save_to(self.path) if overwrite else self._ask_save_as()

    def _ask_save_as(self) -> bool:
        suggestion = self.path or (
            self.imported_from.with_suffix(".json") if self.imported_from else Path.cwd() / "chart.json"
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart as"),
            str(suggestion),
            self.tr("Org charts (*.json)"),
        )
        if not name:
            return False
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from orgchart.io import save

        try:
            self.document.view = self.canvas.view_settings()
            save(self.document.chart, path, self.document.view)
        except OrgFileError as error:
            QMessageBox.critical(
                self, self.tr("Cannot save chart"), self.tr("The chart was not saved.") + "\n\n" + str(error)
            )
            return False
        self.path = path
        self.file_watch.follow(path)
        self._remember(path)
        self.history.set_clean()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def export_dialog(self) -> ExportDialog:
        from orgchart.ui.export_dialog import ExportDialog

        source = self.path or self.imported_from or Path.cwd() / "chart"
        chart = self.document.chart
        return ExportDialog(
            chart, self.canvas.params, source.with_suffix(""), self, self.canvas.picture_extras
        )

    def export(self) -> None:
        """File > Export: the export options with a preview."""
        self.export_dialog().exec()

    def _may_discard(self) -> bool:
        """True if there are no unsaved changes, or the user saved or chose to drop them."""
        if self.history.is_clean:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The chart has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_discard():
            self.autosave.remove()  # saved, or the user dropped the changes
            self.window_layout.save()
            self.file_watch.follow(None)  # a closed window asks nothing when its file changes
            event.accept()
        else:
            event.ignore()

    # A .json or .csv file dropped onto the window opens
    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].suffix.lower() in (".json", *READERS) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None and self._may_discard():
            event.acceptProposedAction()  # opened after the drop: the import preview waits for the user
            QTimer.singleShot(0, lambda: self.open_path(path, preview=True))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.canvas.cancel_drag()
        super().keyPressEvent(event)

    def _first_size(self) -> None:
        """Most of the screen, centred (a saved window layout replaces it when shown): an org
        chart is wide, and the panels take their share."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        self.resize(max(960, int(area.width() * 0.9)), max(640, int(area.height() * 0.9)))
        self.move(area.center() - self.rect().center())

    # Following the chart and its history
    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        self.history.close_step()

    def _show_document(self) -> None:
        self.history.changed.connect(self._history_changed)
        self.document.chart.events.all.connect(self._chart_changed)
        self._show_outline()
        self._update_title()
        self._history_changed()
        self.canvas.show_start()

    def _outline_dropped(self, node_id: str) -> None:
        """A row dragged in the outline: show where its role went on the canvas (laid out
        now, not after the usual pause, so that its card is where it is going)."""
        self.canvas.refresh()
        self._outline_chose(node_id)

    def _outline_chose(self, node_id: str) -> None:
        """A click in the outline selects that role or team on the canvas too."""
        chart, canvas = self.document.chart, self.canvas
        if node_id and chart.has_role(node_id):
            canvas.select(node_id)
            if canvas.reveal(node_id):  # a collapsed branch opens; a parked one stays
                canvas.centerOn(canvas.card_rect(node_id).center())
        elif node_id and chart.has_team(node_id):
            canvas.select_team(node_id)
        elif node_id == HOLDING:
            canvas.centerOn(canvas.holding.frame.center())

    def _role_selected(self, role_id: str) -> None:
        self.outline.select_id(role_id)
        if role_id or not self.canvas.selected_team:
            self.property_pages.setCurrentWidget(self.properties)
        self.properties.show_role(self.document.chart, self.history, role_id)

    def _team_selected(self, team_id: str) -> None:
        if team_id or not self.canvas.selected:  # (no team, no role: no row either)
            self.outline.select_id(team_id)
        if team_id:
            self.property_pages.setCurrentWidget(self.team_properties)
            self.team_properties.show_team(self.document.chart, self.history, team_id)
        elif not self.canvas.selected:
            self.property_pages.setCurrentWidget(self.properties)

    def new_team(self) -> None:
        """A new team inside the selected team (or the selected role's team, or at the top),
        selected, its name ready to type."""
        if self.presenting:  # (its key is a shortcut, which presenting lets through)
            return
        chart, canvas = self.document.chart, self.canvas
        parent = canvas.selected_team or (chart.team_of(canvas.selected) if canvas.selected else None)
        self.new_team_in(parent)

    def new_team_in(self, parent: str | None) -> None:
        """A new team inside ``parent`` (None: a department), selected, its name ready to type
        in its frame's header (the name typed is part of adding it: one undo step); where the
        frame is not drawn (its parent's roles collapsed away), in the properties panel."""
        chart, canvas = self.document.chart, self.canvas
        name = self.tr("New team")
        team = Team(chart.new_id(name, prefix="team-"), name)
        self.history.push(AddTeam(team, parent))
        canvas.refresh()
        canvas.select_team(team.id)
        if canvas.has_frame(team.id):  # (always, unless a collapsed manager hides the parent)
            canvas.sketch.rename_team(team.id, fresh=True)
        else:
            self.team_properties.name.setFocus()
            self.team_properties.name.selectAll()

    def _collapse_all(self) -> None:
        self.canvas.set_collapsed(self.document.chart.top_levels(0)[1])  # only the top roles

    def show_holding_area(self) -> None:
        """Scroll the canvas to the holding area beside the chart, at a readable size."""
        canvas = self.canvas
        if canvas.zoom < READABLE:
            canvas.zoom_by(READABLE / canvas.zoom)
        canvas.centerOn(canvas.holding.frame.center())

    def _chart_changed(self, info: object = None, *_: object) -> None:
        if not fields_only(info):  # the outline's rows follow a role's fields by themselves
            self._structure_changed = True
        self._outline_later.start(0)

    def _show_outline(self) -> None:
        chart = self.document.chart
        if self._structure_changed or chart is not self.outline.chart:
            self._structure_changed = False
            self.outline.show_chart(chart, self.history)
            self.outline.select_id(self.canvas.selected or self.canvas.selected_team)
        self.properties.show_role(chart, self.history, self.canvas.selected)
        self.team_properties.show_team(chart, self.history, self.canvas.selected_team)
        if self.find_bar.isVisible():
            self.find_bar.search(jump=False)
        self.summary.setText(
            self.tr("Teams: %1 · Roles: %2 · Dotted lines: %3")
            .replace("%1", str(chart.team_count))
            .replace("%2", str(chart.role_count))
            .replace("%3", str(chart.link_count))
        )
        self.chart_updated.emit()

    def _history_changed(self) -> None:
        history = self.history
        self.undo_action.setEnabled(history.can_undo)
        self.redo_action.setEnabled(history.can_redo)
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", command_text(history.undo_text))
            if history.can_undo
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", command_text(history.redo_text))
            if history.can_redo
            else self.tr("&Redo")
        )
        self.setWindowModified(not history.is_clean)
        self.autosave.follow()

    def _update_title(self) -> None:
        chart = self.document.chart
        source = self.path or self.imported_from
        title = chart.name or (source.stem if source else self.tr("Untitled"))
        file_part = f" — {source.name}" if source else ""
        self.setWindowTitle(f"{title}{file_part}[*]")
        self.setWindowModified(not self.history.is_clean)

    def _message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()
