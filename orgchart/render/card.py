"""A role's card: what it shows, how big it is, and how it is painted.

`CardMeasure` gives the layout the exact size `paint_card` will fill, from the same text
wrapping, so a title is never cut off. With ``details`` (the responsibilities view) a card
also lists the role's responsibilities and skills (see `orgchart.render.card_details`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from orgchart.model import Role, RoleKind, Sourcing
from orgchart.render import words
from orgchart.render.fonts import ChartFonts
from orgchart.render.text import wrap
from orgchart.render.theme import Theme

# The responsibilities view's details load for that view only (an export without them is
# timed in tenths of a second, and every module read counts).
if TYPE_CHECKING:
    from orgchart.render.card_details import CardDetails

PAD = 8.0
STRIPE = 5.0
LINE_GAP = 2.0
BADGE_PAD = 5.0


def tr(text: str) -> str:
    return words.translate("Card", text)


def _detail_width() -> float:
    from orgchart.render.card_details import DETAIL_WIDTH

    return DETAIL_WIDTH


class CardText(NamedTuple):
    """What a card shows, and its size. (A named tuple rather than a frozen dataclass: as
    immutable, and made three times as fast, which counts at 100,000 cards.)"""

    title: list[str]
    holder: list[str]
    vacant: bool
    badges: list[list[str]]  # rows of badges
    links: int  # dotted lines, shown in the corner: they must not change the card's size
    width: float
    height: float
    details: CardDetails | None = None  # responsibilities and skills (the responsibilities view)


class CardMeasure:
    """Card sizes from the theme's fonts; implements the layout's ``Measure``. With
    ``details``, cards are wider and list each role's responsibilities and skills."""

    def __init__(
        self,
        theme: Theme,
        fonts: ChartFonts,
        link_counts: dict[str, int] | None = None,
        *,
        details: bool = False,
        language: str | None = None,
    ) -> None:
        self.theme, self.fonts, self.details = theme, fonts, details
        self.link_counts = link_counts or {}
        #: the language of the words its cards hold ("vacant"), as its picture's (see there)
        self.language = language
        self._title = fonts.metrics(fonts.title)
        self._text = fonts.metrics(fonts.text)
        self._badge = fonts.metrics(fonts.badge)
        self._header = fonts.metrics(fonts.header)
        # font heights as numbers: asked for once per card, they add up over 100,000 cards
        self._title_height, self._text_height = self._title.height(), self._text.height()
        self._badge_row = self._badge.height() + 2 + LINE_GAP
        self._wrapped: dict[tuple[str, bool, float], list[str]] = {}
        self._widths: dict[str, float] = {}
        self._content: dict[str, tuple[Role, int, CardText]] = {}

    def text_width(self, title: str) -> float:
        """Room for text on a card: the theme's width, wider (up to half again) for a title
        with a long word, as German compounds often are, so words break only when they must."""
        base = self.theme.card_width * (_detail_width() if self.details else 1.0) - 2 * PAD - STRIPE
        longest = max((self._title.horizontalAdvance(w) for w in title.split()), default=0.0)
        return min(max(base, longest + 1), base * 1.5)

    def _wrap(self, text: str, title: bool, width: float) -> list[str]:
        key = (text, title, width)
        lines = self._wrapped.get(key)
        if lines is None:
            metrics = self._title if title else self._text
            lines = self._wrapped[key] = wrap(text, metrics, width)
        return lines

    def content(self, role: Role, hidden: int) -> CardText:
        """What the card shows (computed once per role value: layout and painting share it)."""
        cached = self._content.get(role.id)
        if (
            cached is not None
            and cached[0] is role
            and cached[1] == hidden
            and cached[2].links == self.link_counts.get(role.id, 0)
        ):
            return cached[2]
        if self.language is None or words.chosen() == self.language:
            text = self._make_content(role, hidden)
        else:  # asked outside its picture's making and painting (a card repainted alone)
            with words.words_in(self.language):
                text = self._make_content(role, hidden)
        self._content[role.id] = (role, hidden, text)
        return text

    def _make_content(self, role: Role, hidden: int) -> CardText:
        title_text, holder_text = role.title, role.holder
        width = self._widths.get(title_text)
        if width is None:
            width = self._widths[title_text] = self.text_width(title_text)
        title = self._wrap(title_text, True, width)
        holder = self._wrap(holder_text if holder_text is not None else tr("vacant"), False, width)
        # in-house, not staff, nothing collapsed below: no badges (the usual card)
        plain = not hidden and role.sourcing is Sourcing.IN_HOUSE and role.kind is RoleKind.REGULAR
        badges = [] if plain else self._badge_rows(self.badges(role, hidden), width)
        height = PAD + len(title) * self._title_height + LINE_GAP + len(holder) * self._text_height + PAD
        if badges:
            height += len(badges) * self._badge_row
        details = None
        if self.details:
            from orgchart.render.card_details import card_details

            details = card_details(role, height - PAD, STRIPE + PAD, width, self.fonts)
            if details is not None:
                height += details.height
        links = self.link_counts.get(role.id, 0)
        return CardText(
            title, holder, holder_text is None, badges, links, width + 2 * PAD + STRIPE, height, details
        )

    def badges(self, role: Role, hidden: int) -> list[str]:
        badges = []
        if role.sourcing is Sourcing.OUTSOURCED:
            badges.append(tr("outsourced"))
        elif role.sourcing is Sourcing.FREELANCE:
            badges.append(tr("freelance"))
        if role.kind is RoleKind.ASSISTANT:
            badges.append(tr("staff"))
        if hidden:
            badges.append(f"+{hidden}")
        return badges

    def _badge_rows(self, badges: list[str], width: float) -> list[list[str]]:
        rows: list[list[str]] = []
        used = width + 1
        for badge in badges:
            w = self._badge.horizontalAdvance(badge) + 2 * BADGE_PAD + 4
            if used + w > width + 4:
                rows.append([])
                used = 0.0
            rows[-1].append(badge)
            used += w
        return rows

    # The layout's Measure protocol
    def card(self, role: Role, hidden: int) -> tuple[float, float]:
        text = self.content(role, hidden)
        return text.width, text.height

    def label(self, text: str) -> float:
        return self._header.horizontalAdvance(text) + 2 * PAD


class PaintedCard(NamedTuple):
    """One card to paint: where, what, in which team colour (a named tuple, as `CardText`)."""

    rect: QRectF
    text: CardText
    color: QColor
    assistant: bool = False


def paint_cards(
    painter: QPainter, cards: Sequence[PaintedCard], theme: Theme, fonts: ChartFonts, *, text: bool = True
) -> None:
    """Paint cards (each into its rect, as big as `CardMeasure` said), layer by layer.

    Painting all boxes, then all stripes, then all titles… keeps the painter's state the same
    across many cards, which makes SVG and PDF files several times smaller and faster to
    write. One card is painted the same way, alone or among thousands.
    """
    for assistant in (False, True):
        border = QPen(QColor(theme.card_border), 1.0)
        if assistant:
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(QColor(theme.card))
        # Square corners: rounded ones cost five times as much in SVG and PDF, which counts
        # at 100,000 cards; frames and badges stay rounded.
        boxes = [card.rect for card in cards if card.assistant is assistant]
        if boxes:
            painter.drawRects(boxes)
    painter.setPen(Qt.PenStyle.NoPen)
    by_color: dict[int, list[PaintedCard]] = {}
    for card in cards:
        by_color.setdefault(card.color.rgba(), []).append(card)
    for group in by_color.values():
        painter.setBrush(group[0].color)
        painter.drawRects(
            [QRectF(c.rect.x() + 0.5, c.rect.y() + 0.5, STRIPE, c.rect.height() - 1) for c in group]
        )
    if not text:  # too small on screen to read: boxes and colours only
        return

    title_metrics = fonts.metrics(fonts.title)
    title_ascent, title_height = title_metrics.ascent(), title_metrics.height()
    draw = painter.drawText  # looked up once: 100,000 cards have 200,000 lines or more
    painter.setPen(QColor(theme.text))
    painter.setFont(fonts.title)
    # where each card's lines start (left) and its top, asked of its rect once
    placed = [(card.rect.x() + STRIPE + PAD, card.rect.y(), card.text) for card in cards]
    for x, top, content in placed:
        y = top + PAD + title_ascent
        for line in content.title:
            draw(QPointF(x, y), line)
            y += title_height
    holder_top = PAD + LINE_GAP
    for vacant in (False, True):
        font = fonts.vacant if vacant else fonts.text
        metrics = fonts.metrics(font)
        ascent, height = metrics.ascent(), metrics.height()
        painter.setFont(font)
        painter.setPen(QColor(theme.muted if vacant else theme.text))
        for x, top, content in placed:
            if content.vacant is vacant:
                y = top + holder_top + len(content.title) * title_height + ascent
                for line in content.holder:
                    draw(QPointF(x, y), line)
                    y += height
    badged = [card for card in cards if card.text.badges]
    if badged:
        _paint_badges(painter, badged, theme, fonts)
    detailed = [card for card in cards if card.text.details is not None]
    if detailed:
        from orgchart.render.card_details import paint_details

        paint_details(painter, detailed, theme, fonts)
    marked = [card for card in cards if card.text.links]
    if marked:
        _paint_link_markers(painter, marked, theme, fonts)


def _badge_pills(card: PaintedCard, fonts: ChartFonts) -> list[tuple[QRectF, str]]:
    title, text, badge = (fonts.metrics(f) for f in (fonts.title, fonts.text, fonts.badge))
    y = (
        card.rect.y()
        + PAD
        + len(card.text.title) * title.height()
        + LINE_GAP
        + len(card.text.holder) * text.height()
    )
    pills = []
    for row in card.text.badges:
        y += LINE_GAP
        x = card.rect.x() + STRIPE + PAD
        for label in row:
            w = badge.horizontalAdvance(label) + 2 * BADGE_PAD
            pills.append((QRectF(x, y, w, badge.height() + 2), label))
            x += w + 4
        y += badge.height() + 2
    return pills


def _paint_badges(painter: QPainter, cards: Sequence[PaintedCard], theme: Theme, fonts: ChartFonts) -> None:
    pills = [pill for card in cards for pill in _badge_pills(card, fonts)]
    painter.setPen(QPen(QColor(theme.card_border), 0.8))
    painter.setBrush(QColor(theme.badge))
    painter.drawPath(_pill_path(rect for rect, _ in pills))
    painter.setPen(QColor(theme.badge_text))
    painter.setFont(fonts.badge)
    ascent = fonts.metrics(fonts.badge).ascent()
    for rect, label in pills:
        painter.drawText(QPointF(rect.x() + BADGE_PAD, rect.y() + 1 + ascent), label)


def _paint_link_markers(
    painter: QPainter, cards: Sequence[PaintedCard], theme: Theme, fonts: ChartFonts
) -> None:
    """A small pill on each card's top-right corner: how many dotted lines the role has."""
    metrics = fonts.metrics(fonts.badge)
    pills = []
    for card in cards:
        label = f"⋯ {card.text.links}"
        w, h = metrics.horizontalAdvance(label) + 2 * BADGE_PAD, metrics.height() + 2
        pills.append((QRectF(card.rect.right() - w - 6, card.rect.y() - h / 2, w, h), label))
    pen = QPen(QColor(theme.dotted), 1.0)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QColor(theme.card))
    painter.drawPath(_pill_path(rect for rect, _ in pills))
    painter.setPen(QColor(theme.dotted))
    painter.setFont(fonts.badge)
    for rect, label in pills:
        painter.drawText(QPointF(rect.x() + BADGE_PAD, rect.y() + 1 + metrics.ascent()), label)


def _pill_path(rects: Iterable[QRectF]) -> QPainterPath:
    """Rounded pills as one path (one element in SVG and PDF, however many there are)."""
    path = QPainterPath()
    for rect in rects:
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    return path
