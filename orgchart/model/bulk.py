"""Help for building or reading large charts in one go."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector. Loading or laying out a large chart makes
    hundreds of thousands of objects and frees none; without this the collector's repeated
    full passes make that work grow faster than the chart."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
