"""A laid-out chart drawn on a PowerPoint slide as native shapes people can edit: a card is a
rounded box holding its texts (grouped with its team colour stripe), a team a framed box
with its name, a reporting line an elbow connector glued to the two cards.

Sizes, wrapping widths and colours are the canvas's (`CardMeasure`, the theme); text is set
in Arial, which every PowerPoint has and which is narrower than the DejaVu Sans the cards are
measured with, so every text fits its box.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.shapes.shapetree import SlideShapes
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt
from PySide6.QtGui import QColor

from orgchart.layout import Line, LineKind, Rect
from orgchart.model import RoleKind
from orgchart.render.card import LINE_GAP, PAD, STRIPE
from orgchart.render.chart_painter import FRAME_RADIUS
from orgchart.render.contrast import readable
from orgchart.render.picture import ChartPicture
from orgchart.render.pptx_connectors import connector_geometry, connector_xml
from orgchart.render.pptx_xml import Run, card_group
from orgchart.render.text import printable
from orgchart.render.theme import Theme

EMU_PER_PT = 12700
FONT = "Arial"
#: no text on a slide is smaller than this (points)
MIN_FONT_PT = 8.0
CARD_RADIUS = 3.0  # chart units: nearly square, as on the canvas
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_NAMES = {
    LineKind.REPORTS: "Reports to",
    LineKind.MATRIX: "Secondary manager",
    LineKind.WORKS_WITH: "Works with",
}


def slide_text(text: str) -> str:
    """``text`` as a slide can hold it: line breaks kept, other control characters (which XML
    cannot hold) as spaces."""
    return "\n".join(printable(_SURROGATE.sub("\ufffd", line)) for line in text.splitlines())


def rgb(color: str | QColor) -> RGBColor:
    return RGBColor.from_string(QColor(color).name()[1:].upper())


def emu(points: float) -> Emu:
    return Emu(round(points * EMU_PER_PT))


def font_size(pixels: float, scale: float) -> Pt:
    """A chart font (pixels, one a point at scale 1) at ``scale``, never below `MIN_FONT_PT`."""
    return Pt(max(MIN_FONT_PT, round(pixels * scale * 2) / 2))


def fit_scale(room: tuple[float, float], region: Rect) -> float:
    """The scale at which ``region`` fills ``room`` (width, height)."""
    return min(room[0] / max(region.w, 1e-9), room[1] / max(region.h, 1e-9))


@dataclass(frozen=True)
class Placement:
    """Where a region of the chart goes on a slide: its corner at (``left``, ``top``) points,
    ``scale`` points per chart unit."""

    region: Rect
    scale: float
    left: float
    top: float

    def point(self, x: float, y: float) -> tuple[int, int]:
        s = self.scale
        return (
            round((self.left + (x - self.region.x) * s) * EMU_PER_PT),
            round((self.top + (y - self.region.y) * s) * EMU_PER_PT),
        )

    def rect(self, r: Rect) -> tuple[int, int, int, int]:
        x, y = self.point(r.x, r.y)
        right, bottom = self.point(r.right, r.bottom)
        return x, y, right - x, bottom - y


def plain(shape: Shape) -> Shape:
    """``shape`` without the template's style (its shadow and accent colours)."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)
    return shape


def set_text(
    frame: TextFrame,
    paragraphs: Sequence[tuple[str, Pt, str | QColor, bool, bool, float]],
    *,
    margins: tuple[float, float, float, float] = (0, 0, 0, 0),
    wrap: bool = True,
    align: PP_ALIGN = PP_ALIGN.LEFT,
) -> None:
    """Fill ``frame`` with paragraphs of (text, size, colour, bold, italic, points before);
    margins (left, top, right, bottom) in points."""
    frame.word_wrap = wrap
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left, frame.margin_top, frame.margin_right, frame.margin_bottom = (emu(m) for m in margins)
    for k, (text, size, color, bold, italic, before) in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        paragraph.alignment = align
        if before:
            paragraph.space_before = Pt(round(before * 2) / 2)
        for n, line in enumerate(slide_text(text).split("\n")):
            if n:
                paragraph.add_line_break()
            run = paragraph.add_run()
            run.text = line
            font = run.font
            font.name, font.size, font.bold, font.italic = FONT, size, bold, italic
            font.color.rgb = rgb(color)


class SlideDrawing:
    """Draws shapes of one picture's geometry onto one slide, through one placement."""

    def __init__(self, shapes: SlideShapes, picture: ChartPicture, placement: Placement) -> None:
        self.shapes, self.picture, self.at = shapes, picture, placement
        self.theme: Theme = picture.theme
        self.colors = picture.painter.colors
        self.scale = placement.scale
        #: role id -> the card's box (what connectors are glued to)
        self.cards: dict[str, Shape] = {}
        #: the kinds of line drawn (for a legend)
        self.kinds: set[LineKind] = set()
        #: whether a card drawn counts the roles below it that are not shown ("+n")
        self.counted = False
        self._first_card: object | None = None

    def px(self, pixels: float) -> Pt:
        return font_size(pixels, self.scale)

    def frame(self, team_id: str, rect: Rect, fill: QColor, header: Rect | None) -> Shape:
        """A team's frame (``rect``: the part of it on this slide), with its name in
        ``header`` if that is on the slide too."""
        theme, s = self.theme, self.scale
        color = self.colors[team_id]
        name = self.picture.painter.team_names[team_id]
        box = plain(self.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, *self.at.rect(rect)))
        box.name = f"Team {slide_text(name)}"[:250]
        box.adjustments[0] = min(0.5, FRAME_RADIUS / max(1.0, min(rect.w, rect.h)))
        if theme.frame_fill_alpha:
            box.fill.solid()
            box.fill.fore_color.rgb = rgb(fill)
        else:
            box.fill.background()
        border = color if theme.monochrome else blend(color, QColor(theme.background), 170)
        box.line.color.rgb = rgb(border)
        box.line.width = emu(max(0.5, 1.2 * s))
        if header is not None:
            if theme.header_text:
                text = QColor(theme.header_text)
            else:  # as on the canvas: the team's colour, made readable on the background
                text = readable(color, QColor(theme.background))
            fonts = self.picture.fonts
            top = header.y - rect.y + max(0.0, (header.h - fonts.metrics(fonts.header).height()) / 2)
            set_text(
                box.text_frame,
                [(name, self.px(theme.header_size), text, True, False, 0)],
                margins=((header.x - rect.x + 10) * s, top * s, 0, 0),
                wrap=False,
            )
        return box

    def card(self, role_id: str, hidden: int | None = None, *, stand_in: bool = False) -> Shape:
        """The role's card as laid out: a rounded box with its title (bold), holder (or
        "vacant" in italics) and badges, grouped with its team's colour stripe. ``hidden``:
        the roles below it, if the layout counted fewer; a ``stand_in`` (a manager shown
        on another slide) is outlined, dashed, without badges."""
        card = self.picture.geometry.cards[role_id]
        role = self.picture.painter.roles[role_id]
        measure = self.picture.measure
        content = measure.content(role, card.hidden)
        holder = role.holder if role.holder is not None else " ".join(content.holder)
        count = card.hidden if hidden is None or not card.hidden else hidden
        badges = [] if stand_in else measure.badges(role, count)
        self.counted = self.counted or bool(count and not stand_in)
        color = self.colors[card.team_id]
        assistant = role.kind is RoleKind.ASSISTANT
        box = self.card_box(card.rect, role.title, holder, content.vacant, badges, color, assistant, stand_in)
        self.cards[role_id] = box
        return box

    def card_box(
        self,
        rect: Rect,
        title: str,
        holder: str,
        vacant: bool,
        badges: Sequence[str],
        color: QColor,
        assistant: bool = False,
        stand_in: bool = False,
    ) -> Shape:
        """A card at ``rect`` (chart coordinates) with these texts; returns its box."""
        theme, s = self.theme, self.scale
        x, y, w, h = self.at.rect(rect)
        title_pt, text_pt = self.px(theme.card_title_size).pt, self.px(theme.card_text_size).pt
        text = [
            Run(_lines(title), title_pt, str(rgb(theme.text)), bold=True),
            Run(_lines(holder), text_pt, str(rgb(theme.muted if vacant else theme.text)), italic=vacant),
        ]
        text[1] = replace(text[1], before=round(LINE_GAP * s * 2) / 2)
        if badges:
            small = self.px(theme.badge_size).pt
            text.append(Run([" · ".join(badges)], small, str(rgb(theme.badge_text)), before=round(4 * s) / 2))
        inset = round(0.5 * s * EMU_PER_PT)
        group = card_group(
            self.shapes._next_shape_id,
            slide_text(" ".join(title.split()))[:250],
            (x, y, w, h),
            CARD_RADIUS / max(1.0, min(rect.w, rect.h)),
            str(rgb(theme.background if stand_in else theme.card)),
            str(rgb(theme.muted if stand_in else theme.card_border)),
            emu(max(0.5, 1.0 * s)),
            assistant or stand_in,
            text,
            (emu((STRIPE + PAD) * s), emu(PAD * s), emu(PAD * s / 2), 0),
            (x + inset, y + inset, emu(STRIPE * s), h - 2 * inset),
            str(rgb(color)),
            FONT,
            "Stand-in" if stand_in else "Card",
        )
        self.shapes._spTree.append(group)
        box = Shape(group[2], self.shapes)
        if self._first_card is None:
            self._first_card = group
        return box

    def line(self, line: Line) -> None:
        """A line between two cards drawn already, as a connector glued to both (beneath
        every card, as on the canvas: lines never hide a card)."""
        theme, s = self.theme, self.scale
        begin, end = self.cards[line.source], self.cards[line.target]
        region = self.at.region
        # A route stays on its slide (a dotted one may go round cards beyond it).
        points = [
            self.at.point(_clamp(x, region.x, region.right), _clamp(y, region.y, region.bottom))
            for x, y in line.points
        ]
        reports = line.kind is LineKind.REPORTS
        self.kinds.add(line.kind)
        dash = None if reports else ("dash" if line.kind is LineKind.WORKS_WITH else "dashDot")
        element = connector_xml(
            self.shapes._next_shape_id,
            _LINE_NAMES[line.kind],
            connector_geometry(points, elbow=reports),
            (begin.shape_id, _site(begin, points[0])),
            (end.shape_id, _site(end, points[-1])),
            str(rgb(theme.line if reports else theme.dotted)),
            emu(max(0.75, 1.3 * s)),
            dash,
        )
        if self._first_card is not None:  # beneath the cards
            self._first_card.addprevious(element)
        else:
            self.shapes._spTree.append(element)

    def label(self, text: str, rect: Rect, color: str) -> Shape:
        """A dotted line's label: small text on the background's colour."""
        box = self.shapes.add_textbox(*self.at.rect(rect))
        box.name = "Label"
        box.fill.solid()
        box.fill.fore_color.rgb = rgb(self.theme.background)
        set_text(
            box.text_frame,
            [(text, self.px(self.theme.badge_size), color, False, False, 0)],
            margins=(1.5 * self.scale, 0.5 * self.scale, 0, 0),
            wrap=False,
        )
        return box

    def pill(self, text: str, rect: Rect) -> Shape:
        """A rounded marker (a continuation, a slide to go to), in chart coordinates."""
        theme, s = self.theme, self.scale
        box = plain(self.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, *self.at.rect(rect)))
        box.name = "Continuation"
        box.adjustments[0] = 0.5
        box.fill.solid()
        box.fill.fore_color.rgb = rgb(theme.background)
        box.line.color.rgb = rgb(theme.text)
        box.line.width = emu(max(0.5, 0.8 * s))
        set_text(
            box.text_frame,
            [(text, self.px(theme.badge_size), theme.text, False, False, 0)],
            margins=(4 * s, 1 * s, 0, 0),
            wrap=False,
        )
        return box


def blend(color: QColor, under: QColor, alpha: int) -> QColor:
    """``color`` at ``alpha`` (0-255) over ``under``, as one opaque colour."""
    a = alpha / 255
    return QColor(
        round(color.red() * a + under.red() * (1 - a)),
        round(color.green() * a + under.green() * (1 - a)),
        round(color.blue() * a + under.blue() * (1 - a)),
    )


def _site(shape: Shape, point: tuple[int, int]) -> int:
    """The connection site of a box nearest to where a route meets it: 0 top, 1 left,
    2 bottom, 3 right (the sites of a rectangle, rounded or not)."""
    x, y = point
    distances = (
        abs(y - shape.top),
        abs(x - shape.left),
        abs(y - (shape.top + shape.height)),
        abs(x - (shape.left + shape.width)),
    )
    return min(range(4), key=lambda k: distances[k])


def _lines(text: str) -> list[str]:
    return slide_text(text).split("\n")


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)
