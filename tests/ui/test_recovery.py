"""Never lose a chart: recovery copies of unsaved changes, and the offer to restore them after
a crash (including a real editor process killed with SIGKILL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from orgchart.io import load, read_csv
from orgchart.model import OrgChart, Role, Team
from orgchart.ui import app, autosave
from orgchart.ui.main_window import MainWindow
from orgchart.ui.recovery import Recovery, RecoveryStore, process_alive, process_started, recovery_folder
from orgchart.ui.recovery_dialog import DISCARD, LATER, RESTORE, RecoveryDialog
from tests.conftest import ROOT

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"
CTRL = Qt.KeyboardModifier.ControlModifier
#: a start time no running process has: the copy stays stale even if its pid is reused meanwhile
GONE = "0"


def _chart(name: str = "Shop") -> OrgChart:
    chart = OrgChart(name)
    chart.add_team(Team("t", "Team"))
    chart.add_role(Role("ceo", "CEO"), "t", None)
    return chart


def _reaped() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _as_if_written_by(entry: Recovery, pid: int, started: str | None) -> Recovery:
    """Change the copy's metadata as if another process had written it."""
    meta = json.loads(entry.meta_file.read_text(encoding="utf-8"))
    meta["pid"], meta["started"] = pid, started
    entry.meta_file.write_text(json.dumps(meta), encoding="utf-8")
    (found,) = [e for e in RecoveryStore(entry.meta_file.parent).entries() if e.meta_file == entry.meta_file]
    return found


# The store
def test_a_written_copy_is_listed_complete_and_live_while_its_process_runs(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    chart = _chart()
    copy = store.write(7, chart, original=tmp_path / "shop.json", original_sha256="abc")
    assert store.entries() == [copy]
    assert copy.pid == os.getpid() and copy.file_name == "shop.json" and copy.title == "Shop"
    assert copy.original == tmp_path / "shop.json" and copy.original_sha256 == "abc"
    assert load(copy.chart_file).chart == chart
    assert store.stale() == []  # this process is alive: its copy is not offered
    chart.add_role(Role("cto", "CTO"), "t", "ceo")
    again = store.write(7, chart)  # the same window writes over its own copy
    assert store.entries() == [again] and load(again.chart_file).chart == chart
    assert again.original is None and again.file_name == ""
    other = store.write(8, _chart("Other"))  # another window of this process: its own files
    assert {e.title for e in store.entries()} == {"Shop", "Other"} and other.chart_file != again.chart_file


def test_copies_of_ended_processes_are_stale_and_removing_deletes_both_files(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    live = store.write(1, _chart("Live"))
    dead = _as_if_written_by(store.write(2, _chart("Dead")), _reaped(), GONE)
    assert [e.title for e in store.stale()] == ["Dead"]
    store.remove(dead)
    assert not dead.chart_file.exists() and not dead.meta_file.exists()
    assert store.entries() == [live] and store.stale() == []


@pytest.mark.skipif(process_started(os.getpid()) is None, reason="needs /proc to tell a reused pid")
def test_a_reused_pid_does_not_keep_a_crashed_copy_from_being_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    # A container restarted: the new editor got the crashed one's pid, but started later.
    reused = _as_if_written_by(store.write(1, _chart()), os.getpid(), "1")
    assert process_alive(os.getpid(), process_started(os.getpid()))
    assert store.stale() == [reused]


def test_broken_or_incomplete_copies_are_not_listed(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    (tmp_path / "1-1.meta.json").write_text("{not json")
    copy = store.write(2, _chart())
    copy.chart_file.unlink()  # metadata without its chart
    (tmp_path / "1-3.chart.json").write_text("{}")  # a chart without metadata (killed between)
    assert store.entries() == []
    assert RecoveryStore(tmp_path / "missing").entries() == []


def test_tests_keep_recovery_copies_out_of_the_users_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    if sys.platform.startswith("linux"):
        assert str(recovery_folder()).startswith(str(tmp_path_factory.getbasetemp()))
    else:
        assert QStandardPaths.isTestModeEnabled()


# Autosave in the window
def test_an_edit_is_copied_after_the_interval_and_undo_or_save_removes_the_copy(
    qtbot: QtBot, window_on_copy: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on_copy
    monkeypatch.setattr(autosave, "AUTOSAVE_SECONDS", 0.05)
    store = RecoveryStore()
    assert store.entries() == []  # opened: nothing unsaved, nothing copied
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)  # a new team
    qtbot.waitUntil(lambda: len(store.entries()) == 1)
    (copy,) = store.entries()
    assert copy.original == window.path and copy.pid == os.getpid()
    assert load(copy.chart_file).chart == window.document.chart
    assert window.path is not None and load(window.path).chart != window.document.chart  # not over the file
    window.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert store.entries() == []  # back as saved: nothing to recover
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    qtbot.waitUntil(lambda: len(store.entries()) == 1)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified() and store.entries() == []
    assert list(store.folder.iterdir()) == []


def test_closing_after_discarding_removes_the_copy_and_a_refused_close_keeps_it(
    qtbot: QtBot, window_on_copy: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on_copy
    window.new_team()
    window.autosave.write_now()
    store = RecoveryStore()
    assert len(store.entries()) == 1
    assert not window.close()  # the fixture answers "Cancel"
    assert len(store.entries()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert store.entries() == []


def test_an_imported_hr_export_counts_as_unsaved_until_saved_as_a_chart(window: MainWindow) -> None:
    assert window.open_path(HR_EXPORT)
    assert window.isWindowModified() and window.windowTitle().endswith("[*]")
    window.autosave.write_now()
    (copy,) = RecoveryStore().entries()
    assert copy.imported_from == HR_EXPORT and copy.original is None


# The offer after a crash
class Start:
    """`app.start_editor`, its recovery dialog answered with a click on the `answer` button."""

    def __init__(self) -> None:
        self.answer = RESTORE
        self.shown: list[RecoveryDialog] = []

    def __call__(self) -> MainWindow:
        return app.start_editor(None)

    def exec_(self, dialog: RecoveryDialog) -> int:
        self.shown.append(dialog)
        dialog.button(self.answer).click()
        return int(dialog.result())

    def rows(self) -> list[str]:
        charts = self.shown[-1].charts
        return [charts.item(i).text() for i in range(charts.count())]


@pytest.fixture
def start(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Start]:
    starting = Start()
    monkeypatch.setattr(app, "WINDOWS", [])
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: starting.exec_(dialog))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    yield starting
    for window in app.WINDOWS:
        qtbot.addWidget(window)
        window.history.set_clean()


def _crashed_copies(tmp_path: Path) -> tuple[Path, Recovery, Recovery]:
    """Two copies left by a process that is gone: a saved chart with edits, an untitled one."""
    original = tmp_path / "shop.json"
    from orgchart.io import save

    save(_chart("Shop"), original)
    edited = _chart("Shop")
    edited.add_role(Role("cto", "CTO"), "t", "ceo")
    from orgchart.ui.file_watch import content_hash

    store, pid = RecoveryStore(), _reaped()
    first = _as_if_written_by(
        store.write(901, edited, original=original, original_sha256=content_hash(original)), pid, GONE
    )
    second = _as_if_written_by(store.write(902, _chart("Sketch")), pid, GONE)
    return original, first, second


def test_the_next_start_restores_crashed_charts_as_unsaved_with_their_files(
    qtbot: QtBot, start: Start, tmp_path: Path
) -> None:
    original, first, second = _crashed_copies(tmp_path)
    restored = load(first.chart_file).chart
    window = start()
    rows = start.rows()
    assert len(start.shown) == 1 and len(rows) == 2
    assert rows[0].startswith("Shop (shop.json) — unsaved changes from ")
    assert rows[1].startswith("Sketch (never saved) — unsaved changes from ")
    other = app.WINDOWS[1]
    assert window.document.chart == restored and window.path == original
    assert window.isWindowModified() and window.windowTitle() == "Shop — shop.json[*]"
    assert other.document.chart.name == "Sketch" and other.path is None and other.isWindowModified()
    store = RecoveryStore()
    assert store.stale() == []  # the old copies are gone; the restored windows keep their own
    assert {e.title for e in store.entries()} == {"Shop", "Sketch"}
    assert all(e.pid == os.getpid() for e in store.entries())
    assert not window.history.can_undo
    window.activateWindow()  # the other window opened last
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)  # the file is as it was: saved without asking
    assert load(original).chart.has_role("cto") and not window.isWindowModified()
    assert [e.title for e in store.entries()] == ["Sketch"]


def test_saving_a_restored_chart_asks_if_its_file_changed_after_the_crash(
    qtbot: QtBot, start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, _, _ = _crashed_copies(tmp_path)
    from orgchart.io import save

    save(_chart("Changed by a colleague"), original)
    window = start()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)  # closed: cancel
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert len(asked) == 1 and "changed by another program" in asked[0]
    assert load(original).chart.name == "Changed by a colleague" and window.isWindowModified()


def test_later_keeps_the_copies_and_discard_removes_them_after_asking(
    qtbot: QtBot, start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crashed_copies(tmp_path)
    start.answer = LATER
    window = start()
    assert window.document.chart.role_count == 0 and not window.isWindowModified()
    assert len(RecoveryStore().stale()) == 2
    start.answer = DISCARD
    start()  # "Discard for good?" answered Cancel by the fixture
    assert len(RecoveryStore().stale()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    start()
    assert len(start.shown) == 3 and RecoveryStore().entries() == []
    start()
    assert len(start.shown) == 3  # nothing left: no dialog


def test_unticked_charts_stay_for_later(
    qtbot: QtBot, start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crashed_copies(tmp_path)

    def untick_the_first_and_restore(dialog: RecoveryDialog) -> int:
        dialog.charts.item(0).setCheckState(Qt.CheckState.Unchecked)
        return start.exec_(dialog)

    monkeypatch.setattr(RecoveryDialog, "exec", untick_the_first_and_restore)
    window = start()
    assert window.document.chart.name == "Sketch" and len(app.WINDOWS) == 1
    assert [e.title for e in RecoveryStore().stale()] == ["Shop"]


def test_copies_of_running_editors_are_not_offered(qtbot: QtBot, start: Start) -> None:
    RecoveryStore().write(903, _chart("Open elsewhere"))  # this process, alive
    start()
    assert start.shown == []


# A real editor process, killed
LINUX = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="XDG_DATA_HOME places the app-data folder on Linux"
)


@pytest.fixture
def orgchart_names() -> Iterator[None]:
    """The application's names as the editor sets them (they name the app-data folder)."""
    qapp = QCoreApplication.instance()
    before = (qapp.applicationName(), qapp.organizationName(), qapp.applicationVersion())
    app.make_application()
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])
    QCoreApplication.setApplicationVersion(before[2])


@LINUX
def test_a_killed_editor_leaves_a_complete_copy_that_the_next_start_offers(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    start: Start,
    orgchart_names: None,
) -> None:
    data = tmp_path / "data"
    export = tmp_path / "hr.csv"
    export.write_bytes(HR_EXPORT.read_bytes())
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    editor = subprocess.Popen(
        [sys.executable, "-m", "orgchart", "--autosave-seconds", "0.2", "--no-import-preview", str(export)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    store = RecoveryStore()  # this process's app-data folder is now the editor's
    assert store.folder == data / "orgchart" / "orgchart" / "recovery"
    try:
        qtbot.waitUntil(lambda: bool(store.entries()) or editor.poll() is not None, timeout=30000)
        assert editor.poll() is None, editor.communicate()[1]
        assert store.stale() == []  # while it runs, another start does not offer its copy
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.communicate()
    assert editor.returncode == -signal.SIGKILL
    (copy,) = store.stale()
    assert copy.pid == editor.pid and copy.imported_from == export and copy.original is None
    assert load(copy.chart_file).chart == read_csv(export).document.chart

    window = start()
    (row,) = start.rows()
    assert row.startswith("hr (hr.csv) — unsaved changes from ")
    assert window.document.chart == read_csv(export).document.chart
    assert window.imported_from == export and window.path is None and window.isWindowModified()
    assert store.stale() == []
