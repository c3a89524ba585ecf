"""The small round button under a card with reports: click it to collapse the branch below
(the card then says how many roles it hides) or to expand it again. Editor only: exports
show the collapsed chart without the buttons."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from orgchart.layout import LineKind
from orgchart.render.picture import ChartPicture

RADIUS = 7.0


def toggle_places(picture: ChartPicture) -> dict[str, tuple[QRectF, bool]]:
    """Role id -> (the button's rectangle in picture coordinates, collapsed?) for every card
    that has reports shown or hidden."""
    geometry = picture.geometry
    managers = {line.source for line in geometry.lines if line.kind is LineKind.REPORTS}
    offset = picture.chart_offset
    places: dict[str, tuple[QRectF, bool]] = {}
    for role_id, card in geometry.cards.items():
        collapsed = card.hidden > 0 and role_id not in managers
        if role_id in managers or collapsed:
            center = QPointF(card.rect.x + card.rect.w / 2, card.rect.bottom) + offset
            places[role_id] = (
                QRectF(center.x() - RADIUS, center.y() - RADIUS, 2 * RADIUS, 2 * RADIUS),
                collapsed,
            )
    return places


def paint_toggles(painter: QPainter, places: dict[str, tuple[QRectF, bool]], exposed: QRectF) -> None:
    """A "−" (expanded) or "+" (collapsed) in a circle on each card's bottom edge."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for rect, collapsed in places.values():
        if not exposed.intersects(rect):
            continue
        painter.setPen(QPen(QColor("#6b7280"), 1.2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(rect)
        c, r = rect.center(), RADIUS * 0.5
        painter.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()))
        if collapsed:
            painter.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r))
    painter.restore()


def toggle_at(places: dict[str, tuple[QRectF, bool]], point: QPointF) -> str:
    """The role whose button is under ``point`` (picture coordinates), or ""."""
    for role_id, (rect, _) in places.items():
        if rect.adjusted(-2, -2, 2, 2).contains(point):
            return role_id
    return ""
