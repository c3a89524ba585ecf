"""How a chart is shown, kept apart from what the organisation is.

A file stores these under ``"view"``, so that collapsing a branch or switching the layout
does not show up as a change to the organisation in a diff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from orgchart.model.entities import check_id
from orgchart.model.errors import InvalidValueError


class Direction(str, Enum):
    TOP_DOWN = "top-down"
    LEFT_RIGHT = "left-right"


@dataclass(frozen=True)
class ViewSettings:
    """Collapsed branches (role ids) and the chosen layout options."""

    collapsed: frozenset[str] = field(default_factory=frozenset)
    direction: Direction = Direction.TOP_DOWN
    compact: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.collapsed, str):
            raise InvalidValueError("collapsed must be a set of role ids, not a single text")
        collapsed = frozenset(self.collapsed)
        for role_id in collapsed:
            check_id(role_id, "collapsed role")
        object.__setattr__(self, "collapsed", collapsed)
        try:
            object.__setattr__(self, "direction", Direction(self.direction))
        except ValueError:
            raise InvalidValueError(
                f"direction must be 'top-down' or 'left-right', not {self.direction!r}"
            ) from None
        if not isinstance(self.compact, bool):
            raise InvalidValueError(f"compact must be true or false, not {self.compact!r}")
