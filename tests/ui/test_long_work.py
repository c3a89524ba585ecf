"""Long work in the editor: opening, importing and exporting a large chart run in a thread
behind a progress dialog with Cancel (orgchart.ui.progress), while the window keeps working.

"Large" is a size threshold; the tests lower it (``opening.LARGE_FILE_BYTES``,
``export_job.LARGE_EXPORT_ROLES``) and hold the work at a report until they looked, so
nothing depends on how fast this machine is."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

import orgchart.io
from orgchart.io import reading, save, write_csv
from orgchart.io.progress import Progress
from orgchart.model import OrgChart, Role, Team
from orgchart.ui import export_dialog, export_job, import_preview, opening, progress
from orgchart.ui.import_preview import ImportPreview
from orgchart.ui.main_window import MainWindow

ROLES = 3000


@pytest.fixture(scope="module")
def big_chart() -> OrgChart:
    chart = OrgChart("Großer Plan")
    chart.add_team(Team("t", "Alle"))
    for r in range(ROLES):
        chart.add_role(Role(f"r{r}", f"Stelle {r}"), "t", None if r == 0 else f"r{(r - 1) // 5}")
    return chart


@pytest.fixture
def big_file(big_chart: OrgChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "big.json"
    save(big_chart, path)
    monkeypatch.setattr(opening, "LARGE_FILE_BYTES", 1000)  # a file of 3,000 roles counts as large
    return path


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    return shown


class Gate:
    """Holds the work at its first report of ``phase`` until `open` (the test has looked)."""

    def __init__(self, phase: str) -> None:
        self.phase, self.event, self.reached = phase, threading.Event(), threading.Event()

    def wrap(self, progress: Progress) -> Progress:
        def held(phase: str, done: float) -> None:
            progress(phase, done)
            if phase == self.phase and not self.reached.is_set():
                self.reached.set()
                self.event.wait(10)
                progress(phase, done)  # the next report: where a Cancel stops the work

        return held

    def open(self) -> None:
        self.event.set()


def hold_reading(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, gate: Gate) -> None:
    """Make ``module.name`` (a reader with a ``progress`` keyword) wait at ``gate``."""
    real = getattr(module, name)
    monkeypatch.setattr(
        module, name, lambda *a, progress=None, **k: real(*a, progress=gate.wrap(progress), **k)
    )


def when_dialog(act: Callable[[QProgressDialog], None], gate: Gate) -> dict[str, Any]:
    """Once the work waits at ``gate``: note what the progress dialog shows, do ``act`` to it,
    and let the work go on. Returns what was seen (filled in while the work runs)."""
    seen: dict[str, Any] = {}
    timer = QTimer()
    seen["timer"] = timer

    def look() -> None:
        dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not gate.reached.is_set() or not visible:
            return
        # the work waits; the dialog shows its last report at its next refresh
        seen.setdefault("reached", time.monotonic())
        if time.monotonic() - seen["reached"] < 3 * progress.REFRESH_MS / 1000:
            return
        timer.stop()
        (dialog,) = visible
        seen.update(
            label=dialog.labelText(),
            title=dialog.windowTitle(),
            modal=dialog.windowModality(),
            value=dialog.value(),
            button=dialog.findChild(QPushButton).text(),
        )
        act(dialog)
        gate.open()

    timer.timeout.connect(look)
    timer.start(10)
    return seen


def click_cancel(qtbot: QtBot) -> Callable[[QProgressDialog], None]:
    return lambda dialog: qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)


@pytest.fixture(autouse=True)
def _no_work_left() -> Iterator[None]:
    yield
    for thread in threading.enumerate():
        if thread.name == "orgchart-work":
            thread.join(10)


def test_a_large_file_opens_behind_a_progress_dialog(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    gate = Gate("building")
    hold_reading(monkeypatch, reading, "read_chart", gate)
    seen = when_dialog(lambda dialog: None, gate)
    assert window.open_path(big_file)
    assert seen["label"] == "Building the chart from big.json…" and seen["title"] == "Opening big.json"
    assert seen["modal"] == Qt.WindowModality.WindowModal and seen["button"] == "Cancel"
    assert 0 < seen["value"] < 1000
    assert window.document.chart.role_count == ROLES and window.path == big_file
    assert window.windowTitle().startswith("Großer Plan — big.json")
    assert window.recent_files()[0] == str(big_file.resolve())
    assert not errors and not [
        d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()
    ]


def test_cancel_keeps_the_open_chart_and_its_title(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    chart, title, path = window.document.chart, window.windowTitle(), window.path
    recent = window.recent_files()
    gate = Gate("building")
    hold_reading(monkeypatch, reading, "read_chart", gate)
    seen = when_dialog(click_cancel(qtbot), gate)
    assert not window.open_path(big_file)
    assert seen["label"].startswith("Building the chart")
    assert window.document.chart is chart and window.windowTitle() == title and window.path == path
    assert window.recent_files() == recent and not errors  # nothing else is shown
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()]
    # the work stops at its next report; what it read is dropped
    for thread in [t for t in threading.enumerate() if t.name == "orgchart-work"]:
        thread.join(10)
    QApplication.processEvents()
    assert window.document.chart is chart


def test_the_dialogs_own_cancel_slot_cancels_too(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = window.document.chart
    gate = Gate("checking")
    hold_reading(monkeypatch, reading, "read_chart", gate)
    when_dialog(lambda dialog: dialog.cancel(), gate)
    assert not window.open_path(big_file)
    assert window.document.chart is chart


def test_a_broken_large_file_gets_the_usual_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    monkeypatch.setattr(opening, "LARGE_FILE_BYTES", 10)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "orgchart", "version": 1, "roles": [1, 2, 3, 4, 5, 6]}', encoding="utf-8")
    chart = window.document.chart
    assert not window.open_path(broken)
    assert len(errors) == 1 and errors[0].startswith("The chart could not be opened.\n\n")
    assert str(broken) in errors[0] and window.document.chart is chart


def test_small_files_open_as_before_without_a_dialog(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "LARGE_FILE_BYTES", 2 * 2**20)
    monkeypatch.setattr(opening, "open_large", lambda *a: pytest.fail("no progress dialog for a small file"))
    assert window.open_path(big_file)
    assert window.document.chart.role_count == ROLES


def test_cancelling_the_reading_of_a_large_csv_file_imports_nothing(
    qtbot: QtBot,
    window: MainWindow,
    big_chart: OrgChart,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    path = tmp_path / "hr.csv"
    write_csv(big_chart, path)
    monkeypatch.setattr(opening, "LARGE_FILE_BYTES", 1000)
    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: pytest.fail("no preview after Cancel"))
    chart = window.document.chart
    gate = Gate("parsing")
    hold_reading(monkeypatch, import_preview, "read_table", gate)
    seen = when_dialog(click_cancel(qtbot), gate)
    assert not window.open_path(path, preview=True)
    assert seen["label"] == "Reading hr.csv…" and window.document.chart is chart and not errors


def test_a_large_csv_file_is_read_and_checked_behind_one_dialog_then_previewed(
    qtbot: QtBot, window: MainWindow, big_chart: OrgChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hr.csv"
    write_csv(big_chart, path)
    monkeypatch.setattr(opening, "LARGE_FILE_BYTES", 1000)
    previewed: list[str] = []

    def accept(dialog: ImportPreview) -> int:
        previewed.append(dialog.status.text())
        return 1

    monkeypatch.setattr(ImportPreview, "exec", accept)
    assert window.open_path(path, preview=True)
    assert previewed == [f"{ROLES} roles in 1 team will be imported."]
    assert window.document.chart.role_count == ROLES and window.imported_from == path


def test_a_large_export_paints_behind_a_progress_dialog_and_cancel_writes_nothing(
    qtbot: QtBot, window: MainWindow, big_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(big_file)
    monkeypatch.setattr(export_job, "LARGE_EXPORT_ROLES", 100)
    window.canvas.set_collapsed(set())  # all of it drawn
    target = tmp_path / "out.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    real = export_dialog.ExportDialog.export_work
    gate = Gate("drawing")

    def held(self: export_dialog.ExportDialog, path: Path) -> Callable[[Progress | None], str]:
        work = real(self, path)  # the options, read in the GUI thread
        return lambda progress: work(gate.wrap(progress) if progress is not None else None)

    monkeypatch.setattr(export_dialog.ExportDialog, "export_work", held)
    seen = when_dialog(click_cancel(qtbot), gate)
    dialog._ask_and_export()
    assert seen["label"] == "Drawing the chart…" and seen["title"] == "Exporting out.svg"
    for thread in [t for t in threading.enumerate() if t.name == "orgchart-work"]:
        thread.join(10)
    assert not target.exists() and not list(tmp_path.glob(".out.svg.*"))

    gate = Gate("drawing")
    seen = when_dialog(lambda d: None, gate)
    dialog._ask_and_export()
    assert seen["label"] == "Drawing the chart…"
    monkeypatch.setattr(export_dialog.ExportDialog, "export_work", real)
    assert dialog.export_to(tmp_path / "at-once.svg") == ""  # as a small chart is exported
    assert target.read_bytes() == (tmp_path / "at-once.svg").read_bytes()
    assert b"Stelle 0" in target.read_bytes()


def test_the_export_preview_of_a_large_chart_is_drawn_in_a_thread(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(big_file)
    window.canvas.set_collapsed(set())
    monkeypatch.setattr(export_job, "LARGE_EXPORT_ROLES", 100)
    dialog = window.export_dialog()  # opens at once, the preview on its way
    qtbot.addWidget(dialog)
    assert dialog.picture is None and dialog.preview.text() == "Drawing the preview…"
    qtbot.waitUntil(lambda: dialog.picture is not None, timeout=20_000)
    assert not dialog.preview.pixmap().isNull() and len(dialog.picture.geometry.cards) == ROLES
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.update_preview()
    dialog.theme.setCurrentIndex(dialog.theme.findData("print"))
    dialog.update_preview()  # asked for while the dark one is drawn: that one is dropped
    qtbot.waitUntil(lambda: dialog.picture is not None and not dialog.previews_drawn.busy, timeout=20_000)
    assert dialog.picture.theme.name == "print"


def test_comparing_with_a_large_file_reads_it_behind_the_dialog(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    gate = Gate("building")
    hold_reading(monkeypatch, reading, "read_chart", gate)
    seen = when_dialog(lambda dialog: None, gate)
    assert window.comparison.compare_with(big_file)
    assert seen["title"] == "Reading big.json to compare" and seen["button"] == "Cancel"
    assert window.comparison.other is not None and window.comparison.other.role_count == ROLES
    assert window.comparison.clear_action.isEnabled() and not errors


def test_cancelling_a_comparison_changes_nothing(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    gate = Gate("building")
    hold_reading(monkeypatch, reading, "read_chart", gate)
    seen = when_dialog(click_cancel(qtbot), gate)
    assert not window.comparison.compare_with(big_file)
    assert seen["title"] == "Reading big.json to compare"
    assert not window.comparison.clear_action.isEnabled() and not errors
    assert window.comparison.other is None and window.canvas.marks_for is None


# A large file read again: changed by another program, or a recovery copy restored


def _rewritten(path: Path, old: str, new: str) -> str:
    """Rewrite ``path`` as another program would (a new file renamed over it); its new hash."""
    from orgchart.ui.file_watch import content_hash

    replacement = path.with_name(path.name + ".new")
    replacement.write_bytes(path.read_bytes().replace(old.encode(), new.encode(), 1))
    os.replace(replacement, path)
    sha256 = content_hash(path)
    assert sha256 is not None
    return sha256


def test_a_large_file_changed_by_another_program_reloads_behind_the_dialog(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    assert window.open_path(big_file) and window.history.is_clean
    _rewritten(big_file, "Großer Plan", "Neuer Plan")
    gate = Gate("building")
    hold_reading(monkeypatch, orgchart.io, "load", gate)
    seen = when_dialog(lambda dialog: None, gate)
    window.file_watch.check()
    assert seen["title"] == "Reloading big.json" and seen["label"] == "Building the chart from big.json…"
    assert seen["button"] == "Cancel"
    assert window.document.chart.name == "Neuer Plan" and window.document.chart.role_count == ROLES
    assert (
        window.statusBar().currentMessage()
        == "“big.json” was changed by another program and has been reloaded."
    )
    assert not errors


def test_cancelling_a_reload_keeps_the_open_chart_and_save_asks(
    qtbot: QtBot, window: MainWindow, big_file: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    assert window.open_path(big_file)
    chart = window.document.chart
    sha256 = _rewritten(big_file, "Großer Plan", "Neuer Plan")
    gate = Gate("building")
    hold_reading(monkeypatch, orgchart.io, "load", gate)
    when_dialog(click_cancel(qtbot), gate)
    window.file_watch.check()
    assert window.document.chart is chart and window.file_watch.declined == sha256
    assert window.statusBar().currentMessage() == (
        "Kept the open chart; Save will ask before replacing the new content of “big.json”."
    )
    monkeypatch.setattr(orgchart.io, "load", lambda *a, **k: pytest.fail("not offered again"))
    window.file_watch.check()  # the same content: not read again
    assert window.document.chart is chart and not errors
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)  # closed: Cancel
    assert window.file_watch.may_overwrite() is None
    assert asked and asked[0].startswith("“big.json” was changed by another program after you opened it.")


def test_a_large_recovery_copy_is_restored_behind_the_dialog_and_cancel_keeps_it(
    qtbot: QtBot, window: MainWindow, big_chart: OrgChart, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    from orgchart.ui.recovery import RecoveryStore
    from orgchart.ui.recovery_dialog import restore

    monkeypatch.setattr(opening, "LARGE_FILE_BYTES", 1000)
    store = RecoveryStore()
    entry = store.write(4242, big_chart)
    chart = window.document.chart
    gate = Gate("building")
    hold_reading(monkeypatch, orgchart.io, "load", gate)
    seen = when_dialog(click_cancel(qtbot), gate)
    assert not restore(window, entry, store)
    assert seen["title"] == "Restoring Großer Plan"
    assert seen["label"] == "Building the chart from Großer Plan…"
    assert window.document.chart is chart and entry.chart_file.exists() and entry.meta_file.exists()

    gate = Gate("building")
    hold_reading(monkeypatch, orgchart.io, "load", gate)
    when_dialog(lambda dialog: None, gate)
    assert restore(window, entry, store)
    assert window.document.chart.role_count == ROLES and window.isWindowModified()
    assert not entry.chart_file.exists() and not errors
    window.history.set_clean()
