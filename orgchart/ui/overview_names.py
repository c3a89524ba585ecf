"""Team names that stay readable on the canvas zoomed out too far for the words on cards
(below `TEXT_FROM`): each frame's name at a fixed size on screen over its top left corner,
the outer teams first and none over another, as a map names its regions. What the fitted
view of a chart shows is then where each department is, not blank boxes; and such a name
is where the team is clicked, as its header strip is closer up (`name_at`; a card under a
name is still the card's to click and drag, as the canvas asks for cards first)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from orgchart.render.picture import ChartPicture
from orgchart.render.text import printable

#: the names' height on screen, in pixels (about the editor's own text)
SCREEN_PX = 12.0


def paint_overview_names(painter: QPainter, picture: ChartPicture, exposed: QRectF, scale: float) -> None:
    """Paint the team names that fit (in scene coordinates, at ``scale`` screen pixels per
    unit) over the frames that meet ``exposed``."""
    font, metrics = _font(picture, scale)
    pad = 3 / scale
    backing = QColor(picture.theme.background)
    backing.setAlpha(150)  # the cards beneath still seen (and still clicked: see name_at)
    painter.setFont(font)
    for team_id, label, name in _labels(picture, scale, metrics):
        if not label.intersects(exposed):
            continue
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backing)
        painter.drawRoundedRect(label, pad, pad)
        painter.setPen(picture.painter.name_color(team_id))
        painter.drawText(QPointF(label.x() + pad, label.y() + metrics.ascent()), name)


def name_at(picture: ChartPicture, scene_pos: QPointF, scale: float, *, overview: bool) -> str:
    """The team whose name is under the point: in the ``overview`` (zoomed out below
    `TEXT_FROM`), the name shown over its frame; else, or outside those, in its frame's
    header strip; "" if none."""
    if overview:
        labels = _labels(picture, scale, _font(picture, scale)[1])
        found = next((team for team, label, _ in labels if label.contains(scene_pos)), "")
        if found:
            return found
    p = scene_pos - picture.chart_offset
    for frame in reversed(picture.geometry.frames):  # inner frames are listed later
        h = frame.header
        if h.x <= p.x() <= h.right and h.y <= p.y() <= h.bottom:
            return frame.team_id
    return ""


def _font(picture: ChartPicture, scale: float) -> tuple[QFont, QFontMetricsF]:
    font = QFont(picture.fonts.header)
    font.setPixelSize(max(1, round(SCREEN_PX / scale)))
    return font, QFontMetricsF(font)


def _labels(picture: ChartPicture, scale: float, metrics: QFontMetricsF) -> Iterator[tuple[str, QRectF, str]]:
    """(team, where its name goes, the name as shown) for each frame with room for it."""
    offset, pad = picture.chart_offset, 3 / scale
    taken: list[QRectF] = []
    for frame in sorted(picture.geometry.frames, key=lambda f: f.level):  # departments first
        r = frame.rect
        if r.w * scale < 4 * SCREEN_PX:  # no room for a name
            continue
        box = QRectF(r.x, r.y, r.w, r.h).translated(offset)
        full = printable(picture.painter.team_names[frame.team_id])
        if not full.strip():
            continue
        name = metrics.elidedText(full, Qt.TextElideMode.ElideRight, box.width() - 4 * pad)
        if len(name) < min(len(full), 8):  # "Tea…" names nothing
            continue
        width = metrics.horizontalAdvance(name) + 2 * pad
        label = QRectF(box.x() + pad, box.y() + pad, width, metrics.height())
        if any(label.intersects(other) for other in taken):
            continue
        taken.append(label)
        yield frame.team_id, label, name
