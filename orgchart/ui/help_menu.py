"""Help > Keyboard shortcuts and Help > About orgchart."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import orgchart

if TYPE_CHECKING:
    from orgchart.ui.main_window import MainWindow

#: the editor's keys (as README.md's "Keyboard shortcuts" lists them): the keys in Qt's
#: portable form (shown in the user's language: "Strg+N", "Entf"), and what they do
SHORTCUTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Ctrl+N",), QT_TRANSLATE_NOOP("MainWindow", "A new, empty chart")),
    (("Ctrl+O",), QT_TRANSLATE_NOOP("MainWindow", "Open a chart, or import a CSV or Excel file")),
    (("Ctrl+S", "Ctrl+Shift+S"), QT_TRANSLATE_NOOP("MainWindow", "Save, save as")),
    (("Ctrl+E",), QT_TRANSLATE_NOOP("MainWindow", "Export, with a preview")),
    (("Ctrl+P",), QT_TRANSLATE_NOOP("MainWindow", "Print, with a preview")),
    (("Ctrl+W", "Ctrl+Q"), QT_TRANSLATE_NOOP("MainWindow", "Close, quit (both ask about unsaved changes)")),
    (("Ctrl+Z",), QT_TRANSLATE_NOOP("MainWindow", "Undo")),
    (("Ctrl+Y", "Ctrl+Shift+Z"), QT_TRANSLATE_NOOP("MainWindow", "Redo")),
    (("Tab",), QT_TRANSLATE_NOOP("MainWindow", "Add a report to the selected role (to a team: a role)")),
    (("Enter",), QT_TRANSLATE_NOOP("MainWindow", "Add a sibling after the selected role")),
    (("F2",), QT_TRANSLATE_NOOP(
            "MainWindow", "Rename the selected role or team in place (or just start typing, or double-click)"
        )),
    (
        ("Del",),
        QT_TRANSLATE_NOOP("MainWindow", "Delete the selected role or team (asks about what it holds)"),
    ),
    (
        ("Ctrl+C", "Ctrl+X", "Ctrl+V"),
        QT_TRANSLATE_NOOP("MainWindow", "Copy, cut, paste the selected role with everything below it"),
    ),
    (("Ctrl+D",), QT_TRANSLATE_NOOP("MainWindow", "Duplicate the selected branch, or team, right after it")),
    (("Ctrl+Shift+T",), QT_TRANSLATE_NOOP("MainWindow", "A new team inside the selected team")),
    (
        ("↑", "↓", "←", "→"),
        QT_TRANSLATE_NOOP("MainWindow", "Select the manager, the first report, the sibling beside"),
    ),
    (("Ctrl+F",), QT_TRANSLATE_NOOP("MainWindow", "Find roles by title, holder, responsibility or skill")),
    (("F3", "Shift+F3"), QT_TRANSLATE_NOOP("MainWindow", "Next, previous match")),
    (("Ctrl+=", "Ctrl+-"), QT_TRANSLATE_NOOP("MainWindow", "Zoom in, zoom out (also Ctrl+mouse wheel)")),
    (("Ctrl+0",), QT_TRANSLATE_NOOP("MainWindow", "Fit the whole chart in the window")),
    (("Ctrl+H",), QT_TRANSLATE_NOOP("MainWindow", "Show the holding area")),
    (("F5",), QT_TRANSLATE_NOOP("MainWindow", "Present (Page Down and Page Up step, Esc leaves)")),
    (("Esc",), QT_TRANSLATE_NOOP("MainWindow", "Cancel a drag or a rename")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def key_text(key: str) -> str:
    """``key`` as the user's keyboard names it ("Ctrl+N" is "Strg+N" in German)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key


class ShortcutsDialog(QDialog):
    """The keys of the editor and what they do, in a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Action")])
        for row, (keys, text) in enumerate(SHORTCUTS):
            for column, shown in enumerate((", ".join(key_text(k) for k in keys), tr(text))):
                item = QTableWidgetItem(shown)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        width = sum(self.table.columnWidth(c) for c in range(2)) + 60
        height = self.table.verticalHeader().length() + self.table.horizontalHeader().height() + 90
        self.resize(max(560, width), min(height, 720))


def show_about(window: QWidget) -> None:
    QMessageBox.about(
        window,
        tr("About orgchart"),
        f"<h3>orgchart {html.escape(orgchart.__version__)}</h3>"
        f"<p>{html.escape(tr('A desktop editor for org charts: teams, roles and reporting lines.'))}</p>"
        f"<p>{html.escape(tr('It works offline: your charts stay on your computer.'))}</p>",
    )


def make_help_menu(window: MainWindow) -> None:
    """Help, last in the menu bar of ``window`` (kept as ``window.help_menu``)."""
    menu = window.help_menu = window.menuBar().addMenu(tr("&Help"))
    menu.addAction(tr("&Keyboard shortcuts"), lambda: ShortcutsDialog(window).exec())
    menu.addAction(tr("&About orgchart"), lambda: show_about(window))
