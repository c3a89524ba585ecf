"""A coarse grid over a chart's geometry, to find the cards and lines near a box (what a
screen shows, or the point under the mouse) without looking at all of them."""

from __future__ import annotations

from collections.abc import Iterable

#: the grid's cell size in chart units: a few cards wide, so a card meets one to four cells
CELL = 512.0

Box = tuple[float, float, float, float]  # left, top, right, bottom
#: an item meeting more cells than this is kept in a list of its own, looked at every time
WIDE = 64


class SpatialIndex:
    """Items, known by their position in the list they were given in, bucketed by the grid
    cells their boxes meet."""

    def __init__(self, boxes: Iterable[Box], cell: float = CELL) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[int]] = {}
        #: items too large to bucket (a reporting line across a wide chart): always near
        self.wide: list[int] = []
        cells = self.cells
        for k, (left, top, right, bottom) in enumerate(boxes):
            x0, x1 = int(left // cell), int(right // cell)
            y0, y1 = int(top // cell), int(bottom // cell)
            if (x1 - x0 + 1) * (y1 - y0 + 1) > WIDE:
                self.wide.append(k)
                continue
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    bucket = cells.get((x, y))
                    if bucket is None:
                        cells[(x, y)] = [k]
                    else:
                        bucket.append(k)

    def near(self, box: Box) -> list[int]:
        """The items whose cells meet ``box``'s cells, in their original order (a superset
        of those that meet the box itself)."""
        left, top, right, bottom = box
        c = self.cell
        x0, x1 = int(left // c), int(right // c)
        y0, y1 = int(top // c), int(bottom // c)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(self.cells):  # a box over most of the chart
            found: set[int] = set(self.wide)
            for (x, y), bucket in self.cells.items():
                if x0 <= x <= x1 and y0 <= y <= y1:
                    found.update(bucket)
            return sorted(found)
        found = set(self.wide)
        get = self.cells.get
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                here = get((x, y))
                if here:
                    found.update(here)
        return sorted(found)
