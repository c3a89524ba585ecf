"""Reading the file the editor opens at its start in a second process, while the first one
loads Qt and builds the window.

`orgchart FILE` spends about as long importing PySide6 and building its window as it spends
importing the reader (pydantic and the file's schema) and reading a chart of some thousand
roles. On a machine with more than one core both can run at once: `start` forks a child
that reads ``FILE`` with `read_chart` and sends the result back through a pipe as a pickle;
`read_chart` then takes it (`take`) instead of reading the file again, and the editor never
imports the reader at all unless it saves.

Only an exact answer is ever taken: the child sends nothing but a successful read, and the
parent reads the file itself (and reports what is wrong, as it always has) if the child
failed, died, sent something it cannot load, or the file changed on disk after the child
looked at it. Forking is done where it is safe and cheap (Linux, before Qt or any thread
is started), and only for files small enough that loading the pickle costs less than
reading the file (`PREFETCH_BYTES`); elsewhere nothing is started and nothing changes.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from orgchart.model.entities import custom_mapping

if TYPE_CHECKING:
    from orgchart.io.document import Document

#: Larger files are read by the editor itself (behind a progress dialog, see
#: `orgchart.ui.opening`): loading the pickle of a chart costs about a third of reading it,
#: and beyond a few MB the child's read no longer hides behind the editor's start. Measured
#: from process start to first frame: 14,000 roles (2 MB) 0.61 s instead of 0.75 s, 30,000
#: roles (4 MB) the same either way, 60,000 roles 1.77 s instead of 1.52 s.
PREFETCH_BYTES = 2 * 2**20


@dataclass
class _Pending:
    path: str  # resolved
    pid: int
    fd: int


_pending: _Pending | None = None


def _stamp(path: str) -> tuple[int, int, int] | None:
    """What tells a changed file: size, modification time and inode (None: unreadable)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


def can_prefetch(path: str | Path) -> bool:
    """Whether `start` would read ``path`` in a child process here."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return False
    # A fork copies no other thread, nor what they hold: before Qt (which starts its own)
    # and before any of ours.
    if threading.active_count() > 1 or "PySide6.QtCore" in sys.modules:
        return False
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return False
    from stat import S_ISREG

    return S_ISREG(stat.st_mode) and stat.st_size <= PREFETCH_BYTES


def start(path: str | Path) -> bool:
    """Start reading ``path`` in a child process; False (nothing started) where
    `can_prefetch` says no. Call it before Qt is imported; `take` collects the result,
    `discard` ends a read nobody took."""
    global _pending
    if _pending is not None or not can_prefetch(path):
        return False
    resolved = os.path.realpath(path)
    stamp = _stamp(resolved)
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return False
    if pid == 0:  # the child: read, send, and leave without running the parent's exit code
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent answers Ctrl+C
            from orgchart.io.reading import read_chart

            result = read_chart(path)
            with os.fdopen(write_end, "wb") as stream:
                ChartPickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump((stamp, result))
        except BaseException:  # noqa: BLE001  (the parent reads the file itself and says what is wrong)
            pass
        finally:
            os._exit(0)
    os.close(write_end)
    _pending = _Pending(resolved, pid, read_end)
    return True


def take(path: str | Path) -> tuple[Document, list[str]] | None:
    """What the child started for ``path`` read, or None: no read was started for it, or it
    gave no exact answer (see the module's text); the caller then reads the file itself."""
    global _pending
    pending = _pending
    if pending is None or os.path.realpath(path) != pending.path:
        return None
    _pending = None
    result: Any = None
    try:
        with os.fdopen(pending.fd, "rb") as stream:
            stamp, result = pickle.load(stream)
    except Exception:  # noqa: BLE001  (nothing sent, or cut short: read it here)
        return None
    finally:
        _reap(pending.pid)
    if stamp is None or stamp != _stamp(pending.path):
        return None  # changed on disk since the child looked
    return result  # type: ignore[no-any-return]


def discard() -> None:
    """End a read that was started and not taken (the editor stopped before it opened)."""
    global _pending
    pending, _pending = _pending, None
    if pending is None:
        return
    os.close(pending.fd)
    try:
        os.kill(pending.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _reap(pending.pid)


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


class ChartPickler(pickle.Pickler):
    """A pickler for charts: a role's custom fields are a read-only mapping, which pickle
    cannot take by itself; they go as a dict and come back as `custom_mapping` makes them."""

    def reducer_override(self, obj: object) -> Any:
        if type(obj) is MappingProxyType:
            return custom_mapping, (dict(obj),)
        return NotImplemented
