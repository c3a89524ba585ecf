"""The language a chart is written in, as its words read."""

from __future__ import annotations

import pytest

from orgchart.io import load
from orgchart.model import OrgChart, Role, Team
from orgchart.render.language import chart_language
from tests.conftest import SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_samples_read_as_the_language_their_name_says(path: object) -> None:
    expected = path.name.split(".")[-2]  # type: ignore[attr-defined]
    assert chart_language(load(path).chart) == expected


def chart(name: str, team: str, *titles: str, holder: str | None = None) -> OrgChart:
    made = OrgChart(name)
    made.add_team(Team("t", team))
    for i, title in enumerate(titles):
        made.add_role(Role(f"r{i}", title, holder=holder), team="t")
    return made


@pytest.mark.parametrize(
    ("made", "language"),
    [
        (OrgChart(), "en"),
        (chart("Shop", "Marketing", "Head of Sales and Marketing"), "en"),
        (chart("Shop", "Vertrieb und Marketing", "Leitung Vertrieb"), "de"),
        (chart("Shop", "Einkauf", "Buyer", "Buyer for the shop"), "en"),  # team names alone: no German words
        (chart("Shop", "Sales", "Head of the team", holder="Jürgen Müller"), "en"),  # names do not count
        (chart("Shop", "Geschäftsführung", "CEO"), "de"),
    ],
)
def test_a_chart_reads_german_when_its_words_are(made: OrgChart, language: str) -> None:
    assert chart_language(made) == language
