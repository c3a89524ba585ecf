"""The menus on the real window: File > Close, the Edit entries of keyboard sketching, the
templates by name, the Help menu, and a toolbar whose Undo button keeps its width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

import orgchart
from orgchart.ui import help_menu, menus
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import click_card

CTRL = Qt.KeyboardModifier.ControlModifier


def _menu(window: MainWindow, title: str) -> QMenu:
    menu = next(a for a in window.menuBar().actions() if a.text() == title).menu()
    assert isinstance(menu, QMenu)
    return menu


def _action(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text() == text)


def test_ctrl_w_closes_the_window_and_asks_about_unsaved_changes_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_menu = [a.text() for a in _menu(window, "&File").actions()]
    assert file_menu.index("&Close") == file_menu.index("&Quit") - 1
    asked: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.canvas.sketch.add_report(window.document.chart.role_ids()[0])
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert asked == ["Unsaved changes"] and window.isVisible()  # Cancel keeps it open
    window.history.set_clean()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert asked == ["Unsaved changes"] and not window.isVisible()


def test_the_edit_menu_shows_the_sketching_keys_without_taking_them_from_text_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart, canvas, edit = window.document.chart, window.canvas, _menu(window, "&Edit")
    texts = [a.text() for a in edit.actions()]
    sketching = texts[texts.index("&Redo") + 2 : texts.index("&Redo") + 6]
    assert sketching == ["&Add direct report\tTab", "Add &sibling\tEnter", "Rena&me\tF2", "De&lete…\tDel"]
    entries = [_action(edit, text) for text in sketching]
    assert all(entry.shortcut().isEmpty() for entry in entries)
    taken = {key.toString() for action in window.findChildren(QAction) for key in action.shortcuts()}
    assert not taken & {"Tab", "Enter", "Return", "F2", "Del"}

    canvas.select("")
    edit.aboutToShow.emit()
    assert not any(entry.isEnabled() for entry in entries)
    click_card(qtbot, window, "seo-specialist")
    edit.aboutToShow.emit()
    assert all(entry.isEnabled() for entry in entries)

    before = chart.state()
    entries[0].trigger()  # Add direct report
    (new,) = chart.reports_of("seo-specialist")
    assert canvas.selected == new and window.history.texts() == ["Add role"]
    window.history.undo()
    assert chart.state() == before

    # Tab in the properties' title field moves on to the next field; it adds no role
    click_card(qtbot, window, "seo-specialist")
    title = window.properties.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    roles = chart.role_count
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert not title.hasFocus() and chart.role_count == roles and not window.history.can_undo


def test_rename_from_the_edit_menu_opens_the_title_on_the_card(qtbot: QtBot, window: MainWindow) -> None:
    click_card(qtbot, window, "qa-tester")
    edit = _menu(window, "&Edit")
    edit.aboutToShow.emit()
    _action(edit, "Rena&me\tF2").trigger()
    (editor,) = [e for e in window.canvas.viewport().findChildren(QLineEdit, "title editor") if e.isVisible()]
    assert editor.selectedText() == "QA tester"


def test_templates_are_listed_by_the_chart_name_and_its_language(window: MainWindow) -> None:
    names = [a.text() for a in window.templates_menu.actions()]
    assert sorted(names) == [
        "E-Commerce-Teamstruktur (Deutsch)",
        "E-commerce team structure (English)",
        "Roles in an e-commerce project (English)",
        "Rollen im E-Commerce-Projekt (Deutsch)",
    ]
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        shown = [name for name, _ in menus.template_names()]
        assert shown[:2] == ["E-Commerce-Teamstruktur (Deutsch)", "Rollen im E-Commerce-Projekt (Deutsch)"]
    finally:
        QLocale.setDefault(before)



def test_the_help_menu_lists_the_shortcuts_and_says_what_orgchart_is(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.menuBar().actions()[-1].text() == "&Help"
    help_actions = _menu(window, "&Help").actions()
    assert [a.text() for a in help_actions] == ["&Keyboard shortcuts", "&About orgchart"]

    shown: list[help_menu.ShortcutsDialog] = []
    monkeypatch.setattr(help_menu.ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    help_actions[0].trigger()
    table = shown[0].table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Tab"] == "Add a report to the selected role (to a team: a role)"
    assert rows["Del"] == "Delete the selected role or team (asks about what it holds)"
    keys = ", ".join(rows)
    for action in window.findChildren(QAction):  # every key of the window is in the list
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in keys, action.text()

    about: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: about.append((title, text)))
    help_actions[1].trigger()
    ((title, text),) = about
    assert title == "About orgchart" and orgchart.__version__ in text and "offline" in text


def test_the_toolbar_undo_button_keeps_its_word_and_the_menu_and_tooltip_name_the_step(
    window: MainWindow,
) -> None:
    button = window.toolbar.widgetForAction(window.undo_action)
    width = button.sizeHint().width()
    window.canvas.sketch.add_report(window.document.chart.role_ids()[0])
    QApplication.processEvents()
    assert window.undo_action.text() == "&Undo Add role"
    assert button.text() == "Undo" and button.toolTip() == "Undo Add role"
    assert button.sizeHint().width() == width
    window.history.undo()
    redo = window.toolbar.widgetForAction(window.redo_action)
    assert redo.text() == "Redo" and redo.toolTip() == "Redo Add role"
