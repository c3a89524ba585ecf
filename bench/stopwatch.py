"""Timing a function where it is called: the benchmarks wrap the steps they report on."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def stopwatch(owner: Any, name: str, record: Callable[[float, float], None]) -> None:
    """Replace ``owner.name`` with a function that calls it and tells ``record`` when each
    call started and ended (``time.perf_counter``), also when it raised."""
    original = getattr(owner, name)

    def timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            record(start, time.perf_counter())

    setattr(owner, name, timed)
