"""The Export dialog's preview of a large chart, drawn in a thread so that opening the dialog
and changing an option never freeze it (laying out and painting 100,000 cards takes seconds).

One drawing at a time: a preview asked for while one is drawn waits, replacing any other
that waited, and starts when that one ends (whose picture is then dropped, being out of
date). The drawing touches no widget: it lays out, and paints into a QImage, which the GUI
thread shows (`orgchart.ui.progress.WorkThread`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QImage

from orgchart.render.offscreen import painting
from orgchart.render.picture import ChartPicture
from orgchart.ui.progress import REFRESH_MS, WorkThread

#: what a drawing makes: the picture, and the preview image of it
Drawn = tuple[ChartPicture, QImage]


def preview_image(picture: ChartPicture, size: tuple[int, int]) -> QImage:
    """``picture`` scaled down to fit ``size`` (never up), on white, with its words however
    small: it is what the file will hold. Any thread may call this."""
    w, h = size
    scale = min(w / max(picture.width, 1.0), h / max(picture.height, 1.0), 1.0)
    width, height = max(1, round(picture.width * scale)), max(1, round(picture.height * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    with painting(image) as painter:
        painter.scale(scale, scale)
        picture.paint(painter)
    return image


class PreviewThread:
    """Draws previews in a thread, one at a time, and hands each finished one to ``shown``
    (in the GUI thread); ``owner`` ends the watching when it is deleted."""

    def __init__(self, owner: QObject, shown: Callable[[ChartPicture, QImage], None]) -> None:
        self.shown = shown
        self.running: WorkThread[Drawn] | None = None
        self.waiting: Callable[[], Drawn] | None = None
        self._timer = QTimer(owner)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._look)

    @property
    def busy(self) -> bool:
        """Whether a preview is being drawn (or waits to be)."""
        return self.running is not None or self.waiting is not None

    def draw(self, work: Callable[[], Drawn]) -> None:
        """Draw with ``work`` (a function of no widget) in a thread."""
        if self.running is not None:
            self.waiting = work
            return
        self._start(work)

    def drop(self) -> None:
        """Forget the preview being drawn and any waiting (a small chart is drawn at once)."""
        self.waiting = None
        self.running = None
        self._timer.stop()

    def _start(self, work: Callable[[], Drawn]) -> None:
        self.running = WorkThread(lambda _progress: work())
        self.running.thread.start()
        self._timer.start()

    def _look(self) -> None:
        run = self.running
        if run is None or not run.ended:
            return
        self.running = None
        if self.waiting is not None:  # what was drawn is out of date already
            work, self.waiting = self.waiting, None
            self._start(work)
            return
        self._timer.stop()
        if run.error is not None:  # a bug: said, as any other in the GUI thread would be
            raise run.error
        if run.result is not None:
            self.shown(*run.result)
