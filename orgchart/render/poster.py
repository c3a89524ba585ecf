"""The chart tiled as a poster over as many pages as it needs, on any paged device: a PDF
writer (`orgchart export --pages poster`) or a printer (File > Print…)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen, QTransform

from orgchart.render import words
from orgchart.render.picture import ChartPicture
from orgchart.render.text import printable

POSTER_OVERLAP = 18.0  # points repeated on the next tile, to glue pages together


def tr(text: str) -> str:
    return words.translate("Pages", text)


def poster_grid(picture: ChartPicture, page: QSizeF, scale: float) -> tuple[int, int, float, float]:
    """(columns, rows, step across, step down) of the tiles of ``picture`` at ``scale`` on
    pages of ``page`` points."""
    step_w = page.width() - 2 * POSTER_OVERLAP - 14
    step_h = page.height() - 2 * POSTER_OVERLAP - 14
    # A tile shows its step plus the overlap on each side, so the first one already reaches
    # one overlap further than its step.
    cols = max(1, math.ceil((picture.width * scale - POSTER_OVERLAP) / step_w))
    rows = max(1, math.ceil((picture.height * scale - POSTER_OVERLAP) / step_h))
    return cols, rows, step_w, step_h


def tile_area(row: int, col: int, step_w: float, step_h: float, scale: float) -> QRectF:
    """What the tile in ``row`` and ``col`` of a `poster_grid` shows, in picture coordinates
    (its step and the overlap on each side)."""
    return QRectF(
        (col * step_w - POSTER_OVERLAP) / scale,
        (row * step_h - POSTER_OVERLAP) / scale,
        (step_w + 2 * POSTER_OVERLAP) / scale,
        (step_h + 2 * POSTER_OVERLAP) / scale,
    )


def paint_poster(
    painter: QPainter,
    device: QPagedPaintDevice,
    page: QSizeF,
    picture: ChartPicture,
    *,
    scale: float = 1.0,
    base: QTransform | None = None,
) -> None:
    """The chart at ``scale`` (1: one chart unit per point), a tile per page of ``device``
    (the painter is active on it; pages are ``page`` points in size, and ``base`` maps
    points to the device's units), each overlapping the next a little, with crop marks and
    its row and column; a tile with nothing on it is left out."""
    base = base or QTransform()
    cols, rows, step_w, step_h = poster_grid(picture, page, scale)
    printed = 0
    for row in range(rows):
        for col in range(cols):
            visible = tile_area(row, col, step_w, step_h, scale)
            last = row == rows - 1 and col == cols - 1
            if not picture.shows_anything(visible) and not (last and not printed):
                continue  # a blank tile is no page: its row and column say where the others go
            if printed:
                device.newPage()
            printed += 1
            painter.setTransform(base)
            painter.translate(POSTER_OVERLAP - col * step_w, POSTER_OVERLAP - row * step_h)
            painter.scale(scale, scale)
            painter.setClipRect(visible)
            picture.paint(painter, clip=visible)
            painter.setClipping(False)
            painter.setTransform(base)
            crop_marks(painter, page)
            with words.words_in(picture.language):  # (as the picture's own words)
                label = tr("row %1 of %2, column %3 of %4")
            for key, value in (("%1", row + 1), ("%2", rows), ("%3", col + 1), ("%4", cols)):
                label = label.replace(key, str(value))
            footer(painter, page, label, picture)


def crop_marks(painter: QPainter, page: QSizeF) -> None:
    painter.setPen(QPen(QColor("#888888"), 0.5, Qt.PenStyle.DashLine))
    for start, end in crop_mark_lines(page):
        painter.drawLine(start, end)


def crop_mark_lines(page: QSizeF) -> list[tuple[QPointF, QPointF]]:
    """Short lines in the page's margins where the tiles' overlaps begin (glue to them)."""
    w, h, o = page.width(), page.height(), POSTER_OVERLAP
    lines = []
    for x in (o, w - o):
        lines += [(QPointF(x, 0), QPointF(x, 8)), (QPointF(x, h - 8), QPointF(x, h))]
    for y in (o, h - o):
        lines += [(QPointF(0, y), QPointF(8, y)), (QPointF(w - 8, y), QPointF(w, y))]
    return lines


def footer(painter: QPainter, page: QSizeF, text: str, picture: ChartPicture) -> None:
    """``text`` small at the bottom of the page, on the right, clear of the crop marks."""
    fonts = picture.fonts
    painter.setFont(fonts.badge)
    painter.setPen(QColor(picture.theme.muted))
    box = footer_box(page, text, picture)
    painter.drawText(QPointF(box.x(), box.bottom() - fonts.metrics(fonts.badge).descent()), printable(text))


def footer_box(page: QSizeF, text: str, picture: ChartPicture) -> QRectF:
    """Where `footer` writes ``text``: ending short of the right crop mark below the page's
    last row of the chart (a line through the words made "of" read "pf")."""
    metrics = picture.fonts.metrics(picture.fonts.badge)
    width, height = metrics.horizontalAdvance(printable(text)), metrics.height()
    right, bottom = page.width() - POSTER_OVERLAP - 4, page.height() - 2 + metrics.descent()
    return QRectF(right - width, bottom - height, width, height)
