"""Colours and type sizes of a painted chart. Plain data: the canvas and every exporter
read the same theme, so a chart looks the same everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from orgchart.model import OrgChart
from orgchart.model.team_colors import COLORBLIND_SAFE
from orgchart.model.team_colors import team_colors as _team_colors


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    card: str
    card_border: str
    text: str
    muted: str  # "vacant", secondary text
    line: str
    dotted: str
    frame_fill_alpha: int  # 0-255, the team colour behind a frame
    header_text: str | None  # None: the team colour, darkened
    badge: str
    badge_text: str
    palette: tuple[str, ...]
    monochrome: bool = False
    title_size: float = 20.0
    card_title_size: float = 12.0
    card_text_size: float = 11.0
    badge_size: float = 9.0
    header_size: float = 12.5
    card_width: float = 184.0


LIGHT = Theme(
    name="light",
    background="#ffffff",
    card="#ffffff",
    card_border="#c8ccd2",
    text="#1f2328",
    muted="#6e7781",
    line="#7d8590",
    dotted="#8957e5",
    frame_fill_alpha=22,
    header_text=None,
    badge="#eef1f4",
    badge_text="#424a53",
    palette=COLORBLIND_SAFE,
)

PRINT = Theme(
    name="print",
    background="#ffffff",
    card="#ffffff",
    card_border="#000000",
    text="#000000",
    muted="#555555",
    line="#000000",
    dotted="#000000",
    frame_fill_alpha=0,
    header_text="#000000",
    badge="#ffffff",
    badge_text="#000000",
    palette=("#000000",),
    monochrome=True,
)

DARK = Theme(
    name="dark",
    background="#161b22",
    card="#22272e",
    card_border="#444c56",
    text="#e6edf3",
    muted="#8b949e",
    line="#768390",
    dotted="#b083f0",
    frame_fill_alpha=40,
    header_text=None,
    badge="#2d333b",
    badge_text="#adbac7",
    palette=(*COLORBLIND_SAFE[:-1], "#bbbbbb"),  # Okabe-Ito's black is invisible on dark
)

THEMES = {theme.name: theme for theme in (LIGHT, PRINT, DARK)}


def team_colors(chart: OrgChart, theme: Theme) -> dict[str, str]:
    """Every team's colour in ``theme``: its own, else its parent's, else the next palette
    colour (`orgchart.model.team_colors`); one colour for all in a monochrome theme."""
    if theme.monochrome:
        return dict.fromkeys(chart.team_ids(), theme.palette[0])
    return _team_colors(chart, theme.palette)
