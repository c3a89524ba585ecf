"""Tints of team colours for the data formats that show colours (yEd's GraphML, Mermaid);
the colours themselves are `orgchart.model.team_colors`, as the editor's light theme has them."""

from __future__ import annotations


def tint(color: str, white: float) -> str:
    """``color`` (#rrggbb) mixed with ``white`` parts of white, as #RRGGBB."""
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * white):02X}" for c in channels)
