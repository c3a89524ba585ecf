"""Start the editor: the application object and its first window."""

from __future__ import annotations

import sys

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
    app = make_application()
    window = MainWindow()
    window.show()
    if path is not None:
        window.open_path(path)
    return app.exec()
