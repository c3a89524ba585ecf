"""What a geometry says of where a card is, asked after its role may be gone."""

from __future__ import annotations

from orgchart.layout import tidy_layout
from orgchart.model import OrgChart, Role, Team


def test_placed_gives_the_manager_drawn_above_and_the_team() -> None:
    chart = OrgChart()
    chart.add_team(Team("top", "Top"))
    chart.add_team(Team("tech", "Tech"), "top")
    chart.add_role(Role("ceo", "CEO"), "top")
    chart.add_role(Role("cto", "CTO"), "tech", "ceo")
    geometry = tidy_layout(chart)
    assert geometry.placed("cto") == ("ceo", "tech")
    assert geometry.placed("ceo") == (None, "top")
    assert geometry.placed("nobody") == (None, None)
