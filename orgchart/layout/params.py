"""Options of the chart layout, and how big a card or a label is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from orgchart.model import Direction, Role


class Measure(Protocol):
    """Sizes of what will be painted; the painting code supplies one from real font metrics."""

    def card(self, role: Role, hidden: int) -> tuple[float, float]:
        """Width and height of the role's card (``hidden``: roles collapsed below it)."""
        ...

    def label(self, text: str) -> float:
        """Width of a team's name in a frame header."""
        ...


class EstimatedMeasure:
    """A font-free estimate: fixed-width cards, height from the title's length."""

    def __init__(self, width: float = 180.0, line: float = 16.0, char: float = 7.0) -> None:
        self.width, self.line, self.char = width, line, char

    def card(self, role: Role, hidden: int) -> tuple[float, float]:
        per_line = max(1, int((self.width - 16) / self.char))
        lines = -(-len(role.title) // per_line) + 1
        return self.width, 20 + lines * self.line

    def label(self, text: str) -> float:
        return len(text) * self.char


@dataclass(frozen=True)
class LayoutParams:
    """``compact`` stacks a manager's leaf roles in columns wherever a team's layout
    preference is ``auto``; ``collapsed`` roles and those deeper than ``max_depth`` levels
    (1: the top roles only) are hidden and counted on the card above them; ``header_room``:
    width a team's header needs beside its name (team id -> width: figures shown after it)."""

    direction: Direction = Direction.TOP_DOWN
    compact: bool = False
    collapsed: frozenset[str] = field(default_factory=frozenset)
    max_depth: int | None = None
    sibling_gap: float = 20.0
    subtree_gap: float = 36.0
    level_gap: float = 44.0
    stack_gap: float = 12.0
    stack_indent: float = 18.0
    frame_padding: float = 14.0
    frame_header: float = 28.0
    margin: float = 24.0
    header_room: Mapping[str, float] = field(default_factory=dict, hash=False)
