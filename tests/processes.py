"""What tests that start processes of the editor ask of them (imported by child scripts too,
which run with the checkout as their folder)."""

from __future__ import annotations

import os


def children_left() -> bool:
    """Whether this process has a child it has not reaped (running or ended)."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return False
    return True
