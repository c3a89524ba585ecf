"""What every level of a chart layout needs to know about the chart, gathered once."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgchart.layout.params import LayoutParams
from orgchart.model import Direction, LayoutPreference

_COLUMNS = {LayoutPreference.ROW: 0, LayoutPreference.STACKED: 2, LayoutPreference.COLUMN: 1}


@dataclass
class LayoutContext:
    params: LayoutParams
    #: visible role -> position in the chart's reading order (sibling order follows it)
    index: dict[str, int] = field(default_factory=dict)
    team_index: dict[str, int] = field(default_factory=dict)
    #: team (None: the whole chart) -> the reporting lines drawn on its level, in reading
    #: order: (report, its member role or sub-team there, the manager's likewise)
    crossing: dict[str | None, list[tuple[str, str, str]]] = field(default_factory=dict)
    #: visible role -> its visible manager
    manager: dict[str, str] = field(default_factory=dict)
    #: visible role -> card size (breadth, depth)
    size: dict[str, tuple[float, float]] = field(default_factory=dict)
    has_reports: set[str] = field(default_factory=set)
    assistants: set[str] = field(default_factory=set)
    preference: dict[str, LayoutPreference] = field(default_factory=dict)

    def stack_columns(self, team: str | None) -> int:
        """0: leaves side by side; 1 or 2: leaves stacked in that many columns."""
        preference = self.preference.get(team, LayoutPreference.AUTO) if team else LayoutPreference.AUTO
        if preference is LayoutPreference.AUTO:
            # Left to right, siblings already run down the page; stacking them would spread
            # them sideways instead, so "compact" applies to top-down charts.
            horizontal = self.params.direction is Direction.LEFT_RIGHT
            return 2 if self.params.compact and not horizontal else 0
        return _COLUMNS[preference]
