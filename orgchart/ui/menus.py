"""The editor window's menus and toolbar, with the standard shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from orgchart.ui.canvas import ZOOM_STEP

#: the seed samples, offered as templates for a new chart
TEMPLATES = Path(__file__).resolve().parents[2] / "samples"

if TYPE_CHECKING:
    from orgchart.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_action(
    window: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it)."""
    made = QAction(text, window)
    made.setShortcut(QKeySequence(shortcut))
    made.triggered.connect(slot)
    window.addAction(made)
    return made


def shortcuts(*keys: str) -> list[QKeySequence]:
    """The same keys on every platform (Ctrl+Y and Ctrl+Shift+Z both redo, as users of
    either convention expect)."""
    return [QKeySequence(key) for key in keys]


def make_menus(self: MainWindow) -> None:
    """The menu bar and the toolbar of ``self``; the menus are kept as ``file_menu``,
    ``edit_menu`` and ``view_menu`` for features that add their own actions."""
    keys = QKeySequence.StandardKey
    file_menu = self.file_menu = self.menuBar().addMenu(tr("&File"))
    self.new_action = add_action(self, tr("&New"), keys.New, self.new_chart)
    self.templates_menu = QMenu(tr("New from &template"), self)
    for template in sorted(TEMPLATES.glob("*.json")):
        action = self.templates_menu.addAction(template.stem)
        action.triggered.connect(lambda _=False, t=template: self.new_from_template(t))
    self.open_action = add_action(self, tr("&Open…"), keys.Open, self._ask_open)
    self.recent_menu = QMenu(tr("Open &recent"), self)
    self.recent_menu.aboutToShow.connect(self._fill_recent)
    self.save_action = add_action(self, tr("&Save"), keys.Save, self.save)
    self.save_as_action = add_action(self, tr("Save &As…"), keys.SaveAs, self._ask_save_as)
    self.export_action = add_action(self, tr("&Export…"), "Ctrl+E", self.export)
    quit_action = add_action(self, tr("&Quit"), keys.Quit, self.close)
    file_menu.addAction(self.new_action)
    file_menu.addMenu(self.templates_menu)
    file_menu.addAction(self.open_action)
    file_menu.addMenu(self.recent_menu)
    file_menu.addAction(self.save_action)
    file_menu.addAction(self.save_as_action)
    file_menu.addAction(self.export_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    edit_menu = self.edit_menu = self.menuBar().addMenu(tr("&Edit"))
    self.undo_action = add_action(self, tr("&Undo"), keys.Undo, lambda: self.history.undo())
    self.redo_action = add_action(self, tr("&Redo"), keys.Redo, lambda: self.history.redo())
    self.redo_action.setShortcuts(shortcuts("Ctrl+Y", "Ctrl+Shift+Z"))
    edit_menu.addAction(self.undo_action)
    edit_menu.addAction(self.redo_action)
    edit_menu.addSeparator()
    self.new_team_action = add_action(self, tr("New &team"), "Ctrl+Shift+T", self.new_team)
    edit_menu.addAction(self.new_team_action)
    sketch = self.canvas.sketch
    for text, key, slot in (
        (tr("Cu&t"), keys.Cut, sketch.cut),
        (tr("&Copy"), keys.Copy, sketch.copy),
        (tr("&Paste"), keys.Paste, sketch.paste),
        (tr("&Duplicate"), "Ctrl+D", sketch.duplicate),
    ):
        edit_menu.addAction(add_action(self, text, key, slot))
    edit_menu.addSeparator()
    find = add_action(self, tr("&Find…"), keys.Find, self.find_bar.open_bar)
    find_next = add_action(self, tr("Find &next"), "F3", lambda: self.find_bar.go(1))
    find_previous = add_action(self, tr("Find &previous"), "Shift+F3", lambda: self.find_bar.go(-1))
    for action in (find, find_next, find_previous):
        edit_menu.addAction(action)

    view_menu = self.view_menu = self.menuBar().addMenu(tr("&View"))
    zoom_in = add_action(self, tr("Zoom &in"), "Ctrl+=", lambda: self.canvas.zoom_by(ZOOM_STEP))
    zoom_in.setShortcuts(shortcuts("Ctrl+=", "Ctrl++"))
    zoom_out = add_action(self, tr("Zoom &out"), keys.ZoomOut, lambda: self.canvas.zoom_by(1 / ZOOM_STEP))
    zoom_out.setShortcuts(shortcuts("Ctrl+-"))
    fit = add_action(self, tr("&Fit the chart"), "Ctrl+0", self.canvas.fit)
    holding = add_action(self, tr("&Holding area"), "Ctrl+H", self.show_holding_area)
    expand = add_action(self, tr("&Expand All"), "", lambda: self.canvas.set_collapsed(()))
    collapse = add_action(self, tr("&Collapse All"), "", self._collapse_all)
    for action in (zoom_in, zoom_out, fit, holding, expand, collapse):
        view_menu.addAction(action)
    view_menu.addSeparator()
    for dock in self.findChildren(QDockWidget):  # a closed panel comes back from here
        view_menu.addAction(dock.toggleViewAction())

    toolbar = self.toolbar = self.addToolBar(tr("Main"))
    toolbar.setObjectName("main toolbar")
    for action in (
        self.open_action,
        self.save_action,
        self.undo_action,
        self.redo_action,
        self.new_team_action,
        fit,
    ):
        toolbar.addAction(action)


def install_printing(window: MainWindow) -> QAction:
    """File > Print… (Ctrl+P), after Export; `orgchart.ui.printing` (with Qt's print support)
    loads when it is chosen."""

    def open_dialog() -> None:
        from orgchart.ui.printing import PrintDialog

        # (a presentation's larger type has the name of the theme it enlarges: that one prints)
        chart, canvas = window.document.chart, window.canvas
        PrintDialog(chart, canvas.params, canvas.theme, window, canvas.picture_extras(chart)).exec()

    text = QCoreApplication.translate("Printing", "&Print…")
    action = add_action(window, text, QKeySequence.StandardKey.Print, open_dialog)
    actions = window.file_menu.actions()
    after = actions.index(window.export_action) + 1 if window.export_action in actions else len(actions)
    window.file_menu.insertAction(actions[after] if after < len(actions) else None, action)
    window.print_action = action
    return action


def install_presenting(window: MainWindow) -> QAction:
    """View > Present (F5), first in the menu and on the toolbar; it starts and ends
    ``window.presentation`` (`orgchart.ui.presentation`, loaded when first used)."""
    text = QCoreApplication.translate("Presentation", "&Present")
    action = add_action(window, text, "F5", lambda: window.presentation.toggle())
    action.setShortcuts([QKeySequence("F5"), QKeySequence("Shift+F5")])  # clickers send either
    action.setCheckable(True)
    view_menu = window.view_menu
    first = view_menu.actions()[0] if view_menu.actions() else None
    view_menu.insertAction(first, action)
    if first is not None:
        view_menu.insertSeparator(first)
    window.toolbar.addAction(action)
    return action
