"""A reporting line passes no card but its own two: drawn under another card, a line makes that
card look like the report's manager. Lines between teams go round what is in their way."""

from __future__ import annotations

from hypothesis import given, settings

from orgchart.io import load
from orgchart.layout import Geometry, LayoutParams, Line, LineKind, tidy_layout
from orgchart.model import Direction, OrgChart, Role, Team
from tests.conftest import ROOT
from tests.layout.test_chart_layout import params_strategy
from tests.strategies import charts


def _cards_passed(line: Line, g: Geometry) -> list[str]:
    """The cards (other than its ends) that a run of ``line`` passes through."""
    passed = []
    for role_id, card in g.cards.items():
        if role_id in (line.source, line.target):
            continue
        r = card.rect
        for (x1, y1), (x2, y2) in zip(line.points, line.points[1:], strict=False):
            if x1 == x2 and r.x < x1 < r.right and min(y1, y2) < r.bottom and max(y1, y2) > r.y:
                passed.append(role_id)
                break
            if y1 == y2 and r.y < y1 < r.bottom and min(x1, x2) < r.right and max(x1, x2) > r.x:
                passed.append(role_id)
                break
    return passed


@settings(max_examples=150)
@given(charts(max_teams=6, max_roles=25, max_links=2, park=True), params_strategy)
def test_no_reporting_line_passes_a_card_but_its_ends(chart: OrgChart, params: LayoutParams) -> None:
    g = tidy_layout(chart, params)
    for line in g.lines:
        if line.kind is LineKind.REPORTS:
            assert _cards_passed(line, g) == [], f"{line.source} -> {line.target}"


def test_a_new_report_of_the_top_role_does_not_sit_on_the_lines_to_the_departments() -> None:
    """Tab on the sample's top role: the new card lands right below it, where the lines to
    every department used to run straight down."""
    chart = load(ROOT / "samples" / "ecommerce-departments.en.json").chart
    top = next(r for r in chart.role_ids() if chart.manager_of(r) is None and chart.held_by(r) is None)
    team = chart.team_of(top)
    chart.add_role(Role("new-report", "New role"), team, top)
    g = tidy_layout(chart, LayoutParams())
    lines = {(line.source, line.target): line for line in g.lines if line.kind is LineKind.REPORTS}
    elsewhere = [r for r in chart.role_ids() if chart.manager_of(r) == top and chart.team_of(r) != team]
    assert len(elsewhere) > 5
    for report in elsewhere:
        line = lines[(top, report)]
        assert _cards_passed(line, g) == []
        assert line.points[0] == (g.cards[top].rect.x + g.cards[top].rect.w / 2, g.cards[top].rect.bottom)
    # the new card's own line still runs straight down to it
    new = lines[(top, "new-report")].points
    assert len(new) == 2 and new[0][0] == new[1][0]


def test_a_line_into_a_sub_team_below_another_manager_goes_round_that_manager() -> None:
    """A sub-team hangs below the manager of its first role; a line from another manager of
    the same team to a later role of it runs past the first one's card, so it goes round."""
    chart = OrgChart("round")
    chart.add_team(Team("dept", "Department"))
    chart.add_team(Team("sub", "Sub-team"), "dept")
    chart.add_role(Role("head", "Head"), "dept")
    chart.add_role(Role("lead", "Lead"), "dept", "head")
    chart.add_role(Role("first", "First"), "sub", "lead")
    chart.add_role(Role("second", "Second"), "sub", "head")
    for params in (LayoutParams(), LayoutParams(direction=Direction.LEFT_RIGHT)):
        g = tidy_layout(chart, params)
        line = next(x for x in g.lines if (x.source, x.target) == ("head", "second"))
        assert _cards_passed(line, g) == [], params.direction
        assert len(line.points) > 4  # it did not run straight through "lead"
