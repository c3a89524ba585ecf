"""Start the editor: the application object and its first window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from orgchart import __version__
from orgchart.io import prefetch
from orgchart.model.bulk import GcPause
from orgchart.ui import autosave
from orgchart.ui.desktop import DESKTOP_ID, app_icon
from orgchart.ui.main_window import MainWindow
from orgchart.ui.preferences import start_language

#: the windows of this process (restored charts may open more than one), kept alive here
WINDOWS: list[MainWindow] = []


def make_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created with the program's names if there is none yet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("orgchart")
    app.setApplicationDisplayName("orgchart")
    app.setOrganizationName("orgchart")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def run_editor(
    path: str | None = None,
    autosave_seconds: float | None = None,
    *,
    preview: bool = True,
    language: str | None = None,
    start: GcPause | None = None,
) -> int:
    """Open a window (on ``path`` if given; an HR export through the import preview unless
    ``preview`` is False) and run until it is closed. Unsaved changes are copied for recovery
    every ``autosave_seconds`` (default `autosave.AUTOSAVE_SECONDS`). ``language`` ("de",
    "en") overrides the preference and the system's language for this run. ``start``: the
    garbage collector's pause for the start, ended once the first window has its first frame."""
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(f"orgchart: {problem}", file=sys.stderr)
        return 1
    app = make_application()
    start_language(language)  # before the first window: its words are chosen as it is built
    if autosave_seconds is not None:
        autosave.AUTOSAVE_SECONDS = autosave_seconds
    start_editor(path, preview=preview)
    if start is not None:
        QTimer.singleShot(0, start.end)  # after the first round of events, which paints
    return app.exec()


def start_editor(path: str | None = None, *, preview: bool = True) -> MainWindow:
    """The first window (on ``path`` if given: an HR export through the import preview, unless
    ``preview`` is False); then the offer to restore the charts a crash left unsaved."""
    window = new_window()
    if path is not None:
        window.open_path(path, preview=preview)
    prefetch.discard()  # a read of ``path`` the window did not take: the child ends now
    offer_recovery(window, new_window)
    return window


def offer_recovery(window: MainWindow, new_window: Callable[[], MainWindow]) -> list[MainWindow]:
    """`orgchart.ui.recovery_dialog.offer_recovery`, its dialog loaded only when a crash left
    copies to offer (at nearly every start there are none)."""
    from orgchart.ui.recovery import RecoveryStore

    store = RecoveryStore()
    entries = store.stale()
    if not entries:
        return []
    from orgchart.ui.recovery_dialog import offer_recovery as offer

    return offer(window, new_window, store, entries)


def new_window() -> MainWindow:
    window = MainWindow()
    WINDOWS.append(window)
    window.show()
    return window


def display_problem(env: Mapping[str, str], platform: str) -> str:
    """Why the editor cannot open a window here ("" if it can): without a display, Qt would
    abort the process with a message about missing libraries."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "there is no display to open the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the commands work without one, e.g. orgchart export CHART.json -o chart.svg"
    )
