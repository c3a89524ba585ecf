"""A save killed at any moment (SIGKILL: no clean-up runs) leaves the chart file either
exactly as it was or exactly as saved, and its .bak either as it was or the complete
previous file. Leftovers are hidden temporary files that a later save removes."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from orgchart.io import dumps, load
from orgchart.model import OrgChart, Team
from tests.conftest import ROOT

ROLES = 20_000  # a 3 MB file: serialising takes most of a save, the file work ~10-30 ms
FROM_START = 4  # kills spread over the whole save (most land before any file is touched)
IN_FILE_WORK = 14  # kills spread over the file work: from the temporary file's first sight
AFTER_CHANGE = 2  # kills as soon as the target changes (right after the rename)
POLL = 0.0005  # seconds between looks at the folder (the file work takes 10-30 ms)
TEMPORARY = re.compile(r"\.plan\.json\.(bak\.)?[a-z0-9_]+\.tmp")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


class Server:
    """The fork server of tests/io/saving_child.py."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def ask(self, line: str) -> str:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()


@contextmanager
def fork_server(folder: Path) -> Iterator[Server]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.io.saving_child", str(folder), str(ROLES)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout and process.stdout.readline().strip() == "ready"
        yield Server(process)
    finally:
        process.kill()
        process.wait(timeout=30)


def new_temporary(work: Path, before: set[str]) -> bool:
    return any(TEMPORARY.fullmatch(n) and ".bak." not in n for n in set(os.listdir(work)) - before)


def signature(path: Path) -> tuple[int, int, int]:
    """Changes when the file is replaced, and when it is written in place."""
    status = path.stat()
    return status.st_ino, status.st_size, status.st_mtime_ns


def file_work(server: Server, work: Path) -> tuple[float, float]:
    """Seconds from the child's start until its temporary file appears and until it is
    done, found by watching the folder during one save that is not killed."""
    assert server.process.stdin and server.process.stdout
    before = set(os.listdir(work))
    pid = int(server.ask(f"save {work / 'plan.json'}"))
    start = time.perf_counter()
    server.process.stdin.write(f"wait {pid}\n")
    server.process.stdin.flush()
    seen = None
    while not select.select([server.process.stdout], [], [], POLL)[0]:
        if seen is None and new_temporary(work, before):
            seen = time.perf_counter() - start
        assert time.perf_counter() - start < 60, "the save never finished"
    done = time.perf_counter() - start
    assert server.process.stdout.readline().strip() == "exit 0"
    return (seen if seen is not None else done), done


def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    target, bak = work / "plan.json", work / "plan.json.bak"
    stale = OrgChart("Stand von gestern")
    stale.add_team(Team("t", "Team"))
    older = dumps(stale).encode()
    with fork_server(tmp_path) as server:
        old, new = (tmp_path / "old.json").read_bytes(), (tmp_path / "new.json").read_bytes()
        assert old != new
        target.write_bytes(old)
        seen, done = file_work(server, work)
        assert target.read_bytes() == new and bak.read_bytes() == old
        span = max(done - seen, 0.002) * 1.3
        points = [("start", done * (i + 1) / FROM_START) for i in range(FROM_START)]
        points += [("temporary", span * i / (IN_FILE_WORK - 1)) for i in range(IN_FILE_WORK)]
        points += [("changed", 0.0005 * i) for i in range(AFTER_CHANGE)]
        outcomes, interrupted = [], 0
        for i, (trigger, delay) in enumerate(points):
            target.write_bytes(old)
            bak.unlink(missing_ok=True)
            if i % 2:
                bak.write_bytes(older)  # the backup of the save before
            before, unchanged = set(os.listdir(work)), signature(target)
            pid = int(server.ask(f"save {target}"))
            start = time.perf_counter()
            while trigger != "start" and signature(target) == unchanged:
                if trigger == "temporary" and new_temporary(work, before):
                    break
                if time.perf_counter() - start > 5 * done + 5:
                    break  # no temporary file, no change: the checks below will tell
                time.sleep(POLL)
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            status = server.ask(f"wait {pid}")
            assert status in ("killed", "exit 0")

            now = target.read_bytes()
            assert now in (old, new), f"kill {i} ({trigger} + {delay:.4f} s): the file is neither"
            backup = bak.read_bytes() if bak.exists() else None
            assert backup in ((older, old) if i % 2 else (None, old)), f"kill {i}: the .bak is broken"
            if now == new:
                assert backup == old, f"kill {i}: saved, but the previous file is not the .bak"
            leftovers = set(os.listdir(work)) - {"plan.json", "plan.json.bak"}
            assert all(TEMPORARY.fullmatch(n) for n in leftovers), leftovers
            outcomes.append("new" if now == new else "old")
            interrupted += bool(leftovers - before) or (now == old and backup == old)
        # The kills spanned the save: some before it took effect, some inside the file work
        # (a temporary file left behind, or the .bak already written), some after.
        assert outcomes[0] == "old" and outcomes[-1] == "new", outcomes
        assert interrupted >= 1, outcomes

        leftovers = [work / n for n in os.listdir(work) if TEMPORARY.fullmatch(n)]
        for path in leftovers:
            os.utime(path, (time.time() - 120, time.time() - 120))
        target.write_bytes(old)
        pid = int(server.ask(f"save {target}"))
        assert server.ask(f"wait {pid}") == "exit 0"
    assert sorted(os.listdir(work)) == ["plan.json", "plan.json.bak"]  # old leftovers removed
    saved = load(target)
    assert dumps(saved.chart, saved.view).encode() == new and saved.chart.role_count == ROLES
