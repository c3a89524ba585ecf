"""The responsibilities view: cards list responsibilities (and skills, smaller and grey) below
title and holder, grow to hold every line, and cut nothing off, on screen as in every export;
team headers show the teams' figures, and their frames are wide enough for them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF

from orgchart.model import OrgChart, Role, Sourcing, Team
from orgchart.render.card import CardMeasure
from orgchart.render.export import svg_bytes
from orgchart.render.fonts import ChartFonts, font
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import LIGHT

SVG = "{http://www.w3.org/2000/svg}"
LONG = (
    "Verantwortet die Donaudampfschifffahrtsgesellschaftskapitänsausbildung sowie alle Verträge, "
    "Partnerschaften, Budgets und den Einkauf | mit Sonderzeichen & <Klammern>"
)


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts need the session's QApplication."""


def _chart() -> OrgChart:
    chart = OrgChart("Werkstatt")
    chart.add_team(Team("lead", "Leitung"))
    chart.add_team(Team("mkt", "Marketing"), "lead")
    duties = ("Strategie", LONG, "Budget")
    chart.add_role(
        Role("head", "Leiter Digital", "Ada", responsibilities=duties, skills=("SAP", "Excel")), "lead"
    )
    chart.add_role(
        Role(
            "seo", "SEO-Spezialist", responsibilities=("Suchmaschinen",), sourcing=Sourcing.FREELANCE, fte=0.5
        ),
        "mkt",
        "head",
    )
    chart.add_role(Role("plain", "Praktikant", "Kim"), "mkt", "head")
    chart.add_team(Team("agency", "Agentur"))  # one narrow card under a long header
    chart.add_role(Role("app", "App", sourcing=Sourcing.OUTSOURCED), "agency")
    return chart


def test_a_card_with_responsibilities_is_taller_and_one_without_is_not() -> None:
    fonts = ChartFonts.for_theme(LIGHT)
    plain, detailed = CardMeasure(LIGHT, fonts), CardMeasure(LIGHT, fonts, details=True)
    chart = _chart()
    head, intern = chart.role("head"), chart.role("plain")
    assert detailed.card(head, 0)[1] > plain.card(head, 0)[1] + 6 * fonts.metrics(fonts.text).height()
    assert detailed.card(intern, 0)[1] == plain.card(intern, 0)[1]
    details = detailed.content(head, 0).details
    assert details is not None and plain.content(head, 0).details is None
    skills = [line for line in details.lines if line.skill]
    assert [line.text for line in skills] == ["Skills: SAP, Excel"]  # apart from the responsibilities


def _texts(svg: bytes) -> list[tuple[QRectF, str]]:
    """Every text element of an SVG written by QSvgGenerator, with its box (from the bundled
    font's metrics at the element's size and weight, moved by its group's transform)."""
    out = []
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        m = re.match(r"matrix\(1,0,0,1,([-\d.e]+),([-\d.e]+)\)", group.get("transform", ""))
        dx, dy = (float(m.group(1)), float(m.group(2))) if m else (0.0, 0.0)
        for text in group.findall(f"{SVG}text"):
            f = font(float(text.get("font-size", "0")), bold=text.get("font-weight") == "700")
            metrics = ChartFonts.metrics(None, f)  # type: ignore[arg-type]
            content = "".join(text.itertext())
            x, y = float(text.get("x", "0")) + dx, float(text.get("y", "0")) + dy
            box = QRectF(x, y - metrics.ascent(), metrics.horizontalAdvance(content), metrics.height())
            out.append((box, content))
    return out


def test_every_responsibility_is_in_the_svg_inside_its_card() -> None:
    picture = ChartPicture(_chart(), LIGHT, details=True)
    texts = _texts(svg_bytes(picture))
    offset = picture.chart_offset
    for role_id, card in picture.geometry.cards.items():
        rect = QRectF(card.rect.x, card.rect.y, card.rect.w, card.rect.h).translated(offset)
        # the texts that start in the card (its "⋯ n" marker sits on its edge on purpose)
        inside = [(b, t) for b, t in texts if rect.contains(b.x(), b.center().y()) and not t.startswith("⋯")]
        for box, text in inside:  # nothing sticks out: the card is as big as its lines
            assert rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box), f"{text!r} sticks out of {role_id}"
        shown = "".join("".join(t for _, t in inside).split())  # lines may break inside words
        role = picture.chart.role(role_id)
        for duty in (role.title, *role.responsibilities):
            assert "".join(duty.split()) in shown, f"{duty!r} is not shown whole on {role_id}"
    assert sum(1 for _, t in texts if t == "•") == 4  # one bullet per responsibility


def test_team_headers_show_figures_and_frames_are_wide_enough_for_them() -> None:
    picture = ChartPicture(_chart(), LIGHT, figures=True)
    assert picture.figures == {
        "lead": "3 roles · 2.5 FTE · 1 vacant · 33% external",
        "mkt": "2 roles · 1.5 FTE · 1 vacant · 50% external",
        "agency": "1 role · 1 FTE · 1 vacant · 100% external",
    }
    texts = _texts(svg_bytes(picture))
    for frame in picture.geometry.frames:
        caption = picture.figures[frame.team_id]
        box = next(b for b, t in texts if t.endswith(caption))
        rect = QRectF(frame.rect.x, frame.rect.y, frame.rect.w, frame.rect.h).translated(picture.chart_offset)
        assert rect.contains(box), f"the figures of {frame.team_id} stick out of its frame"
    plain = ChartPicture(_chart(), LIGHT)
    assert not any(t.endswith("external") for _, t in _texts(svg_bytes(plain)))
    narrow = {f.team_id: f.rect.w for f in plain.geometry.frames}
    assert all(f.rect.w >= narrow[f.team_id] for f in picture.geometry.frames)
