"""Card text: wrapping never loses or cuts text, and a card is as tall as what it shows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.model import Role, RoleKind, Sourcing
from orgchart.render.card import PAD, CardMeasure
from orgchart.render.fonts import ChartFonts
from orgchart.render.text import printable, wrap
from orgchart.render.theme import LIGHT


@pytest.fixture(scope="module")
def measure(qapp: object) -> CardMeasure:
    return CardMeasure(LIGHT, ChartFonts.for_theme(LIGHT), {"linked": 2})


@settings(max_examples=150)
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=120), width=st.integers(20, 300))
def test_wrapping_keeps_every_character_and_fits_the_width(
    measure: CardMeasure, text: str, width: int
) -> None:
    metrics = measure.fonts.metrics(measure.fonts.title)
    lines = wrap(text, metrics, width)
    squeeze = "".join(printable(text).split())
    assert "".join("".join(lines).split()) == squeeze  # nothing lost, nothing added
    for line in lines:
        assert line == line.strip() or not line.strip()
        assert metrics.horizontalAdvance(line) <= width or len(line.strip()) <= 1


def test_a_long_word_is_broken_not_cut(measure: CardMeasure) -> None:
    metrics = measure.fonts.metrics(measure.fonts.title)
    lines = wrap("Donaudampfschifffahrtsgesellschaftskapitän", metrics, 100)
    assert len(lines) > 1 and "".join(lines) == "Donaudampfschifffahrtsgesellschaftskapitän"


def test_control_characters_become_spaces() -> None:
    assert printable("A\x0bB\x1bC\x00D\ufffe") == "A B C D "


@pytest.mark.parametrize(
    "role",
    [
        Role("r", "Kurz"),
        Role("r", "Spezialist für Social Media Marketing und Kundenbindung im Onlinehandel"),
        Role("r", "Titel", holder="Maximiliane Alexandra von und zu Hohenberg-Schwarzenfels"),
        Role("r", "Titel", sourcing=Sourcing.OUTSOURCED, kind=RoleKind.ASSISTANT),
    ],
)
def test_a_card_is_as_tall_as_its_lines(measure: CardMeasure, role: Role) -> None:
    text = measure.content(role, hidden=12)
    fonts = measure.fonts
    title_h = fonts.metrics(fonts.title).height()
    text_h = fonts.metrics(fonts.text).height()
    badge_h = fonts.metrics(fonts.badge).height()
    needed = PAD + len(text.title) * title_h + len(text.holder) * text_h + len(text.badges) * badge_h + PAD
    assert text.height >= needed
    assert text.badges and "+12" in text.badges[-1]
    width, height = measure.card(role, 12)
    assert (width, height) == (text.width, text.height)
    for line in text.title + text.holder:
        assert fonts.metrics(fonts.title).horizontalAdvance(line) <= width


def test_the_dotted_line_count_does_not_change_the_size(measure: CardMeasure) -> None:
    plain, linked = Role("plain", "Datenanalyst"), Role("linked", "Datenanalyst")
    assert measure.card(plain, 0) == measure.card(linked, 0)
    assert measure.content(linked, 0).links == 2
