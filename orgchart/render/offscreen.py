"""A Qt application for painting without a window (command line, scripts, CI)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QImage, QPaintDevice, QPainter

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


class CannotDraw(Exception):
    """The picture cannot be drawn at all (no memory for the image, no painter for the
    device): said as the reason, in the program's language; no file is to be written."""


@contextmanager
def painting(device: QPaintDevice) -> Iterator[QPainter]:
    """A painter on ``device``, ended however the painting ends. A painter still active when
    its device is freed crashes the process: Ctrl+C in the middle of an export's picture, or
    any error there, would otherwise end in a segmentation fault instead of a message.
    `CannotDraw` if no painting can begin on ``device`` (Qt would paint nothing, and say so
    once per call, into an empty file)."""
    # An image Qt could not allocate is null: said before Qt would complain about it (the
    # message handler is the process's, not to be swapped while other threads paint)
    painter = QPainter()
    if (isinstance(device, QImage) and device.isNull()) or not painter.begin(device):
        said = QCoreApplication.translate(
            "Export", "the picture cannot be drawn: Qt cannot paint on a %1 here."
        )
        raise CannotDraw(said.replace("%1", type(device).__name__))
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
