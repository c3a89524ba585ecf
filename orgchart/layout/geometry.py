"""What a layout produces: plain rectangles and polylines, no Qt, ready to paint."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

Point = tuple[float, float]


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def overlaps(self, other: Rect, tolerance: float = 1e-6) -> bool:
        """True if the two share more than an edge."""
        return (
            self.x < other.right - tolerance
            and other.x < self.right - tolerance
            and self.y < other.bottom - tolerance
            and other.y < self.bottom - tolerance
        )


class LineKind(str, Enum):
    REPORTS = "reports"
    MATRIX = "matrix"
    WORKS_WITH = "works-with"


class CardBox(NamedTuple):
    """Where a role's card goes; ``hidden`` counts the roles collapsed below it."""

    role_id: str
    team_id: str
    rect: Rect
    hidden: int = 0


class FrameBox(NamedTuple):
    """A team's frame; ``header`` is the strip with its name; ``level`` 0 is a department."""

    team_id: str
    rect: Rect
    header: Rect
    level: int


class Line(NamedTuple):
    """An orthogonal line from ``source`` to ``target`` (role ids) through ``points``."""

    kind: LineKind
    source: str
    target: str
    points: tuple[Point, ...]
    label: str = ""


@dataclass
class Geometry:
    """A laid-out chart: cards by role id, frames (outer ones first), lines, and the bounds
    that hold all of them. Paint frames, then lines, then cards, so lines never hide a card."""

    cards: dict[str, CardBox] = field(default_factory=dict)
    frames: list[FrameBox] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    bounds: Rect = Rect(0, 0, 0, 0)
