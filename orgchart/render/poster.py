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
    its row and column."""
    base = base or QTransform()
    cols, rows, step_w, step_h = poster_grid(picture, page, scale)
    for row in range(rows):
        for col in range(cols):
            if row or col:
                device.newPage()
            painter.setTransform(base)
            painter.translate(POSTER_OVERLAP - col * step_w, POSTER_OVERLAP - row * step_h)
            painter.scale(scale, scale)
            visible = QRectF(
                (col * step_w - POSTER_OVERLAP) / scale,
                (row * step_h - POSTER_OVERLAP) / scale,
                (step_w + 2 * POSTER_OVERLAP) / scale,
                (step_h + 2 * POSTER_OVERLAP) / scale,
            )
            painter.setClipRect(visible)
            picture.paint(painter, clip=visible)
            painter.setClipping(False)
            painter.setTransform(base)
            crop_marks(painter, page)
            label = tr("row %1 of %2, column %3 of %4")
            for key, value in (("%1", row + 1), ("%2", rows), ("%3", col + 1), ("%4", cols)):
                label = label.replace(key, str(value))
            footer(painter, page, label, picture)


def crop_marks(painter: QPainter, page: QSizeF) -> None:
    w, h, o = page.width(), page.height(), POSTER_OVERLAP
    painter.setPen(QPen(QColor("#888888"), 0.5, Qt.PenStyle.DashLine))
    for x in (o, w - o):
        painter.drawLine(QPointF(x, 0), QPointF(x, 8))
        painter.drawLine(QPointF(x, h - 8), QPointF(x, h))
    for y in (o, h - o):
        painter.drawLine(QPointF(0, y), QPointF(8, y))
        painter.drawLine(QPointF(w - 8, y), QPointF(w, y))


def footer(painter: QPainter, page: QSizeF, text: str, picture: ChartPicture) -> None:
    """``text`` small in the page's bottom right corner."""
    fonts = picture.fonts
    painter.setFont(fonts.badge)
    painter.setPen(QColor(picture.theme.muted))
    metrics = fonts.metrics(fonts.badge)
    painter.drawText(
        QPointF(page.width() - metrics.horizontalAdvance(text) - 2, page.height() - 2), printable(text)
    )
