"""Team figures in the frames' headers: after a team's name, what it holds with its sub-teams
("5 roles · 4.5 FTE · 1 vacant · 20 % external"), worded in the UI language. The layout
leaves room for them (`LayoutParams.header_room`), so a frame is as wide as its header."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter

from orgchart.model import OrgChart, Role
from orgchart.render import words
from orgchart.render.fonts import ChartFonts
from orgchart.render.text import printable

if TYPE_CHECKING:
    from orgchart.model.figures import Figures

SEPARATOR = " · "
#: between the team's name and its figures
GAP = 4.0


def tr(text: str) -> str:
    return words.translate("TeamFigures", text)


def number(value: float) -> str:
    """An FTE figure as people write it: 4.5, 12, 0.75 (the locale's decimal point)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", words.locale().decimalPoint())


def figures_caption(figures: Figures) -> str:
    """ "5 roles · 4.5 FTE · 1 vacant · 20 % external"; vacancies and the external share only
    when there are any (a header is short of room)."""
    if not figures.roles:
        return tr("no roles")
    parts = [
        tr("1 role") if figures.roles == 1 else tr("%1 roles").replace("%1", str(figures.roles)),
        tr("%1 FTE").replace("%1", number(figures.fte)),
    ]
    if figures.vacancies:
        parts.append(tr("%1 vacant").replace("%1", str(figures.vacancies)))
    if figures.external:
        parts.append(tr("%1% external").replace("%1", str(round(figures.external_share * 100))))
    return SEPARATOR.join(parts)


def team_captions(chart: OrgChart) -> dict[str, str]:
    """Every team's caption, from its figures with its sub-teams'."""
    from orgchart.model.figures import chart_figures  # only for charts that show figures

    figures = chart_figures(chart)
    return {team_id: figures_caption(f) for team_id, f in figures.total.items()}


def caption_width(caption: str, fonts: ChartFonts) -> float:
    """What the caption takes beside the name (with the separator before it)."""
    return GAP + fonts.metrics(fonts.text).horizontalAdvance(printable(SEPARATOR + caption))


def header_room(captions: dict[str, str], fonts: ChartFonts) -> dict[str, float]:
    return {team_id: caption_width(caption, fonts) for team_id, caption in captions.items()}


def figures_differ(old: Role, new: Role) -> bool:
    """Whether an edit of a role changes what the team figures count."""
    return (old.fte, old.holder is None, old.sourcing) != (new.fte, new.holder is None, new.sourcing)


def paint_caption(
    painter: QPainter, x: float, baseline: float, caption: str, color: QColor, fonts: ChartFonts
) -> None:
    """The caption from ``x`` on the header's baseline, lighter than the name."""
    painter.setPen(color)
    painter.setFont(fonts.text)
    painter.drawText(QPointF(x + GAP, baseline), printable(SEPARATOR + caption))
