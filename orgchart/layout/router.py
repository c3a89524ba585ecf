"""Dotted lines routed around the cards, after the layout, in abstract (breadth, depth) terms.

A dotted line that ran straight behind unrelated cards would make them look linked. The
router searches a sparse orthogonal grid (lines through the free channels beside the cards
near the line's ends) for the route with the least length and bends that passes no card.
Ends sit off the middle of a card's side, where reporting lines meet it, and a line avoids
running along one routed before it. Far-reaching lines in very large charts, where the
search area would hold too many cards, get a simple elbow instead (drawn beneath the cards,
so it still hides none).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from heapq import heappop, heappush
from operator import itemgetter

from orgchart.layout.block import Box
from orgchart.layout.ports import (
    CLEAR_B,
    CLEAR_D,
    DOWN,
    LEFT,
    RIGHT,
    UP,
    APoint,
    Dir,
    has_room,
    open_ports,
    ports,
)
from orgchart.layout.runs import Borders, Spans, beside, runs_in, spans_at

_State = tuple[int, int, Dir]
_Area = tuple[float, float, float, float]  # b0, d0, b1, d1

#: a bend costs as much as this much length: prefer few bends
BEND = 40.0
#: running along another dotted line costs this much more per unit of length
SHARED = 2.0
#: ... and along a team frame's border, this much more (see `Borders`)
ON_FRAME = 1.0
#: how much the search trusts its estimate of the way left (1: always the shortest route)
GREED = 1.5
#: how far around the two ends the search may go, at first and at most
WINDOW, MAX_WINDOW = 160.0, 1440.0
#: above this many cards in the search area the simple elbow is used
MAX_CARDS = 600
#: a search that has looked at this many places gives up (the elbow is used): it bounds the
#: time one line can take in a crowded chart
MAX_STEPS = 5000

#: the four directions; a direction and its opposite differ only in the last bit
_STEPS = (UP, DOWN, LEFT, RIGHT)
#: arrived in a direction (its index): the steps on, as (index, db, dd): all but turning back
_ONWARD = tuple(
    tuple((step, *_STEPS[step]) for step in range(4) if step != heading ^ 1) for heading in range(4)
)


class CardIndex:
    """Cards sorted along the breadth, to find those near a place quickly (a chart has far
    fewer rows than cards in a row, so a slice along the breadth holds few cards)."""

    def __init__(self, boxes: dict[str, Box]) -> None:
        self.boxes = sorted(boxes.values(), key=itemgetter(0))  # by b
        self.starts = [box[0] for box in self.boxes]
        self.widest = max(map(itemgetter(2), self.boxes), default=0.0)  # the greatest bs

    def within(self, b0: float, d0: float, b1: float, d1: float, limit: int) -> list[Box] | None:
        """Every card that meets the area; None if there are more than ``limit``."""
        lo = bisect_left(self.starts, b0 - self.widest)
        hi = bisect_right(self.starts, b1)
        found: list[Box] = []
        for box in self.boxes[lo:hi]:
            if box.b < b1 and b0 < box.b_end and box.d < d1 and d0 < box.d_end:
                found.append(box)
                if len(found) > limit:
                    return None
        return found


#: a search's inputs relative to its area, and its result: (the area's corner, the route)
Searches = dict[tuple[object, ...], tuple[APoint, "list[APoint] | None"]]


class DottedRouter:
    """Routes the dotted lines of one layout, one after another.

    ``earlier``: the searches of the previous layout of the same chart (`searches` after it
    ran). A search whose area holds the same cards, ends, earlier lines and `Borders` (frame
    borders and headers, buses, tracks), all moved by the same even whole numbers, gives the
    same route moved likewise, so it is not run again. (Even:
    the runs of earlier lines are grouped by rounded position, and rounding halves to even
    is the same after such a move; the sums of card sizes and gaps are exact in binary.)"""

    def __init__(
        self,
        cards: dict[str, Box],
        earlier: Searches | None = None,
        limits: _Area | None = None,
        index: CardIndex | None = None,
        frames: list[Box] | None = None,
        buses: list[tuple[float, float, float]] | None = None,
        headers: list[Box] | None = None,
        detours: list[list[APoint]] | None = None,
    ) -> None:
        """``limits``: routes stay inside this area (the chart and its margin), so that a dotted
        line never makes the picture grow above or left of the cards, which would move them.
        ``index``: the cards' `CardIndex`, if one was made already. ``frames``: the teams'
        frames, whose borders the lines keep off where they can, as the reporting lines'
        ``buses`` and ``detours`` and the frames' ``headers`` (see `Borders`)."""
        self.index = index or CardIndex(cards)
        self.borders = Borders.of(frames or (), buses or (), headers or (), detours or ())
        self.limits = limits
        self.earlier: Searches = earlier or {}
        self.searches: Searches = {}
        #: how many searches ran (were not taken from the earlier ones)
        self.searched = 0
        # Cards per unit of area, to skip at once a search area that must hold too many.
        boxes = self.index.boxes
        span = (
            (max([b + bs for b, _, bs, _ in boxes]) - self.index.starts[0])
            * (max([d + ds for _, d, _, ds in boxes]) - min(map(itemgetter(1), boxes)))
            if boxes
            else 0.0
        )
        self.density = len(cards) / span if span > 0 else 0.0
        #: routed so far: rounded depth -> breadth spans of runs along b, and the reverse
        self.along_b: dict[int, Spans] = {}
        self.along_d: dict[int, Spans] = {}
        #: their keys, sorted
        self.at_b: list[int] = []
        self.at_d: list[int] = []

    def route(
        self, source: Box, target: Box, label: float = 0.0, *, sideways: bool = False
    ) -> list[APoint] | None:
        """An orthogonal route from a side of ``source`` to a side of ``target`` that keeps
        (`CLEAR_B`, `CLEAR_D`) away from every card, or None if there is none nearby.

        A line with a label ``label`` wide gets room for it if it can: a level run that long,
        or an upright run of `UPRIGHT_ROOM` (the label, level, sits across it). Two
        neighbouring cards joined side to side leave no room, so such a line goes round.
        ``sideways``: the chart runs left to right, so runs along the breadth are upright."""
        route = self._route(source, target, sides=(UP, DOWN, LEFT, RIGHT))
        if route is not None and label and not has_room(route, label, sideways):
            longer = self._route(source, target, sides=(UP, DOWN))
            if longer is not None and has_room(longer, label, sideways):
                route = longer
        if route is not None:
            self._remember(route)
        return route

    def _route(self, source: Box, target: Box, sides: tuple[Dir, ...]) -> list[APoint] | None:
        margin = WINDOW
        while margin <= MAX_WINDOW:
            area = (
                min(source.b, target.b) - margin,
                min(source.d, target.d) - margin,
                max(source.b_end, target.b_end) + margin,
                max(source.d_end, target.d_end) + margin,
            )
            if self.limits is not None:
                lb, ld, _, _ = self.limits
                area = (max(area[0], lb), max(area[1], ld), area[2], area[3])
            if (area[2] - area[0]) * (area[3] - area[1]) * self.density > 4 * MAX_CARDS:
                return None  # about four times too many cards: no need to count them
            cards = self.index.within(*area, MAX_CARDS)
            if cards is None:
                return None
            route = self._search(source, target, cards, area, sides)
            if route is not None:
                return route
            margin *= 3
        return None

    def _search(
        self, source: Box, target: Box, cards: list[Box], area: _Area, sides: tuple[Dir, ...]
    ) -> list[APoint] | None:
        b0, d0 = area[0], area[1]

        def rel(box: Box) -> tuple[float, float, float, float]:
            return (box.b - b0, box.d - d0, box.bs, box.ds)

        borders = self.borders.within(area)
        key = (
            sides,
            (area[2] - b0, area[3] - d0),
            (rel(source), rel(target)),
            tuple(map(rel, cards)),
            borders.key(b0, d0),
            self._runs(area),
        )
        kept = self.earlier.get(key)
        if kept is not None:
            (kb, kd), route = kept
            if (kb, kd) == (b0, d0):
                self.searches[key] = kept
                return route
            if _even(b0 - kb) and _even(d0 - kd):
                db, dd = b0 - kb, d0 - kd
                route = None if route is None else [(b + db, d + dd) for b, d in route]
                self.searches[key] = ((b0, d0), route)
                return route
        route = _Search(self, source, target, cards, borders, area, sides).run()
        if route is None:  # sides by a narrow gap, where nothing else is free (a compact stack)
            route = _Search(self, source, target, cards, borders, area, sides, spare_gaps=False).run()
        self.searched += 1
        self.searches[key] = ((b0, d0), route)
        return route

    def _runs(self, area: _Area) -> tuple[object, ...]:
        """The earlier lines' runs that a search in ``area`` can meet, relative to its corner."""
        b0, d0, b1, d1 = area
        if not self.along_b and not self.along_d:
            return ()
        return (
            runs_in(self.along_b, self.at_b, (d0, d1), (b0, b1)),
            runs_in(self.along_d, self.at_d, (b0, b1), (d0, d1)),
        )

    def _remember(self, route: list[APoint]) -> None:
        for (b1, d1), (b2, d2) in zip(route, route[1:], strict=False):
            if abs(d1 - d2) < 1e-9:
                spans_at(self.along_b, self.at_b, round(d1)).add(min(b1, b2), max(b1, b2))
            else:
                spans_at(self.along_d, self.at_d, round(b1)).add(min(d1, d2), max(d1, d2))

    def shared(self, a: APoint, b: APoint) -> float:
        """How much of the step from ``a`` to ``b`` runs along a line routed before."""
        if abs(a[1] - b[1]) < 1e-9:
            lo, hi = (a[0], b[0]) if a[0] < b[0] else (b[0], a[0])
            return beside(self.along_b, self.at_b, a[1], lo, hi)
        lo, hi = (a[1], b[1]) if a[1] < b[1] else (b[1], a[1])
        return beside(self.along_d, self.at_d, a[0], lo, hi)


class _Search:
    """A* over (grid column, grid row, direction of arrival)."""

    def __init__(
        self,
        router: DottedRouter,
        source: Box,
        target: Box,
        cards: list[Box],
        borders: Borders,
        area: tuple[float, float, float, float],
        sides: tuple[Dir, ...],
        *,
        spare_gaps: bool = True,
    ) -> None:
        """``borders``: the frames' borders and the buses inside ``area``, kept off where
        there is room, with a track to either side of each. ``spare_gaps``: leave out the
        ports `open_ports` would rather not use."""
        self.router, self.source, self.target = router, source, target
        if spare_gaps:
            self.starts = open_ports(source, target, cards, sides)
            self.goals = open_ports(target, source, cards, sides)
        else:
            self.starts = [port for port in ports(source) if port[2] in sides]
            self.goals = [port for port in ports(target) if port[2] in sides]
        bs, ds = {area[0], area[2]}, {area[1], area[3]}
        for box in cards:
            bs.update((box.b - CLEAR_B, box.b_end + CLEAR_B))
            ds.update((box.d - CLEAR_D, box.d_end + CLEAR_D))
        for _, (b, d), _ in self.starts + self.goals:
            bs.add(b)
            ds.add(d)
        self.borders = borders
        across, along = borders.tracks
        bs.update(across)
        ds.update(along)
        # Only inside the area: beyond it are cards the search does not know about.
        self.xs = sorted(b for b in bs if area[0] <= b <= area[2])
        self.ys = sorted(d for d in ds if area[1] <= d <= area[3])
        self.col = {x: i for i, x in enumerate(self.xs)}
        self.row = {y: j for j, y in enumerate(self.ys)}
        self.cards = _Buckets([_grown(box) for box in cards])
        self.free: dict[tuple[int, int, int, int], bool] = {}

    def passable(self, i: int, j: int, k: int, m: int) -> bool:
        """Grid lines run along the cards' clearance, so a step is wholly inside or outside
        a grown card: its midpoint tells."""
        key = (i, j, k, m) if (i, j) < (k, m) else (k, m, i, j)
        ok = self.free.get(key)
        if ok is None:
            xs, ys = self.xs, self.ys
            ok = self.free[key] = not self.cards.covers((xs[i] + xs[k]) / 2, (ys[j] + ys[m]) / 2)
        return ok

    def stub(self, box: Box, port: APoint, out: Dir) -> float | None:
        """The cost of the short piece from a card's side to the grid, None if blocked."""
        length = CLEAR_D if out[1] else CLEAR_B
        middle = (port[0] + out[0] * length / 2, port[1] + out[1] * length / 2)
        if self.cards.covers_other(*middle, _grown(box)):
            return None
        end = (port[0] + out[0] * length, port[1] + out[1] * length)
        return length + SHARED * self.router.shared(port, end)

    def run(self) -> list[APoint] | None:
        xs, ys = self.xs, self.ys
        nx, ny = len(xs), len(ys)
        goal_at = {(self.col[b], self.row[d]): (port, out) for port, (b, d), out in self.goals}
        t = self.target
        tb0, td0, tb1, td1 = t.b - CLEAR_B, t.d - CLEAR_D, t.b_end + CLEAR_B, t.d_end + CLEAR_D

        def estimate(i: int, j: int) -> float:
            """The distance to the target's clearance, which every goal lies on, weighted:
            a route a little longer than the shortest is found much sooner."""
            x, y = xs[i], ys[j]
            dx = tb0 - x if x < tb0 else (x - tb1 if x > tb1 else 0.0)
            dy = td0 - y if y < td0 else (y - td1 if y > td1 else 0.0)
            return GREED * (dx + dy)

        # States are ints: (row * nx + column) * 4 + direction of arrival (an index into
        # _STEPS; opposite directions differ in the last bit). Step costs are cached per
        # grid step. Ties are broken by insertion order. Reaching a goal's grid point
        # queues the finished route (state -1 - its number), with a bend if the last step
        # does not already point into the card, so the cheapest finished route comes first.
        buckets, bucket = self.cards.cells, self.cards.CELL
        router = self.router
        along_b, along_d, at_b, at_d = router.along_b, router.along_d, router.at_b, router.at_d
        near = self.borders.near
        cost_of: dict[int, float] = {}
        heap: list[tuple[float, int, float, int]] = []
        best: dict[int, float] = {}
        came: dict[int, int] = {}
        finished: dict[int, tuple[int, APoint]] = {}
        count = 0
        for port, (b, d), out in self.starts:
            i, j = self.col[b], self.row[d]
            state = (j * nx + i) * 4 + _STEPS.index(out)
            cost = self.stub(self.source, port, out)
            if cost is not None and self.passable(i, j, i, j) and cost < best.get(state, 1e18):
                best[state], came[state] = cost, -1
                heappush(heap, (cost + estimate(i, j), count, cost, state))
                count += 1
        steps = 0
        while heap and steps < MAX_STEPS:
            steps += 1
            _, n, cost, state = heappop(heap)
            if state < 0:
                end, port = finished[n]
                return self._path(end, came, port, nx)
            if cost > best.get(state, 1e18):
                continue
            cell, heading = divmod(state, 4)
            j, i = divmod(cell, nx)
            goal = goal_at.get((i, j))
            if goal is not None and _STEPS[heading] != goal[1]:  # not turning back on itself
                port, out = goal
                last = self.stub(self.target, port, out)
                if last is not None:
                    inward = (-out[0], -out[1])
                    done = cost + last + (0.0 if _STEPS[heading] == inward else BEND)
                    finished[count] = (state, port)
                    heappush(heap, (done, count, done, -1))
                    count += 1
            for step, di, dj in _ONWARD[heading]:
                k, m = i + di, j + dj
                if not (0 <= k < nx and 0 <= m < ny):
                    continue
                # the step's key: the cell it starts from going right/down, and its axis
                i0, i1 = (i, k) if i < k else (k, i)
                j0, j1 = (j, m) if j < m else (m, j)
                key = ((j0 * nx + i0) << 1) | (1 if dj else 0)
                length = cost_of.get(key)
                if length is None:
                    # The step's cost, found once per step (written out here: this runs for
                    # every step the search looks at): its length, more where it runs along
                    # an earlier line; -1 if it crosses a card. Grid lines run along the
                    # cards' clearance, so a step is wholly inside or outside a grown card:
                    # its midpoint tells.
                    x0, x1, y0, y1 = xs[i0], xs[i1], ys[j0], ys[j1]
                    b, d = (x0 + x1) / 2, (y0 + y1) / 2
                    for r in buckets.get((int(b // bucket), int(d // bucket)), ()):
                        if r[0] < b < r[2] and r[1] < d < r[3]:
                            length = -1.0
                            break
                    else:
                        level = abs(y0 - y1) < 1e-9
                        if level:
                            at, lo, hi = y0, x0, x1
                            shared = beside(along_b, at_b, at, lo, hi) if along_b else 0.0
                        else:
                            at, lo, hi = x0, y0, y1
                            shared = beside(along_d, at_d, at, lo, hi) if along_d else 0.0
                        length = hi - lo + SHARED * shared + ON_FRAME * near(level, at, lo, hi)
                    cost_of[key] = length
                if length < 0:
                    continue
                new = cost + length + (BEND if step != heading else 0.0)
                nxt = (m * nx + k) * 4 + step
                if new < best.get(nxt, 1e18):
                    best[nxt], came[nxt] = new, state
                    x, y = xs[k], ys[m]  # as `estimate`, written out
                    dx = tb0 - x if x < tb0 else (x - tb1 if x > tb1 else 0.0)
                    dy = td0 - y if y < td0 else (y - td1 if y > td1 else 0.0)
                    heappush(heap, (new + GREED * (dx + dy), count, new, nxt))
                    count += 1
        return None

    def _path(self, end: int, came: dict[int, int], target_port: APoint, nx: int) -> list[APoint]:
        cells: list[tuple[int, int]] = []
        state = end
        while state >= 0:
            j, i = divmod(state // 4, nx)
            cells.append((i, j))
            state = came[state]
        cells.reverse()
        points = [(self.xs[i], self.ys[j]) for i, j in cells]
        port = next(p for p, stub, _ in self.starts if stub == points[0])
        return straighten([port, *points, target_port])


def _even(shift: float) -> bool:
    return shift % 2 == 0


def _grown(box: Box) -> tuple[float, float, float, float]:
    """The card and a little less than the clearance around it."""
    cb, cd = CLEAR_B - 0.5, CLEAR_D - 0.5
    return (box.b - cb, box.d - cd, box.b_end + cb, box.d_end + cd)


def straighten(points: list[APoint]) -> list[APoint]:
    """Drop repeated points and the middle point of every straight run."""
    out: list[APoint] = []
    for point in points:
        if out and abs(out[-1][0] - point[0]) < 1e-9 and abs(out[-1][1] - point[1]) < 1e-9:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (abs(ax - bx) < 1e-9 and abs(bx - point[0]) < 1e-9) or (
                abs(ay - by) < 1e-9 and abs(by - point[1]) < 1e-9
            ):
                out[-1] = point
                continue
        out.append(point)
    return out


class _Buckets:
    """Rectangles (b0, d0, b1, d1) in a grid, for point-in-rectangle tests."""

    CELL = 128.0

    def __init__(self, rects: list[tuple[float, float, float, float]]) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        c = self.CELL
        for rect in rects:
            for i in range(int(rect[0] // c), int(rect[2] // c) + 1):
                for j in range(int(rect[1] // c), int(rect[3] // c) + 1):
                    self.cells.setdefault((i, j), []).append(rect)

    def covers(self, b: float, d: float) -> bool:
        return self.covers_other(b, d, None)

    def covers_other(self, b: float, d: float, own: tuple[float, float, float, float] | None) -> bool:
        """Inside a rectangle other than ``own``."""
        c = self.CELL
        return any(
            r[0] < b < r[2] and r[1] < d < r[3] and r != own
            for r in self.cells.get((int(b // c), int(d // c)), ())
        )
