"""Preferences kept between runs (QSettings): the language of the UI and the colours of the
chart. Edit > Preferences… sets both; View > Theme switches the colours at once.

The language is chosen at start (``orgchart --lang``, else the preference, else the system's
languages, else English); a change in the dialog shows from the next start, when every window
is built in the new language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QMenu,
    QWidget,
)

from orgchart.render.language import LANGUAGE_NAMES, LANGUAGES, supported, use_language
from orgchart.render.theme import LIGHT, THEMES

if TYPE_CHECKING:
    from orgchart.ui.main_window import MainWindow

LANGUAGE_KEY, THEME_KEY = "language", "theme"

#: the themes as the menu and the dialog name them
THEME_NAMES = {
    "light": QT_TRANSLATE_NOOP("Preferences", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Preferences", "&Dark"),
    "print": QT_TRANSLATE_NOOP("Preferences", "&Print (black on white)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def saved_language() -> str:
    """The language chosen in the preferences, or "" for the system's."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def saved_theme() -> str:
    value = QSettings().value(THEME_KEY, LIGHT.name)
    return value if isinstance(value, str) and value in THEMES else LIGHT.name


def editor_language(override: str | None, saved: str, system_languages: Sequence[str]) -> str:
    """``orgchart --lang``, else the preference, else the first of the system's languages
    (most wanted first) that the UI speaks, else English."""
    for wanted in (override or "", saved, *system_languages):
        language = supported(wanted)
        if language:
            return language
    return "en"


def start_language(override: str | None = None, system_languages: Sequence[str] | None = None) -> str:
    """Choose the editor's language and use it; before the first window is built."""
    system = QLocale.system().uiLanguages() if system_languages is None else system_languages
    language = editor_language(override, saved_language(), system)
    use_language(language)
    return language


class PreferencesDialog(QDialog):
    """Language and theme; OK keeps them (the theme shows at once, the language next start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.language = QComboBox()
        system = editor_language(None, "", QLocale.system().uiLanguages())
        self.language.addItem(tr("as the system (%1)").replace("%1", LANGUAGE_NAMES[system]), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(saved_language()))
        self.theme = QComboBox()
        for name, label in THEME_NAMES.items():
            self.theme.addItem(tr(label).replace("&", ""), name)
        self.theme.setCurrentIndex(self.theme.findData(saved_theme()))
        note = QLabel(tr("A new language shows the next time orgchart starts."))
        note.setWordWrap(True)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Language"), self.language)
        form.addRow("", note)
        form.addRow(tr("Chart colours"), self.theme)
        form.addRow(buttons)

    def keep(self) -> None:
        """Store the choices (what OK does)."""
        settings = QSettings()
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.setValue(THEME_KEY, self.theme.currentData())


def _insert_before_panels(view_menu: QMenu, menu: QMenu, docks: list[QDockWidget]) -> None:
    """With what the chart shows, before the list of panels (at the end if there is none)."""
    actions = view_menu.actions()
    toggles = {dock.toggleViewAction() for dock in docks}
    first = next((i for i, action in enumerate(actions) if action in toggles), None)
    if first is None:
        view_menu.addMenu(menu)
        return
    before = actions[first - 1] if first and actions[first - 1].isSeparator() else actions[first]
    view_menu.insertMenu(before, menu)


class Preferences(QObject):
    """Edit > Preferences… and View > Theme for one window; the saved theme from the start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(tr("Pre&ferences…"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.edit)
        window.addAction(self.action)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.action)
        self.theme_menu = QMenu(tr("&Theme"), window)
        _insert_before_panels(window.view_menu, self.theme_menu, window.findChildren(QDockWidget))
        self.theme_actions = QActionGroup(self)
        for name, label in THEME_NAMES.items():
            action = self.theme_menu.addAction(tr(label))
            action.setCheckable(True)
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            self.theme_actions.addAction(action)
        self.show_theme(saved_theme())

    def edit(self) -> None:
        dialog = PreferencesDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.keep()
            self.show_theme(saved_theme())

    def set_theme(self, name: str) -> None:
        """Paint the chart in theme ``name`` and keep it as the preference."""
        QSettings().setValue(THEME_KEY, name)
        self.show_theme(name)

    def show_theme(self, name: str) -> None:
        canvas, theme = self.window.canvas, THEMES[name]
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == name)
        canvas.setBackgroundBrush(QColor(theme.background))
        if canvas.theme.name != name:
            canvas.theme = theme
            canvas.refresh()
            self.window.outline.viewport().update()  # its team names in the new colours
