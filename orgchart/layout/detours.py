"""Reporting lines between teams that would run across cards, taken round them.

A line from a manager to a report in another team runs down to a bus in the gap between two
rows of the level where both teams meet, and down again into the report. Inside the
manager's frame the way down can be taken: by the manager's own reports, by roles hanging
below a sub-team's frame. Drawn straight, the line would then pass under those cards and
make one of them look like the report's manager. Such a line leaves through free space the
layout guarantees: along the gap below the row it starts in (a quarter of the way in, clear
of the buses that run in the middle), out to the room between the frame's side and what it
holds (its padding, or more beside a long team name: halfway there), and down there; frame
by frame, as the teams nest. All of one manager's lines leave on one side. The way into a
report inside frames is the same, upwards. All in abstract (breadth, depth) terms.
"""

from __future__ import annotations

from orgchart.layout.block import Box, Flat
from orgchart.layout.params import LayoutParams
from orgchart.layout.router import CardIndex, straighten
from orgchart.layout.routes import APoint
from orgchart.model import Direction

#: how far into a gap between two rows a detour runs, from the row it leaves or enters
_INSET = 0.25
#: a detour's lane: how far it keeps from the middle of its gap or padding (see Detours._lane)
_LANES = (0.0, 4.0, -4.0)
_EPS = 1e-6


class Detours:
    """Routes round cards for the reporting lines of one layout that need them."""

    def __init__(
        self,
        whole: Flat,
        team_of: dict[str, str],
        parent_of: dict[str, str | None],
        index: CardIndex,
        p: LayoutParams,
    ) -> None:
        self.cards, self.bands, self.team_of, self.parent_of = whole.cards, whole.bands, team_of, parent_of
        self.trunks = whole.trunks
        #: the cards of each stack, by (team, trunk), made when first needed
        self._stacks: dict[tuple[str, float], list[Box]] | None = None
        self.frames = {f.team_id: f.box for f in whole.frames}
        #: team (None: the whole chart) -> manager -> the lane of its detours there
        self._lanes: dict[str | None, dict[str, int]] = {}
        self.index, self.padding, self.margin = index, p.frame_padding, p.margin
        self.sibling_gap = p.sibling_gap
        self.chart = Box(0.0, 0.0, whole.bs, whole.ds)
        # The header strip lies across the top of a frame on screen: along the depth top-down,
        # along the breadth (at the frame's start) left to right.
        header = p.frame_header
        self.header_d, self.header_b = (0.0, header) if p.direction is Direction.LEFT_RIGHT else (header, 0.0)
        #: manager -> the breadth its lines between teams head for, on the whole (see `aim`)
        self.toward: dict[str, float] = {}
        self._extent: dict[str, tuple[float, float]] = {}  # see _held
        self._inside: dict[str, list[Box]] | None = None  # see _held

    def aim(self, lines: list[tuple[str, str, float, float | None]]) -> None:
        """Let each manager's detours leave its frames on one side, towards the middle of
        the reports its ``lines`` (manager, report, bus, trunk: those between teams) go to:
        each taking the side nearer its own report, lines to teams both sides of a manager
        went round its own reports on both sides, boxing them in."""
        reach: dict[str, list[float]] = {}
        for manager, report, _, _ in lines:
            r = self.cards[report]
            reach.setdefault(manager, []).append(r.b + r.bs / 2)
        self.toward = {manager: sum(at) / len(at) for manager, at in reach.items()}

    def route(self, manager: str, report: str, bus: float, trunk: float | None) -> list[APoint] | None:
        """The route of the line from ``manager`` to ``report`` (in different teams) through
        its bus at depth ``bus`` (and for a stacked card, down its ``trunk`` and in from the
        side); None if the straight route passes no card."""
        m, r = self.cards[manager], self.cards[report]
        mx = m.b + m.bs / 2
        if trunk is None:  # into the card's top
            rx, rd, tail = r.b + r.bs / 2, r.d, []
        else:  # down the stack's trunk to the card's middle, and in from the side
            rx, rd = trunk, r.d + r.ds / 2
            tail = [(r.b if r.b >= trunk else r.b + r.bs, rd)]
        if bus >= m.d + m.ds:
            leave = self._free(mx, m.d + m.ds, bus)
        else:  # a bus above (teams whose lines run both ways): up, beneath the card itself
            if trunk is None and r.d + r.ds <= m.d:
                up = self._straight_up(m, r)
                if up is not None:
                    return up
            leave = self._free(mx, bus, m.d)
        enter = self._free(rx, bus, rd)
        if leave and enter:
            return None
        mine, theirs, level = self._chains(self.team_of[manager], self.team_of[report])
        start = [(mx, m.d + m.ds)]
        if not leave:
            if manager in self.trunks:  # a stacked card: out of the stack's side first
                start = self._off_stack(manager)
            start += self._leave(*start[-1], mine, manager, toward=self.toward.get(manager, rx))[1:]
            x, d = start[-1]
            if bus < d or not self._free(x, d, bus):
                # Still in the way on the level where the two teams meet (a line that does
                # not follow the tree there, as when a sub-team hangs below another manager):
                # out to that team's padding as well, and along it to the bus.
                start += self._aside(x, d, level, manager, toward=rx)
        end = [(rx, rd)] if enter else self._enter(rx, rd, theirs, manager, toward=start[-1][0])
        end += tail
        route = straighten([*start, (start[-1][0], bus), (end[0][0], bus), *end])
        return route if self._clear(route, (m, r)) else None

    def _straight_up(self, m: Box, r: Box) -> list[APoint] | None:
        """A report right above its manager (teams whose lines run both ways): straight up
        from the manager's top into the report's bottom, if nothing is between them."""
        lo, hi = max(m.b, r.b), min(m.b + m.bs, r.b + r.bs)
        if lo >= hi:
            return None
        b = (lo + hi) / 2
        return [(b, m.d), (b, r.d + r.ds)] if self._free(b, r.d + r.ds, m.d) else None

    def _chains(self, team: str, other: str) -> tuple[list[str], list[str], str | None]:
        """The teams around each end, innermost first, up to the team where the two meet
        (None: the whole chart); and that team."""
        mine, theirs = self._up(team), self._up(other)
        shared = set(mine) & set(theirs)
        level = next((t for t in mine if t in shared), None)
        return [t for t in mine if t not in shared], [t for t in theirs if t not in shared], level

    def _up(self, team: str | None) -> list[str]:
        chain = []
        while team is not None:
            chain.append(team)
            team = self.parent_of[team]
        return chain

    def _leave(self, x: float, d: float, frames: list[str], owner: str, toward: float) -> list[APoint]:
        """From (x, d) out of the bottom of ``frames`` (innermost first), round their cards."""
        points = [(x, d)]
        for team in frames:
            box = self.frames[team]
            if self._free(x, d, box.d + box.ds):
                continue
            points += self._aside(x, d, team, owner, toward)
            x, d = points[-1]
        return points

    def _off_stack(self, role: str) -> list[APoint]:
        """From the middle of a stacked card's outer side (away from the stack's trunk) to
        halfway into the gap beside the stack, where no card is down to the next row."""
        box, trunk = self.cards[role], self.trunks[role]
        if self._stacks is None:
            self._stacks = {}
            for other, at in self.trunks.items():
                self._stacks.setdefault((self.team_of[other], at), []).append(self.cards[other])
        column = self._stacks[(self.team_of[role], trunk)]
        d = box.d + box.ds / 2
        if box.b < trunk:  # the left column of two
            return [(box.b, d), (min(c.b for c in column) - self.sibling_gap / 2, d)]
        outer = max(c.b + c.bs for c in column if c.b >= trunk)
        return [(box.b + box.bs, d), (outer + self.sibling_gap / 2, d)]

    def _aside(self, x: float, d: float, team: str | None, owner: str, toward: float) -> list[APoint]:
        """From (x, d) down into the gap below that row of ``team``'s frame (or its padding
        at the bottom), and along it to the padding at the frame's side nearer ``toward``.
        The whole chart (None) has the margin round it for padding."""
        box = self.frames[team] if team is not None else self.chart
        lane = self._lane(team, owner)
        gap = next((g for g in self.bands.get(team, ()) if g[0] >= d - _EPS), None)
        if gap is not None:
            y = gap[0] + (gap[1] - gap[0]) * _INSET + lane
        elif team is not None:
            y = box.d + box.ds - self.padding / 2 + lane
        else:
            y = box.d + box.ds + self.margin / 2 + lane
        return [(x, y), (self._side(team, box, _leftwards(x, toward, box), lane), y)]

    def _enter(self, x: float, d: float, frames: list[str], owner: str, toward: float) -> list[APoint]:
        """From the top of the outermost of ``frames`` into (x, d), round their cards (built
        from the inside out, then reversed)."""
        points = [(x, d)]
        for team in frames:
            box = self.frames[team]
            if self._free(x, box.d, d):
                continue
            lane = self._lane(team, owner)
            gap = next((g for g in reversed(self.bands.get(team, ())) if g[1] <= d + _EPS), None)
            if gap is not None:
                y = gap[1] - (gap[1] - gap[0]) * _INSET - lane
            else:
                y = box.d + self.header_d + self.padding / 2 - lane
            side = self._side(team, box, _leftwards(x, toward, box), lane)
            points += [(x, y), (side, y)]
            x, d = side, y
        points.reverse()
        return points

    def _lane(self, team: str | None, owner: str) -> float:
        """How far the detours of ``owner`` (a manager) keep from the middle of a gap or a
        padding in ``team``: the lines of different managers each take their own lane, so
        that none seems to lead to another's reports."""
        owners = self._lanes.setdefault(team, {})
        k = owners.setdefault(owner, len(owners))
        return _LANES[k % len(_LANES)]

    def _side(self, team: str | None, box: Box, left: bool, lane: float) -> float:
        """Halfway between the frame's left (or right) side and what it holds, moved by
        ``lane`` inwards: the middle of its padding, or of the wider room a long team name
        leaves (in the padding, such a line read as a second border); for the whole chart
        (None), the middle of the margin."""
        if team is None:
            return box.b - self.margin / 2 - lane if left else box.b + box.bs + self.margin / 2 + lane
        lo, hi = self._held(team, box)
        if left:
            return (box.b + self.header_b + lo) / 2 + lane
        return (box.b + box.bs + hi) / 2 - lane

    def _held(self, team: str, box: Box) -> tuple[float, float]:
        """The breadth the cards and frames inside ``team``'s frame take (its padding's
        inner edges if it holds none), made when first needed."""
        held = self._extent.get(team)
        if held is None:
            if self._inside is None:  # once: each team's own cards and its sub-teams' frames
                self._inside = {}
                for role_id, card in self.cards.items():
                    self._inside.setdefault(self.team_of[role_id], []).append(card)
                for sub, frame in self.frames.items():
                    parent = self.parent_of[sub]
                    if parent is not None:
                        self._inside.setdefault(parent, []).append(frame)
            inside = self._inside.get(team, [])
            lo = min((c.b for c in inside), default=box.b + self.header_b + self.padding)
            hi = max((c.b + c.bs for c in inside), default=box.b + box.bs - self.padding)
            held = self._extent[team] = (lo, hi)
        return held

    def _free(self, b: float, d0: float, d1: float, ends: tuple[Box, ...] = ()) -> bool:
        """Whether the run along the depth at breadth ``b`` from ``d0`` to ``d1`` passes no
        card (but ``ends``)."""
        if d0 >= d1:
            return True
        found = self.index.within(b, d0, b, d1, len(ends))
        return found is not None and all(any(box is end for end in ends) for box in found)

    def _clear(self, route: list[APoint], ends: tuple[Box, Box]) -> bool:
        """Whether no run of ``route`` along the depth passes a card but ``ends``. (Runs
        along the breadth lie in gaps between rows, in paddings and on buses, where no card
        is; the index could only check them by looking at every card in their breadth.)"""
        for (b0, d0), (b1, d1) in zip(route, route[1:], strict=False):
            if abs(b0 - b1) < _EPS and not self._free(b0, min(d0, d1), max(d0, d1), ends):
                return False
        return True


def _leftwards(x: float, toward: float, box: Box) -> bool:
    """Whether a detour from breadth ``x`` in ``box`` goes to its left side: towards where
    the line goes on, or, going on straight below, to the nearer side."""
    if abs(toward - x) > _EPS:
        return toward < x
    return x - box.b < box.b + box.bs - x

