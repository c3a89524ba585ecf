"""A whole exported picture: the chart's title, the chart, and a legend below it."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from orgchart.layout import Geometry, LayoutMemo, LayoutParams, LineKind, tidy_layout
from orgchart.model import OrgChart
from orgchart.render import words
from orgchart.render.card import CardMeasure
from orgchart.render.chart_painter import ChartPainter
from orgchart.render.fonts import ChartFonts
from orgchart.render.team_figures import header_room, team_captions
from orgchart.render.text import printable
from orgchart.render.theme import Theme, team_colors

# A comparison's marks load with the comparison (its caller made them): a picture without
# them does without their module.
if TYPE_CHECKING:
    from orgchart.render.marks import ChartMarks, Mark, RemovedSection

MARGIN = 24.0
SWATCH = 12.0
ITEM_GAP = 22.0


def tr(text: str) -> str:
    return words.translate("Legend", text)


@dataclass(frozen=True)
class _LegendItem:
    label: str
    color: QColor
    kind: LineKind | None  # None: a team colour swatch (or a mark's sample card, or words alone)
    mark: Mark | None = None

    @property
    def is_team(self) -> bool:
        """A team's colour (not a line, a mark, or words alone: an invalid colour)."""
        return self.kind is None and self.mark is None and self.color.isValid()


class ChartPicture:
    """Title, chart and legend, laid out once; `paint` draws it at (0, 0) in ``size``."""

    def __init__(
        self,
        chart: OrgChart,
        theme: Theme,
        params: LayoutParams | None = None,
        *,
        title: bool = True,
        legend: bool = True,
        measure: CardMeasure | None = None,
        memo: LayoutMemo | None = None,
        marks: ChartMarks | None = None,
        details: bool = False,
        figures: bool = False,
        cut_from: OrgChart | None = None,
        language: str | None = None,
    ) -> None:
        """``measure``: the card measure of an earlier picture in the same theme, to reuse
        what it knows of cards that have not changed (an editor lays out after each edit);
        ``memo``: likewise, the layout's memo of the chart's teams (see `LayoutMemo`);
        ``marks``: changes to mark (a comparison), removed roles shown below the chart;
        ``details``: cards list responsibilities and skills (the responsibilities view);
        ``figures``: team headers show the teams' figures; ``cut_from``: the chart this one
        is a team of (`OrgChart.extract`), whose dotted lines to roles outside it the cards
        count too, as they count those to roles not shown; ``language``: the language of
        the words the picture adds ("vacant", the legend), made and painted (see
        `orgchart.render.words`; None: the one of the context it is made and painted in)."""
        self.language = language
        with words.words_in(language):
            self._setup(chart, theme, params, title, legend, measure, memo, marks, details, figures, cut_from)

    def _setup(
        self,
        chart: OrgChart,
        theme: Theme,
        params: LayoutParams | None,
        title: bool,
        legend: bool,
        measure: CardMeasure | None,
        memo: LayoutMemo | None,
        marks: ChartMarks | None,
        details: bool,
        figures: bool,
        cut_from: OrgChart | None,
    ) -> None:
        self.chart, self.theme = chart, theme
        #: which way reporting lines run (a page's markers point that way)
        self.direction = (params or LayoutParams()).direction
        counts: dict[str, int] = {}
        for link in (cut_from or chart).links():
            for end in (link.source, link.target):
                if cut_from is None or chart.has_role(end):
                    counts[end] = counts.get(end, 0) + 1
        if (
            measure is None
            or measure.theme is not theme
            or measure.details != details
            or measure.language != self.language  # ("vacant" is part of a card's size)
        ):
            fonts = ChartFonts.for_theme(theme)
            measure = CardMeasure(theme, fonts, counts, details=details, language=self.language)
        else:
            measure.link_counts = counts
        self.measure, self.fonts = measure, measure.fonts
        #: team id -> the figures its header shows (empty: none shown)
        self.figures: dict[str, str] = team_captions(chart) if figures else {}
        if self.figures:
            room = header_room(self.figures, self.fonts)
            params = dataclasses.replace(params or LayoutParams(), header_room=room)
        self.geometry: Geometry = tidy_layout(chart, params, measure=self.measure, memo=memo)
        self.painter = ChartPainter(chart, self.geometry, theme, self.measure, marks=marks)
        self.marks = marks
        self.painter.captions = self.figures
        title_metrics = self.fonts.metrics(self.fonts.chart_title)
        self.title = chart.name if title and chart.name else ""
        self.title_height = title_metrics.height() + MARGIN if self.title else 0.0
        bounds = self.geometry.bounds
        self.removed: RemovedSection | None = None  # the removed roles of a comparison
        if marks and marks.removed:
            from orgchart.render.marks import RemovedSection

            colors = self.painter.colors
            self.removed = RemovedSection(marks.removed, self.measure, bounds.w, colors, marks.source)
        removed_width, removed_height = (self.removed.width, self.removed.height) if self.removed else (0, 0)
        self.legend_items = self._legend_items() if legend else []
        widest_item = max((self._item_width(item) for item in self.legend_items), default=0.0)
        width = max(
            bounds.w,
            title_metrics.horizontalAdvance(self.title) + 2 * MARGIN,
            widest_item + 2 * MARGIN,
            removed_width,
        )
        self.legend_rows = self._legend_rows(width - 2 * MARGIN)
        self.legend_row_height = self.fonts.metrics(self.fonts.text).height() + 8
        rows = len(self.legend_rows)
        self.legend_height = rows * self.legend_row_height + (MARGIN if rows else 0)
        self.width = width
        self.removed_top = self.title_height + bounds.h
        self.height = self.title_height + bounds.h + removed_height + self.legend_height

    @property
    def chart_offset(self) -> QPointF:
        """Where the chart's geometry starts inside the picture."""
        return QPointF(0, self.title_height)

    def shows_anything(self, area: QRectF) -> bool:
        """Whether painting ``area`` (picture coordinates) draws anything but the background:
        the title, a frame, a card, a line (by its extent), the removed roles, a legend row."""
        if self.title and area.intersects(QRectF(0, 0, self.width, self.title_height)):
            return True
        box = area.translated(-self.chart_offset)
        near = (box.left(), box.top(), box.right(), box.bottom())
        geometry = self.geometry
        if geometry.cards_near(near) or geometry.lines_near(near):
            return True
        if any(box.intersects(QRectF(*f.rect)) for f in geometry.frames):
            return True
        if self.removed is not None and area.intersects(
            QRectF(0, self.removed_top, self.removed.width, self.removed.height)
        ):
            return True
        row_height, top = self.legend_row_height, self.height - self.legend_height
        for k, row in enumerate(self.legend_rows):
            width = sum(self._item_width(item) + ITEM_GAP for item in row)
            if area.intersects(QRectF(MARGIN, top + k * row_height, width, row_height)):
                return True
        return False

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
        """Paint the picture; ``clip`` (picture coordinates) skips what lies outside it;
        ``text=False`` leaves out the words (for a view zoomed out too far to read them);
        ``skip`` leaves out the cards of those roles; ``whole_labels`` leaves out the labels
        ``clip`` would cut; ``ends``: only the lines with an end among these roles."""
        with words.words_in(self.language):
            self._paint(painter, clip, text, skip, whole_labels, ends)

    def _paint(
        self,
        painter: QPainter,
        clip: QRectF | None,
        text: bool,
        skip: Collection[str],
        whole_labels: bool,
        ends: Collection[str] | None,
    ) -> None:
        painter.save()
        painter.fillRect(
            QRectF(0, 0, self.width, self.height) if clip is None else clip, QColor(self.theme.background)
        )
        title = QRectF(0, 0, self.width, self.title_height)
        if text and self.title and (clip is None or clip.intersects(title)):
            painter.setPen(QColor(self.theme.text))
            painter.setFont(self.fonts.chart_title)
            ascent = self.fonts.metrics(self.fonts.chart_title).ascent()
            painter.drawText(QPointF(MARGIN, MARGIN + ascent), printable(self.title))
        painter.translate(self.chart_offset)
        self.painter.paint(
            painter,
            None if clip is None else clip.translated(-self.chart_offset),
            text=text,
            skip=skip,
            whole_labels=whole_labels,
            ends=ends,
        )
        painter.translate(QPointF(0, self.geometry.bounds.h))
        if self.removed is not None:
            area = QRectF(0, self.removed_top, self.width, self.removed.height)
            if clip is None or clip.intersects(area):
                self.removed.paint(painter, text=text)
            painter.translate(QPointF(0, self.removed.height))
        legend = QRectF(0, self.height - self.legend_height, self.width, self.legend_height)
        if text and (clip is None or clip.intersects(legend)):
            self._paint_legend(painter)
        painter.restore()

    def _legend_items(self) -> list[_LegendItem]:
        colors = team_colors(self.chart, self.theme)
        items: list[_LegendItem] = []
        if not self.theme.monochrome:
            # the teams drawn (not those --depth hides), and those of a comparison's removed roles
            drawn = {frame.team_id for frame in self.geometry.frames}
            if self.marks:
                drawn.update(item.team_id for item in self.marks.removed if item.team_id)
            for team_id in self.chart.team_ids():
                parent = self.chart.parent_of(team_id)
                if team_id in drawn and (parent is None or colors[team_id] != colors[parent]):
                    items.append(_LegendItem(self.chart.team(team_id).name, QColor(colors[team_id]), None))
        kinds = {line.kind for line in self.geometry.lines}
        words = {
            LineKind.REPORTS: tr("reports to"),
            LineKind.MATRIX: tr("secondary manager"),
            LineKind.WORKS_WITH: tr("works closely with"),
        }
        for kind in (LineKind.REPORTS, LineKind.MATRIX, LineKind.WORKS_WITH):
            if kind in kinds:
                color = self.theme.line if kind is LineKind.REPORTS else self.theme.dotted
                items.append(_LegendItem(words[kind], QColor(color), kind))
        cards = self.geometry.cards.values()
        if kinds - {LineKind.REPORTS}:  # explain the dashed "⋯ n" marker on cards
            last = items[-1]
            items[-1] = _LegendItem(
                last.label + " " + tr("(⋯ n on a card: its dotted lines)"), last.color, last.kind
            )
        elif any(self.measure.link_counts.get(card.role_id) for card in cards):  # none drawn
            items.append(
                _LegendItem(
                    tr("⋯ n on a card: its dotted lines, to roles not shown"),
                    QColor(self.theme.dotted),
                    LineKind.WORKS_WITH,
                )
            )
        if any(card.hidden for card in cards):  # the "+n" badge of a collapsed branch
            items.append(_LegendItem(tr("+n on a card: the roles below it, not shown"), QColor(), None))
        if self.marks:  # a comparison: the marks it uses
            from orgchart.render.marks import legend_text

            for mark in self.marks.shown(self.geometry.cards):  # (not those of roles --depth hides)
                items.append(_LegendItem(legend_text(mark), QColor(), None, mark))
        return items

    def _item_width(self, item: _LegendItem) -> float:
        if item.kind is None and item.mark is None:
            sample = SWATCH if item.color.isValid() else -6.0  # (words alone: no swatch)
        else:
            sample = 3 * SWATCH
        return sample + 6 + self.fonts.metrics(self.fonts.text).horizontalAdvance(item.label)

    def _legend_rows(self, width: float) -> list[list[_LegendItem]]:
        rows: list[list[_LegendItem]] = []
        used = width + 1
        for item in self.legend_items:
            w = self._item_width(item)
            if used + w > width and rows and rows[-1] or not rows:
                rows.append([])
                used = 0.0
            rows[-1].append(item)
            used += w + ITEM_GAP
        return rows

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = self.fonts.metrics(self.fonts.text)
        row_height = self.legend_row_height
        painter.setFont(self.fonts.text)
        y = 0.0
        for row in self.legend_rows:
            x = MARGIN
            middle = y + row_height / 2
            for item in row:
                if item.mark is not None:
                    from orgchart.render.marks import paint_legend_sample

                    sample = QRectF(x, middle - SWATCH * 0.6, 3 * SWATCH, SWATCH * 1.2)
                    paint_legend_sample(painter, sample, item.mark, self.theme)
                    x += 3 * SWATCH + 6
                elif item.kind is None and not item.color.isValid():
                    pass  # words alone
                elif item.kind is None:
                    painter.setPen(QPen(item.color.darker(120), 1))
                    painter.setBrush(item.color)
                    painter.drawRoundedRect(QRectF(x, middle - SWATCH / 2, SWATCH, SWATCH), 3, 3)
                    x += SWATCH + 6
                else:
                    pen = QPen(item.color, 1.6)
                    if item.kind is not LineKind.REPORTS:
                        pen.setStyle(
                            Qt.PenStyle.DashLine
                            if item.kind is LineKind.WORKS_WITH
                            else Qt.PenStyle.DashDotLine
                        )
                    painter.setPen(pen)
                    painter.drawLine(QPointF(x, middle), QPointF(x + 3 * SWATCH, middle))
                    x += 3 * SWATCH + 6
                painter.setPen(QColor(self.theme.text))
                painter.drawText(
                    QPointF(x, middle + (metrics.ascent() - metrics.descent()) / 2), printable(item.label)
                )
                x += metrics.horizontalAdvance(item.label) + ITEM_GAP
            y += row_height
