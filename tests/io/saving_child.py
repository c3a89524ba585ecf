"""A fork server for test_save_kill.py: it builds two large charts once, then forks a child
for every save the test wants to kill, so each kill costs a save and not a start-up.

    python -m tests.io.saving_child FOLDER ROLES

Writes FOLDER/old.json and FOLDER/new.json (the two charts, saved without a .bak), prints
"ready", then reads commands from stdin:

    save PATH   fork a child that saves the new chart over PATH; prints the child's pid
    wait PID    wait for that child; prints "killed" or "exit CODE"

It runs in a process of its own (no Qt, no threads), so forking it is safe.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(folder: Path, roles: int) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import make_chart  # type: ignore[import-not-found]

    from orgchart.io import save

    old, new = make_chart(roles, seed=1), make_chart(roles, seed=2)
    save(old, folder / "old.json", backup=False)
    save(new, folder / "new.json", backup=False)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "save":
            pid = os.fork()
            if pid == 0:  # the child: one save, then out without running the parent's clean-up
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                code = 1
                try:
                    save(new, argument)
                    code = 0
                finally:
                    os._exit(code)
            print(pid, flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(argument), 0)
            killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            print("killed" if killed else f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
