"""Export a `ChartPicture` as SVG, PNG or PDF bytes (the caller writes the file atomically).

Text stays text in SVG and PDF. Nothing is cropped: SVG and PNG are as big as the picture
(PNG scales down, with a warning, only beyond what an image can hold); PDF scales the picture
to fit the page, or spreads it over several pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QCoreApplication,
    QIODevice,
    QLocale,
    QRectF,
    QSize,
    QUuid,
)
from PySide6.QtSvg import QSvgGenerator

from orgchart.render.fonts import FAMILY, SVG_FALLBACK
from orgchart.render.offscreen import CannotDraw, painting
from orgchart.render.pdf_identity import PLACEHOLDER, reproducible
from orgchart.render.picture import ChartPicture
from orgchart.render.text import printable

# PNG's and PDF's classes load when a PNG or PDF is made: an SVG export does without them.
if TYPE_CHECKING:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter

#: The raster engine's coordinate limit, and a memory cap (4 bytes a pixel: 1 GiB).
MAX_PNG_SIDE = 32767
MAX_PNG_PIXELS = 1 << 28

#: page size -> its name in QPageSize.PageSizeId
PAGE_SIZES = {
    "a4": "A4",
    "a3": "A3",
    "a2": "A2",
    "a1": "A1",
    "a0": "A0",
    "letter": "Letter",
    "legal": "Legal",
    "tabloid": "Tabloid",
}


def svg_bytes(picture: ChartPicture, *, title: str = "") -> bytes:
    """The picture as SVG 1.2 tiny, with real text elements."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = QSize(round(picture.width), round(picture.height))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, picture.width, picture.height))
    generator.setTitle(printable(title or picture.chart.name or "orgchart"))
    generator.setDescription("Org chart")
    generator.setResolution(96)
    with painting(generator) as painter:
        picture.paint(painter)
    # Edited as UTF-8 bytes (what Qt wrote): ASCII never occurs inside another character's
    # bytes, and a picture of 100,000 cards is 70 MB of text, not worth decoding.
    data = bytes(buffer.data().data())
    # Viewers without DejaVu Sans get narrower fonts, so every text still fits its card.
    data = data.replace(_FAMILY_ATTRIBUTE, _FALLBACK_ATTRIBUTE)
    return data.replace(b"<desc>Generated with Qt</desc>", b"<desc>Org chart</desc>")


_FAMILY_ATTRIBUTE = f'font-family="{FAMILY}"'.encode()
_FALLBACK_ATTRIBUTE = f'font-family="{SVG_FALLBACK}"'.encode()


@dataclass(frozen=True)
class PngResult:
    data: bytes
    scale: float
    warning: str = ""


def png_bytes(picture: ChartPicture, *, scale: float = 1.0) -> PngResult:
    """The picture as PNG at ``scale``; a picture too large for an image is scaled down and
    the result says so."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage

    warning = ""
    w, h = picture.width * scale, picture.height * scale
    fit = min(1.0, MAX_PNG_SIDE / max(w, h), (MAX_PNG_PIXELS / max(w * h, 1)) ** 0.5)
    if fit < 1.0:
        new_scale = scale * fit
        warning = message(
            QT_TRANSLATE_NOOP(
                "Export",
                "the chart is %1 × %2 pixels at scale %3, more than a PNG image here can hold; it "
                "was scaled down to %4 (%5 × %6 pixels). Use SVG or PDF for full detail.",
            ),
            (w, 0),
            (h, 0),
            (scale, 6),
            (new_scale, 3),
            (w * fit, 0),
            (h * fit, 0),
        )
        scale = new_scale
    width, height = max(1, round(picture.width * scale)), max(1, round(picture.height * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():  # no memory for it
        raise CannotDraw(
            message(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "an image of %1 × %2 pixels (%3 MB) does not fit in the memory here. Choose a "
                    "smaller scale, or SVG or PDF.",
                ),
                (width, 0),
                (height, 0),
                (width * height * 4 / 2**20, 0),
            )
        )
    image.setDotsPerMeterX(round(96 / 0.0254 * scale))
    image.setDotsPerMeterY(round(96 / 0.0254 * scale))
    with painting(image) as painter:
        painter.scale(scale, scale)
        picture.paint(painter)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise CannotDraw(
            message(
                QT_TRANSLATE_NOOP("Export", "the image of %1 × %2 pixels cannot be written as PNG here."),
                (image.width(), 0),
                (image.height(), 0),
            )
        )
    return PngResult(bytes(data.data()), scale, warning)


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "a4"
    orientation: str = "auto"  # auto, portrait, landscape
    margin_mm: float = 10.0


def pdf_bytes(picture: ChartPicture, options: PdfOptions | None = None) -> tuple[bytes, str]:
    """The picture fitted to one page (scaled down, never cropped), and a warning ("" if
    none) when that shrinks its text too far to be read on paper."""
    options = options or PdfOptions()
    writer, buffer, page = pdf_writer(picture, options, picture.width >= picture.height)
    scale = min(page.width() / picture.width, page.height() / picture.height)
    with painting(writer) as painter:
        painter.translate(
            (page.width() - picture.width * scale) / 2, (page.height() - picture.height * scale) / 2
        )
        painter.scale(scale, scale)
        picture.paint(painter)
    warning = ""
    points = picture.theme.card_text_size * scale
    if points < MIN_PRINTED_POINTS:
        warning = message(
            QT_TRANSLATE_NOOP(
                "Export",
                "the chart is shrunk to %1 % to fit one page: its text prints at %2 pt, too small "
                "to read. Print it one department per page, as a poster, or on larger paper.",
            ),
            (scale * 100, 2),
            (points, 2),
        )
    return reproducible(bytes(buffer.data().data())), warning


#: Text printed smaller than this (points) cannot be read on paper, nor in most PDF viewers
#: at their largest zoom: a PDF whose chart is shrunk that far says so.
MIN_PRINTED_POINTS = 2.0


def message(source: str, *values: str | tuple[float, int]) -> str:
    """``source`` (of the "Export" context) in the program's language, its %1, %2… filled
    with ``values``: text, or (number, digits: 0 for a whole number, else significant ones)
    written as that language writes numbers (a decimal comma in German; as in the code where
    the message is not translated, as on the command line)."""
    text = QCoreApplication.translate("Export", source)
    locale = QLocale() if text != source else QLocale.c()
    for k, value in enumerate(values, 1):
        if not isinstance(value, str):
            number, digits = value
            whole = digits == 0
            value = locale.toString(round(number)) if whole else locale.toString(float(number), "g", digits)
        text = text.replace(f"%{k}", value)
    return text


def pdf_writer(
    picture: ChartPicture, options: PdfOptions, landscape: bool
) -> tuple[QPdfWriter, QBuffer, QSizeF]:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(printable(picture.chart.name or "Org chart"))
    writer.setCreator("orgchart")
    writer.setDocumentId(QUuid(PLACEHOLDER))  # made the content's by `reproducible`
    writer.setResolution(72)  # one unit is one point
    if options.orientation != "auto":
        landscape = options.orientation == "landscape"
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(*([options.margin_mm] * 4))
    size = QPageSize(getattr(QPageSize.PageSizeId, PAGE_SIZES[options.page_size]))
    writer.setPageLayout(QPageLayout(size, orientation, margins, QPageLayout.Unit.Millimeter))
    painted = writer.pageLayout().paintRectPixels(72)
    return writer, buffer, QSizeF(painted.width(), painted.height())
