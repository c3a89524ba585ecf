"""Start the editor: the application object and its first window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from PySide6.QtWidgets import QApplication

from orgchart import __version__
from orgchart.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created with the program's names if there is none yet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("orgchart")
    app.setApplicationDisplayName("orgchart")
    app.setOrganizationName("orgchart")
    app.setApplicationVersion(__version__)
    return app


def run_editor(path: str | None = None) -> int:
    """Open a window (on ``path`` if given) and run until it is closed."""
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(f"orgchart: {problem}", file=sys.stderr)
        return 1
    app = make_application()
    window = MainWindow()
    window.show()
    if path is not None:
        window.open_path(path)
    return app.exec()


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
