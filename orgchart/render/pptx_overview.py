"""Parts of slides that are not the chart itself: the map of departments an overview shows
when not even the chart's top levels are readable on one slide, and the legend of lines."""

from __future__ import annotations

import math
from collections.abc import Collection

from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.shapes.base import BaseShape
from pptx.slide import Slide
from pptx.util import Pt
from PySide6.QtGui import QColor

from orgchart.layout import LineKind, Rect
from orgchart.model import OrgChart, Role
from orgchart.render import words
from orgchart.render.picture import ChartPicture
from orgchart.render.pptx_shapes import (
    MIN_FONT_PT,
    Placement,
    SlideDrawing,
    emu,
    fit_scale,
    font_size,
    rgb,
    set_text,
)

GAP = 24.0  # chart units between the cards of the map
SAMPLE = 24.0  # points: the length of a line in the legend


def tr(text: str) -> str:
    return words.translate("Slides", text)


def department_map(
    slide: Slide,
    picture: ChartPicture,
    first_slide: dict[str, int],
    area: tuple[float, float, float, float],
    floor: float,
    max_zoom: float,
) -> tuple[list[tuple[BaseShape, int]], str]:
    """A card per department (its name, its lead or how many roles it has, and a pill that
    leads to its first slide), in rows, as large as ``area`` (left, top, width, height in
    points) allows but at least at ``floor``. Returns the pills with their slides, and a
    note if some departments did not fit."""
    chart, measure = picture.chart, picture.measure
    cards = []
    for team_id in chart.subteams_of(None):
        if team_id not in first_slide:
            continue
        title, holder, badges = _summary(chart, team_id)
        content = measure.content(Role("department-map", title, holder), 1 if badges else 0)
        cards.append((team_id, title, holder, badges, content.width, content.height))
    if not cards:
        return [], ""
    metrics = picture.fonts.metrics(picture.fonts.badge)
    pill_h = metrics.height() + 4
    # One size for all, so that the map reads as a table
    card_w, card_h = max(c[4] for c in cards), max(c[5] for c in cards)
    cell_w, cell_h = card_w, card_h + 6 + pill_h
    room = (area[2], area[3])
    shown = len(cards)
    while True:
        columns, scale = _columns(shown, cell_w, cell_h, room, max_zoom)
        if scale >= floor or shown == 1:
            break
        shown -= 1
    rows = math.ceil(shown / columns)
    region = Rect(0, 0, columns * cell_w + (columns - 1) * GAP, rows * cell_h + (rows - 1) * GAP)
    left = area[0] + (area[2] - region.w * scale) / 2
    drawing = SlideDrawing(slide.shapes, picture, Placement(region, scale, left, area[1]))
    links: list[tuple[BaseShape, int]] = []
    for k, (team_id, title, holder, badges, _, _) in enumerate(cards[:shown]):
        x, y = (k % columns) * (cell_w + GAP), (k // columns) * (cell_h + GAP)
        color = picture.painter.colors[team_id]
        drawing.card_box(Rect(x, y, card_w, card_h), title, holder, False, badges, color)
        page = first_slide[team_id]
        text = tr("→ slide %1").replace("%1", str(page))
        pill_w = metrics.horizontalAdvance(text) + 10
        links.append((drawing.pill(text, Rect(x, y + card_h + 6, pill_w, pill_h)), page))
    note = ""
    if shown < len(cards):
        more = len(cards) - shown
        note = tr("%1 more departments follow").replace("%1", str(more))
    return links, note


def _summary(chart: OrgChart, team_id: str) -> tuple[str, str, list[str]]:
    """A department's card on the map: its name; its lead (title and holder) and its number
    of roles, or only that number when it has no single lead."""
    count = sum(len(chart.members_of(t)) for t in chart.team_ids_under(team_id))
    roles = tr("1 role") if count == 1 else tr("%1 roles").replace("%1", str(count))
    heads = chart.heads_of(team_id)
    if len(heads) != 1:
        return chart.team(team_id).name, roles, []
    lead = chart.role(heads[0])
    holder = f"{lead.title}: {lead.holder}" if lead.holder else lead.title
    return chart.team(team_id).name, holder, [roles]


def _columns(
    n: int, cell_w: float, cell_h: float, room: tuple[float, float], max_zoom: float
) -> tuple[int, float]:
    """How many columns show ``n`` cells largest in ``room``, and at what scale."""
    best = (1, 0.0)
    for columns in range(1, n + 1):
        rows = math.ceil(n / columns)
        size = Rect(0, 0, columns * cell_w + (columns - 1) * GAP, rows * cell_h + (rows - 1) * GAP)
        scale = min(fit_scale(room, size), max_zoom)
        if scale > best[1] + 1e-9:
            best = (columns, scale)
    return best


def line_legend(
    slide: Slide,
    picture: ChartPicture,
    kinds: Collection[LineKind],
    at: tuple[float, float],
    counted: bool = False,
) -> None:
    """What the lines mean, in one row from ``at`` (points): only where a slide has dotted
    lines (a solid line between cards needs no words); and, if ``counted``, what the "+n"
    on a card is (as the exported pictures' legend says)."""
    if kinds <= {LineKind.REPORTS}:
        kinds = ()  # no line needs words
    theme = picture.theme
    words = {
        LineKind.REPORTS: tr("reports to"),
        LineKind.MATRIX: tr("secondary manager"),
        LineKind.WORKS_WITH: tr("works closely with"),
    }
    size = font_size(MIN_FONT_PT + 1, 1.0)
    x, y = at
    for kind in (LineKind.REPORTS, LineKind.MATRIX, LineKind.WORKS_WITH):
        if kind not in kinds:
            continue
        middle = y + 7
        sample = slide.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, emu(x), emu(middle), emu(x + SAMPLE), emu(middle)
        )
        sample.name = "Legend line"
        sample.line.color.rgb = rgb(theme.line if kind is LineKind.REPORTS else theme.dotted)
        sample.line.width = emu(1.3)
        if kind is not LineKind.REPORTS:
            dash = MSO_LINE_DASH_STYLE.DASH if kind is LineKind.WORKS_WITH else MSO_LINE_DASH_STYLE.DASH_DOT
            sample.line.dash_style = dash
        x += SAMPLE + 5
        x += _legend_words(slide, picture, words[kind], (x, y), size) + 14
    if counted:
        _legend_words(slide, picture, tr("+n on a card: the roles below it, not shown"), (x, y), size)


def _legend_words(slide: Slide, picture: ChartPicture, text: str, at: tuple[float, float], size: Pt) -> float:
    """A text box of the legend at ``at`` (points); returns its width."""
    theme, metrics = picture.theme, picture.fonts.metrics(picture.fonts.text)
    # measured in the chart's font (wider than Arial): room enough
    width = metrics.horizontalAdvance(text) * size.pt / theme.card_text_size + 6
    box = slide.shapes.add_textbox(emu(at[0]), emu(at[1]), emu(width), emu(14))
    box.name = "Legend"
    set_text(box.text_frame, [(text, size, QColor(theme.text), False, False, 0)], wrap=False)
    return width
