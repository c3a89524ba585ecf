"""A department split over several pages says so at each cut: a pill at the edge where the
page ends (in the frame's header, or at the bottom or top) naming the page with the part
beyond it. The pills of department pages are all drawn alike (`paint_pill`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from orgchart.render import words
from orgchart.render.picture import ChartPicture
from orgchart.render.text import printable

#: space kept between a pill and the page's edge
INSET = 6.0


def tr(text: str) -> str:
    return words.translate("Pages", text)


class Part(Protocol):
    """One page of a department's pages: its region (picture coordinates) and its place in
    the grid the department was cut into."""

    team_id: str
    region: QRectF
    row: int
    col: int


def edge_notes(picture: ChartPicture, pages: Sequence[Part], index: int) -> list[tuple[QRectF, str]]:
    """The pills of ``pages[index]`` (page number ``index + 2``, after the overview) at
    the edges where its department goes on, as (box in picture coordinates, text)."""
    here = pages[index]
    number = {(p.team_id, p.row, p.col): k + 2 for k, p in enumerate(pages)}
    frame = next(f for f in picture.geometry.frames if f.team_id == here.team_id)
    offset = picture.chart_offset
    header = QRectF(frame.header.x, frame.header.y, frame.header.w, frame.header.h).translated(offset)
    box = QRectF(frame.rect.x, frame.rect.y, frame.rect.w, frame.rect.h).translated(offset)
    shown = box.intersected(here.region)
    metrics = picture.fonts.metrics(picture.fonts.badge)
    h = metrics.height() + 4
    name = printable(picture.chart.team(here.team_id).name)
    notes = []
    for d_row, d_col, text in (
        (0, 1, tr("→ continues on page %1")),
        (0, -1, tr("← %1 · page %2")),
        (1, 0, tr("↓ continues on page %1")),
        (-1, 0, tr("↑ %1 · page %2")),
    ):
        other = number.get((here.team_id, here.row + d_row, here.col + d_col))
        if other is None:
            continue
        if "%2" in text:  # (the page first: a name may hold "%2" itself)
            text = text.replace("%2", str(other)).replace("%1", name)
        else:
            text = text.replace("%1", str(other))
        w = metrics.horizontalAdvance(text) + 10
        if d_col:  # at the cut, in the header (at the top, on a page below the header's)
            x = shown.right() - INSET - w if d_col > 0 else shown.left() + INSET
            y = header.center().y() - h / 2 if here.row == 0 else here.region.top() + INSET
        else:  # at the cut, in the middle of what the page shows of the frame (below the
            # pills at the top corners, where there are some)
            x = shown.center().x() - w / 2
            y = here.region.bottom() - INSET - h if d_row > 0 else here.region.top() + INSET
            if d_row < 0 and any(n[0].top() == y for n in notes):
                y += h + INSET
        notes.append((QRectF(x, y, w, h), text))
    return notes


def paint_pill(
    painter: QPainter, picture: ChartPicture, box: QRectF, text: str, color: QColor, *, dashed: bool = False
) -> None:
    """A rounded pill with ``text`` in the badge font, bordered in ``color`` (dashed, for
    dotted lines) on the theme's background."""
    fonts = picture.fonts
    border = QPen(color, 0.8)
    if dashed:
        border.setStyle(Qt.PenStyle.DashLine)
    painter.setFont(fonts.badge)
    painter.setPen(border)
    painter.setBrush(QColor(picture.theme.background))
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
    painter.setPen(color)
    ascent = fonts.metrics(fonts.badge).ascent()
    painter.drawText(QPointF(box.x() + 5, box.y() + 2 + ascent), printable(text))
