"""The canvas's zoom, shown in the status bar (as drawing programs show it), kept up to date
whatever changed it: the wheel, the keys, Fit, the start view or a drop's scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from orgchart.ui.canvas import ChartView


class ZoomLabel(QLabel):
    """"70 %": the zoom at which the canvas last painted. QGraphicsView says nothing when
    its transform changes, but every change repaints the viewport: the label looks then."""

    def __init__(self, canvas: ChartView) -> None:
        super().__init__()
        self.canvas = canvas
        self.shown = -1
        self.setContentsMargins(12, 0, 4, 0)  # apart from the chart's counts beside it
        self.setToolTip(self.tr("Zoom (Ctrl+wheel, Ctrl+= and Ctrl+-; Ctrl+0 fits the chart)"))
        canvas.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            percent = round(self.canvas.zoom * 100)
            if percent != self.shown:
                self.shown = percent
                self.setText(self.tr("%1%").replace("%1", str(percent)))
        return False
