"""PDFs of more than one page: a page per department, or the chart tiled as a poster.

A department page shows that department's frame at a readable size; where a reporting line
leaves the page, a marker on the card says which page it continues on.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPainter

from orgchart.layout import LineKind, Rect
from orgchart.model import Direction, OrgChart
from orgchart.render import words
from orgchart.render.export import MIN_PRINTED_POINTS, PdfOptions, message, pdf_writer
from orgchart.render.offscreen import painting
from orgchart.render.pdf_identity import reproducible
from orgchart.render.picture import ChartPicture
from orgchart.render.poster import paint_poster
from orgchart.render.split_notes import edge_notes, paint_pill
from orgchart.render.text import printable

#: Department pages are never enlarged beyond this (a tiny team would look odd filling A4).
MAX_ZOOM = 1.6
#: ... nor shrunk below this: a department that would need it is split over several pages.
MIN_READABLE = 0.6
MAX_SPLIT = 4


def tr(text: str) -> str:
    return words.translate("Pages", text)


@dataclass(frozen=True)
class Marker:
    """A pill beside a card saying where its reporting line (or a dotted one) continues."""

    rect: Rect  # the card, in chart coordinates
    above: bool  # at the card's top edge (its manager is elsewhere) or bottom (reports are)
    text: str
    dotted: bool = False  # about dotted lines: drawn in their colour, with a dashed border


@dataclass(frozen=True)
class _Page:
    team_id: str
    region: QRectF  # in picture coordinates
    part: int
    parts: int
    sheet: QSizeF  # the printable area of the page it goes on (in points)
    row: int = 0  # its place in the grid the department is cut into
    col: int = 0

    @property
    def landscape(self) -> bool:
        return self.sheet.width() > self.sheet.height()


def department_pages_pdf(picture: ChartPicture, options: PdfOptions | None = None) -> tuple[bytes, str]:
    """Page 1: the whole chart; then each department (or, in a chart with one department,
    each of its teams) on pages of its own, never below `MIN_READABLE` scale: a department too
    large for one page is split over several (up to `MAX_SPLIT` by `MAX_SPLIT`). Markers say
    where lines continue. Also a warning ("" if none) when departments that large still print
    their text too small to read.

    With ``orientation`` "auto" each department's pages are turned the way it needs fewer
    of, else the way it prints larger (a wide department landscape, a deep one portrait),
    and the overview the way the whole chart fits; otherwise every page is turned as asked."""
    options = options or PdfOptions()
    writer, buffer, page = pdf_writer(picture, options, picture.width >= picture.height)
    # the printable area turned (the margins are the same on every side)
    sheets = [page, QSizeF(page.height(), page.width())] if options.orientation == "auto" else [page]
    pages = _plan(picture, *sheets)
    scale_of_team = team_scales(pages)
    overview = min(page.width() / picture.width, page.height() / picture.height)
    # One page, which would show it hardly larger (by a tenth at most) than the overview does
    # already, or the overview at full size: the overview alone.
    if len(pages) == 1 and overview >= 0.9 * min(scale_of_team[pages[0].team_id], 1.0):
        pages = []
    on_page, page_of_role = page_numbers(picture, pages)

    with painting(writer) as painter:
        _fit(painter, page, QRectF(0, 0, picture.width, picture.height), zoom_limit=None)
        picture.paint(painter)
        turned = page.width() > page.height()
        for number, planned in enumerate(pages, start=2):
            painter.resetTransform()
            if planned.landscape != turned:  # (takes effect on the page begun next)
                turned = planned.landscape
                writer.setPageOrientation(
                    QPageLayout.Orientation.Landscape if turned else QPageLayout.Orientation.Portrait
                )
            writer.newPage()
            region, sheet = planned.region, planned.sheet
            _fit(painter, sheet, region, zoom_limit=scale_of_team[planned.team_id])
            painter.setClipRect(region)
            department = set(picture.chart.team_ids_under(planned.team_id))
            ends = {r for r, card in picture.geometry.cards.items() if card.team_id in department}
            # a card the page's edge would cut is left to the page that shows it whole
            cut = _cut_cards(picture, region, on_page[number])
            picture.paint(painter, clip=region, whole_labels=True, ends=ends, skip=cut)
            painter.setClipping(False)  # a pill may stand a little outside the region
            notes = edge_notes(picture, pages, number - 2)  # where a split department goes on
            for box, text in notes:
                paint_pill(painter, picture, box, text, QColor(picture.theme.text))
            painter.translate(picture.chart_offset)
            markers = _markers(picture, number, on_page[number], page_of_role)
            placed = [box.translated(-picture.chart_offset) for box, _ in notes]
            _paint_markers(painter, picture, markers, placed)
            painter.resetTransform()
            name = picture.chart.team(planned.team_id).name
            part = tr(" · part %1 of %2").replace("%1", str(planned.part)).replace("%2", str(planned.parts))
            label = f"{name}{part if planned.parts > 1 else ''} · {number}/{len(pages) + 1}"
            _footer(painter, sheet, label, picture)
    return reproducible(bytes(buffer.data().data())), _small_print(picture, pages, scale_of_team)


def _cut_cards(picture: ChartPicture, region: QRectF, whole: set[str]) -> set[str]:
    """The cards ``region`` meets that are not among ``whole`` (the department's cards it
    shows whole): those its edge cuts, and any other team's it reaches into."""
    dx, dy = picture.chart_offset.x(), picture.chart_offset.y()
    return {
        r
        for r, c in picture.geometry.cards.items()
        if r not in whole and region.intersects(QRectF(c.rect.x + dx, c.rect.y + dy, c.rect.w, c.rect.h))
    }


def _small_print(picture: ChartPicture, pages: list[_Page], scale_of_team: dict[str, float]) -> str:
    """A warning ("" if none) naming the departments whose pages print text too small to read."""
    size = picture.theme.card_text_size
    small = [p for p in pages if size * scale_of_team[p.team_id] < MIN_PRINTED_POINTS]
    if not small:
        return ""
    names = [printable(picture.chart.team(t).name) for t in dict.fromkeys(p.team_id for p in small)]
    listed = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
    smallest = min(size * scale_of_team[p.team_id] for p in small)
    if len(small) == 1:
        return message(
            QT_TRANSLATE_NOOP(
                "Export",
                "1 department page prints its text at %2 pt, under %1 pt and too small to read: "
                "%3. Print that department as a poster, or on larger paper.",
            ),
            (MIN_PRINTED_POINTS, 2),
            (smallest, 2),
            listed,
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Export",
            "%1 department pages print their text at under %2 pt (down to %3 pt), too small to "
            "read: %4. Print those departments as a poster, or on larger paper.",
        ),
        (len(small), 0),
        (MIN_PRINTED_POINTS, 2),
        (smallest, 2),
        listed,
    )


def page_numbers(picture: ChartPicture, pages: list[_Page]) -> tuple[dict[int, set[str]], dict[str, int]]:
    """The roles whose cards are whole on each page (the overview being page 1, the others
    numbered from 2), and the page each role is to be found on: the first of its
    department's pages that shows its card whole (a department split over several pages
    has each card whole on at least one), else page 1."""
    dx, dy = picture.chart_offset.x(), picture.chart_offset.y()
    on_page: dict[int, set[str]] = {}
    page_of_role: dict[str, int] = {}
    cards = picture.geometry.cards
    for number, planned in enumerate(pages, start=2):
        # a hair larger: the cuts in `_plan` were summed in another order
        inside = planned.region.adjusted(-1e-6, -1e-6, 1e-6, 1e-6)
        teams = set(picture.chart.team_ids_under(planned.team_id))
        here = on_page[number] = {
            r
            for r, c in cards.items()
            if c.team_id in teams
            and inside.contains(QRectF(c.rect.x + dx, c.rect.y + dy, c.rect.w, c.rect.h))
        }
        for role_id in here:
            page_of_role.setdefault(role_id, number)
    for role_id in cards:
        page_of_role.setdefault(role_id, 1)
    return on_page, page_of_role


def _plan(picture: ChartPicture, sheet: QSizeF, *others: QSizeF) -> list[_Page]:
    """Which region of the picture goes on which page. Each department goes on ``sheet``,
    or on one of ``others`` (printable areas) where that takes fewer pages, or as many and
    prints it a tenth larger or more (a turn of the page for less is not worth it)."""
    frames = picture.geometry.frames
    sections = [f for f in frames if f.level == 0]
    if len(sections) == 1:
        sections = [f for f in frames if f.level == 1] or sections
    pages: list[_Page] = []
    for frame in sections:
        best = _section(picture, frame.team_id, frame.rect, sheet)
        for other in others:
            parts = _section(picture, frame.team_id, frame.rect, other)
            scale, best_scale = team_scales(parts)[frame.team_id], team_scales(best)[frame.team_id]
            if len(parts) < len(best) or (len(parts) == len(best) and scale > 1.1 * best_scale):
                best = parts
        pages += best
    return pages


def _section(picture: ChartPicture, team_id: str, rect: Rect, sheet: QSizeF) -> list[_Page]:
    """The pages of one department (``rect``: its frame) on ``sheet``."""
    region = QRectF(rect.x - 16, rect.y - 16, rect.w + 32, rect.h + 32)
    region.translate(picture.chart_offset)
    usable_w, usable_h = sheet.width(), sheet.height() - 16
    # Split until readable, but into at most MAX_SPLIT x MAX_SPLIT pages (a huge
    # department is then smaller than MIN_READABLE rather than hundreds of pages).
    cols = min(MAX_SPLIT, max(1, math.ceil(region.width() * MIN_READABLE / usable_w)))
    rows = min(MAX_SPLIT, max(1, math.ceil(region.height() * MIN_READABLE / usable_h)))
    teams = set(picture.chart.team_ids_under(team_id))
    cards = [c.rect for c in picture.geometry.cards.values() if c.team_id in teams]
    dx, dy = picture.chart_offset.x(), picture.chart_offset.y()
    xs = _cuts(region.left(), region.right(), cols, [(r.x + dx, r.right + dx) for r in cards])
    ys = _cuts(region.top(), region.bottom(), rows, [(r.y + dy, r.bottom + dy) for r in cards])
    return [
        _Page(team_id, QRectF(x0, y0, x1 - x0, y1 - y0), row * cols + col + 1, cols * rows, sheet, row, col)
        for row, (y0, y1) in enumerate(ys)
        for col, (x0, x1) in enumerate(xs)
    ]


def _cuts(
    start: float, end: float, parts: int, cards: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Split [start, end] into ``parts`` spans of about equal size, cut in the gaps between
    cards (each card's span given). Where no gap is near, the two spans overlap by the
    largest card, so every card is whole on at least one of the pages."""
    if parts == 1:
        return [(start, end)]
    gaps: list[float] = []
    reach = start
    for lo, hi in sorted(cards):
        if lo > reach:
            gaps.append((reach + lo) / 2)
        reach = max(reach, hi)
    step = (end - start) / parts
    overlap = max((hi - lo for lo, hi in cards), default=0.0) / 2
    spans, left = [], start
    for k in range(1, parts):
        ideal = start + k * step
        near = [g for g in gaps if abs(g - ideal) <= 0.3 * step]
        if near:
            cut = min(near, key=lambda g: abs(g - ideal))
            spans.append((left, cut))
            left = cut
        else:
            spans.append((left, ideal + overlap))
            left = ideal - overlap
    spans.append((left, end))
    return spans


def _markers(
    picture: ChartPicture, number: int, here: set[str], page_of_role: dict[str, int]
) -> list[Marker]:
    """The pills of page ``number``, which shows the cards of the roles ``here``: one above
    the roles on it whose manager is not, naming that manager and its page (one pill for all
    of that manager's reports here, not one per card), one below each card whose reports
    are on other pages, and one below each card with dotted lines to roles elsewhere."""
    cards, chart = picture.geometry.cards, picture.chart
    away: dict[str, list[str]] = {}  # managers on other pages -> their reports on this one
    outgoing: dict[str, set[int]] = {}
    linked: dict[str, list[str]] = {}  # a role here -> the other ends of its dotted lines elsewhere
    for line in picture.geometry.lines:
        if line.kind is not LineKind.REPORTS:
            for mine, theirs in ((line.source, line.target), (line.target, line.source)):
                if mine in here and theirs not in here and page_of_role[theirs] != number:
                    linked.setdefault(mine, []).append(theirs)
            continue
        source_here, target_here = line.source in here, line.target in here
        if target_here and not source_here:
            away.setdefault(line.source, []).append(line.target)
        elif source_here and not target_here and page_of_role[line.target] != number:
            outgoing.setdefault(line.source, set()).add(page_of_role[line.target])
    markers = []
    # the arrows point where the lines go: up and down, or (left to right) left and right
    across = picture.direction is Direction.LEFT_RIGHT
    from_manager = tr("← %1 · page %2") if across else tr("↑ %1 · page %2")
    to_reports = tr("→ continues on page %1") if across else tr("↓ continues on page %1")
    for manager, reports in away.items():
        text = from_manager.replace("%1", _short_title(chart, manager))
        text = text.replace("%2", str(page_of_role[manager]))
        markers.append(Marker(union([cards[r].rect for r in reports]), True, text))
    for role_id, pages in outgoing.items():
        listed = ", ".join(str(p) for p in sorted(pages))
        markers.append(Marker(cards[role_id].rect, False, to_reports.replace("%1", listed)))
    for role_id, others in linked.items():
        if len(others) == 1:
            text = tr("⋯ %1 · page %2").replace("%1", _short_title(chart, others[0]))
            text = text.replace("%2", str(page_of_role[others[0]]))
        else:
            listed = ", ".join(str(p) for p in sorted({page_of_role[r] for r in others}))
            text = tr("⋯ %1 dotted lines · page %2").replace("%1", str(len(others))).replace("%2", listed)
        markers.append(Marker(cards[role_id].rect, False, text, dotted=True))
    return markers


def _short_title(chart: OrgChart, role_id: str) -> str:
    """A role's title on one line, shortened to 40 characters."""
    title = printable(" ".join(chart.role(role_id).title.split()))
    return title[:39].rstrip() + "…" if len(title) > 40 else title


def union(rects: list[Rect]) -> Rect:
    """The smallest rectangle holding all of ``rects``."""
    left, top = min(r.x for r in rects), min(r.y for r in rects)
    right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
    return Rect(left, top, right - left, bottom - top)


def _paint_markers(
    painter: QPainter, picture: ChartPicture, markers: list[Marker], taken: list[QRectF] | None = None
) -> None:
    theme = picture.theme
    for marker, box in zip(markers, marker_boxes(picture, markers, taken), strict=True):
        color = QColor(theme.dotted if marker.dotted else theme.text)
        paint_pill(painter, picture, box, marker.text, color, dashed=marker.dotted)


def marker_boxes(
    picture: ChartPicture, markers: list[Marker], others: list[QRectF] | None = None
) -> list[QRectF]:
    """Where each marker's pill goes (chart coordinates): above or below its card, centred,
    else at the card's left or right end, else a row further out, wherever it covers no
    card, no team's name, no dotted line's label and no other pill (``others``: those
    placed already)."""
    metrics = picture.fonts.metrics(picture.fonts.badge)
    taken = [*(others or []), *(box for _, box in picture.painter.label_places())]
    taken += [QRectF(c.rect.x, c.rect.y, c.rect.w, c.rect.h) for c in picture.geometry.cards.values()]
    # the "⋯ n" pill on a card's top right corner (a role with dotted lines)
    linked = {end for link in picture.chart.links() for end in (link.source, link.target)}
    pill = metrics.height() + 4
    taken += [
        QRectF(c.rect.right - 4 * pill, c.rect.y - pill / 2 - 1, 4 * pill, pill + 2)
        for r, c in picture.geometry.cards.items()
        if r in linked
    ]
    header = picture.fonts.metrics(picture.fonts.header)
    for frame in picture.geometry.frames:
        width = header.horizontalAdvance(picture.painter.team_names[frame.team_id]) + 20
        taken.append(QRectF(frame.header.x, frame.header.y, min(width, frame.header.w), frame.header.h))
    boxes = []
    for marker in markers:
        w, h = metrics.horizontalAdvance(marker.text) + 10, metrics.height() + 4
        y = marker.rect.y - h - 3 if marker.above else marker.rect.bottom + 3
        away = -(h + 3) if marker.above else h + 3  # a row further from the card, if need be
        places = [
            QRectF(marker.rect.x + (marker.rect.w - w) * f, y + k * away, w, h)
            for k in (0, 1, 2)
            for f in (0.5, 0.0, 1.0)
        ]
        box = next((b for b in places if not any(b.intersects(t) for t in taken)), places[0])
        taken.append(box)
        boxes.append(box)
    return boxes


def poster_pdf(picture: ChartPicture, options: PdfOptions | None = None, *, scale: float = 1.0) -> bytes:
    """The chart at ``scale`` (1: one chart unit per point) over as many pages as it needs,
    each overlapping the next a little, labelled with its row and column (`paint_poster`:
    File > Print… tiles a poster with the same code)."""
    options = options or PdfOptions()
    writer, buffer, page = pdf_writer(picture, options, picture.width >= picture.height)
    with painting(writer) as painter:
        paint_poster(painter, writer, page, picture, scale=scale)
    return reproducible(bytes(buffer.data().data()))


def team_scales(pages: Sequence[_Page]) -> dict[str, float]:
    """One scale per department: the parts of one share it, so its cards are the same size
    on each page (the largest scale at which every part fits, and no larger than MAX_ZOOM)."""
    scales: dict[str, float] = {}
    for planned in pages:
        fits = min(_fit_scale(planned.sheet, planned.region), MAX_ZOOM)
        scales[planned.team_id] = min(scales.get(planned.team_id, fits), fits)
    return scales


def _fit_scale(page: QSizeF, region: QRectF) -> float:
    """The scale at which ``region`` fills the page (less the footer's room)."""
    return min(page.width() / region.width(), (page.height() - 16) / region.height())


def _fit(painter: QPainter, page: QSizeF, region: QRectF, *, zoom_limit: float | None) -> None:
    width, height = page.width(), page.height() - 16  # room for the footer
    scale = _fit_scale(page, region)
    if zoom_limit is not None:
        scale = min(scale, zoom_limit)
    painter.translate((width - region.width() * scale) / 2, (height - region.height() * scale) / 2)
    painter.scale(scale, scale)
    painter.translate(-region.x(), -region.y())


def _footer(painter: QPainter, page: QSizeF, text: str, picture: ChartPicture) -> None:
    fonts = picture.fonts
    painter.setFont(fonts.badge)
    painter.setPen(QColor(picture.theme.muted))
    metrics = fonts.metrics(fonts.badge)
    painter.drawText(
        QPointF(page.width() - metrics.horizontalAdvance(text) - 2, page.height() - 2), printable(text)
    )
