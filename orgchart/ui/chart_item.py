"""The chart on the canvas as one graphics item, painted by the same code as every export."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgchart.render.picture import ChartPicture
from orgchart.ui.branch_toggles import paint_toggles, toggle_places
from orgchart.ui.layout_motion import LayoutMotion
from orgchart.ui.overview_names import paint_overview_names

#: the smallest zoom at which words are drawn (card titles are then about 3 pixels high)
TEXT_FROM = 0.25


class ChartItem(QGraphicsItem):
    """The chart as one item: paints only what is exposed, as exports paint it."""

    def __init__(self, picture: ChartPicture, view: QGraphicsView) -> None:
        super().__init__()
        self.picture = picture
        self.toggles = toggle_places(picture)
        self.motion = LayoutMotion(self.update, view, self.prepareGeometryChange)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_picture(self, picture: ChartPicture) -> None:
        self.prepareGeometryChange()
        self.picture = picture
        self.toggles = toggle_places(picture)
        self.update()

    def boundingRect(self) -> QRectF:
        # with the cards on their way, if any (an empty extent adds nothing)
        return QRectF(0, 0, self.picture.width, self.picture.height).united(self.motion.extent)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        # Below this, letters are a few pixels high: unreadable, and most of the time of a
        # repaint of a large chart zoomed out.
        exposed = option.exposedRect  # type: ignore[attr-defined]
        moving = self.motion.paths
        self.picture.paint(painter, exposed, text=scale >= TEXT_FROM, skip=moving)
        if moving:
            self.motion.paint(painter, self.picture, self.picture.chart_offset, text=scale >= TEXT_FROM)
        if scale >= TEXT_FROM:
            paint_toggles(painter, self.toggles, exposed)
        else:  # the cards' words too small to read: the teams' names still are
            paint_overview_names(painter, self.picture, exposed, scale)


def overlay(scene: QGraphicsScene, color: QColor, width: float, *, dashed: bool = False) -> QGraphicsRectItem:
    """An outline drawn over the chart (a selection, a drop target), hidden until placed."""
    item = QGraphicsRectItem()
    pen = QPen(color, width)
    pen.setCosmetic(True)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    item.setPen(pen)
    item.setZValue(10)
    item.hide()
    scene.addItem(item)
    return item
