"""Files in the editor: New, opening an HR export (CSV), the first role of an empty chart, and\nbroken files that are refused (or, read but not importable, shown so in the import preview)\nwithout touching the open chart."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.io import load, xlsx_bytes
from orgchart.ui.app import display_problem
from orgchart.ui.import_preview import ImportPreview
from orgchart.ui.main_window import MainWindow
from tests.conftest import ROOT

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"


def test_an_hr_export_opens_and_saving_asks_for_a_json_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(HR_EXPORT)
    assert window.document.chart.role_count > 5
    assert window.path is None and "hr-export.de.csv" in window.windowTitle()
    suggested: list[str] = []
    target = tmp_path / "hr.json"

    def ask(parent: object, caption: str, where: str, filters: str) -> tuple[str, str]:
        suggested.append(where)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert suggested == [str(HR_EXPORT.with_suffix(".json"))]
    assert load(target).chart.role_count == window.document.chart.role_count
    assert window.path == target and not window.isWindowModified()


def test_a_new_chart_starts_with_enter_and_a_typed_title(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    chart = window.document.chart
    assert chart.role_count == 0 and window.windowTitle().startswith("Untitled")
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    (editor,) = [e for e in window.canvas.viewport().findChildren(QLineEdit) if e.isVisible()]
    qtbot.keyClicks(editor, "Founder")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    (role,) = chart.roles()
    assert role.title == "Founder" and chart.team_count == 1
    window.history.undo()  # the title
    window.history.undo()  # the role and its team, one step
    assert chart.role_count == 0 and chart.team_count == 0


def test_without_a_display_the_editor_says_so_instead_of_crashing() -> None:
    assert "no display" in display_problem({}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") == ""
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert display_problem({}, "darwin") == ""


def test_a_template_starts_an_unsaved_copy_and_opened_files_are_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = {a.text(): a for a in window.templates_menu.actions()}
    actions["Rollen im E-Commerce-Projekt (Deutsch)"].trigger()
    assert window.path is None and window.document.chart.role_count > 10
    assert window.document.chart == load(ROOT / "samples" / "ecommerce-project-roles.de.json").chart
    assert str((ROOT / "samples" / "ecommerce-departments.en.json").resolve()) == window.recent_files()[0]
    window.open_path(HR_EXPORT)
    assert window.recent_files()[:2] == [
        str(HR_EXPORT.resolve()),
        str((ROOT / "samples" / "ecommerce-departments.en.json").resolve()),
    ]


def test_a_file_dropped_onto_the_window_opens(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(HR_EXPORT))])
    where = QPointF(window.width() / 2, window.height() / 2)
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)  # as the window system delivers a drag
    assert enter.isAccepted()
    previews: list[ImportPreview] = []
    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: previews.append(dialog) or dialog.accept() or 1)
    QApplication.sendEvent(window, QDropEvent(where, Qt.DropAction.CopyAction, data, buttons, keys))
    assert not previews  # the preview opens once the drop is over, not inside the drop
    qtbot.waitUntil(lambda: window.imported_from == HR_EXPORT)
    assert len(previews) == 1 and window.document.chart.role_count == 21
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])
    refused = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, other, buttons, keys)
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


def _random_bytes(seed: int, size: int = 600) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


_SAMPLE_JSON = (ROOT / "samples" / "ecommerce-departments.en.json").read_bytes()
BROKEN = {
    "random.json": _random_bytes(1),
    "cut-in-half.json": _SAMPLE_JSON[: len(_SAMPLE_JSON) // 2],
    "empty.json": b"",
    "random.csv": _random_bytes(2),
    "cut-in-a-quoted-cell.csv": b'id;title;responsibilities\nceo;Chef;"Plan\nLead',
    "cut-mid-row.csv": HR_EXPORT.read_bytes()[:-7],  # the last row's sourcing is cut to "i"
    "random.xlsx": _random_bytes(3),
    "cut.xlsx": xlsx_bytes(load(ROOT / "samples" / "ecommerce-departments.en.json").chart)[0][:-300],
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_shows_an_error_and_leaves_the_open_chart_untouched(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(BROKEN[name])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    def preview(dialog: ImportPreview) -> int:  # rows that can be read, but not imported
        assert not dialog.import_button.isEnabled()
        shown.append(f"{dialog.windowTitle()}: {dialog.status.text()}")
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(ImportPreview, "exec", preview)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.new_team()  # an unsaved edit, which must survive too
    before, title, history = window.document.chart.state(), window.windowTitle(), window.history
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and f"{name}" in shown[0], shown
    assert window.document.chart.state() == before and window.history is history
    assert window.windowTitle() == title and window.isWindowModified() and window.history.can_undo
    assert window.path == ROOT / "samples" / "ecommerce-departments.en.json"
