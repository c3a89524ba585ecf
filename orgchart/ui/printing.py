"""File > Print… (Ctrl+P): the chart on paper, fitted to one page or tiled as a poster over
several, with a preview of the pages. The printer is painted by the same `ChartPicture` as the
canvas and every export, and a poster is cut into tiles by the code of `orgchart export --pages
poster` (`paint_poster`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPainter, QTransform
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgchart.layout import LayoutParams
from orgchart.model import OrgChart
from orgchart.render.language import words_for
from orgchart.render.offscreen import end_quietly
from orgchart.render.picture import ChartPicture
from orgchart.render.poster import paint_poster
from orgchart.render.theme import LIGHT, THEMES, Theme

FIT, POSTER = "fit", "poster"


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_chart(
    printer: QPrinter, picture: ChartPicture, *, poster: bool = False, scale: float = 1.0
) -> bool:
    """Paint ``picture`` on ``printer`` (a printer, a PDF file, or a preview): fitted to one
    page, or at ``scale`` (1: one chart unit per point) tiled over as many as it needs.
    False if the printer cannot be painted on."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dots = printer.resolution() / 72  # the printer's units per point
        base = QTransform.fromScale(dots, dots)
        area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
        page = QSizeF(area.width(), area.height())
        if poster:
            paint_poster(painter, printer, page, picture, scale=scale, base=base)
        else:
            painter.setTransform(base)
            fit = min(page.width() / max(picture.width, 1.0), page.height() / max(picture.height, 1.0))
            margin_x, margin_y = page.width() - picture.width * fit, page.height() - picture.height * fit
            painter.translate(margin_x / 2, margin_y / 2)  # centred on the page
            painter.scale(fit, fit)
            picture.paint(painter)
    except BaseException:
        end_quietly(painter)  # an active painter must not outlive its device (see `painting`)
        raise
    return painter.end()


class PrintDialog(QDialog):
    """How the chart goes on paper, and the pages it makes; Print… asks for the printer."""

    def __init__(
        self,
        chart: OrgChart,
        params: LayoutParams,
        theme: Theme,
        parent: QWidget | None = None,
        extras: dict[str, Any] | None = None,
    ) -> None:
        """``extras``: what the canvas adds to its picture (responsibilities, team figures, a
        comparison's marks), so that the paper shows what the screen shows."""
        super().__init__(parent)
        self.setWindowTitle(tr("Print chart"))
        self.chart, self.params, self.extras = chart, params, extras or {}
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.pages = QComboBox()
        self.pages.addItem(tr("fitted to one page"), FIT)
        self.pages.addItem(tr("poster: tiled over several pages"), POSTER)
        self.scale = QSpinBox()  # per cent
        self.scale.setRange(25, 400)
        self.scale.setSingleStep(25)
        self.scale.setValue(100)
        self.scale.setSuffix(" %")
        self.scale.setToolTip(tr("100 %: cards as large as on the screen at 100 % zoom"))
        self.orientation = QComboBox()
        self.orientation.addItem(tr("portrait"), QPageLayout.Orientation.Portrait)
        self.orientation.addItem(tr("landscape"), QPageLayout.Orientation.Landscape)
        self.theme = QComboBox()
        for name in THEMES:
            self.theme.addItem(tr(name), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.name)))
        page_setup = QPushButton(tr("Page setup…"))
        page_setup.clicked.connect(self._page_setup)
        self.count = QLabel()
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setViewMode(QPrintPreviewWidget.ViewMode.AllPagesView)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)  # every page in sight
        self.preview.setMinimumSize(560, 420)
        self.preview.paintRequested.connect(self._paint)
        self.preview.previewChanged.connect(self._counted)
        form = QFormLayout()
        for label, widget in (
            (tr("Pages"), self.pages),
            (tr("Poster size"), self.scale),
            (tr("Orientation"), self.orientation),
            (tr("Colours"), self.theme),
            ("", page_setup),
            ("", self.count),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._ask_and_print)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(buttons)
        row = QHBoxLayout(self)
        row.addLayout(column)
        row.addWidget(self.preview, 1)
        self.picture = self.make_picture()
        self.printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)  # as PDFs
        wide = self.picture.width >= self.picture.height
        self.orientation.setCurrentIndex(1 if wide else 0)
        self._orient()
        self.pages.currentIndexChanged.connect(self._options_changed)
        self.scale.valueChanged.connect(self._options_changed)
        self.orientation.currentIndexChanged.connect(self._orient)
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self._options_changed()

    @property
    def poster(self) -> bool:
        return self.pages.currentData() == POSTER

    def make_picture(self) -> ChartPicture:
        """The chart as the canvas lays it out (direction, collapsed branches), in the chosen
        colours."""
        theme = THEMES.get(str(self.theme.currentData()), LIGHT)
        return ChartPicture(self.chart, theme, self.params, language=words_for(self.chart), **self.extras)

    def print_to(self, printer: QPrinter) -> bool:
        """Print with the chosen options on ``printer`` (the preview's pages, on paper)."""
        return print_chart(printer, self.picture, poster=self.poster, scale=self.scale.value() / 100)

    def _paint(self, printer: QPrinter) -> None:
        self.print_to(printer)

    def _counted(self) -> None:
        pages = self.preview.pageCount()
        self.count.setText(tr("1 page") if pages == 1 else tr("%1 pages").replace("%1", str(pages)))

    def _options_changed(self, *_: object) -> None:
        self.scale.setEnabled(self.poster)
        self.preview.updatePreview()

    def _theme_changed(self, *_: object) -> None:
        self.picture = self.make_picture()
        self.preview.updatePreview()

    def _orient(self, *_: object) -> None:
        self.printer.setPageOrientation(self.orientation.currentData())
        self.preview.updatePreview()

    def _page_setup(self) -> None:
        if QPageSetupDialog(self.printer, self).exec() == QDialog.DialogCode.Accepted:
            landscape = self.printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
            self.orientation.blockSignals(True)
            self.orientation.setCurrentIndex(1 if landscape else 0)
            self.orientation.blockSignals(False)
            self.preview.updatePreview()

    def _ask_and_print(self) -> None:
        asked = QPrintDialog(self.printer, self)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        if not self.print_to(self.printer):
            QMessageBox.critical(self, tr("Cannot print"), tr("The printer could not be used."))
            return
        self.accept()
