"""The view a chart opens with, and fitting the chart into the view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

if TYPE_CHECKING:
    from orgchart.ui.canvas import ChartView

#: the smallest zoom at which a chart opens (card titles still legible)
READABLE = 0.7
#: how far out and in the view zooms
MIN_ZOOM, MAX_ZOOM = 0.02, 8.0


def fit_chart(view: ChartView) -> None:
    """The whole chart in the view, but never larger than its real size."""
    view.fitInView(view.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)
    if view.zoom < MIN_ZOOM:  # a huge chart: as far out as a zoom goes, on its middle
        view.zoom_by(MIN_ZOOM / view.zoom)
        view.centerOn(view.content_rect().center())
    if view.zoom > 1.0:  # a small chart is shown at its real size, not blown up
        view.zoom_by(1.0 / view.zoom)


def show_start(view: ChartView) -> None:
    """All of the chart if that is readable, else the top of it at a readable size (a wide
    chart fitted whole shows only specks)."""
    fit_chart(view)
    if view.zoom >= READABLE:
        return
    view.zoom_by(READABLE / view.zoom)
    geometry = view.item.picture.geometry
    if geometry.cards:
        top = min(geometry.cards.values(), key=lambda c: (c.rect.y, c.rect.x))
        center = view.card_rect(top.role_id).center()
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        view.centerOn(QPointF(center.x(), max(center.y(), visible.height() / 2 - 40)))


def view_state(view: ChartView) -> tuple[float, int, int]:
    """The zoom and the scroll positions: what the user changes by moving about."""
    return (view.zoom, view.horizontalScrollBar().value(), view.verticalScrollBar().value())
