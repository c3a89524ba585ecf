"""What a dotted line should not run along: the lines routed before it (`Spans` of their
runs), and the borders of the team frames and the buses of the reporting lines (`Borders`):
a dotted line on one of them reads as part of it, and at a small size cannot be told from it.
Nor through a frame's header, where it would strike through the team's name."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable

from orgchart.layout.block import Box

#: a run along a frame's border or a bus nearer to it than this seems to run on it
NEAR_FRAME = 6.0
#: a track for lines passing outside a frame, or beside a bus, this far from it
FRAME_TRACK = 7.0
#: an earlier dotted line nearer than this, alongside, is as good as run along: two dashed
#: lines closer together read as one
SIDE_BY_SIDE = 4.0

_Area = tuple[float, float, float, float]  # b0, d0, b1, d1


class Spans:
    """Disjoint intervals on a line, merged as they are added, sorted: how much of a
    stretch they cover is found by bisection, however many lines ran there before."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    @classmethod
    def of(cls, parts: Iterable[tuple[float, float]]) -> Spans:
        """Of disjoint ``parts``, sorted."""
        spans = cls()
        for lo, hi in parts:
            spans.starts.append(lo)
            spans.ends.append(hi)
        return spans

    def __bool__(self) -> bool:
        return bool(self.starts)

    def add(self, lo: float, hi: float) -> None:
        i = bisect_left(self.ends, lo)  # the first span that ends at or after lo
        j = bisect_right(self.starts, hi)  # spans i..j-1 touch [lo, hi]
        if i < j:
            lo, hi = min(lo, self.starts[i]), max(hi, self.ends[j - 1])
        self.starts[i:j] = [lo]
        self.ends[i:j] = [hi]

    def within(self, lo: float, hi: float, origin: float) -> tuple[tuple[float, float], ...]:
        """The parts of the spans inside [lo, hi], measured from ``origin``."""
        i = bisect_right(self.ends, lo)
        out = []
        while i < len(self.starts) and self.starts[i] < hi:
            out.append((max(lo, self.starts[i]) - origin, min(hi, self.ends[i]) - origin))
            i += 1
        return tuple(out)

    def overlap(self, lo: float, hi: float) -> float:
        i = bisect_right(self.ends, lo)  # spans ending after lo
        total = 0.0
        while i < len(self.starts) and self.starts[i] < hi:
            total += min(hi, self.ends[i]) - max(lo, self.starts[i])
            i += 1
        return total


def spans_at(spans: dict[int, Spans], keys: list[int], at: int) -> Spans:
    found = spans.get(at)
    if found is None:
        found = spans[at] = Spans()
        insort(keys, at)
    return found


def beside(spans: dict[int, Spans], keys: list[int], at: float, lo: float, hi: float) -> float:
    """How much of [``lo``, ``hi``] at ``at`` the runs kept in ``spans`` (at the rounded
    positions ``keys``, sorted) cover within `SIDE_BY_SIDE` of it."""
    i = bisect_left(keys, at - SIDE_BY_SIDE)
    total = 0.0
    while i < len(keys) and keys[i] <= at + SIDE_BY_SIDE:  # (a run or two, mostly none)
        total += spans[keys[i]].overlap(lo, hi)
        i += 1
    return total


def runs_in(
    spans: dict[int, Spans], keys: list[int], across: tuple[float, float], along: tuple[float, float]
) -> tuple[tuple[float, tuple[tuple[float, float], ...]], ...]:
    """The runs at ``across`` (rounded as they are kept, and `SIDE_BY_SIDE` beyond, as they
    count so far) inside ``along``, from the corner."""
    reach = SIDE_BY_SIDE + 1
    lo, hi = bisect_left(keys, across[0] - reach), bisect_right(keys, across[1] + reach)
    found = ((at, spans[at].within(along[0], along[1], along[0])) for at in keys[lo:hi])
    return tuple((at - across[0], parts) for at, parts in found if parts)


class Borders:
    """The borders of the frames and the reporting lines' buses and detours, as spans on the
    lines they lie on: those along the breadth by their depth, those along the depth by their
    breadth (the positions of each sorted); and the frames' headers."""

    def __init__(
        self,
        along_b: dict[float, Spans],
        along_d: dict[float, Spans],
        tracks: tuple[list[float], list[float]],
        headers: list[Box],
    ) -> None:
        """``tracks``: the breadths and the depths of the grid lines that pass them at
        `FRAME_TRACK` (outside a frame, either side of a bus), sorted."""
        self.along_b, self.along_d = along_b, along_d
        self.at_b, self.at_d = sorted(along_b), sorted(along_d)
        self.tracks = tracks
        self.headers = headers

    @classmethod
    def of(
        cls,
        frames: Iterable[Box],
        buses: Iterable[tuple[float, float, float]] = (),
        headers: Iterable[Box] = (),
        detours: Iterable[list[tuple[float, float]]] = (),
    ) -> Borders:
        """Of the borders of ``frames``, of ``buses``: (depth, from breadth, to breadth)
        each, where the reporting lines of a row run across to the row below, of the
        frames' ``headers``, and of the reporting lines' ``detours`` round cards (their
        points), with a track either side of each run as beside a bus."""
        along_b: dict[float, Spans] = {}
        along_d: dict[float, Spans] = {}
        t = FRAME_TRACK
        across: set[float] = set()
        along: set[float] = set()
        for f in frames:
            for d in (f.d, f.d_end):
                along_b.setdefault(d, Spans()).add(f.b, f.b_end)
            for b in (f.b, f.b_end):
                along_d.setdefault(b, Spans()).add(f.d, f.d_end)
            # outside only: inside, a frame has its header at the top and its cards'
            # clearance a little further in
            across.update((f.b - t, f.b_end + t))
            along.update((f.d - t, f.d_end + t))
        for d, b0, b1 in buses:
            along_b.setdefault(d, Spans()).add(b0, b1)
            along.update((d - t, d + t))
        for points in detours:
            for (b0, d0), (b1, d1) in zip(points, points[1:], strict=False):
                if d0 == d1:
                    along_b.setdefault(d0, Spans()).add(min(b0, b1), max(b0, b1))
                    along.update((d0 - t, d0 + t))
                elif b0 == b1:
                    along_d.setdefault(b0, Spans()).add(min(d0, d1), max(d0, d1))
                    across.update((b0 - t, b0 + t))
        return cls(along_b, along_d, (sorted(across), sorted(along)), list(headers))

    def within(self, area: _Area) -> Borders:
        """The parts of these borders inside ``area``."""
        b0, d0, b1, d1 = area
        across, along = self.tracks
        return Borders(
            _clipped(self.along_b, self.at_b, (d0, d1), (b0, b1)),
            _clipped(self.along_d, self.at_d, (b0, b1), (d0, d1)),
            (
                across[bisect_left(across, b0) : bisect_right(across, b1)],
                along[bisect_left(along, d0) : bisect_right(along, d1)],
            ),
            [
                Box(lo_b, lo_d, min(h.b_end, b1) - lo_b, min(h.d_end, d1) - lo_d)
                for h in self.headers
                for lo_b, lo_d in ((max(h.b, b0), max(h.d, d0)),)
                if h.b < b1 and b0 < h.b_end and h.d < d1 and d0 < h.d_end
            ],
        )

    def key(self, b0: float, d0: float) -> tuple[object, ...]:
        """Everything in these borders, measured from (``b0``, ``d0``)."""
        return (
            tuple((d - d0, self.along_b[d].within(-math.inf, math.inf, b0)) for d in self.at_b),
            tuple((b - b0, self.along_d[b].within(-math.inf, math.inf, d0)) for b in self.at_d),
            tuple(b - b0 for b in self.tracks[0]),
            tuple(d - d0 for d in self.tracks[1]),
            tuple((h.b - b0, h.d - d0, h.bs, h.ds) for h in self.headers),
        )

    def near(self, along_b: bool, at: float, lo: float, hi: float) -> float:
        """How much of the run from ``lo`` to ``hi`` (along the breadth at depth ``at``, or
        along the depth at breadth ``at``) lies closer than `NEAR_FRAME` to a border, or
        inside a header."""
        spans, keys = (self.along_b, self.at_b) if along_b else (self.along_d, self.at_d)
        i = bisect_right(keys, at - NEAR_FRAME)
        total = 0.0
        while i < len(keys) and keys[i] < at + NEAR_FRAME:  # (a border or two, mostly none)
            total += spans[keys[i]].overlap(lo, hi)
            i += 1
        for h in self.headers:
            if along_b and h.d < at < h.d_end:
                total += max(0.0, min(hi, h.b_end) - max(lo, h.b))
            elif not along_b and h.b < at < h.b_end:
                total += max(0.0, min(hi, h.d_end) - max(lo, h.d))
        return min(hi - lo, total)


def _clipped(
    spans: dict[float, Spans], keys: list[float], across: tuple[float, float], along: tuple[float, float]
) -> dict[float, Spans]:
    out: dict[float, Spans] = {}
    for at in keys[bisect_left(keys, across[0]) : bisect_right(keys, across[1])]:
        parts = spans[at].within(along[0], along[1], 0.0)
        if parts:
            out[at] = Spans.of(parts)
    return out
