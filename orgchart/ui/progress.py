"""Long work in the editor (opening a large file, exporting a large chart): a progress dialog
with Cancel over the window, while the work runs in a thread and the window keeps repainting.

The work is a function of an `orgchart.io.progress.Progress` hook and touches no widget: it
reads a file or paints into a buffer, and what it makes reaches the GUI thread only when it
is complete. Pressing Cancel tells the work to stop (its next report raises `Cancelled`) and
returns at once: the caller keeps what it had, and the thread ends on its own, its result
dropped. From the moment the work reports the phase `WRITING`, it can no longer be cancelled
(a file half written would be worse than a late Cancel).

`run` waits in a local event loop, as a modal dialog's ``exec()`` does, so the callers keep
their order of steps (open, then show; export, then say so).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from orgchart.io.progress import (
    BUILDING,
    CHECKING,
    DRAWING,
    LAYING_OUT,
    PARSING,
    PREPARING,
    READING,
    WRITING,
    Cancelled,
)

T = TypeVar("T")

#: the bar's steps (a bar of pixels needs no more)
STEPS = 1000
#: how often the dialog shows the work's latest report (ms)
REFRESH_MS = 50
#: phases that report only their start: the bar moves to and fro meanwhile
_UNMEASURED = (LAYING_OUT, DRAWING, PREPARING)


def tr(text: str) -> str:
    return QCoreApplication.translate("Progress", text)


def phase_text(phase: str, name: str) -> str:
    """What the dialog says during ``phase`` of work on the file called ``name``."""
    texts = {
        READING: tr("Reading %1…"),
        PARSING: tr("Reading %1…"),
        CHECKING: tr("Checking %1…"),
        BUILDING: tr("Building the chart from %1…"),
        LAYING_OUT: tr("Laying out the chart…"),
        DRAWING: tr("Drawing the chart…"),
        PREPARING: tr("Preparing %1…"),
        WRITING: tr("Writing %1…"),
    }
    return texts.get(phase, tr("Working on %1…")).replace("%1", name)


class WorkThread(Generic[T]):
    """One piece of work in its thread (started with ``thread.start()``): what it reported
    last, and how it ended. The thread touches no Qt object of the GUI thread's (that one
    looks at ``latest`` and ``ended`` on a timer), so nothing is used in two threads at once."""

    def __init__(self, work: Callable[..., T]) -> None:
        self.work = work
        self.latest: tuple[str, float] = (READING, 0.0)
        self.stop = threading.Event()
        self.lock = threading.Lock()  # between Cancel and the start of writing
        self.writing = False
        self.ended = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._main, name="orgchart-work", daemon=True)

    def report(self, phase: str, done: float) -> None:
        """The work's progress hook (called in its thread)."""
        if phase == WRITING and not self.writing:
            with self.lock:
                if not self.stop.is_set():
                    self.writing = True
        if self.stop.is_set() and not self.writing:
            raise Cancelled
        self.latest = (phase, done)

    def cancel(self) -> bool:
        """Tell the work to stop; False once it is writing (it then runs to its end)."""
        with self.lock:
            if not self.writing:
                self.stop.set()
        return self.stop.is_set()

    def _main(self) -> None:
        try:
            self.result = self.work(self.report)
        except Cancelled:
            pass
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = error
        finally:
            self.ended = True


class LongWork:
    """A progress dialog (modal to ``parent``) for one or more pieces of work in a row on the
    file called ``name``; use it as a context manager, which closes the dialog at the end."""

    def __init__(self, parent: QWidget, title: str, name: str) -> None:
        self.name = name
        self.dialog = dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setCancelButtonText(tr("Cancel"))
        dialog.setRange(0, STEPS)
        dialog.setMinimumWidth(440)
        dialog.setLabelText(phase_text(READING, name))
        dialog.canceled.connect(self._cancel)
        self.cancelled = False
        self._closed = False
        #: the work running now (None between two), for tests to wait on its thread
        self.current: WorkThread[object] | None = None
        self._loop: QEventLoop | None = None
        self._timer = QTimer(dialog)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._show_progress)

    def __enter__(self) -> LongWork:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def run(self, work: Callable[..., T]) -> T | None:
        """Run ``work(progress)`` in a thread while the dialog shows how far it got; its
        result, or None if the user cancelled. What ``work`` raises is raised here."""
        if self.cancelled:
            return None
        run: WorkThread[T] = WorkThread(work)
        loop = QEventLoop()
        self.current, self._loop = run, loop  # type: ignore[assignment]
        self.dialog.setRange(0, STEPS)
        self.dialog.setValue(0)
        self._button_enabled(True)
        self.dialog.show()
        self._timer.start()
        run.thread.start()
        loop.exec()  # until the work ends, Cancel is pressed or the application quits
        self._timer.stop()
        self._loop = None
        if not run.ended:  # Cancel, or the application quits: the work stops at its next report
            run.cancel()
            self.cancelled = True
            return None
        self.current = None
        if (run.stop.is_set() or self.dialog.wasCanceled()) and not run.writing:
            self.cancelled = True  # Cancel came as the work ended: it wins
            return None
        if run.error is not None:
            raise run.error
        return run.result

    def busy(self, text: str) -> None:
        """Show ``text`` with a full bar and no Cancel, for a last step that runs in the GUI
        thread (laying out what was read), painted before that step blocks the window."""
        self.dialog.setLabelText(text)
        self.dialog.setRange(0, STEPS)
        self.dialog.setValue(STEPS)
        self._button_enabled(False)
        self.dialog.show()
        self.dialog.repaint()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def close(self) -> None:
        """Close the dialog (again: nothing happens)."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _cancel(self) -> None:
        run, loop = self.current, self._loop
        if run is None or loop is None:
            return
        if run.cancel():
            loop.quit()
        else:  # writing: it cannot be stopped now, so the dialog stays until it ends
            self.dialog.reset()  # no longer "canceled"
            self.dialog.show()

    def _show_progress(self) -> None:
        run, loop = self.current, self._loop
        if run is None or loop is None:
            return
        if run.ended:
            loop.quit()
            return
        if self.dialog.wasCanceled():  # its cancel() slot, which sends no signal
            self._cancel()
            return
        phase, done = run.latest
        text = phase_text(phase, self.name)
        if text != self.dialog.labelText():
            self.dialog.setLabelText(text)
        self._button_enabled(not run.writing)
        if phase in _UNMEASURED:
            if self.dialog.maximum():
                self.dialog.setRange(0, 0)
            return
        if not self.dialog.maximum():
            self.dialog.setRange(0, STEPS)
        value = round(min(max(done, 0.0), 1.0) * STEPS)
        if value > self.dialog.value():
            self.dialog.setValue(value)

    def _button_enabled(self, enabled: bool) -> None:
        button = self.dialog.findChild(QPushButton)
        if button is not None:
            button.setEnabled(enabled)
