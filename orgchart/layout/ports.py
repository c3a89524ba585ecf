"""Where a dotted line may meet a card (its ports), and whether a route has room for the
line's label: the rules that keep the router's lines readable, in abstract (breadth, depth)
terms (see `orgchart.layout.router`)."""

from __future__ import annotations

from orgchart.layout.block import Box

APoint = tuple[float, float]
Dir = tuple[int, int]
#: a port: (point on the card's border, point the clearance out, outward direction)
Port = tuple[APoint, APoint, Dir]

UP, DOWN, LEFT, RIGHT = (0, -1), (0, 1), (-1, 0), (1, 0)

#: distance kept from cards across and along the rows: less than half the gap between two
#: siblings, and enough to clear the "⋯ n" marker on a card's corner
CLEAR_B, CLEAR_D = 8.0, 10.0
#: a card's left or right side with another card nearer than this beside it is no place for
#: a line to leave or enter (siblings are 20 apart, cousins 36): a line in such a gap reads
#: as belonging to either card
NARROW = 60.0
#: an upright run this long holds a dotted line's label (level, across the run) with the
#: line showing above and below it
UPRIGHT_ROOM = 40.0


def ports(box: Box) -> list[Port]:
    """(point on the border, point the clearance out, outward direction) for each side; off
    the middle, where the reporting lines (and a stacked card's line) meet the card."""
    cb, cd = CLEAR_B, CLEAR_D
    # Fractions exact in binary, so that a card moved by whole numbers keeps its ports'
    # offsets exactly (see DottedRouter's earlier searches). The top's and the bottom's are
    # not in line: a line into the top and another out of the bottom would read as one line
    # passing behind the card.
    top, bottom = box.b + box.bs * 0.6875, box.b + box.bs * 0.3125
    d = box.d + box.ds * 0.3125
    return [
        ((top, box.d), (top, box.d - cd), UP),
        ((bottom, box.d_end), (bottom, box.d_end + cd), DOWN),
        ((box.b, d), (box.b - cb, d), LEFT),
        ((box.b_end, d), (box.b_end + cb, d), RIGHT),
    ]


def open_ports(box: Box, other: Box, cards: list[Box], sides: tuple[Dir, ...]) -> list[Port]:
    """The ports on ``sides`` of ``box`` for a line to ``other``, less those on a left or
    right side with a card close beside it (unless that card is ``other``): lines squeezed
    into the narrow gap between two siblings read as joining the wrong one of them. All of
    them if that would leave none."""
    found = [port for port in ports(box) if port[2] in sides]
    kept = []
    for port in found:
        out = port[2]
        if out[0]:  # left or right
            lo, hi = (box.b - NARROW, box.b) if out == LEFT else (box.b_end, box.b_end + NARROW)
            beside = [
                c
                for c in cards
                if c.b < hi and lo < c.b_end and c.d < box.d_end and box.d < c.d_end and c != box
            ]
            if beside and other not in beside:
                continue
        kept.append(port)
    return kept or found


def has_room(route: list[APoint], label: float, sideways: bool) -> bool:
    """Whether ``route`` has a run that holds a label ``label`` wide: as long, if it is level
    on the page; `UPRIGHT_ROOM` long, if it is upright."""
    for (b1, d1), (b2, d2) in zip(route, route[1:], strict=False):
        upright = abs(b1 - b2) < 1e-9 if not sideways else abs(d1 - d2) < 1e-9
        if abs(b1 - b2) + abs(d1 - d2) >= (UPRIGHT_ROOM if upright else label):
            return True
    return False
