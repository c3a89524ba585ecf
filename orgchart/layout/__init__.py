"""Chart layout: pure functions from a chart and options to plain geometry. No Qt here."""

from orgchart.layout.chart_layout import tidy_layout
from orgchart.layout.geometry import CardBox, FrameBox, Geometry, Line, LineKind, Rect
from orgchart.layout.memo import LayoutMemo
from orgchart.layout.params import EstimatedMeasure, LayoutParams, Measure

__all__ = [
    "CardBox",
    "EstimatedMeasure",
    "FrameBox",
    "Geometry",
    "LayoutMemo",
    "LayoutParams",
    "Line",
    "LineKind",
    "Measure",
    "Rect",
    "tidy_layout",
]
