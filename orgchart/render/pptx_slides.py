"""A chart as a PowerPoint deck (16:9) of native, editable shapes: an overview slide, then
each department (top-level team) on slides of its own.

Nothing on a slide is smaller than `MIN_FONT_PT`. The overview shows the whole chart if it
can at that size, else its top levels (as long as every department is still in them), else a
card per department; the slide says which. A department too large for one slide at that size
is paged by branch (`BranchPager`), laid out compact (leaf roles stacked in columns) where
that fits and the chart's own layout does not; pills on the cards say on which slide a
reporting line continues, and go there when clicked in a slide show.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.presentation import Presentation as Deck
from pptx.shapes.base import BaseShape
from pptx.slide import Slide
from pptx.util import Pt
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from orgchart.layout import LayoutParams, Rect
from orgchart.model import OrgChart
from orgchart.render import words
from orgchart.render.fonts import font
from orgchart.render.pdf_pages import Marker, marker_boxes, union
from orgchart.render.picture import ChartPicture
from orgchart.render.pptx_overview import department_map, line_legend
from orgchart.render.pptx_pages import BranchPage, BranchPager, drawn_bounds
from orgchart.render.pptx_shapes import (
    MIN_FONT_PT,
    Placement,
    SlideDrawing,
    blend,
    emu,
    fit_scale,
    rgb,
    set_text,
    slide_text,
)
from orgchart.render.theme import Theme
from orgchart.source_date import dated_zip, source_date

#: a 16:9 slide (13.33 x 7.5 inches), in points
SLIDE_W, SLIDE_H = 960.0, 540.0
SIDE = 30.0
CHART_TOP, CHART_BOTTOM = 80.0, 506.0
#: where a chart goes on a slide (width, height in points)
ROOM = (SLIDE_W - 2 * SIDE, CHART_BOTTOM - CHART_TOP)
#: a small department is not blown up beyond this
MAX_ZOOM = 1.5
#: room around what a department's slide shows (chart units): for the pills above and below
PAGE_ROOM = 22.0
TITLE_PT, SUBTITLE_PT, FOOTER_PT = 24.0, 12.0, 9.0

Link = tuple[BaseShape, int]  # a shape that leads to a slide (numbered from 1)


def tr(text: str) -> str:
    return words.translate("Slides", text)


def min_scale(theme: Theme) -> float:
    """The smallest scale at which every text of a chart is `MIN_FONT_PT` or more."""
    sizes = (theme.card_title_size, theme.card_text_size, theme.badge_size, theme.header_size)
    return MIN_FONT_PT / min(sizes)


@dataclass
class SlidePlan:
    """One slide: a region of a picture at a scale, with the roles whose cards it shows."""

    title: str
    subtitle: str
    picture: ChartPicture
    region: Rect
    scale: float
    roles: list[str]
    team_id: str | None = None  # the department (None: the overview)
    teams: set[str] = field(default_factory=set)  # whose frames it shows (empty: all)
    stand_ins: list[str] = field(default_factory=list)  # managers shown as reminders above
    hidden: dict[str, int] = field(default_factory=dict)  # roles below, for cards that count them


def pptx_bytes(
    chart: OrgChart,
    theme: Theme,
    params: LayoutParams | None = None,
    *,
    title: bool = True,
    legend: bool = True,
) -> bytes:
    """The chart as a .pptx file: an overview, then a slide (or several) per department.
    ``title``: the chart's name on the overview; ``legend``: what dotted lines mean."""
    params = params or LayoutParams()
    floor = min_scale(theme)
    base = ChartPicture(chart, theme, params, title=False, legend=False)
    pictures = {(params.compact, params.max_depth): base}

    def picture(compact: bool, depth: int | None) -> ChartPicture:
        if (compact, depth) not in pictures:
            changed = replace(params, compact=compact, max_depth=depth)
            pictures[compact, depth] = ChartPicture(
                chart, theme, changed, title=False, legend=False, measure=base.measure
            )
        return pictures[compact, depth]

    def fits(part: ChartPicture, teams: set[str]) -> bool:
        return fit_scale(ROOM, drawn_bounds(part, teams, PAGE_ROOM)) >= floor

    pager = BranchPager(base, params, fits)
    plans = [plan for team_id in chart.subteams_of(None) for plan in _department(chart, pager.pages(team_id))]
    overview = _overview(params, base, picture, floor)
    if _repeats(overview, plans):  # one department the overview shows whole, about as large
        plans = []
    first_slide: dict[str, int] = {}
    page_of_role: dict[str, int] = {}
    for number, plan in enumerate(plans, start=2):
        first_slide.setdefault(plan.team_id or "", number)
        page_of_role.update(dict.fromkeys(plan.roles, number))

    deck = Presentation()
    deck.slide_width, deck.slide_height = emu(SLIDE_W), emu(SLIDE_H)
    name = chart.name if title else ""
    slides: list[Slide] = []
    links: list[Link] = []
    if overview is None:
        slide = _new_slide(deck, theme, name, "")
        area = (SIDE, CHART_TOP, *ROOM)
        links, more = department_map(slide, base, first_slide, area, floor, MAX_ZOOM)
        note = tr("The departments; each follows on slides of its own")
        _subtitle(slide, theme, f"{note} · {more}" if more else note)
        slides.append(slide)
    else:
        slides.append(_chart_slide(deck, overview, name, legend))
    for plan in plans:
        slides.append(_chart_slide(deck, plan, plan.title, legend))
        links += _markers(slides[-1], plan, chart, len(slides), page_of_role)
    for number, slide in enumerate(slides, start=1):
        _footer(slide, theme, f"{number} / {len(slides)}")
    for shape, target in links:  # every slide exists now
        shape.click_action.target_slide = slides[target - 1]
    properties = deck.core_properties
    properties.title = slide_text(chart.name or "Org chart")
    properties.author = properties.last_modified_by = "orgchart"
    properties.comments = ""  # (the template's says which library made it, and who)
    when = source_date() or datetime.now(timezone.utc)
    properties.created = properties.modified = when.replace(tzinfo=None)  # (written as UTC)
    out = io.BytesIO()
    deck.save(out)
    return dated_zip(out.getvalue())


def _department(chart: OrgChart, pages: list[BranchPage]) -> list[SlidePlan]:
    """A department's pages as slides, titled with its name, all at one scale (the largest
    at which each fits), so that its cards are the same size on each."""
    if not pages:
        return []
    regions = [drawn_bounds(page.picture, page.teams, PAGE_ROOM) for page in pages]
    scale = min(MAX_ZOOM, *(fit_scale(ROOM, region) for region in regions))
    count = sum(len(chart.members_of(t)) for t in pages[0].teams)
    about = tr("1 role") if count == 1 else tr("%1 roles").replace("%1", str(count))
    name = chart.team(pages[0].team_id).name
    plans = []
    for k, (page, region) in enumerate(zip(pages, regions, strict=True), start=1):
        subtitle = about
        if len(pages) > 1:
            subtitle += " · " + tr("slide %1 of %2").replace("%1", str(k)).replace("%2", str(len(pages)))
        plans.append(
            SlidePlan(
                name,
                subtitle,
                page.picture,
                region,
                scale,
                page.roles,
                page.team_id,
                page.teams,
                page.stand_ins,
                page.hidden,
            )
        )
    return plans


def _repeats(overview: SlidePlan | None, plans: list[SlidePlan]) -> bool:
    """Whether the one department slide would show what the overview does, hardly larger
    (by a tenth at most, as a PDF's lone department page): the same roles, all of them."""
    if overview is None or len(plans) != 1:
        return False
    (plan,) = plans
    return set(plan.roles) == set(overview.roles) and overview.scale >= 0.9 * plan.scale


def _overview(
    params: LayoutParams,
    base: ChartPicture,
    picture: Callable[[bool, int | None], ChartPicture],
    floor: float,
) -> SlidePlan | None:
    """The whole chart if it is readable on a slide; else as many of its top levels as are,
    if every department is among them; else None (a map of the departments instead)."""

    def plan(candidate: ChartPicture, subtitle: str) -> SlidePlan:
        bounds = candidate.geometry.bounds
        scale = min(fit_scale(ROOM, bounds), MAX_ZOOM)
        return SlidePlan("", subtitle, candidate, bounds, scale, list(candidate.geometry.cards))

    def fits(candidate: ChartPicture) -> bool:
        return fit_scale(ROOM, candidate.geometry.bounds) >= floor

    if fits(base):
        return plan(base, "")
    if not params.compact and fits(picture(True, params.max_depth)):
        return plan(picture(True, params.max_depth), "")
    departments = {f.team_id for f in base.geometry.frames if f.level == 0}
    best: SlidePlan | None = None
    for depth in range(1, _levels(base)):
        tries = (picture(params.compact, depth), picture(True, depth))
        found = next((p for p in tries if fits(p)), None)
        if found is None:
            break  # more levels take more room still
        if {f.team_id for f in found.geometry.frames if f.level == 0} >= departments:
            if depth == 1:
                note = tr("The top level; every department follows in full on slides of its own")
            else:
                note = tr("The top %1 levels; every department follows in full on slides of its own")
            best = plan(found, note.replace("%1", str(depth)))
    return best


def _levels(picture: ChartPicture) -> int:
    """How many levels of roles the picture shows."""
    cards = picture.geometry.cards
    hierarchy = picture.chart.hierarchy()
    depth: dict[str, int] = {}
    for role_id in hierarchy.order:  # managers first
        if role_id in cards:
            manager = hierarchy.manager[role_id]
            depth[role_id] = depth[manager] + 1 if manager in depth else 1
    return max(depth.values(), default=0)


def _chart_slide(deck: Deck, plan: SlidePlan, title: str, legend: bool) -> Slide:
    slide = _new_slide(deck, plan.picture.theme, title, plan.subtitle)
    drawing = _draw(slide, plan)
    if legend:
        line_legend(slide, plan.picture, drawing.kinds, (SIDE, CHART_BOTTOM + 10), drawing.counted)
    return slide


def _draw(slide: Slide, plan: SlidePlan) -> SlideDrawing:
    """Frames, cards, then the lines between them (placed beneath the cards) and labels."""
    picture, region = plan.picture, plan.region
    width = region.w * plan.scale
    placement = Placement(region, plan.scale, SIDE + (ROOM[0] - width) / 2, CHART_TOP)
    drawing = SlideDrawing(slide.shapes, picture, placement)
    theme, colors = picture.theme, picture.painter.colors
    fills: dict[str, QColor] = {}
    for frame in picture.geometry.frames:  # outer ones first
        if plan.teams and frame.team_id not in plan.teams:
            continue
        parent = picture.chart.parent_of(frame.team_id)
        under = fills.get(parent or "", QColor(theme.background))
        fills[frame.team_id] = blend(colors[frame.team_id], under, theme.frame_fill_alpha)
        clipped = _intersection(frame.rect, region)
        if clipped is not None:
            header = frame.header if region.contains(frame.header, 0.5) else None
            drawing.frame(frame.team_id, clipped, fills[frame.team_id], header)
    on_slide = set(plan.roles)
    for role_id in plan.roles:
        drawing.card(role_id, plan.hidden.get(role_id))
    for stand_in in plan.stand_ins:
        drawing.card(stand_in, stand_in=True)
        on_slide.add(stand_in)
    for line in picture.geometry.lines:
        if line.source in on_slide and line.target in on_slide and len(line.points) > 1:
            drawing.line(line)
    for line, box in picture.painter.label_places():
        rect = Rect(box.x(), box.y(), box.width(), box.height())
        if line.source in on_slide and line.target in on_slide and region.contains(rect, 0.5):
            drawing.label(line.label, rect, theme.dotted)
    return drawing


def _markers(
    slide: Slide, plan: SlidePlan, chart: OrgChart, number: int, page_of_role: dict[str, int]
) -> list[Link]:
    """Pills where reporting lines continue on other slides: above the stand-in (the slide
    that shows it) and below each card with reports elsewhere. Returns each with the slide it
    leads to."""
    picture = plan.picture
    cards = picture.geometry.cards
    markers: list[tuple[Marker, int]] = []
    for stand_in in plan.stand_ins:
        if stand_in in page_of_role:
            page = page_of_role[stand_in]
            text = tr("↑ slide %1").replace("%1", str(page))
            markers.append((Marker(cards[stand_in].rect, True, text), page))
    away: dict[str, list[str]] = {}  # managers on other slides (no stand-in) -> their reports here
    on_slide = {*plan.roles, *plan.stand_ins}
    for role_id in plan.roles:
        manager = chart.manager_of(role_id)
        if manager is not None and manager not in on_slide and manager in page_of_role:
            away.setdefault(manager, []).append(role_id)
    for manager, reports in away.items():
        page = page_of_role[manager]
        name = _short(chart.role(manager).title)
        text = tr("↑ %1 · slide %2").replace("%1", name).replace("%2", str(page))
        markers.append((Marker(union([cards[r].rect for r in reports]), True, text), page))
    for role_id in plan.roles:
        pages = {page_of_role.get(r, number) for r in chart.reports_of(role_id)} - {number}
        if pages:
            several = tr("↓ continues on slides %1") if len(pages) > 1 else tr("↓ continues on slide %1")
            text = several.replace("%1", ", ".join(str(p) for p in sorted(pages)))
            markers.append((Marker(cards[role_id].rect, False, text), min(pages)))
    if not markers:
        return []
    width = plan.region.w * plan.scale
    placement = Placement(plan.region, plan.scale, SIDE + (ROOM[0] - width) / 2, CHART_TOP)
    drawing = SlideDrawing(slide.shapes, picture, placement)
    boxes = marker_boxes(picture, [m for m, _ in markers])
    return [
        (drawing.pill(marker.text, _inside(box, plan.region)), page)
        for (marker, page), box in zip(markers, boxes, strict=True)
    ]


def _short(title: str, at_most: int = 40) -> str:
    title = " ".join(slide_text(title).split())
    return title if len(title) <= at_most else title[: at_most - 1].rstrip() + "…"


def _new_slide(deck: Deck, theme: Theme, title: str, subtitle: str) -> Slide:
    """A slide in the theme's background with ``title`` as its real title (the one
    PowerPoint's outline and navigation show) and ``subtitle`` below it."""
    layout = next((lo for lo in deck.slide_layouts if lo.name == "Title Only"), deck.slide_layouts[5])
    slide = deck.slides.add_slide(layout)
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = rgb(theme.background)
    heading = slide.shapes.title
    if heading is not None and not title:
        heading._element.getparent().remove(heading._element)
    elif heading is not None:
        heading.left, heading.top = emu(SIDE), emu(14)
        heading.width, heading.height = emu(SLIDE_W - 2 * SIDE), emu(40)
        set_text(heading.text_frame, [(title, _title_size(title), theme.text, True, False, 0)])
    if subtitle:
        _subtitle(slide, theme, subtitle)
    return slide


def _subtitle(slide: Slide, theme: Theme, text: str) -> None:
    box = slide.shapes.add_textbox(emu(SIDE), emu(54), emu(SLIDE_W - 2 * SIDE), emu(20))
    box.name = "Subtitle"
    set_text(box.text_frame, [(text, Pt(SUBTITLE_PT), theme.muted, False, False, 0)])


def _footer(slide: Slide, theme: Theme, text: str) -> None:
    box = slide.shapes.add_textbox(emu(SLIDE_W - SIDE - 120), emu(CHART_BOTTOM + 10), emu(120), emu(16))
    box.name = "Slide number"
    set_text(box.text_frame, [(text, Pt(FOOTER_PT), theme.muted, False, False, 0)], align=PP_ALIGN.RIGHT)


def _title_size(title: str) -> Pt:
    """`TITLE_PT`, or smaller for a long title (down to 14 pt) so that it fits on one line
    (measured in the chart's font, which is wider than the slide's)."""
    width = QFontMetricsF(font(100, bold=True)).horizontalAdvance(slide_text(title)) / 100
    return Pt(round(max(14.0, min(TITLE_PT, (SLIDE_W - 2 * SIDE) / max(width, 1e-6)))))


def _intersection(a: Rect, b: Rect) -> Rect | None:
    left, top = max(a.x, b.x), max(a.y, b.y)
    right, bottom = min(a.right, b.right), min(a.bottom, b.bottom)
    if right - left < 1 or bottom - top < 1:
        return None
    return Rect(left, top, right - left, bottom - top)


def _inside(box: QRectF, region: Rect) -> Rect:
    """``box`` moved (not resized) as little as it takes to lie inside ``region``."""
    x = min(max(box.x(), region.x), region.right - box.width())
    y = min(max(box.y(), region.y), region.bottom - box.height())
    return Rect(x, y, box.width(), box.height())
