"""The holding area on the canvas: a column beside the chart with the parked roles' cards
(painted by the same card code as the chart), where roles are dropped to park them and
dragged from to place them. It belongs to the editor: exports show the placed chart only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from orgchart.model import OrgChart, RoleKind
from orgchart.render.card import PaintedCard, paint_cards
from orgchart.render.picture import ChartPicture

#: space between the chart and the holding area, and around the cards inside it
GAP, PAD = 48.0, 14.0
#: the space between two parked cards
CARD_GAP = 12.0


def tr(text: str) -> str:
    return QCoreApplication.translate("HoldingArea", text)


class HoldingItem(QGraphicsItem):
    """The parked roles as a column of cards in a dashed frame, right of the chart."""

    def __init__(self) -> None:
        super().__init__()
        self.frame = QRectF()
        self.cards: dict[str, QRectF] = {}
        self._painted: list[PaintedCard] = []
        self._picture: ChartPicture | None = None
        self._header = QRectF()
        #: while presenting: an empty holding area is not shown (nothing waits there)
        self.hide_empty = False
        self.setZValue(1)

    def show_for(self, chart: OrgChart, picture: ChartPicture) -> None:
        """Lay out the parked roles of ``chart`` beside ``picture`` (the chart as drawn)."""
        self.prepareGeometryChange()
        self._picture = picture
        # An empty chart shows how to start instead; there is nothing to park yet.
        self.setVisible(chart.role_count > 0 and not (self.hide_empty and not chart.parked()))
        measure, fonts = picture.measure, picture.fonts
        colors = picture.painter.colors
        header_height = fonts.metrics(fonts.header).height() + 2 * PAD
        left, top = picture.width + GAP, picture.chart_offset.y()
        parked = chart.parked()
        contents = [
            (role_id, measure.content(chart.role(role_id), len(chart.descendants(role_id))))
            for role_id in parked
        ]
        title_width = fonts.metrics(fonts.header).horizontalAdvance(self._title(len(parked)))
        width = max([text.width for _, text in contents] + [title_width, picture.theme.card_width])
        y = top + header_height
        self.cards, self._painted = {}, []
        for role_id, text in contents:
            rect = QRectF(left + PAD, y, text.width, text.height)
            self.cards[role_id] = rect
            role = chart.role(role_id)
            color = colors.get(chart.team_of(role_id), QColor(picture.theme.muted))
            self._painted.append(PaintedCard(rect, text, color, role.kind is RoleKind.ASSISTANT))
            y += text.height + CARD_GAP
        if not contents:  # room for the hint that says what the area is for
            y += 3 * fonts.metrics(fonts.text).height() + PAD
        self.frame = QRectF(left, top, width + 2 * PAD, y - top + PAD - (CARD_GAP if contents else 0))
        self._header = QRectF(left, top, width + 2 * PAD, header_height)
        self.update()

    @staticmethod
    def _title(count: int) -> str:
        return tr("Holding area") + (f" ({count})" if count else "")

    # Finding things
    def role_at(self, pos: QPointF) -> str:
        for role_id, rect in self.cards.items():
            if rect.contains(pos):
                return role_id
        return ""

    def contains_point(self, pos: QPointF) -> bool:
        return self.isVisible() and self.frame.contains(pos)

    # Painting
    def boundingRect(self) -> QRectF:
        return self.frame.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        picture = self._picture
        if picture is None:
            return
        theme, fonts = picture.theme, picture.fonts
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        text = scale >= 0.25
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(theme.muted), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(theme.muted)
        fill.setAlpha(24)
        painter.setBrush(fill)
        painter.drawRoundedRect(self.frame, 8, 8)
        if text:
            painter.setFont(fonts.header)
            painter.setPen(QColor(theme.text))
            painter.drawText(
                self._header.adjusted(PAD, 0, -PAD, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._title(len(self.cards)),
            )
        if not self.cards and text:
            painter.setFont(fonts.text)
            painter.setPen(QColor(theme.muted))
            hint = self.frame.adjusted(PAD, self._header.height(), -PAD, -PAD)
            painter.drawText(
                hint,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                tr("Drop roles here to park them while you restructure; drag them back into the chart."),
            )
        paint_cards(painter, self._painted, theme, fonts, text=text)
