"""A team's name, written in the team's colour, is readable whatever colour was chosen:
WCAG's 4.5:1 against the background, on the canvas, in the exports and in the outline."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor

from orgchart.model import OrgChart, Role, Team
from orgchart.render.contrast import MINIMUM, contrast, readable
from orgchart.render.export import svg_bytes
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import DARK, LIGHT

SVG = "{http://www.w3.org/2000/svg}"
CHOSEN = ["#ffff00", "#f0e442", "#ffffff", "#000000", "#00ff00", "#56b4e9", "#7f7f7f", "#0000ff"]


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts need the session's QApplication."""


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)  # the grey at AA


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_every_colour_gives_readable_text_and_those_that_did_look_as_before(theme: object) -> None:
    background = QColor(theme.background)  # type: ignore[attr-defined]
    dark = background.lightness() < 128
    for name in [*theme.palette, *CHOSEN]:  # type: ignore[attr-defined]
        color = QColor(name)
        text = readable(color, background)
        assert contrast(text, background) >= MINIMUM, name
        before = color.lighter(165) if dark else color.darker(135)
        if contrast(before, background) >= MINIMUM:
            assert text == before, name


def test_a_yellow_team_has_its_name_written_readably() -> None:
    # A team coloured #ffff00 had its name written in #bdbd00 on white: 2.0:1.
    chart = OrgChart("Firma")
    chart.add_team(Team("t", "Gelbes Team", color="#ffff00"))
    chart.add_role(Role("a", "Leitung"), "t")
    root = ET.fromstring(svg_bytes(ChartPicture(chart, LIGHT)))
    fills = [text.get("fill") for text in root.iter(f"{SVG}text") if "".join(text.itertext()) == "Gelbes Team"]
    assert len(fills) == 2  # the frame's header, and the legend (in the theme's text colour)
    assert all(contrast(QColor(f), QColor(LIGHT.background)) >= MINIMUM for f in fills)
