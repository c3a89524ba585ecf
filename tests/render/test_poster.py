"""A poster tile's row and column note sits clear of the crop marks on any paper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from orgchart.io import load
from orgchart.render.export import PdfOptions, pdf_writer
from orgchart.render.picture import ChartPicture
from orgchart.render.poster import crop_mark_lines, footer_box
from orgchart.render.theme import LIGHT
from tests.conftest import SAMPLES


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts need the session's QApplication."""


@pytest.mark.parametrize("size", ["a4", "a3", "letter"])
@pytest.mark.parametrize("landscape", [True, False])
@pytest.mark.parametrize("text", ["row 1 of 1, column 1 of 6", "Zeile 12 von 12, Spalte 12 von 12"])
def test_the_footer_is_on_the_page_and_no_crop_mark_runs_through_it(
    size: str, landscape: bool, text: str
) -> None:
    picture = ChartPicture(load(SAMPLES[0]).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(page_size=size), landscape)
    box = footer_box(page, text, picture)
    assert box.width() > 50 and 0 < box.left() and box.right() < page.width()
    assert page.height() - 20 < box.top() < page.height()
    for start, end in crop_mark_lines(page):
        mark = QRectF(start, end).normalized().adjusted(-0.5, -0.5, 0.5, 0.5)
        assert not mark.intersects(box), (start, end)


def test_a_tile_with_nothing_on_it_is_no_page_and_every_other_is_printed() -> None:
    # The departments sample at scale 2 on A3 landscape: 16 tiles, of which three held
    # nothing (the chart is wide, the legend short) and one only the end of the legend.
    import io

    from pypdf import PdfReader

    from orgchart.render.pdf_pages import poster_pdf
    from orgchart.render.poster import poster_grid, tile_area

    picture = ChartPicture(load(SAMPLES[0].with_name("ecommerce-departments.en.json")).chart, LIGHT)
    options = PdfOptions(page_size="a3", orientation="landscape")
    _, _, page = pdf_writer(picture, options, True)
    cols, rows, step_w, step_h = poster_grid(picture, page, 2.0)
    data = poster_pdf(picture, options, scale=2.0)
    texts = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]
    every = " ".join(texts)
    printed = [
        (r, c) for r in range(rows) for c in range(cols) if f"row {r + 1} of {rows}, column {c + 1} of {cols}" in every
    ]
    assert len(texts) == len(printed) < rows * cols  # one page per tile printed, some left out
    for r in range(rows):
        for c in range(cols):
            assert ((r, c) in printed) == picture.shows_anything(tile_area(r, c, step_w, step_h, 2.0)), (r, c)
    legend = picture.height - picture.legend_height
    assert picture.shows_anything(QRectF(30, legend + 4, 4, 4))  # the legend's first row
    assert not picture.shows_anything(QRectF(picture.width - 2, picture.height - 2, 2, 2))


def test_a_posters_page_notes_speak_the_pictures_language() -> None:
    # Printed from the editor, a German chart's cards said "unbesetzt" (the chart's language)
    # and its tiles "row 1 of 2" (the window's).
    import io

    from pypdf import PdfReader

    from orgchart.render.pdf_pages import poster_pdf

    chart = load(SAMPLES[0].with_name("ecommerce-departments.de.json")).chart
    for language, words, note in (("de", "unbesetzt", "Zeile 1 von"), ("en", "vacant", "row 1 of")):
        data = poster_pdf(ChartPicture(chart, LIGHT, language=language), scale=1.0)
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)
        assert words in text and note in text, language
