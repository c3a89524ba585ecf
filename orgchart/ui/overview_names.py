"""Team names that stay readable on the canvas zoomed out too far for the words on cards
(below `TEXT_FROM`): each frame's name at a fixed size on screen over its top left corner,
the outer teams first and none over another, as a map names its regions. What the fitted
view of a chart shows is then where each department is, not blank boxes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from orgchart.render.picture import ChartPicture
from orgchart.render.text import printable

#: the names' height on screen, in pixels (about the editor's own text)
SCREEN_PX = 12.0


def paint_overview_names(painter: QPainter, picture: ChartPicture, exposed: QRectF, scale: float) -> None:
    """Paint the team names that fit (in scene coordinates, at ``scale`` screen pixels per
    unit) over the frames that meet ``exposed``."""
    chart_painter, offset = picture.painter, picture.chart_offset
    font = QFont(picture.fonts.header)
    font.setPixelSize(max(1, round(SCREEN_PX / scale)))
    metrics = QFontMetricsF(font)
    pad = 3 / scale
    backing = QColor(picture.theme.background)
    backing.setAlpha(200)  # the cards beneath still seen
    painter.setFont(font)
    taken: list[QRectF] = []
    for frame in sorted(picture.geometry.frames, key=lambda f: f.level):  # departments first
        r = frame.rect
        box = QRectF(r.x, r.y, r.w, r.h).translated(offset)
        if r.w * scale < 4 * SCREEN_PX or not box.intersects(exposed):  # no room for a name
            continue
        full = printable(chart_painter.team_names[frame.team_id])
        name = metrics.elidedText(full, Qt.TextElideMode.ElideRight, box.width() - 4 * pad)
        if len(name) < min(len(full), 8):  # "Tea…" names nothing
            continue
        width = metrics.horizontalAdvance(name) + 2 * pad
        label = QRectF(box.x() + pad, box.y() + pad, width, metrics.height())
        if any(label.intersects(other) for other in taken):
            continue
        taken.append(label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backing)
        painter.drawRoundedRect(label, pad, pad)
        painter.setPen(chart_painter.name_color(frame.team_id))
        painter.drawText(QPointF(label.x() + pad, label.y() + metrics.ascent()), name)
