"""A laid-out piece of a chart (a team's frame and all inside it, or the whole chart), in
*abstract* coordinates: ``b`` runs along siblings (x when top-down), ``d`` along levels
(y when top-down). The chart layout flips them to x/y once, at the end."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Box:
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


@dataclass(slots=True)
class Edge:
    """A reporting line still to be routed: through the bus at depth ``bus`` (between two
    rows), and, for stacked or assistant cards, down a trunk at breadth ``trunk``."""

    manager: str
    report: str
    bus: float | None
    trunk: float | None


@dataclass(slots=True)
class PlacedFrame:
    team_id: str
    box: Box
    header: Box
    level: int


@dataclass
class Block:
    """Everything laid out inside one frame (or the whole chart), relative to (0, 0).

    Sub-blocks are kept by reference with their offset and moved into place only once, by
    `flatten`: copying every card at every level of nesting would cost time per level.
    """

    bs: float = 0.0
    ds: float = 0.0
    cards: dict[str, Box] = field(default_factory=dict)
    frames: list[PlacedFrame] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    #: stacked cards: role id -> breadth of the trunk their line comes down
    trunks: dict[str, float] = field(default_factory=dict)
    children: list[tuple[Block, float, float]] = field(default_factory=list)

    def merge(self, other: Block, db: float, dd: float) -> None:
        """Place ``other`` inside this block, moved by (db, dd)."""
        self.children.append((other, db, dd))

    def flatten(self) -> Block:
        """One block with every item of every nested block at its final place; a line into
        a stacked card comes down that card's trunk."""
        out = Block(self.bs, self.ds)
        stack: list[tuple[Block, float, float]] = [(self, 0.0, 0.0)]
        while stack:
            block, db, dd = stack.pop()
            for role_id, box in block.cards.items():
                out.cards[role_id] = Box(box.b + db, box.d + dd, box.bs, box.ds)
            for f in block.frames:
                out.frames.append(
                    PlacedFrame(
                        f.team_id,
                        Box(f.box.b + db, f.box.d + dd, f.box.bs, f.box.ds),
                        Box(f.header.b + db, f.header.d + dd, f.header.bs, f.header.ds),
                        f.level,
                    )
                )
            for e in block.edges:
                out.edges.append(
                    Edge(
                        e.manager,
                        e.report,
                        None if e.bus is None else e.bus + dd,
                        None if e.trunk is None else e.trunk + db,
                    )
                )
            for role_id, trunk in block.trunks.items():
                out.trunks[role_id] = trunk + db
            # Reversed, so that sub-blocks come out in order and parents' frames first.
            stack.extend((child, cb + db, cd + dd) for child, cb, cd in reversed(block.children))
        for edge in out.edges:
            if edge.trunk is None and edge.bus is not None:
                edge.trunk = out.trunks.get(edge.report)
        return out
