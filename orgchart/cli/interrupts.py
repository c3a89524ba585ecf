"""Ctrl+C while Qt loads is held until it has loaded.

Python turns Ctrl+C into a `KeyboardInterrupt` at the next step of Python code, wherever that
is; inside the import of PySide6 that is in the middle of its binding layer setting itself
up, which then aborts the process ("Fatal Python error: libshiboken/signature"), fails the
import with a traceback, or swallows the interrupt (and the export goes on to overwrite its
file). Within `held`, Ctrl+C only notes that it was pressed; at its end the usual
`KeyboardInterrupt` is back, and raised at once if Ctrl+C was pressed meanwhile.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any


@contextmanager
def held() -> Iterator[None]:
    """Ctrl+C noted, not raised, until the block ends, where it would raise
    `KeyboardInterrupt` (in the main thread, where Python delivers signals)."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):  # (ignored, as in a script's background job, or handled by someone else: left so)
        yield
        return
    pressed: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        pressed.append(signum)

    previous: Any = signal.signal(signal.SIGINT, note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt
