"""One function from a picture to the bytes of an export file, by format: what both
`orgchart export` and the editor's Export dialog call."""

from __future__ import annotations

from dataclasses import dataclass

from orgchart.render.export import PdfOptions, pdf_bytes, png_bytes, svg_bytes
from orgchart.render.picture import ChartPicture

FORMATS = (".svg", ".png", ".pdf")


@dataclass(frozen=True)
class FileOptions:
    """``scale``: PNG pixels (and poster PDF size) per chart unit; ``pages``: one, department
    or poster (PDF only); page size and orientation (PDF only)."""

    scale: float = 1.0
    pages: str = "one"
    page_size: str = "a4"
    orientation: str = "auto"


def export_bytes(picture: ChartPicture, suffix: str, options: FileOptions | None = None) -> tuple[bytes, str]:
    """The file's bytes for ``suffix`` (.svg, .png or .pdf) and a warning ("" if none)."""
    options = options or FileOptions()
    if suffix == ".svg":
        return svg_bytes(picture), ""
    if suffix == ".png":
        result = png_bytes(picture, scale=options.scale)
        return result.data, result.warning
    if suffix != ".pdf":
        raise ValueError(f"cannot export to {suffix!r}: use one of {', '.join(FORMATS)}")
    pdf = PdfOptions(page_size=options.page_size, orientation=options.orientation)
    # PDFs of several pages: their module loads for them only
    if options.pages == "department":
        from orgchart.render.pdf_pages import department_pages_pdf

        return department_pages_pdf(picture, pdf)
    if options.pages == "poster":
        from orgchart.render.pdf_pages import poster_pdf

        return poster_pdf(picture, pdf, scale=options.scale), ""
    return pdf_bytes(picture, pdf)
