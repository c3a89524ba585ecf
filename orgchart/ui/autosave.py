"""Autosave: while a window's chart has unsaved changes, a recovery copy of it is written every
`AUTOSAVE_SECONDS` (never over the user's file); saving, or closing the window, removes it."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from orgchart.io import OrgFileError

if TYPE_CHECKING:
    from orgchart.ui.main_window import MainWindow
    from orgchart.ui.recovery import Recovery

#: how long unsaved changes wait before they are copied (``orgchart --autosave-seconds``)
AUTOSAVE_SECONDS = 30.0

_serials = itertools.count(1)  # one per window: windows of one process keep separate copies


def tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


class Autosave(QObject):
    """The recovery copy of one window's chart."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.serial = next(_serials)
        self.copy: Recovery | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # started by the first change after a copy
        self.timer.timeout.connect(self.write_now)

    def follow(self) -> None:
        """The history changed: count down to a copy, or remove it once nothing is unsaved."""
        if self.window.history.is_clean:
            self.timer.stop()
            self.remove()
        elif not self.timer.isActive():
            self.timer.start(max(1, round(AUTOSAVE_SECONDS * 1000)))

    def write_now(self) -> None:
        window = self.window
        if window.history.is_clean:
            return
        from orgchart.ui.recovery import RecoveryStore  # loaded with the first copy

        try:
            self.copy = RecoveryStore().write(
                self.serial,
                window.document.chart,
                window.canvas.view_settings(),
                original=window.path,
                imported_from=window.imported_from,
                original_sha256=window.file_watch.known_sha256(),
            )
        except (OrgFileError, OSError, ValueError) as error:  # never a crash for a copy
            window.statusBar().showMessage(
                tr("No recovery copy could be written: %1").replace("%1", str(error)), 10000
            )

    def remove(self) -> None:
        """Remove the copy: the chart is saved, or the user chose to drop its changes."""
        self.timer.stop()
        if self.copy is not None:
            from orgchart.ui.recovery import RecoveryStore

            RecoveryStore(self.copy.chart_file.parent).remove(self.copy)
            self.copy = None
