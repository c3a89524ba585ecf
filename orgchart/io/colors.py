"""Team colours for the data formats that show colours (yEd's GraphML, Mermaid): the ones
the editor's light theme gives, so an export looks like the chart people know.

A copy of `orgchart.render.theme.team_colors` with the light palette: io may not import
render (that layer needs Qt).
"""

from __future__ import annotations

from orgchart.model import OrgChart

#: The light theme's palette (Okabe & Ito's colours).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")


def team_colors(chart: OrgChart) -> dict[str, str]:
    """Every team's colour (#rrggbb): its own, else its parent's, else the next palette colour."""
    colors: dict[str, str] = {}
    next_color = 0
    for team_id in chart.team_ids():  # parents first
        own, parent = chart.team(team_id).color, chart.parent_of(team_id)
        if own:
            colors[team_id] = own
        elif parent is not None:
            colors[team_id] = colors[parent]
        else:
            colors[team_id] = PALETTE[next_color % len(PALETTE)]
            next_color += 1
    return colors


def tint(color: str, white: float) -> str:
    """``color`` (#rrggbb) mixed with ``white`` parts of white, as #RRGGBB."""
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * white):02X}" for c in channels)
