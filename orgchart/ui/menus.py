"""The editor window's menus and toolbar, with the standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from orgchart.commands import subject
from orgchart.render.language import LANGUAGE_NAMES, supported
from orgchart.templates import Template, templates
from orgchart.ui.canvas import ZOOM_STEP, ChartView
from orgchart.ui.help_menu import make_help_menu
from orgchart.ui.team_removal import holdings

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
    ``edit_menu`` and ``view_menu`` for features that add their own actions (Help stays last)."""
    keys = QKeySequence.StandardKey
    file_menu = self.file_menu = self.menuBar().addMenu(tr("&File"))
    self.new_action = add_action(self, tr("&New"), keys.New, self.new_chart)
    self.templates_menu = QMenu(tr("New from &template"), self)
    for name, template in template_names():
        action = self.templates_menu.addAction(name)
        action.triggered.connect(lambda _=False, t=template: self.new_from_template(t))
    self.open_action = add_action(self, tr("&Open…"), keys.Open, self._ask_open)
    self.recent_menu = QMenu(tr("Open &recent"), self)
    self.recent_menu.aboutToShow.connect(self._fill_recent)
    self.save_action = add_action(self, tr("&Save"), keys.Save, self.save)
    self.save_as_action = add_action(self, tr("Save &As…"), keys.SaveAs, self._ask_save_as)
    self.export_action = add_action(self, tr("&Export…"), "Ctrl+E", self.export)
    close = add_action(self, tr("&Close"), "Ctrl+W", self.close)  # asks about unsaved changes
    close.setShortcuts(close_keys())
    quit_action = add_action(self, tr("&Quit"), keys.Quit, self.close)
    file_menu.addAction(self.new_action)
    file_menu.addMenu(self.templates_menu)
    file_menu.addAction(self.open_action)
    file_menu.addMenu(self.recent_menu)
    file_menu.addAction(self.save_action)
    file_menu.addAction(self.save_as_action)
    file_menu.addAction(self.export_action)
    file_menu.addSeparator()
    file_menu.addAction(close)
    file_menu.addAction(quit_action)

    edit_menu = self.edit_menu = self.menuBar().addMenu(tr("&Edit"))
    # (what the status bar said of the step, "Deleted … Ctrl+Z undoes it", is over)
    self.undo_action = add_action(self, tr("&Undo"), keys.Undo, lambda: _step(self, self.history.undo))
    self.redo_action = add_action(self, tr("&Redo"), keys.Redo, lambda: _step(self, self.history.redo))
    self.redo_action.setShortcuts(shortcuts("Ctrl+Y", "Ctrl+Shift+Z"))
    for action in (self.undo_action, self.redo_action):
        # The menu names the step ("Undo Change title", set as the history changes), and so
        # does the tooltip; the toolbar button keeps its plain word, and its width.
        action.setIconText(action.iconText())
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    self.sketch_actions = add_sketching(self, edit_menu)
    edit_menu.addSeparator()
    self.new_team_action = add_action(self, tr("New &team"), "Ctrl+Shift+T", self.new_team)
    edit_menu.addAction(self.new_team_action)
    sketch, canvas = self.canvas.sketch, self.canvas
    branch_actions = {
        text: add_action(self, text, key, slot)
        for text, key, slot in (
            (tr("Cu&t"), keys.Cut, sketch.cut),
            (tr("&Copy"), keys.Copy, sketch.copy),
            (tr("&Paste"), keys.Paste, sketch.paste),
            (tr("&Duplicate"), "Ctrl+D", sketch.duplicate),
        )
    }
    for action in branch_actions.values():
        edit_menu.addAction(action)

    def follow_selection() -> None:  # they take the selected role (Paste works without one)
        for text in (tr("Cu&t"), tr("&Copy")):
            branch_actions[text].setEnabled(bool(canvas.selected))
        branch_actions[tr("&Duplicate")].setEnabled(bool(canvas.selected or canvas.selected_team))

    follow_selection()
    canvas.selection_changed.connect(lambda _role: follow_selection())
    canvas.team_selected.connect(lambda _team: follow_selection())
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
    expand = add_action(self, tr("&Expand all"), "", lambda: self.canvas.set_collapsed(()))
    collapse = add_action(self, tr("&Collapse all"), "", self._collapse_all)
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
    make_help_menu(self)  # last in the menu bar


def close_keys() -> list[QKeySequence]:
    """Ctrl+W (shown in the menu), then the platform's other keys for Close (Ctrl+F4)."""
    first = QKeySequence("Ctrl+W")
    others = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
    return [first, *(key for key in others if key != first)]


def template_names() -> list[tuple[str, Template]]:
    """The templates as File > New from template lists them: by the chart's name and its
    language ("E-commerce team structure (English)"), those in the UI's language first."""
    ui_language = supported(QLocale().name()) or "en"
    found = []
    for template in templates():
        shown = f"{template.name} ({LANGUAGE_NAMES[template.language]})"
        found.append(((template.language != ui_language, shown.casefold()), shown, template))
    return [(shown, template) for _, shown, template in sorted(found, key=lambda f: f[0])]


class _Sketching(NamedTuple):
    """An Edit menu entry for the selection: its words and what it does for a role, and for
    a team (``for_team`` None: for roles only)."""

    for_role: str
    for_team: str | None
    key: Qt.Key
    on_role: Callable[[str], object]
    on_team: Callable[[str], object] = lambda team: None


def add_sketching(window: MainWindow, menu: QMenu) -> list[QAction]:
    """Edit > Add direct report, Add sibling, Rename, Delete… for the selected role; with a
    team selected: New role in this team, Rename, Delete team… (as its own menu has them).
    Their keys (Tab, Enter, F2, Del) belong to the canvas: a window shortcut would take them
    from every text field, so the menu only shows them (after a tab)."""
    canvas = window.canvas
    sketch = canvas.sketch

    def rename(role: str) -> None:
        sketch.rename(role, select_all=True)

    def add(team: str) -> None:
        sketch.add_to_team(team)

    key = Qt.Key
    add_report = sketch.add_report
    entries = (
        _Sketching(tr("&Add direct report"), tr("&New role in this team"), key.Key_Tab, add_report, add),
        _Sketching(tr("Add &sibling"), None, key.Key_Enter, sketch.add_sibling),
        _Sketching(tr("Rena&me"), tr("Rena&me"), key.Key_F2, rename, sketch.rename_team),
        _Sketching(tr("De&lete…"), tr("De&lete team…"), key.Key_Delete, sketch.delete, sketch.delete_team),
    )
    empty_team = tr("De&lete team")
    made: list[tuple[QAction, _Sketching]] = []
    for entry in entries:
        action = QAction(window)
        action.triggered.connect(lambda _=False, e=entry: _run(canvas, e))
        menu.addAction(action)
        made.append((action, entry))

    def follow_selection() -> None:
        team = "" if canvas.selected else canvas.selected_team
        if team and not canvas.chart.has_team(team):  # deleted, until the canvas lays out again
            team = ""
        for action, entry in made:
            for_team = bool(team) and entry.for_team is not None
            shown = QKeySequence(entry.key).toString(QKeySequence.SequenceFormat.NativeText)
            text = entry.for_team if for_team else entry.for_role
            if for_team and entry.key == key.Key_Delete and not holdings(canvas.chart, team):
                text = empty_team  # nothing to ask: no "…"
            action.setText(f"{text}\t{shown}")
            action.setEnabled(bool(canvas.selected) or for_team)

    menu.aboutToShow.connect(follow_selection)
    follow_selection()
    return [action for action, _ in made]


def _step(window: MainWindow, step: Callable[[], object]) -> None:
    """Undo or redo, then select what the step was about (see `subject`). A name being typed
    in place (the toolbar's buttons leave the editor open) is left as Esc leaves it: the
    typing is not a step yet, and keeping it would end the steps there are to redo."""
    window.statusBar().clearMessage()
    window.canvas.sketch.close_editor(commit=False)
    window.canvas.links.cancel()  # a dotted line being drawn may start at a role undone
    window.history.last_step = None
    step()
    show_step(window)


def show_step(window: MainWindow) -> None:
    """Select what the step last undone or redone was about (a presentation stays where it
    is): after Ctrl+Z or Ctrl+Y, and after a jump in the history panel."""
    done = window.history.last_step
    if done is not None and not window.presenting:
        window.canvas.sketch.select_subject(subject(done))


def _run(canvas: ChartView, entry: _Sketching) -> None:
    if canvas.selected:
        entry.on_role(canvas.selected)
    elif canvas.selected_team and entry.for_team is not None:
        entry.on_team(canvas.selected_team)


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
