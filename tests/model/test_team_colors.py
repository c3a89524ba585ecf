"""Which colour each team is drawn in, the same in pictures and in the data formats."""

from __future__ import annotations

from orgchart.model import OrgChart, Team
from orgchart.model.team_colors import COLORBLIND_SAFE, team_colors


def test_departments_take_the_palette_in_turn_and_sub_teams_their_parents_colour() -> None:
    chart = OrgChart()
    for k in range(len(COLORBLIND_SAFE) + 1):
        chart.add_team(Team(f"d{k}", f"Department {k}"))
    chart.add_team(Team("own", "Own colour", color="#123456"))
    chart.add_team(Team("sub", "Sub-team"), "d1")
    chart.add_team(Team("subsub", "Sub-sub-team"), "sub")
    chart.add_team(Team("under-own", "Under own"), "own")
    colors = team_colors(chart)
    assert [colors[f"d{k}"] for k in range(len(COLORBLIND_SAFE))] == list(COLORBLIND_SAFE)
    assert colors[f"d{len(COLORBLIND_SAFE)}"] == COLORBLIND_SAFE[0]  # round again
    assert colors["sub"] == colors["subsub"] == COLORBLIND_SAFE[1]
    assert colors["own"] == colors["under-own"] == "#123456"
    assert team_colors(chart, ("#aaaaaa",))["d3"] == "#aaaaaa"
