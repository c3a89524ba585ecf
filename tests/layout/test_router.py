"""Dotted lines find their way around the cards instead of running behind them."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.io import load
from orgchart.layout import Geometry, LayoutParams, LineKind, Rect, tidy_layout
from orgchart.layout.block import Box
from orgchart.layout.ports import CLEAR_B, UPRIGHT_ROOM, has_room
from orgchart.layout.router import DottedRouter
from orgchart.model import Direction, Link, LinkKind, OrgChart, Role, Team
from tests.conftest import SAMPLES
from tests.strategies import charts


def _crosses(a: tuple[float, float], b: tuple[float, float], rect: Rect) -> bool:
    """The segment enters the inside of ``rect`` (touching its border is fine)."""
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((a[1], b[1]))
    return (
        x0 < rect.right - 0.5
        and rect.x + 0.5 < x1 + 1e-9
        and y0 < rect.bottom - 0.5
        and rect.y + 0.5 < y1 + 1e-9
    )


def _dotted_through(g: Geometry) -> list[tuple[str, str]]:
    return [
        (line.source, card.role_id)
        for line in g.lines
        if line.kind is not LineKind.REPORTS
        for a, b in zip(line.points, line.points[1:], strict=False)
        for card in g.cards.values()
        if _crosses(a, b, card.rect)
    ]


@settings(max_examples=80)
@given(
    charts(max_teams=5, max_roles=20, max_links=6),
    st.builds(LayoutParams, direction=st.sampled_from(Direction), compact=st.booleans()),
)
def test_dotted_lines_pass_no_card(chart: OrgChart, params: LayoutParams) -> None:
    g = tidy_layout(chart, params)
    assert _dotted_through(g) == []


def _row_of_cards() -> OrgChart:
    """A lead with six reports in one row, the first and the last with a report of their own;
    those two work closely together."""
    chart = OrgChart("Row")
    chart.add_team(Team("t", "Team"))
    chart.add_role(Role("lead", "Lead"), "t")
    for k in range(6):
        chart.add_role(Role(f"r{k}", f"Role {k}"), "t", "lead")
    chart.add_role(Role("r0a", "Report of 0"), "t", "r0")
    chart.add_role(Role("r5a", "Report of 5"), "t", "r5")
    chart.add_link(Link("r0", "r5", LinkKind.WORKS_WITH, "weekly"))
    return chart


def test_a_line_along_a_row_goes_around_the_cards_between_its_ends() -> None:
    g = tidy_layout(_row_of_cards())
    (line,) = [line for line in g.lines if line.kind is LineKind.WORKS_WITH]
    assert _dotted_through(g) == []
    between = [g.cards[f"r{k}"].rect for k in range(1, 5)]
    # it runs past the four cards in between, above or below the row, not through it
    left, right = min(r.x for r in between), max(r.right for r in between)
    assert any(
        a[1] == b[1]
        and min(a[0], b[0]) <= left
        and max(a[0], b[0]) >= right
        and not between[0].y <= a[1] <= between[0].bottom
        for a, b in zip(line.points, line.points[1:], strict=False)
    )


def test_the_ends_are_off_the_middle_where_reporting_lines_meet_a_card() -> None:
    g = tidy_layout(_row_of_cards())
    (line,) = [line for line in g.lines if line.kind is LineKind.WORKS_WITH]
    reporting_ends = {
        point for rl in g.lines if rl.kind is LineKind.REPORTS for point in (rl.points[0], rl.points[-1])
    }
    assert line.points[0] not in reporting_ends and line.points[-1] not in reporting_ends


def test_a_second_line_between_the_same_cards_does_not_run_on_top_of_the_first() -> None:
    boxes = {"a": Box(0, 0, 100, 40), "b": Box(400, 0, 100, 40), "c": Box(200, 0, 100, 40)}
    router = DottedRouter(boxes)
    first = router.route(boxes["a"], boxes["b"])
    second = router.route(boxes["a"], boxes["b"])
    assert first is not None and second is not None
    segments = {(p, q) for p, q in zip(first, first[1:], strict=False)}
    assert not segments & {(p, q) for p, q in zip(second, second[1:], strict=False)}


def test_a_card_walled_in_gets_no_route() -> None:
    # Cards all around "a" with gaps narrower than a line needs; the layout then falls back
    # to the simple elbow beneath the cards.
    step = 100 + CLEAR_B
    boxes = {"a": Box(0, 0, 100, 40), "b": Box(5000, 0, 100, 40)}
    for k in range(-3, 4):
        for j in (-1, 1):
            boxes[f"w{k}{j}"] = Box(k * step, j * 50, 100, 40)
    boxes["left"], boxes["right"] = Box(-step, 0, 100, 40), Box(step, 0, 100, 40)
    assert DottedRouter(boxes).route(boxes["a"], boxes["b"]) is None


def test_a_route_never_leaves_the_area_whose_cards_it_knows() -> None:
    # A long wall sticks out of the first search area; a card just outside that area lies
    # under the wall's outer clearance line. The route must not run through it.
    boxes = {
        "S": Box(0, 0, 100, 50),
        "T": Box(0, 300, 100, 50),
        "W": Box(-200, 150, 1400, 50),
        "D": Box(-300, 205, 120, 80),
    }
    route = DottedRouter(boxes).route(boxes["S"], boxes["T"])
    assert route is not None
    d = boxes["D"]
    inside = Rect(d.b, d.d, d.bs, d.ds)
    assert not any(_crosses(a, b, inside) for a, b in zip(route, route[1:], strict=False))


def _sides_used(route: list[tuple[float, float]], box: Box) -> set[str]:
    """Which sides of ``box`` the route's ends touch."""
    sides = set()
    for b, d in (route[0], route[-1]):
        if abs(b - box.b) < 1e-9 and box.d <= d <= box.d_end:
            sides.add("left")
        if abs(b - box.b_end) < 1e-9 and box.d <= d <= box.d_end:
            sides.add("right")
        if abs(d - box.d) < 1e-9 and box.b <= b <= box.b_end:
            sides.add("top")
        if abs(d - box.d_end) < 1e-9 and box.b <= b <= box.b_end:
            sides.add("bottom")
    return sides


def test_a_line_does_not_squeeze_into_the_narrow_gap_beside_a_card() -> None:
    # A row of siblings 20 apart (and one a little further, as cousins are), a line from the
    # third to a card far below the first: leaving by the left side would run down the
    # gap between the second and the third, as if it belonged to either.
    row = {f"s{k}": Box(k * 200 + (16 if k >= 2 else 0), 0, 180, 44) for k in range(5)}
    boxes = {**row, "far": Box(0, 300, 180, 44)}
    route = DottedRouter(boxes).route(boxes["s2"], boxes["far"])
    assert route is not None
    assert not _sides_used(route, boxes["s2"]) & {"left", "right"}
    # next to each other, the two cards are still joined side to side
    joined = DottedRouter(boxes).route(boxes["s2"], boxes["s3"])
    assert joined is not None and _sides_used(joined, boxes["s2"]) == {"right"}


def test_a_run_holds_a_label_as_long_if_level_on_the_page_and_shorter_if_upright() -> None:
    down, across = [(0.0, 0.0), (0.0, UPRIGHT_ROOM)], [(0.0, 0.0), (UPRIGHT_ROOM, 0.0)]
    # top-down: runs along the depth are upright; left to right: those along the breadth
    assert has_room(down, 300.0, sideways=False) and not has_room(across, 300.0, sideways=False)
    assert has_room(across, 300.0, sideways=True) and not has_room(down, 300.0, sideways=True)
    assert has_room(across, UPRIGHT_ROOM, sideways=False)  # a level run as long as the label
    short = [(0.0, 0.0), (0.0, UPRIGHT_ROOM - 1)]
    assert not has_room(short, 10.0, sideways=False)


def test_no_card_has_one_dotted_line_at_its_top_and_another_at_its_bottom_in_line() -> None:
    # The project sample's marketing manager had "Align campaigns" coming in at the top and
    # "Stock for promotions" leaving at the bottom at the same x: one line, it seemed,
    # passing behind the card.
    for sample in SAMPLES:
        chart = load(sample).chart
        for direction in Direction:
            g = tidy_layout(chart, LayoutParams(direction=direction))
            dotted = [line for line in g.lines if line.kind is not LineKind.REPORTS]
            assert dotted
            for card in g.cards.values():
                r = card.rect
                ends = [p for line in dotted for p in (line.points[0], line.points[-1])]
                if direction is Direction.TOP_DOWN:
                    near = {p[0] for p in ends if abs(p[1] - r.y) < 1e-6 and r.x <= p[0] <= r.right}
                    far = {p[0] for p in ends if abs(p[1] - r.bottom) < 1e-6 and r.x <= p[0] <= r.right}
                else:
                    near = {p[1] for p in ends if abs(p[0] - r.x) < 1e-6 and r.y <= p[1] <= r.bottom}
                    far = {p[1] for p in ends if abs(p[0] - r.right) < 1e-6 and r.y <= p[1] <= r.bottom}
                assert not near & far, (sample.name, direction, card.role_id)


def _compact_stacks() -> OrgChart:
    """A manager with three leads, each with eight leaf reports: stacked in two columns."""
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("boss", "Boss"), "t")
    for lead in range(3):
        chart.add_role(Role(f"l{lead}", f"Lead {lead}"), "t", "boss")
        for k in range(8):
            chart.add_role(Role(f"l{lead}r{k}", f"Report {lead}.{k}"), "t", f"l{lead}")
    chart.add_link(Link("l0r2", "l1r5", LinkKind.WORKS_WITH))
    chart.add_link(Link("l1r3", "l2r6", LinkKind.MATRIX))
    return chart


def test_cards_in_a_compact_stack_still_get_routed_lines() -> None:
    # Inside a stack the gaps above and below a card are too narrow for a line and the ones
    # beside it are narrow: the router then uses a side after all, rather than giving up
    # (the fallback elbow runs behind the cards).
    g = tidy_layout(_compact_stacks(), LayoutParams(compact=True))
    dotted = [line for line in g.lines if line.kind is not LineKind.REPORTS]
    assert len(dotted) == 2
    assert _dotted_through(g) == []


def _along(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float], d: tuple[float, float]) -> float:
    """How far the segments a-b and c-d run side by side, nearer than the router keeps off."""
    from orgchart.layout.runs import NEAR_FRAME

    for k in (0, 1):  # level (k=0: the same y), then upright (the same x)
        o = 1 - k
        if abs(a[o] - b[o]) < 1e-9 and abs(c[o] - d[o]) < 1e-9 and abs(a[o] - c[o]) < NEAR_FRAME:
            return max(0.0, min(max(a[k], b[k]), max(c[k], d[k])) - max(min(a[k], b[k]), min(c[k], d[k])))
    return 0.0


@pytest.mark.parametrize("direction", list(Direction))
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_dotted_lines_keep_off_frames_headers_reporting_lines_and_each_other(
    sample: Path, direction: Direction
) -> None:
    # A dotted line a few units from a frame's border, along it, or on a reporting line's
    # bus, cannot be told from it at the size a chart is printed: the samples' lines ran so
    # for about a third of their length (all but 40 of 1,004 units left to right). One ran
    # along the IT team's header, through its name; two ran side by side, 1.3 units apart.
    g = tidy_layout(load(sample).chart, LayoutParams(direction=direction))
    borders = [
        seg
        for f in g.frames
        for r in (f.rect,)
        for seg in (
            ((r.x, r.y), (r.right, r.y)),
            ((r.x, r.bottom), (r.right, r.bottom)),
            ((r.x, r.y), (r.x, r.bottom)),
            ((r.right, r.y), (r.right, r.bottom)),
        )
    ]
    reporting = [(a, b) for line in g.lines if line.kind is LineKind.REPORTS for a, b in pairwise(line.points)]
    dotted = [line for line in g.lines if line.kind is not LineKind.REPORTS]
    runs = [(a, b) for line in dotted for a, b in pairwise(line.points)]
    assert runs
    total = sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in runs)
    assert sum(_along(a, b, c, d) for a, b in runs for c, d in borders + reporting) < 0.02 * total
    beside = sum(
        _along(a, b, c, d)
        for k, line in enumerate(dotted)
        for other in dotted[k + 1 :]
        for a, b in pairwise(line.points)
        for c, d in pairwise(other.points)
    )
    assert beside < 0.02 * total
    # along a header (level, at the frame's top either way), inside it: across one, into
    # its frame from above, is fine, and so is a short stub in its end
    for f in g.frames:
        h = f.header
        for a, b in runs:
            if abs(a[1] - b[1]) < 1e-9 and h.y < a[1] < h.bottom:
                lo, hi = sorted((a[0], b[0]))
                assert min(hi, h.right) - max(lo, h.x) <= 8, (f.team_id, a, b)
