"""What one layout of a chart worked out per team, kept for the next layout of the same chart.

An editor lays the chart out again after every structural edit, and an edit touches few
teams: a role dragged from one team to another changes those two teams and the teams around
them. A team's framed block depends only on what its key holds (its roles in order, their
card sizes, the reporting lines drawn on its level, its sub-teams' blocks, its name and
layout preference), so a team whose key is unchanged keeps its block. Blocks are relative to
their own corner and never changed once made, which is what makes them safe to share.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable

from orgchart.layout.block import Block
from orgchart.layout.params import LayoutParams, Measure
from orgchart.layout.router import Searches


class LayoutMemo:
    """Team (None: the whole chart) -> (key, block) from the last layout made with it.

    ``keep=False``: a layout that will not be followed by another (an export) keeps nothing,
    and need not work out the keys."""

    def __init__(self, keep: bool = True) -> None:
        self.keep = keep
        self._blocks: dict[str | None, tuple[Hashable, tuple[Block, ...], Block]] = {}
        self._params: LayoutParams | None = None
        self._measure: Measure | None = None
        #: the dotted lines' route searches of the last layout (see `DottedRouter`)
        self.searches: Searches = {}
        #: how many of the last layout's route searches ran again
        self.searched = 0
        #: how many blocks the last layout took from here, and how many it made
        self.reused = self.made = 0

    def start(self, params: LayoutParams, measure: Measure) -> None:
        """Forget everything if the layout's options (other than what is shown: sizes and
        hidden counts and header room are in the keys) or its measure changed."""
        params = dataclasses.replace(params, collapsed=frozenset(), max_depth=None, header_room={})
        if params != self._params or measure is not self._measure:
            self._blocks.clear()
            self.searches = {}
            self._params, self._measure = params, measure
        self.reused = self.made = 0

    def get(self, team: str | None, key: Hashable, parts: tuple[Block, ...]) -> Block | None:
        """The team's block if it was made from an equal key and the very same sub-blocks
        (``parts``: compared by identity, as a changed sub-team gets a new block)."""
        kept = self._blocks.get(team)
        if (
            self.keep
            and kept is not None
            and len(kept[1]) == len(parts)
            and all(a is b for a, b in zip(kept[1], parts, strict=True))
            and kept[0] == key
        ):
            self.reused += 1
            return kept[2]
        return None

    def put(self, team: str | None, key: Hashable, parts: tuple[Block, ...], block: Block) -> None:
        if self.keep:
            self._blocks[team] = (key, parts, block)
        self.made += 1

    def keep_only(self, teams: set[str | None]) -> None:
        """Drop what belongs to teams that are gone."""
        for team in [t for t in self._blocks if t not in teams]:
            del self._blocks[team]
