"""A card's details in the responsibilities view: below title, holder and badges, a thin rule,
the role's responsibilities as a bulleted list, then its skills (smaller, grey, after a
label). Every line is wrapped to the card's width, and the card grows to hold them all.

`CardMeasure` works the lines out once per role (layout and painting share them), so what is
painted is exactly what was measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QColor, QPainter, QPen

from orgchart.model import Role
from orgchart.render import words
from orgchart.render.fonts import ChartFonts
from orgchart.render.text import wrap
from orgchart.render.theme import Theme

if TYPE_CHECKING:
    from orgchart.render.card import PaintedCard

#: cards in the responsibilities view are this much wider than the theme's, so that a
#: responsibility takes two lines rather than four
DETAIL_WIDTH = 1.3
#: between the card's head and its details; the rule lies in the middle of it
DETAIL_GAP = 8.0
BULLET = "•"
BULLET_INDENT = 11.0
#: between two responsibilities (a wrapped one must not run into the next)
ITEM_GAP = 2.0
#: above the skills
SKILLS_GAP = 4.0


def tr(text: str) -> str:
    return words.translate("Card", text)


@dataclass(frozen=True)
class DetailLine:
    """One line of text, placed relative to the card's top-left corner (at its baseline)."""

    x: float
    baseline: float
    text: str
    skill: bool  # skills: smaller and grey; else a responsibility (or its bullet)


@dataclass(frozen=True)
class CardDetails:
    rule: float  # where the rule lies, from the card's top
    lines: tuple[DetailLine, ...]
    height: float  # what the details add to the card's height


def card_details(role: Role, top: float, left: float, width: float, fonts: ChartFonts) -> CardDetails | None:
    """The details of ``role`` starting ``top`` below the card's top, text from ``left``,
    ``width`` wide; None if the role has neither responsibilities nor skills."""
    if not role.responsibilities and not role.skills:
        return None
    text, small = fonts.metrics(fonts.text), fonts.metrics(fonts.badge)
    lines: list[DetailLine] = []
    y = top + DETAIL_GAP
    for k, duty in enumerate(role.responsibilities):
        if k:
            y += ITEM_GAP
        wrapped = wrap(duty, text, width - BULLET_INDENT)
        lines.append(DetailLine(left, y + text.ascent(), BULLET, False))
        for line in wrapped:
            lines.append(DetailLine(left + BULLET_INDENT, y + text.ascent(), line, False))
            y += text.height()
    if role.skills:
        if role.responsibilities:
            y += SKILLS_GAP
        label = tr("Skills: %1").replace("%1", ", ".join(s.strip() for s in role.skills))
        for line in wrap(label, small, width):
            lines.append(DetailLine(left, y + small.ascent(), line, True))
            y += small.height()
    return CardDetails(top + DETAIL_GAP / 2, tuple(lines), y - top)


def paint_details(painter: QPainter, cards: Sequence[PaintedCard], theme: Theme, fonts: ChartFonts) -> None:
    """The details of ``cards`` (those that have them), layer by layer like the rest of a card."""
    from orgchart.render.card import STRIPE

    rules = []
    for card in cards:
        details = card.text.details
        assert details is not None
        y = card.rect.y() + details.rule
        rules.append(QLineF(card.rect.x() + STRIPE + 4, y, card.rect.right() - 4, y))
    painter.setPen(QPen(QColor(theme.card_border), 0.8))
    painter.drawLines(rules)
    for skill in (False, True):
        painter.setFont(fonts.badge if skill else fonts.text)
        painter.setPen(QColor(theme.muted if skill else theme.text))
        for card in cards:
            assert card.text.details is not None
            x, y = card.rect.x(), card.rect.y()
            for line in card.text.details.lines:
                if line.skill is skill:
                    painter.drawText(QPointF(x + line.x, y + line.baseline), line.text)
