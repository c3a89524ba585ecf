"""Paint a laid-out chart with a QPainter: frames, then lines, then cards on top.

The editor's canvas and every exporter call this, so what is seen is what is exported.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from orgchart.layout import Geometry, Line, LineKind, Rect
from orgchart.model import OrgChart, RoleKind
from orgchart.render.card import CardMeasure, PaintedCard, paint_cards
from orgchart.render.contrast import readable
from orgchart.render.team_figures import caption_width, paint_caption
from orgchart.render.text import printable
from orgchart.render.theme import Theme, team_colors

if TYPE_CHECKING:  # a comparison's marks: their module loads for a comparison only
    from orgchart.render.marks import ChartMarks

FRAME_RADIUS = 10.0
#: a label slides at most this many quarter-widths from the middle of a segment: a long line
#: through a crowded chart would otherwise test thousands of places
MAX_SLIDE = 24


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class ChartPainter:
    """Paints one chart's geometry in one theme; cheap to call again for other clips."""

    def __init__(
        self,
        chart: OrgChart,
        geometry: Geometry,
        theme: Theme,
        measure: CardMeasure,
        *,
        marks: ChartMarks | None = None,
    ) -> None:
        """``marks``: roles to outline and badge as new, moved or changed (a comparison)."""
        self.chart, self.geometry, self.theme, self.measure = chart, geometry, theme, measure
        self.marks = marks
        #: team id -> its figures, shown after its name (set by the picture that shows them)
        self.captions: dict[str, str] = {}
        self.fonts = measure.fonts
        self.colors = {t: QColor(c) for t, c in team_colors(chart, theme).items()}
        # The values as laid out: the chart may change before the next layout (an editor
        # repaints in between), and a picture must stay consistent with its geometry.
        self.roles = chart.roles_by_id(geometry.cards)
        self.team_names = {t: chart.team(t).name for t in self.colors}
        self._places: list[tuple[Line, QRectF]] | None = None

    def paint(
        self,
        painter: QPainter,
        clip: QRectF | None = None,
        *,
        text: bool = True,
        skip: Collection[str] = (),
        whole_labels: bool = False,
        ends: Collection[str] | None = None,
    ) -> None:
        """Paint everything that meets ``clip`` (all of it without one); without ``text``
        (a chart zoomed out too far to read on screen) no words, only shapes; the cards of
        the roles in ``skip`` are left out (an editor paints them on their way somewhere);
        ``whole_labels``: a label the clip would cut is left out (a page shows it whole or not
        at all; a screen repaints a part of one); ``ends``: only the lines (and labels) with
        an end among these roles (a page of one department, not the lines of others that
        pass it)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        geometry = self.geometry
        box = None if clip is None else (clip.left(), clip.top(), clip.right(), clip.bottom())
        frames = [f for f in geometry.frames if clip is None or clip.intersects(qrect(f.rect))]
        for frame in frames:
            self._frame(painter, frame.team_id, qrect(frame.rect))
        near = geometry.lines if box is None else geometry.lines_near(box)
        if ends is not None:
            near = [line for line in near if line.source in ends or line.target in ends]
        for kind in LineKind:
            lines = [line for line in near if line.kind is kind and len(line.points) > 1]
            if lines:
                self._lines(painter, kind, lines)
        for frame in frames if text else ():  # team names over the lines that pass them
            self._frame_name(painter, frame.team_id, qrect(frame.header))
        shown = [
            card
            for card in (geometry.cards.values() if box is None else geometry.cards_near(box))
            if card.role_id not in skip
        ]
        # as `painted_card` for each, with the look-ups done once (100,000 cards)
        content, roles, colors, assistant = self.measure.content, self.roles, self.colors, RoleKind.ASSISTANT
        cards: list[PaintedCard] = []
        for card in shown:
            role = roles[card.role_id]
            painted = PaintedCard(
                qrect(card.rect), content(role, card.hidden), colors[card.team_id], role.kind is assistant
            )
            cards.append(painted)
        marked = self.marks.roles if self.marks else {}
        outlined = [(qrect(c.rect), marked[c.role_id]) for c in shown if c.role_id in marked]
        if outlined:
            from orgchart.render.marks import paint_outlines

            paint_outlines(painter, outlined)
        paint_cards(painter, cards, self.theme, self.fonts, text=text)
        if text and outlined:
            from orgchart.render.marks import paint_badges

            paint_badges(painter, outlined, self.measure)
        if text:
            self._labels(painter, clip, whole=whole_labels, ends=ends)

    def painted_card(self, role_id: str, rect: QRectF) -> PaintedCard:
        """The role's card as laid out, to be painted into ``rect``."""
        card = self.geometry.cards[role_id]
        role = self.roles[role_id]
        content = self.measure.content(role, card.hidden)
        return PaintedCard(rect, content, self.colors[card.team_id], role.kind is RoleKind.ASSISTANT)

    def _frame(self, painter: QPainter, team_id: str, rect: QRectF) -> None:
        color = self.colors[team_id]
        fill = QColor(color)
        fill.setAlpha(self.theme.frame_fill_alpha)
        border = QColor(color)
        border.setAlpha(255 if self.theme.monochrome else 170)
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(fill if self.theme.frame_fill_alpha else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, FRAME_RADIUS, FRAME_RADIUS)

    def name_color(self, team_id: str) -> QColor:
        """The colour of a team's name: the theme's, or the team's own made readable on the
        theme's background."""
        if self.theme.header_text:
            return QColor(self.theme.header_text)
        return readable(self.colors[team_id], QColor(self.theme.background))

    def _frame_name(self, painter: QPainter, team_id: str, header: QRectF) -> None:
        text = self.name_color(team_id)
        name = printable(self.team_names[team_id])
        metrics = self.fonts.metrics(self.fonts.header)
        baseline = header.y() + (header.height() + metrics.ascent() - metrics.descent()) / 2
        backing = QColor(self.theme.background)
        backing.setAlpha(240)  # a line passing is still seen to pass, and no letter is crossed out
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backing)
        width = metrics.horizontalAdvance(name)
        caption = self.captions.get(team_id)
        if caption:
            width += caption_width(caption, self.fonts)
        painter.drawRoundedRect(
            QRectF(header.x() + 6, baseline - metrics.ascent() - 2, width + 8, metrics.height() + 4), 3, 3
        )
        painter.setPen(text)
        painter.setFont(self.fonts.header)
        painter.drawText(QPointF(header.x() + 10, baseline), name)
        if caption:
            x = header.x() + 10 + metrics.horizontalAdvance(name)
            paint_caption(painter, x, baseline, caption, text, self.fonts)

    def _lines(self, painter: QPainter, kind: LineKind, lines: list[Line]) -> None:
        if kind is LineKind.REPORTS:
            pen = QPen(QColor(self.theme.line), 1.3)
        else:
            pen = QPen(QColor(self.theme.dotted), 1.3)
            pen.setStyle(Qt.PenStyle.DashLine if kind is LineKind.WORKS_WITH else Qt.PenStyle.DashDotLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # One path per kind: a single element in SVG and PDF instead of thousands.
        path = QPainterPath()
        move_to, line_to = path.moveTo, path.lineTo  # looked up once: there is a line per role
        for line in lines:
            points = iter(line.points)
            move_to(*next(points))
            for x, y in points:
                line_to(x, y)
        painter.drawPath(path)

    def _labels(
        self,
        painter: QPainter,
        clip: QRectF | None,
        *,
        whole: bool = False,
        ends: Collection[str] | None = None,
    ) -> None:
        """Dotted lines' labels, on top, each on its line where it covers no card, no "⋯ n"
        marker, no team's name and no other label; a label with no such place is left out
        rather than hiding something (the line itself is still drawn)."""
        for line, box in self.label_places():
            if ends is not None and line.source not in ends and line.target not in ends:
                continue
            if clip is None or (clip.contains(box) if whole else clip.intersects(box)):
                self._label(painter, line, box)

    def label_places(self) -> list[tuple[Line, QRectF]]:
        """Placed once for the whole chart, so every page or tile shows the same."""
        if self._places is None:
            grid = self._obstacles()
            self._places = []
            for line in self.geometry.lines:
                if line.label:
                    box = self._label_place(line, grid)
                    if box is not None:
                        grid.add(box)
                        self._places.append((line, box))
        return self._places

    def _label_place(self, line: Line, grid: _Obstacles) -> QRectF | None:
        metrics = self.fonts.metrics(self.fonts.badge)
        w, h = metrics.horizontalAdvance(line.label) + 6, metrics.height() + 2
        bounds = self.geometry.bounds
        segments = sorted(
            zip(line.points, line.points[1:], strict=False),
            key=lambda seg: -(abs(seg[1][0] - seg[0][0]) + abs(seg[1][1] - seg[0][1])),
        )
        for (x1, y1), (x2, y2) in segments:
            length = abs(x2 - x1) + abs(y2 - y1)
            room = length - (w if y1 == y2 else h)
            if room < 0:
                continue
            # From the middle outwards, in steps of a quarter of the label.
            step = (w if y1 == y2 else h) / 4 / length
            # The cards near every place tried on this segment (up to MAX_SLIDE steps out).
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            reach_x = (MAX_SLIDE + 2) * w / 4 + 2 if y1 == y2 else w + 2
            reach_y = h + 2 if y1 == y2 else (MAX_SLIDE + 2) * h / 4 + h + 2
            cards = grid.near((mx - reach_x, my - reach_y, mx + reach_x, my + reach_y))
            # On the line, else just beside it.
            for shift in (0.0, -0.5, 0.5):
                dx, dy = (0.0, shift * (h + 2)) if y1 == y2 else (shift * (w + 2), 0.0)
                for k in range(min(int(room / 2 / (step * length)), MAX_SLIDE) + 1):
                    for t in (0.5 - k * step, 0.5 + k * step) if k else (0.5,):
                        x, y = x1 + (x2 - x1) * t + dx, y1 + (y2 - y1) * t + dy
                        # inside the chart's bounds, where a line runs in the margin: still
                        # across the line, if not centred on it
                        left = max(0.0, min(x - w / 2, bounds.w - w))
                        box = QRectF(left, max(0.0, min(y - h / 2, bounds.h - h)), w, h)
                        if not grid.covers(box) and not cards.covers(box):
                            return box
        return None

    def _obstacles(self) -> _Obstacles:
        """Cards (with the "⋯ n" marker that sticks out above a card) and team names."""
        marker = self.fonts.metrics(self.fonts.badge).height() / 2 + 2
        grid = _Obstacles(self.geometry, marker)
        for frame in self.geometry.frames:
            header = qrect(frame.header)
            name = self.team_names[frame.team_id]
            width = self.fonts.metrics(self.fonts.header).horizontalAdvance(name) + 20
            if frame.team_id in self.captions:
                width += caption_width(self.captions[frame.team_id], self.fonts)
            grid.add(QRectF(header.x(), header.y(), min(width, header.width()), header.height()))
        return grid

    def _label(self, painter: QPainter, line: Line, box: QRectF) -> None:
        metrics = self.fonts.metrics(self.fonts.badge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.theme.background))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor(self.theme.dotted))
        painter.setFont(self.fonts.badge)
        painter.drawText(QPointF(box.x() + 3, box.y() + 1 + metrics.ascent()), printable(line.label))


class _Grid:
    """Rectangles bucketed in a coarse grid, to ask "does this box cover any?" quickly."""

    CELL = 256.0

    def __init__(self, rects: list[QRectF]) -> None:
        self.cells: dict[tuple[int, int], list[QRectF]] = {}
        for rect in rects:
            self.add(rect)

    def _keys(self, rect: QRectF) -> list[tuple[int, int]]:
        c = self.CELL
        xs = range(int(rect.left() // c), int(rect.right() // c) + 1)
        ys = range(int(rect.top() // c), int(rect.bottom() // c) + 1)
        return [(x, y) for x in xs for y in ys]

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self.cells.setdefault(key, []).append(rect)

    def covers(self, box: QRectF) -> bool:
        return any(box.intersects(r) for key in self._keys(box) for r in self.cells.get(key, ()))


class _Obstacles(_Grid):
    """What a label must not cover: the boxes added (team names, labels placed), and the
    geometry's cards grown upwards by ``marker``; those are looked up near one line at a
    time, through the geometry's index, rather than all put in the grid."""

    def __init__(self, geometry: Geometry, marker: float) -> None:
        super().__init__([])
        self.geometry, self.marker = geometry, marker

    def near(self, box: tuple[float, float, float, float]) -> _Grid:
        """The cards that a label inside ``box`` could cover."""
        m = self.marker
        left, top, right, bottom = box
        return _Grid(
            [
                QRectF(c.rect.x, c.rect.y - m, c.rect.w, c.rect.h + m)
                for c in self.geometry.cards_near((left, top, right, bottom + m))
            ]
        )
