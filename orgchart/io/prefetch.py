"""Reading the file the editor opens at its start in a second process, while the first one
loads Qt and builds the window.

`orgchart FILE` spends about as long importing PySide6 and building its window as it spends
importing the reader (pydantic and the file's schema) and reading a chart of some thousand
roles. On a machine with more than one core both can run at once: `start` forks a child
that reads ``FILE`` with `read_chart` and sends the result back through a pipe as a pickle;
`read_chart` then takes it (`take`) instead of reading the file again, and the editor never
imports the reader at all unless it saves. `orgchart export` does the same while it loads
the painting code.

Only an exact answer is ever taken: the child sends nothing but a successful read, and the
parent reads the file itself (and reports what is wrong, as it always has) if the child
failed, died, sent something it cannot load, or the file no longer holds what the child
read (by its stat and a hash of its bytes, checked before the chart is loaded). Forking is
done where it is safe and cheap (Linux, two processors or more, before Qt or any thread is
started), and only for files small enough that loading the pickle costs less than reading
the file (`PREFETCH_BYTES`); elsewhere nothing is started and nothing changes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
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


def _fingerprint(path: str) -> tuple[object, ...] | None:
    """What tells whether a file still holds what was read of it: its stat (size, times,
    inode, device) and a hash of its bytes (None: unreadable). The hash catches a rewrite of
    the same size within one tick of a coarse clock (FAT, SMB, older kernels)."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            digest = hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev, digest


def forks_here() -> bool:
    """Whether this system and process read beside the start at all: Linux (where a fork
    before any thread is safe and cheap) with two processors or more to run on (by the
    process's affinity, where the system says; on one the child only slows the start)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return usable >= 2


def can_prefetch(path: str | Path) -> bool:
    """Whether `start` would read ``path`` in a child process here."""
    if not forks_here():
        return False
    # A fork copies no other thread, nor what they hold: before Qt (which starts its own)
    # and before any of ours.
    if threading.active_count() > 1 or "PySide6.QtCore" in sys.modules:
        return False
    from orgchart.io.reading import WRITTEN_ONLY

    suffix = Path(path).suffix.lower()
    if suffix in WRITTEN_ONLY:  # refused unread
        return False
    try:
        stat = os.stat(path)
        # the child reads the file a link leads to, by that name's suffix: the reader must
        # be the one the name given chooses
        same_reader = Path(os.path.realpath(path)).suffix.lower() == suffix
    except (OSError, ValueError):
        return False
    return S_ISREG(stat.st_mode) and stat.st_size <= PREFETCH_BYTES and same_reader


def start(path: str | Path) -> bool:
    """Start reading ``path`` in a child process; False (nothing started) where
    `can_prefetch` says no. Call it before Qt is imported; `take` collects the result,
    `discard` ends a read nobody took."""
    global _pending
    if _pending is not None or not can_prefetch(path):
        return False
    resolved = os.path.realpath(path)
    read_end, write_end = os.pipe()
    # Ctrl+C waits while the process forks: Python would raise it inside the fork's hooks,
    # which swallow it (the export went on and overwrote its file). The parent gets it once
    # unblocked; the child, which starts with none pending, ignores it.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except OSError:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(read_end)
        os.close(write_end)
        return False
    if pid == 0:  # the child: read, send, and leave without running the parent's exit code
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent answers Ctrl+C
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            os.close(read_end)
            from orgchart.io.reading import read_chart

            before = _fingerprint(resolved)
            result = read_chart(resolved)  # (only a success is sent: no message names the path)
            if before is not None and _fingerprint(resolved) == before:  # what was read is `before`
                with os.fdopen(write_end, "wb") as stream:
                    pickle.dump(before, stream, protocol=pickle.HIGHEST_PROTOCOL)
                    stream.flush()  # the parent can check the file while the chart follows
                    ChartPickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump(result)
        except BaseException:  # noqa: BLE001  (the parent reads the file itself and says what is wrong)
            pass
        finally:
            os._exit(0)
    try:
        os.close(write_end)
        _pending = _Pending(resolved, pid, read_end)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl+C meanwhile is raised here
    return True


def take(path: str | Path) -> tuple[Document, list[str]] | None:
    """What the child started for ``path`` read, or None: no read was started for it, or it
    gave no exact answer (see the module's text); the caller then reads the file itself."""
    global _pending
    pending = _pending
    if pending is None or os.path.realpath(path) != pending.path:
        return None
    _pending = None
    try:
        with os.fdopen(pending.fd, "rb") as stream:
            if pickle.load(stream) != _fingerprint(pending.path):
                return None  # changed on disk since the child read it (or unreadable now)
            result = pickle.load(stream)
    except Exception:  # noqa: BLE001  (nothing sent, or cut short: read it here)
        return None
    finally:
        _end(pending.pid)
    return result  # type: ignore[no-any-return]


def discard() -> None:
    """End a read that was started and not taken (the editor stopped before it opened)."""
    global _pending
    pending, _pending = _pending, None
    if pending is None:
        return
    os.close(pending.fd)
    _end(pending.pid)


def _end(pid: int) -> None:
    """End the child (done already, unless its answer was not wanted) and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
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
