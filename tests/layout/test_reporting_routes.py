"""A reporting line passes no card but its own two: drawn under another card, a line makes that
card look like the report's manager. Lines between teams go round what is in their way."""

from __future__ import annotations

import pytest
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
    chart, top = _top_with_a_report_in_its_team()
    team = chart.team_of(top)
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


def _top_with_a_report_in_its_team() -> tuple[OrgChart, str]:
    """The sample with a report of its top role in the top role's own team, right below it,
    where the lines to the departments would go."""
    chart = load(ROOT / "samples" / "ecommerce-departments.en.json").chart
    top = next(r for r in chart.role_ids() if chart.manager_of(r) is None and chart.held_by(r) is None)
    chart.add_role(Role("new-report", "New role"), chart.team_of(top), top)
    return chart, top


def test_lines_to_departments_both_sides_leave_the_managers_frame_on_one_side() -> None:
    # Each took the side nearer its department: round the new card on both sides, a box
    # drawn round it, as if it were a frame of its own.
    chart, top = _top_with_a_report_in_its_team()
    for params in (LayoutParams(), LayoutParams(direction=Direction.LEFT_RIGHT)):
        g = tidy_layout(chart, params)
        horizontal = params.direction is Direction.LEFT_RIGHT
        frame = next(f.rect for f in g.frames if f.team_id == chart.team_of(top))
        edge = frame.right if horizontal else frame.bottom
        out: set[float] = set()
        for line in g.lines:
            if line.kind is not LineKind.REPORTS or line.source != top or line.target == "new-report":
                continue
            for (x1, y1), (x2, y2) in zip(line.points, line.points[1:], strict=False):
                if horizontal and y1 == y2 and min(x1, x2) < edge < max(x1, x2):
                    out.add(y1)
                elif not horizontal and x1 == x2 and min(y1, y2) < edge < max(y1, y2):
                    out.add(x1)
        assert len(out) == 1, (params.direction, sorted(out))
        if not horizontal:  # the team's long name leaves room beside the cards: the line runs
            # halfway there, not along the border in the padding (where it read as a second
            # border, and left through the rounded corner)
            (x,) = out
            cards = [c.rect for c in g.cards.values() if c.team_id == chart.team_of(top)]
            assert x - max(c.right for c in cards) == pytest.approx(frame.right - x, abs=0.01)
            assert frame.right - x > 10


def _alongside(a: Line, b: Line, within: float = 4.0) -> float:
    """How long ``a`` runs beside ``b`` (or on it), nearer than ``within``."""
    total = 0.0
    for (ax1, ay1), (ax2, ay2) in zip(a.points, a.points[1:], strict=False):
        for (bx1, by1), (bx2, by2) in zip(b.points, b.points[1:], strict=False):
            if ax1 == ax2 and bx1 == bx2 and abs(ax1 - bx1) < within:
                total += max(0.0, min(max(ay1, ay2), max(by1, by2)) - max(min(ay1, ay2), min(by1, by2)))
            elif ay1 == ay2 and by1 == by2 and abs(ay1 - by1) < within:
                total += max(0.0, min(max(ax1, ax2), max(bx1, bx2)) - max(min(ax1, ax2), min(bx1, bx2)))
    return total


def test_a_dotted_line_keeps_off_the_reporting_lines_way_round_cards() -> None:
    # "Between tech and strategy" ran 100 units on the line from the top role round the new
    # card: the dotted lines were routed before the ways round cards were known.
    chart, _ = _top_with_a_report_in_its_team()
    for params in (LayoutParams(), LayoutParams(compact=True), LayoutParams(direction=Direction.LEFT_RIGHT)):
        g = tidy_layout(chart, params)
        reporting = [x for x in g.lines if x.kind is LineKind.REPORTS]
        for dotted in (x for x in g.lines if x.kind is not LineKind.REPORTS):
            beside = sum(_alongside(dotted, line) for line in reporting)
            assert beside == 0, (params, dotted.label, beside)


def _shared_length(a: Line, b: Line) -> float:
    """How long the two lines run on top of each other."""
    total = 0.0
    for (ax1, ay1), (ax2, ay2) in zip(a.points, a.points[1:], strict=False):
        for (bx1, by1), (bx2, by2) in zip(b.points, b.points[1:], strict=False):
            if ax1 == ax2 == bx1 == bx2:
                total += max(0.0, min(max(ay1, ay2), max(by1, by2)) - max(min(ay1, ay2), min(by1, by2)))
            elif ay1 == ay2 == by1 == by2:
                total += max(0.0, min(max(ax1, ax2), max(bx1, bx2)) - max(min(ax1, ax2), min(bx1, bx2)))
    return total


def test_detours_of_two_managers_do_not_run_together() -> None:
    """Two managers of one team, each with a report below their own report and one in
    another team: run together, the two lines would look as if both led to both."""
    chart = OrgChart("two managers")
    chart.add_team(Team("delivery", "Delivery"))
    chart.add_team(Team("engineering", "Engineering"))
    chart.add_role(Role("head", "Head of delivery"), "delivery")
    for who in ("a", "b"):
        chart.add_role(Role(f"manager-{who}", f"Manager {who}"), "delivery", "head")
        chart.add_role(Role(f"analyst-{who}", f"Analyst {who}"), "delivery", f"manager-{who}")
    for who in ("a", "b"):
        chart.add_role(Role(f"engineer-{who}", f"Engineer of {who}"), "engineering", f"manager-{who}")
    # (compact: the two engineers, each with a manager of their own, are not stacked into one
    # trunk that both lines would come down)
    for params in (LayoutParams(), LayoutParams(compact=True), LayoutParams(direction=Direction.LEFT_RIGHT)):
        g = tidy_layout(chart, params)
        lines = {(x.source, x.target): x for x in g.lines if x.kind is LineKind.REPORTS}
        to_a, to_b = lines[("manager-a", "engineer-a")], lines[("manager-b", "engineer-b")]
        assert _cards_passed(to_a, g) == [] and _cards_passed(to_b, g) == []
        assert _shared_length(to_a, to_b) == 0, params


def test_a_report_right_above_its_manager_is_joined_straight() -> None:
    """Teams whose lines run both ways: a manager below the team of its report (which it
    reports into itself) is joined straight up, not round the whole department."""
    chart = OrgChart("both ways")
    chart.add_team(Team("outer", "Outer"))
    chart.add_team(Team("inner", "Inner"), "outer")
    for k in range(4):
        chart.add_role(Role(f"other-{k}", f"Other {k}"), "outer")
    chart.add_role(Role("lead", "Lead"), "inner")
    chart.add_role(Role("manager", "Manager"), "outer", "lead")
    chart.add_role(Role("report", "Report"), "inner", "manager")
    g = tidy_layout(chart, LayoutParams())
    line = next(x for x in g.lines if (x.source, x.target) == ("manager", "report"))
    m, r = g.cards["manager"].rect, g.cards["report"].rect
    assert r.bottom <= m.y  # the report sits above its manager
    assert len(line.points) == 2 and line.points[0][1] == m.y and line.points[1][1] == r.bottom
    assert _cards_passed(line, g) == []
