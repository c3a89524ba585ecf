"""What a layout produces: plain rectangles and polylines, no Qt, ready to paint."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from orgchart.layout.spatial import Box, SpatialIndex

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
    # Built on first use (a geometry is not changed after the layout made it).
    _card_list: list[CardBox] | None = field(default=None, repr=False, compare=False)
    _card_index: SpatialIndex | None = field(default=None, repr=False, compare=False)
    _line_index: SpatialIndex | None = field(default=None, repr=False, compare=False)
    _line_boxes: list[Box] | None = field(default=None, repr=False, compare=False)
    _searches: int = field(default=0, repr=False, compare=False)

    def cards_near(self, box: Box) -> list[CardBox]:
        """The cards that meet ``box`` (left, top, right, bottom), in layout order."""
        if self._card_list is None:
            self._card_list = list(self.cards.values())
        cards = self._card_list
        self._searches += 1
        if len(cards) < INDEXED_FROM or (self._card_index is None and self._searches < 3):
            # The first searches (the first paint of a new layout) look at every card: a
            # geometry that is replaced at once (an edit, then the next) never pays for an index.
            candidates: list[CardBox] = cards
        else:
            if self._card_index is None:
                self._card_index = SpatialIndex(
                    (c.rect.x, c.rect.y, c.rect.right, c.rect.bottom) for c in cards
                )
            candidates = [cards[k] for k in self._card_index.near(box)]
        left, top, right, bottom = box
        return [
            c
            for c in candidates
            if c.rect.x <= right
            and left <= c.rect.x + c.rect.w
            and c.rect.y <= bottom
            and top <= c.rect.y + c.rect.h
        ]

    def placed(self, role_id: str) -> tuple[str | None, str | None]:
        """Where the role's card is: the manager its reporting line comes from (None: none
        drawn) and its team (None: no card), for code that asks after the role is gone."""
        card = self.cards.get(role_id)
        manager = next(
            (line.source for line in self.lines if line.target == role_id and line.kind is LineKind.REPORTS),
            None,
        )
        return manager, card.team_id if card is not None else None

    def lines_near(self, box: Box) -> list[Line]:
        """The lines whose extent meets ``box``, in layout order."""
        lines = self.lines
        if self._line_boxes is None:
            self._line_boxes = [_extent(line) for line in lines]
        boxes = self._line_boxes
        self._searches += 1
        if len(lines) < INDEXED_FROM or (self._line_index is None and self._searches < 3):
            return [line for line, extent in zip(lines, boxes, strict=True) if _meets(extent, box)]
        if self._line_index is None:
            self._line_index = SpatialIndex(boxes)
        return [lines[k] for k in self._line_index.near(box) if _meets(boxes[k], box)]


#: below this many cards or lines a search looks at each (an index costs more to build)
INDEXED_FROM = 1000


def _extent(line: Line) -> Box:
    if not line.points:
        return (0.0, 0.0, -1.0, -1.0)  # meets nothing
    xs, ys = zip(*line.points, strict=True)
    return (min(xs), min(ys), max(xs), max(ys))


def _meets(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
