"""A Qt application for painting without a window (command line, scripts, CI)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one on the off-screen platform (no display
    needed). Fonts and painting need one; an editor that runs already has one."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    _app = QGuiApplication(["orgchart", "-platform", "offscreen"])
    return _app
