"""Progress of long reads (and exports): a hook the caller passes, and how it stops the work.

A `Progress` hook is called as ``hook(phase, done)``: ``phase`` one of `PHASES` (a word for
the caller to put in its own words), ``done`` the fraction of the whole work done so far
(0 to 1, never falling). Readers call it a few times per phase, and inside long loops every
`EVERY` rows, never per row; without a hook they skip all of it. To stop the work, the hook
raises `Cancelled`: the reader lets it through and returns nothing, so no half-read chart
is left anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: ``hook(phase, done)``: see the module's docstring
Progress = Callable[[str, float], None]

#: the bytes of the file are read
READING = "reading"
#: the text is parsed (JSON, XML, CSV rows, a sheet's cells)
PARSING = "parsing"
#: the file's content is checked against the format
CHECKING = "checking"
#: the chart is built from what the file holds
BUILDING = "building"
#: (an export) the chart is laid out
LAYING_OUT = "laying out"
#: (an export) the picture is painted
DRAWING = "drawing"
#: (an export) the content of a data file is made
PREPARING = "preparing"
#: (an export) the file is written: from here on, the work is not cancelled (a caller that
#: is told this phase lets it finish rather than leave a file half written)
WRITING = "writing"
PHASES = (READING, PARSING, CHECKING, BUILDING, LAYING_OUT, DRAWING, PREPARING, WRITING)

#: rows between two reports inside a loop (a power of two: ``not i & (EVERY - 1)``)
EVERY = 4096
MASK = EVERY - 1


class Cancelled(BaseException):
    """Raised by a `Progress` hook to stop the work it follows. A `BaseException`, like
    `KeyboardInterrupt`, so that no reader's ``except Exception`` (around a parser that
    raises anything for a broken file) takes it for a broken file."""


def span(progress: Progress | None, start: float, end: float) -> Progress | None:
    """A hook for a part of the work: its 0 to 1 is ``start`` to ``end`` of ``progress``
    (None without one), so a reader can hand its parser a hook of its own."""
    if progress is None:
        return None
    width = end - start

    def part(phase: str, done: float) -> None:
        progress(phase, start + width * min(max(done, 0.0), 1.0))

    return part


class Phases:
    """A piece of work in phases, each with a share of the whole (their weights)."""

    def __init__(self, progress: Progress | None, weights: Sequence[tuple[str, float]]) -> None:
        self.progress = progress
        total = sum(weight for _, weight in weights) or 1.0
        self.ranges: dict[str, tuple[float, float]] = {}
        at = 0.0
        for phase, weight in weights:
            self.ranges[phase] = (at, at + weight / total)
            at += weight / total

    def __call__(self, phase: str, part: float = 0.0) -> None:
        """Report being ``part`` (0 to 1) through ``phase``."""
        if self.progress is not None:
            start, end = self.ranges[phase]
            self.progress(phase, start + (end - start) * min(max(part, 0.0), 1.0))

    def within(self, phase: str) -> Progress | None:
        """A hook for the whole of ``phase`` (for a function that reports on its own)."""
        return span(self.progress, *self.ranges[phase])

    def done(self) -> None:
        """Report the end of the work."""
        if self.progress is not None:
            last = next(reversed(self.ranges))
            self.progress(last, 1.0)
