"""A Qt application for painting without a window (command line, scripts, CI)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QPaintDevice, QPainter

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


@contextmanager
def painting(device: QPaintDevice) -> Iterator[QPainter]:
    """A painter on ``device``, ended however the painting ends. A painter still active when
    its device is freed crashes the process: Ctrl+C in the middle of an export's picture, or
    any error there, would otherwise end in a segmentation fault instead of a message."""
    painter = QPainter(device)
    try:
        yield painter
    except BaseException:
        end_quietly(painter)
        raise
    painter.end()


def end_quietly(painter: QPainter) -> bool:
    """End a painting stopped half-way. The painter may hold states saved further in; Qt
    would say so as it ends, which is of no interest to someone who pressed Ctrl+C. (The
    message handler is the process's: messages of other threads meanwhile go unsaid too.)"""
    previous = qInstallMessageHandler(_quiet)
    try:
        return painter.end()
    finally:
        qInstallMessageHandler(previous)


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    pass
