"""Write a file so that it is either completely old or completely new, never half written.

A write goes to a hidden temporary file beside the target (``.NAME.RANDOM.tmp``), is flushed
and fsynced, and then replaces the target in one rename. A process killed in between leaves
the target as it was, and at worst that hidden temporary file; the next successful write of
the same target removes such leftovers once they are a minute old (younger ones may belong to
a write still running in another process).

With ``backup``, the file being replaced is kept as ``NAME.bak`` (replaced the same way), so
the version before the last save is always at hand. A symlink is kept: the file it points to
is replaced, and its ``.bak`` lies beside that file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

from orgchart.io.errors import OrgFileError

#: Leftover temporary files older than this (seconds) are removed by the next write.
STALE_AFTER = 60.0


def atomic_write(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder: flush, fsync,
    then replace. On any error the target is untouched and the temporary file is removed.

    ``backup``: first keep the current file's bytes as ``path.bak`` (only if there is a
    current regular file and it differs from ``data``). The backup is a convenience: if it
    cannot be written, the save itself still goes ahead."""
    path = Path(path)
    if path.is_symlink():  # write where the link points, and keep the link
        path = path.resolve()
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = _write_temporary(path, folder, data)
    try:
        # Keep the permissions of the file being replaced (mkstemp makes it 0600).
        with contextlib.suppress(OSError):
            mode = path.stat().st_mode if path.exists() else 0o666 & ~_umask()
            os.chmod(tmp_name, mode & 0o7777)
        if backup:
            _keep_backup(path, folder, data)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)
    _remove_stale_temporaries(path, folder)


def write_file(path: str | Path, data: bytes, *, backup: bool = False) -> None:
    """`atomic_write`, with a failure said as `OrgFileError` ("the file cannot be written: …"),
    as every writer of a chart or an export reports it."""
    try:
        atomic_write(Path(path), data, backup=backup)
    except OSError as error:
        raise OrgFileError(path, "", f"the file cannot be written: {error.strerror or error}") from None


def backup_path(path: Path) -> Path:
    """Where `atomic_write` keeps the previous version of ``path`` (beside the real file)."""
    path = Path(path)
    real = path.resolve() if path.is_symlink() else path
    return real.with_name(real.name + ".bak")


def _write_temporary(path: Path, folder: Path, data: bytes) -> str:
    """A hidden, fsynced temporary file beside ``path`` holding ``data``; its name."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def _keep_backup(path: Path, folder: Path, data: bytes) -> None:
    """Copy the current file to ``NAME.bak`` atomically (a copy, not a hard link: the
    backup must not change when something later edits the file in place)."""
    try:
        if not path.is_file():
            return  # nothing to keep (a first save), or not a file the save could replace
        old = path.read_bytes()
        if old == data:
            return  # a save without changes: the older backup stays the useful one
        bak = path.with_name(path.name + ".bak")
        tmp_name = _write_temporary(bak, folder, old)
        try:
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, path.stat().st_mode & 0o7777)
            os.replace(tmp_name, bak)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
    except OSError:
        pass  # e.g. NAME.bak is a folder, or the disk is full: the save matters more


def _remove_stale_temporaries(path: Path, folder: Path) -> None:
    """Remove ``.NAME.*.tmp`` and ``.NAME.bak.*.tmp`` files older than `STALE_AFTER`:
    what writes of this target left behind when their process was killed."""
    own = re.compile(rf"\.{re.escape(path.name)}\.(?:bak\.)?[a-z0-9_]+\.tmp")
    prefix = f".{path.name}."
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.startswith(prefix) or not own.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > STALE_AFTER:
                    os.unlink(entry.path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform allows opening a folder.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
