"""A progress line for long commands on a terminal:

    orgchart export:  37% [#######-------------] drawing the chart

written to stderr, rewritten in place (``\\r``) and cleared before anything else is printed
and at the end, so the terminal ends up showing exactly what it would without it. Only when
stderr is a terminal: into a file or a pipe (scripts, CI, the tests) nothing changes. Nor for
work that ends within `SHOW_AFTER` seconds: a small file shows no line at all.

The line follows an `orgchart.io.progress.Progress` hook's reports; `part` gives a step of
a longer command (reading, then drawing) its share of the bar.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

from orgchart.io.progress import Progress, span

#: seconds of work before the line appears
SHOW_AFTER = 0.4
#: seconds between two rewrites of the line
EVERY = 0.1
BAR = 20

#: what the line says for each phase of `orgchart.io.progress.PHASES`
WORDS = {
    "reading": "reading {name}",
    "parsing": "reading {name}",
    "checking": "checking {name}",
    "building": "building the chart",
    "laying out": "laying out the chart",
    "drawing": "drawing the chart",
    "preparing": "preparing {name}",
    "writing": "writing {name}",
}


class ProgressLine:
    """The line of one command (``command``: how it names itself, "orgchart export"); a
    context manager that clears the line at the end, however the command ends."""

    def __init__(self, command: str, stream: TextIO | None = None) -> None:
        self.command = command
        self.stream = sys.stderr if stream is None else stream
        self.on = _is_terminal(self.stream)
        self.name = ""
        self.started = time.monotonic()
        self.last = 0.0
        self.done = 0.0
        self.shown = 0  # characters of the line on the terminal now

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *_: object) -> None:
        self.clear()

    def part(self, start: float, end: float, name: str = "") -> Progress | None:
        """A hook for one step of the command, ``start`` to ``end`` of the bar, about the
        file ``name``; None (no hook, no cost) when there is no terminal to show it on."""
        if not self.on:
            return None
        self.name = name or self.name
        return span(self, start, end)

    def __call__(self, phase: str, done: float) -> None:
        """Report ``done`` (0 to 1) of the whole command, now in ``phase``."""
        if not self.on:
            return
        self.done = max(self.done, done)
        now = time.monotonic()
        if now - self.started < SHOW_AFTER or now - self.last < EVERY:
            return
        self.last = now
        self._write(self._text(phase))

    def step(self, phase: str, done: float, name: str = "") -> None:
        """The start of a step that reports nothing on its way (laying out, drawing)."""
        self.name = name or self.name
        self.last = 0.0  # shown now, however recent the last line
        self(phase, done)

    def clear(self) -> None:
        """Take the line off the terminal (before printing anything else)."""
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0

    def _text(self, phase: str) -> str:
        filled = round(self.done * BAR)
        words = WORDS.get(phase, phase).format(name=self.name)
        text = f"{self.command}: {self.done:4.0%} [{'#' * filled}{'-' * (BAR - filled)}] {words}"
        width = shutil.get_terminal_size((80, 24)).columns - 1  # a line that wraps cannot be rewritten
        return text if len(text) <= width else text[: max(width - 3, 0)] + "..."

    def _write(self, text: str) -> None:
        padding = " " * max(self.shown - len(text), 0)  # what is left of a longer line
        self.stream.write("\r" + text + padding)
        self.stream.flush()
        self.shown = len(text)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or a closed stream
        return False
