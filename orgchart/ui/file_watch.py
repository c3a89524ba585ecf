"""Changed on disk: the open file is watched, and when another program rewrites or deletes it
the editor says so.

- Rewritten while the chart has no unsaved changes: the new content is loaded at once (as a
  new document, with a fresh history) and the status bar says so; nothing of the user's is
  lost, and after `git pull` or `git checkout` the editor shows what is in the file.
- Rewritten while there are unsaved changes: the user chooses Reload (their changes go) or
  Keep my version; then Save asks before it replaces the other program's content.
- Deleted: the status bar says so and the chart counts as unsaved (closing asks, autosave
  keeps a copy); if the same content comes back (a branch switched back), it is clean again.

The editor's own saves and loads record the file's size, time, inode and content hash, so they
never look like a change. Editors and git replace a file by renaming a new one over it, which
drops the watch on the old one: the path is watched again after each change, and its folder is
watched too, to see a deleted file come back.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from orgchart.io import OrgFileError

if TYPE_CHECKING:
    from orgchart.commands import History
    from orgchart.ui.main_window import MainWindow

#: the events of one write or replace come in a burst; look once they have settled
SETTLE_MS = 100


def tr(text: str) -> str:
    return QCoreApplication.translate("FileWatch", text)


@dataclass(frozen=True)
class Stamp:
    """What the file system says about a file, cheap to get: equal stamps, same content."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> Stamp | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, stat.st_ino)


def content_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class FileWatch(QObject):
    """Watches the file of one window's chart."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.stamp: Stamp | None = None  # the file as the editor last read or wrote it
        self.sha256: str | None = None
        self.declined: str | None = None  # content the user chose not to load
        self.deleted = False
        self._unsaved_by_delete: History | None = None  # unsaved only because the file went away
        self._busy = self._missed = False  # asking, or reloading, in an event loop of its own
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.check)

    def follow(self, path: Path | None) -> None:
        """Watch ``path`` (None: nothing), just loaded or saved by the editor itself."""
        self._stop_waiting()
        self.path, self.declined, self.deleted = path, None, False
        self.stamp = Stamp.of(path) if path else None
        self.sha256 = content_hash(path) if path else None
        # The same path stays watched: the events of a save arrive and match the new stamp.
        wanted = [str(path.parent), str(path)] if path else []
        old = [p for p in self.watcher.files() + self.watcher.directories() if p not in wanted]
        if old:
            self.watcher.removePaths(old)
        if path is not None:
            watched = self.watcher.files() + self.watcher.directories()
            new = [p for p in wanted if p not in watched and os.path.exists(p)]
            if new:
                self.watcher.addPaths(new)

    def known_sha256(self) -> str | None:
        """The hash of the file's content as the editor last read or wrote it."""
        return self.sha256

    def expect(self, sha256: str | None) -> None:
        """The chart open was based on this content of the file (a restored recovery copy):
        if the file holds something else now, Save asks before replacing it."""
        self.sha256, self.stamp = sha256, None
        self.declined = content_hash(self.path) if self.path else None  # not offered to reload

    def _changed(self, _: str = "") -> None:
        self.settle.start()

    def check(self) -> None:
        """Look at the file now (after a watcher event, or when a test asks)."""
        path = self.path
        if self._busy:
            self._missed = True  # looked at again once the question is answered or the reload done
            return
        if path is None:
            return
        stamp = Stamp.of(path)
        if stamp is None:
            self._gone(path)
            return
        if str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # replaced by a rename, or back after a delete
        was_deleted, self.deleted = self.deleted, False
        if stamp != self.stamp:
            sha256 = content_hash(path)
            if sha256 != self.sha256:
                if sha256 is not None and sha256 != self.declined:
                    self._rewritten(path, sha256)
                return
            self.stamp = stamp  # touched, or rewritten with the same content
        if was_deleted:
            self._back_unchanged(path)

    def _gone(self, path: Path) -> None:
        if self.deleted:
            return
        self.deleted = True
        history = self.window.history
        if history.is_clean:
            history.mark_unsaved()
            self._unsaved_by_delete = history
            history.changed.connect(self._stop_waiting)
        self._say(tr("“%1” was deleted or moved by another program. Save writes it again."), path)

    def _stop_waiting(self) -> None:
        """An edit after the delete (or another document): the chart is really unsaved now."""
        history, self._unsaved_by_delete = self._unsaved_by_delete, None
        if history is not None:
            history.changed.disconnect(self._stop_waiting)

    def _back_unchanged(self, path: Path) -> None:
        history = self._unsaved_by_delete
        if history is not None:
            self._stop_waiting()
            history.set_clean()
        self._say(tr("“%1” is back, as the editor last saw it."), path)

    def _rewritten(self, path: Path, sha256: str) -> None:
        window = self.window
        if not (window.history.is_clean or self._unsaved_by_delete is not None):
            with self._holding():
                reload = self._ask_reload(path)
            if not reload:
                self.declined = sha256
                self._say(
                    tr("Kept your version of “%1”; Save will ask before replacing the file's new content."),
                    path,
                )
                return
        from orgchart.ui.opening import load_then

        try:  # a large file behind a progress dialog with Cancel
            with self._holding():
                reloaded = load_then(
                    window, path, tr("Reloading %1"), lambda document: window._show_new(document, path, None)
                )
        except OrgFileError as error:  # half written, or a merge conflict: wait for the next change
            self.declined = sha256
            self._say(
                tr("“%1” was changed by another program but cannot be read; the open chart is kept. ")
                + str(error),
                path,
            )
            return
        if not reloaded:  # cancelled: as if the user had kept their version
            self.declined = sha256
            self._say(
                tr("Kept the open chart; Save will ask before replacing the new content of “%1”."), path
            )
            return
        self._say(tr("“%1” was changed by another program and has been reloaded."), path)

    @contextmanager
    def _holding(self) -> Iterator[None]:
        """While a question or a reload waits in an event loop of its own (where the watcher's
        events still arrive): a change seen meanwhile is looked at once it is over."""
        self._busy, self._missed = True, False
        try:
            yield
        finally:
            self._busy = False
            if self._missed:
                self.settle.start()

    def _ask_reload(self, path: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("File changed on disk"),
            tr(
                "“%1” was changed by another program.\n\nReload it, or keep your version with its "
                "unsaved changes?"
            ).replace("%1", path.name),
            parent=self.window,
        )
        reload = box.addButton(tr("Reload (lose my changes)"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep my version"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is reload

    def may_overwrite(self) -> bool | None:
        """Before Save writes the open file: True to write it, False to ask for another name,
        None to cancel. Asks only if another program changed the file since the editor read or
        wrote it."""
        path = self.path
        if path is None or self.sha256 is None:
            return True
        stamp = Stamp.of(path)
        if stamp is None or stamp == self.stamp or content_hash(path) in (None, self.sha256):
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("File changed on disk"),
            tr(
                "“%1” was changed by another program after you opened it.\n\nReplace it with your "
                "version, or save your version under another name?"
            ).replace("%1", path.name),
            parent=self.window,
        )
        replace = box.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is replace else False if clicked is save_as else None

    def _say(self, text: str, path: Path) -> None:
        self.window.statusBar().showMessage(text.replace("%1", path.name))
