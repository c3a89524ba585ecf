"""Department pages split a large department between its cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from orgchart.io import load
from orgchart.render.export import PdfOptions, pdf_writer
from orgchart.render.pdf_pages import _cuts, _plan
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import LIGHT

DEPARTMENTS = Path(__file__).resolve().parents[2] / "samples" / "ecommerce-departments.de.json"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts need the session's QApplication."""


def test_cuts_fall_in_the_gap_nearest_to_an_even_split() -> None:
    cards = [(0.0, 100.0), (120.0, 220.0), (240.0, 340.0), (360.0, 460.0)]
    assert _cuts(0.0, 460.0, 2, cards) == [(0.0, 230.0), (230.0, 460.0)]


def test_without_a_gap_nearby_two_parts_overlap_by_a_card() -> None:
    cards = [(0.0, 300.0), (310.0, 600.0)]  # the only gap is far from the middle of 0..900
    assert _cuts(0.0, 900.0, 3, cards) == [(0.0, 305.0), (305.0, 750.0), (450.0, 900.0)]


def test_a_split_department_shows_each_card_whole_on_a_page_and_cuts_none() -> None:
    picture = ChartPicture(load(DEPARTMENTS).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(), True)
    technik = [p for p in _plan(picture, page) if p.team_id == "team-technology"]
    assert len(technik) >= 2
    offset = picture.chart_offset
    cards = [
        QRectF(c.rect.x, c.rect.y, c.rect.w, c.rect.h).translated(offset)
        for c in picture.geometry.cards.values()
        if c.team_id == "team-technology"
    ]
    for card in cards:
        touching = [p.region for p in technik if p.region.intersects(card)]
        assert touching and all(region.contains(card) for region in touching)
