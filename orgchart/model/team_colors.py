"""The colour each team is drawn in: its own, else its parent's, else the next colour of a
palette. Shared by the painting code (per theme) and the data formats that show colours
(yEd's GraphML, Mermaid), so every output gives a team the same colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart.model.chart import OrgChart

#: Okabe & Ito's palette, distinguishable with the common colour-vision deficiencies.
COLORBLIND_SAFE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")


def team_colors(chart: OrgChart, palette: tuple[str, ...] = COLORBLIND_SAFE) -> dict[str, str]:
    """Every team's colour (#rrggbb): its own, else its parent's, else the next colour of
    ``palette`` (departments in order take them in turn)."""
    colors: dict[str, str] = {}
    next_color = 0
    for team_id in chart.team_ids():  # parents first
        own, parent = chart.team(team_id).color, chart.parent_of(team_id)
        if own:
            colors[team_id] = own
        elif parent is not None:
            colors[team_id] = colors[parent]
        else:
            colors[team_id] = palette[next_color % len(palette)]
            next_color += 1
    return colors
