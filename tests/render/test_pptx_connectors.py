"""A route as a PowerPoint elbow connector: the preset, turn, flips and adjustments that draw
exactly that route (PowerPoint shows what is stored until a box is moved)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgchart.render.pptx_connectors import NUDGE, connector_geometry, route_of

Route = list[tuple[int, int]]


def close(a: list[tuple[float, float]], b: Route, slack: float = 0.0, size: float = 1000000) -> bool:
    """Equal point for point, up to the rounding of adjustments (1/100000 of a size of at
    most ``size``) and ``slack``."""
    tolerance = size / 50000 + 2 + slack
    return len(a) == len(b) and all(
        abs(p[0] - q[0]) <= tolerance and abs(p[1] - q[1]) <= tolerance for p, q in zip(a, b, strict=True)
    )


@pytest.mark.parametrize(
    ("route", "preset"),
    [
        ([(500, 100), (500, 300), (100, 300), (100, 600)], "bentConnector3"),  # down, left, down
        ([(100, 100), (100, 300), (500, 300), (500, 600)], "bentConnector3"),  # down, right, down
        ([(100, 100), (300, 100), (300, 500), (600, 500)], "bentConnector3"),  # left to right chart
        ([(300, 100), (300, 250), (120, 250), (120, 400), (150, 400)], "bentConnector4"),  # into a stack
        ([(100, 100), (100, 200), (400, 200)], "bentConnector2"),  # an assistant, beside
        ([(0, 0), (0, 90), (50, 90), (50, 40), (120, 40), (120, 200)], "bentConnector5"),
    ],
)
def test_a_route_is_drawn_as_it_was_laid_out(route: Route, preset: str) -> None:
    geometry = connector_geometry(route)
    assert geometry.preset == preset
    assert close(route_of(geometry), route)


def test_a_straight_reporting_line_is_an_elbow_with_its_bend_halfway() -> None:
    geometry = connector_geometry([(200, 100), (200, 500)])
    assert geometry.preset == "bentConnector3" and geometry.rotated and geometry.adjust == (50000,)
    drawn = route_of(geometry)
    assert drawn[0] == (200, 100) and drawn[-1] == (200, 500)
    assert all(x == 200 for x, _ in drawn)
    assert connector_geometry([(200, 100), (200, 500)], elbow=False).preset == "straightConnector1"


def test_a_route_back_to_the_height_it_left_ends_a_nudge_further() -> None:
    # Two neighbours' bottoms joined through the gap below: no height to scale the bend by.
    route = [(100, 300), (100, 340), (500, 340), (500, 300)]
    drawn = route_of(connector_geometry(route))
    assert close(drawn[:-1], route[:-1], NUDGE) and abs(drawn[-1][1] - 300) <= NUDGE + 2
    assert drawn[-1][0] == 500


@st.composite
def routes(draw: st.DrawFn) -> Route:
    """Orthogonal routes of one to five runs that never turn back on themselves."""
    runs = draw(st.integers(1, 5))
    across = draw(st.booleans())
    points = [(draw(st.integers(-5, 5)) * 10000, draw(st.integers(-5, 5)) * 10000)]
    for _ in range(runs):
        step = draw(st.integers(1, 6)) * 10000 * draw(st.sampled_from([-1, 1]))
        x, y = points[-1]
        points.append((x + step, y) if across else (x, y + step))
        across = not across
    return points


@given(routes())
def test_every_orthogonal_route_of_up_to_five_runs_is_drawn_as_given(route: Route) -> None:
    geometry = connector_geometry(route, elbow=False)
    drawn = route_of(geometry)
    assert close(drawn[:-2], route[:-2]) and close(drawn[-2:], route[-2:], NUDGE)
    assert geometry.cx >= 0 and geometry.cy >= 0
