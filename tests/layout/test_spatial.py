"""Finding the cards and lines near a box gives exactly what looking at each would give."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.layout import CardBox, Geometry, Line, LineKind, Rect
from orgchart.layout.geometry import INDEXED_FROM

coords = st.floats(-5000, 5000, allow_nan=False)
sizes = st.floats(0, 400, allow_nan=False)


def _geometry(n: int, rnd: random.Random) -> Geometry:
    g = Geometry()
    for k in range(n):
        x, y = rnd.uniform(-5000, 5000), rnd.uniform(-5000, 5000)
        g.cards[f"r{k}"] = CardBox(f"r{k}", "t", Rect(x, y, rnd.uniform(0, 400), rnd.uniform(0, 400)))
        reach = 60_000.0 if k % 50 == 0 else 1200.0  # some lines cross much of the chart
        points = ((x, y), (x, y + rnd.uniform(0, 400)), (x + rnd.uniform(-reach, reach), y + 50))
        g.lines.append(Line(LineKind.REPORTS, f"r{k}", "r0", points))
    return g


def _meets(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_searches_find_what_a_scan_finds_with_or_without_the_index(data: st.DataObject) -> None:
    g = _geometry(
        INDEXED_FROM + 50, random.Random(data.draw(st.integers(0, 2**32)))
    )  # indexed after the first searches
    for _ in range(4):  # the first searches scan, the later ones use the index
        x, y = data.draw(coords), data.draw(coords)
        box = (x, y, x + data.draw(sizes) * 5, y + data.draw(sizes) * 5)
        expected_cards = [
            c for c in g.cards.values() if _meets((c.rect.x, c.rect.y, c.rect.right, c.rect.bottom), box)
        ]
        assert g.cards_near(box) == expected_cards
        expected_lines = [
            line
            for line in g.lines
            if _meets(
                (
                    min(p[0] for p in line.points),
                    min(p[1] for p in line.points),
                    max(p[0] for p in line.points),
                    max(p[1] for p in line.points),
                ),
                box,
            )
        ]
        assert g.lines_near(box) == expected_lines
    assert g._card_index is not None and g._line_index is not None  # the index was used
    assert g._line_index.wide  # and long lines were kept apart


def test_a_point_finds_the_card_under_it() -> None:
    g = Geometry()
    for k in range(INDEXED_FROM + 10):
        g.cards[f"r{k}"] = CardBox(f"r{k}", "t", Rect(k * 200.0, 0, 180, 60))
    for _ in range(3):
        assert [c.role_id for c in g.cards_near((605.0, 30.0, 605.0, 30.0))] == ["r3"]
        assert g.cards_near((590.0, 30.0, 590.0, 30.0)) == []  # the gap between two cards
