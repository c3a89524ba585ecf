"""Changed on disk: another program rewrites or deletes the open file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.io import load
from orgchart.ui.main_window import MainWindow
from tests.conftest import ROOT

OTHER = ROOT / "samples" / "ecommerce-project-roles.en.json"
CTRL = Qt.KeyboardModifier.ControlModifier


class Boxes:
    """Message boxes answered by clicking the button with the next text of `answers`."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.answers: list[str] = []

    def exec_(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        answer = self.answers.pop(0)
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == answer]
        button.click()
        return 0


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    answering = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answering.exec_(box))
    return answering


def replace_from_outside(path: Path, data: bytes) -> None:
    """What git and most editors do: write a new file beside it, rename it over the old one."""
    new = path.with_name(path.name + ".new")
    new.write_bytes(data)
    os.replace(new, path)


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _add_team(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.isWindowModified()


def test_the_editors_own_save_is_no_change_from_outside(
    qtbot: QtBot, window_on_copy: MainWindow, boxes: Boxes
) -> None:
    window, watch = window_on_copy, window_on_copy.file_watch
    _add_team(qtbot, window)
    with qtbot.waitSignal(watch.watcher.directoryChanged):  # the save's rename, seen by the watcher
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not watch.settle.isActive())
    watch.check()
    assert boxes.texts == [] and "reloaded" not in _status(window)
    assert window.history.can_undo and not window.isWindowModified()  # not reloaded: same history


def test_a_clean_chart_rewritten_by_another_program_reloads_and_says_so(
    qtbot: QtBot, window_on_copy: MainWindow, boxes: Boxes
) -> None:
    window, path = window_on_copy, window_on_copy.path
    assert path is not None
    replace_from_outside(path, OTHER.read_bytes())
    qtbot.waitUntil(lambda: window.document.chart == load(OTHER).chart)
    assert boxes.texts == [] and not window.isWindowModified()
    assert "“chart.json” was changed by another program and has been reloaded" in _status(window)
    # The rename dropped the watch on the old file; a later write in place is still seen.
    with path.open("r+b") as handle:
        handle.write(path.read_bytes().replace(b'"Digital"', b'"Online"', 1))
    qtbot.waitUntil(lambda: window.outline.rows.index(0, 0).data() == "Online")
    assert boxes.texts == []


def test_unsaved_changes_and_a_rewrite_from_outside_ask_and_keeping_mine_makes_save_ask(
    qtbot: QtBot, window_on_copy: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, path = window_on_copy, window_on_copy.path
    assert path is not None
    _add_team(qtbot, window)
    mine = window.document.chart.state()
    boxes.answers.append("Keep my version")
    replace_from_outside(path, OTHER.read_bytes())
    qtbot.waitUntil(lambda: bool(boxes.texts))
    assert "“chart.json” was changed by another program" in boxes.texts[0]
    assert window.document.chart.state() == mine and window.isWindowModified()
    assert "Kept your version" in _status(window)
    with qtbot.waitSignal(window.file_watch.watcher.directoryChanged):
        (path.parent / "notes.txt").write_text("another file in the folder")
    qtbot.waitUntil(lambda: not window.file_watch.settle.isActive())
    assert len(boxes.texts) == 1  # the content the user declined is not offered again
    boxes.answers.append("Cancel")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert "changed by another program after you opened it" in boxes.texts[1]
    assert path.read_bytes() == OTHER.read_bytes() and window.isWindowModified()
    boxes.answers.append("Replace")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert load(path).chart.state() == mine and not window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)  # its own file again: no more questions
    assert len(boxes.texts) == 3


def test_reloading_drops_the_unsaved_changes_and_starts_a_new_history(
    qtbot: QtBot, window_on_copy: MainWindow, boxes: Boxes
) -> None:
    window, path = window_on_copy, window_on_copy.path
    assert path is not None
    _add_team(qtbot, window)
    boxes.answers.append("Reload (lose my changes)")
    replace_from_outside(path, OTHER.read_bytes())
    qtbot.waitUntil(lambda: window.document.chart == load(OTHER).chart)
    assert len(boxes.texts) == 1 and not window.isWindowModified()
    assert not window.history.can_undo and not window.undo_action.isEnabled()
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.document.chart == load(OTHER).chart


def test_a_deleted_file_is_noticed_and_its_return_unchanged_makes_the_chart_clean_again(
    qtbot: QtBot, window_on_copy: MainWindow, boxes: Boxes
) -> None:
    window, path = window_on_copy, window_on_copy.path
    assert path is not None
    saved = path.read_bytes()
    path.unlink()
    qtbot.waitUntil(window.isWindowModified)  # the chart open is the only copy now
    assert "“chart.json” was deleted or moved by another program" in _status(window)
    replace_from_outside(path, saved)  # e.g. a branch switched back
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert boxes.texts == []
    path.unlink()
    qtbot.waitUntil(window.isWindowModified)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)  # nothing to overwrite: saved without asking
    assert load(path).chart == window.document.chart and not window.isWindowModified()
    assert boxes.texts == []


def test_a_rewrite_that_cannot_be_read_keeps_the_open_chart(
    qtbot: QtBot, window_on_copy: MainWindow, boxes: Boxes
) -> None:
    window, path = window_on_copy, window_on_copy.path
    assert path is not None
    before = window.document.chart.state()
    replace_from_outside(path, b'{"format": "orgchart", <<<<<<< HEAD')
    qtbot.waitUntil(lambda: "cannot be read" in _status(window))
    assert window.document.chart.state() == before and boxes.texts == []


def test_a_closed_window_no_longer_watches_its_file(
    qtbot: QtBot, window_on_copy: MainWindow, boxes: Boxes
) -> None:
    window, path = window_on_copy, window_on_copy.path
    assert path is not None and window.close()  # clean: closes without asking
    replace_from_outside(path, OTHER.read_bytes())
    window.file_watch.check()
    assert boxes.texts == [] and window.file_watch.path is None
    assert window.document.chart != load(OTHER).chart  # nothing was loaded into it
