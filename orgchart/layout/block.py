"""A laid-out piece of a chart (a team's frame and all inside it, or the whole chart), in
*abstract* coordinates: ``b`` runs along siblings (x when top-down), ``d`` along levels
(y when top-down). The chart layout flips them to x/y once, at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Box(NamedTuple):
    b: float
    d: float
    bs: float  # size along b
    ds: float  # size along d

    @property
    def b_end(self) -> float:
        return self.b + self.bs

    @property
    def d_end(self) -> float:
        return self.d + self.ds

    @property
    def b_mid(self) -> float:
        return self.b + self.bs / 2

    @property
    def d_mid(self) -> float:
        return self.d + self.ds / 2


class Edge(NamedTuple):
    """A reporting line still to be routed: through the bus at depth ``bus`` (between two
    rows), and, for stacked or assistant cards, down a trunk at breadth ``trunk``."""

    manager: str
    report: str
    bus: float | None
    trunk: float | None


class PlacedFrame(NamedTuple):
    team_id: str
    box: Box
    header: Box
    level: int


#: a NamedTuple made without its Python-level ``__new__`` (this runs once per card or line)
new = tuple.__new__


@dataclass
class Flat:
    """A block with every nested block moved into place (see `Block.flatten`)."""

    bs: float
    ds: float
    cards: dict[str, Box]
    frames: list[PlacedFrame]
    #: the reporting lines, in runs that share an offset: (edges, db, dd); a line into a
    #: stacked card is to come down that card's trunk (``trunks``)
    edges: list[tuple[list[Edge], float, float]]
    trunks: dict[str, float]
    #: team -> the free bands across its frame's content, between its rows: (d0, d1)
    bands: dict[str | None, list[tuple[float, float]]]
    #: which runs of ``edges`` (by index) may hold lines between teams: those of levels
    #: with sub-teams on them (the lines of a level without are all inside its team)
    between: list[int] = field(default_factory=list)


@dataclass
class Block:
    """Everything laid out inside one frame (or the whole chart), relative to (0, 0).

    Sub-blocks are kept by reference with their offset and moved into place only once, by
    `flatten`: copying every card at every level of nesting would cost time per level. Cards
    are likewise kept in pieces, each relative to its own offset.
    """

    bs: float = 0.0
    ds: float = 0.0
    #: cards in pieces: (role id -> box relative to the piece, db, dd)
    pieces: list[tuple[dict[str, Box], float, float]] = field(default_factory=list)
    frames: list[PlacedFrame] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    #: stacked cards: role id -> breadth of the trunk their line comes down
    trunks: dict[str, float] = field(default_factory=dict)
    children: list[tuple[Block, float, float]] = field(default_factory=list)
    #: the team whose level this is, and the gaps between its rows, where no card is: (d0, d1)
    bands: tuple[str | None, list[tuple[float, float]]] | None = None

    def merge(self, other: Block, db: float, dd: float) -> None:
        """Place ``other`` inside this block, moved by (db, dd)."""
        self.children.append((other, db, dd))

    def flatten(self) -> Flat:
        """Every card and frame of every nested block at its final place, and the reporting
        lines with the offset of the block that holds them."""
        out = Flat(self.bs, self.ds, {}, [], [], {}, {})
        cards, frames, edges, trunks, bands = out.cards, out.frames, out.edges, out.trunks, out.bands
        stack: list[tuple[Block, float, float]] = [(self, 0.0, 0.0)]
        while stack:
            block, db, dd = stack.pop()
            for boxes, pb, pd in block.pieces:
                # Tuple unpacking and a plain tuple.__new__: this runs once per card. The sums
                # in this order (piece, then block): the same numbers, to the last bit, as
                # moving each card into its block first.
                cards.update(
                    (role_id, new(Box, (b + pb + db, d + pd + dd, bs, ds)))
                    for role_id, (b, d, bs, ds) in boxes.items()
                )
            frames.extend(
                PlacedFrame(
                    f.team_id,
                    Box(f.box.b + db, f.box.d + dd, f.box.bs, f.box.ds),
                    Box(f.header.b + db, f.header.d + dd, f.header.bs, f.header.ds),
                    f.level,
                )
                for f in block.frames
            )
            if block.edges:
                if block.children:
                    out.between.append(len(edges))
                edges.append((block.edges, db, dd))
            if block.trunks:
                trunks.update((role_id, trunk + db) for role_id, trunk in block.trunks.items())
            if block.bands is not None:
                team, gaps = block.bands
                bands[team] = [(d0 + dd, d1 + dd) for d0, d1 in gaps]
            # Reversed, so that sub-blocks come out in order and parents' frames first.
            stack.extend((child, cb + db, cd + dd) for child, cb, cd in reversed(block.children))
        return out
