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
