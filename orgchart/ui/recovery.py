"""Recovery copies: where the editor keeps a chart with unsaved changes, so that a crash loses
at most a few seconds of work.

A copy is two files in the app-data folder's ``recovery`` subfolder (never beside the user's
file): ``PID-SERIAL.chart.json``, the chart in the native format (written atomically), and
``PID-SERIAL.meta.json``, what the copy is (the file it belongs to, when it was written, the
process that wrote it). The metadata is written after the chart, so a copy with metadata is
complete. A process only writes its own names (its id and the window's serial), and a copy is
offered for recovery only when the process that wrote it is gone.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from orgchart.io.atomic import atomic_write
from orgchart.model import OrgChart, ViewSettings

FORMAT = "orgchart-recovery"
VERSION = 1


def recovery_folder() -> Path:
    """The platform's app-data folder for this program, subfolder ``recovery``."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class Recovery:
    """One recovery copy, as its metadata describes it."""

    chart_file: Path
    meta_file: Path
    pid: int
    started: str | None  # when the process started, as the system counts (tells a reused pid)
    written: datetime
    original: Path | None  # the chart's file; None for a chart never saved
    imported_from: Path | None  # the HR export an unsaved chart came from
    original_sha256: str | None  # the original file's content as the editor last read or wrote it
    title: str

    @property
    def file_name(self) -> str:
        """The name of the file the chart belongs to ("" for an untitled chart)."""
        source = self.original or self.imported_from
        return source.name if source else ""


class RecoveryStore:
    """The recovery copies in one folder (by default `recovery_folder`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else recovery_folder()

    def write(
        self,
        serial: int,
        chart: OrgChart,
        view: ViewSettings | None = None,
        *,
        original: Path | None = None,
        imported_from: Path | None = None,
        original_sha256: str | None = None,
    ) -> Recovery:
        """Write (or replace) this process's copy number ``serial``; `OSError` if it cannot
        be written."""
        self.folder.mkdir(parents=True, exist_ok=True)
        key = f"{os.getpid()}-{serial}"
        chart_file, meta_file = self.folder / f"{key}.chart.json", self.folder / f"{key}.meta.json"
        from orgchart.io import dumps  # the file format, loaded with the first copy

        # Not `save`: a recovery copy needs no backup of the copy before it.
        atomic_write(chart_file, dumps(chart, view).encode("utf-8"))
        meta = {
            "format": FORMAT,
            "version": VERSION,
            "pid": os.getpid(),
            "started": process_started(os.getpid()),
            "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "original": str(original) if original else None,
            "imported_from": str(imported_from) if imported_from else None,
            "original_sha256": original_sha256,
            "title": chart.name,
            "chart": chart_file.name,
        }
        atomic_write(meta_file, (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        return _entry(meta_file)  # type: ignore[return-value]  # just written

    def entries(self) -> list[Recovery]:
        """Every complete copy in the folder, oldest first (unreadable metadata is skipped)."""
        found = [_entry(meta) for meta in sorted(self.folder.glob("*.meta.json"))]
        return sorted((e for e in found if e is not None), key=lambda e: e.written)

    def stale(self) -> list[Recovery]:
        """The copies whose process is gone: a crash, or a kill. These are offered."""
        return [e for e in self.entries() if not process_alive(e.pid, e.started)]

    def remove(self, entry: Recovery) -> None:
        for file in (entry.meta_file, entry.chart_file):  # metadata first: never half offered
            with contextlib.suppress(FileNotFoundError):
                file.unlink()


def _entry(meta_file: Path) -> Recovery | None:
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            return None
        chart_file = meta_file.with_name(meta["chart"])
        if chart_file.parent != meta_file.parent or not chart_file.is_file():
            return None
        written = datetime.fromisoformat(meta["written"])
        return Recovery(
            chart_file=chart_file,
            meta_file=meta_file,
            pid=int(meta["pid"]),
            started=meta.get("started"),
            written=written if written.tzinfo else written.replace(tzinfo=timezone.utc),
            original=Path(meta["original"]) if meta.get("original") else None,
            imported_from=Path(meta["imported_from"]) if meta.get("imported_from") else None,
            original_sha256=meta.get("original_sha256"),
            title=str(meta.get("title") or ""),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def process_started(pid: int) -> str | None:
    """When process ``pid`` started, in clock ticks since boot (Linux; None elsewhere): with
    the pid it names one process, even after the pid is reused (a container's first pids)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()  # the command name may hold spaces
    return fields[19] if len(fields) > 19 else None


def process_alive(pid: int, started: str | None = None) -> bool:
    """Whether the process ``pid`` (that started at ``started``, if known) still runs."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: it runs
    except OSError:
        return False
    now = process_started(pid)
    return started is None or now is None or now == started


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
