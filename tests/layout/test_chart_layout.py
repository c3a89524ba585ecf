"""Properties of the chart layout, for any valid chart, both directions, compact or not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.layout import Geometry, LayoutParams, LineKind, Rect, tidy_layout
from orgchart.model import Direction, LayoutPreference, Link, OrgChart, Role, RoleKind, Team
from tests.strategies import charts

params_strategy = st.builds(
    LayoutParams,
    direction=st.sampled_from(Direction),
    compact=st.booleans(),
)


def _before(a: Rect, b: Rect, direction: Direction) -> bool:
    """``a`` lies wholly above (top-down) or left of (left-right) ``b``."""
    return a.bottom <= b.y + 1e-6 if direction is Direction.TOP_DOWN else a.right <= b.x + 1e-6


def _check_cards_and_frames(chart: OrgChart, g: Geometry) -> None:
    cards = list(g.cards.values())
    for i, a in enumerate(cards):
        for b in cards[i + 1 :]:
            assert not a.rect.overlaps(b.rect), f"{a.role_id} overlaps {b.role_id}"
    assert {f.team_id for f in g.frames} == set(chart.team_ids())  # every team is drawn
    for frame in g.frames:
        teams = set(chart.team_ids_under(frame.team_id))
        inside = {c.role_id for c in cards if frame.rect.contains(c.rect)}
        touching = {c.role_id for c in cards if frame.rect.overlaps(c.rect)}
        expected = {c.role_id for c in cards if c.team_id in teams}
        assert inside == expected == touching, f"frame {frame.team_id} holds exactly its team's cards"
        assert frame.rect.contains(frame.header)
        assert not any(c.rect.overlaps(frame.header) for c in cards), "no card covers a team's name"
    for i, a in enumerate(g.frames):
        for b in g.frames[i + 1 :]:
            nested = b.team_id in chart.team_ids_under(a.team_id) or a.team_id in chart.team_ids_under(
                b.team_id
            )
            if nested:
                outer, inner = (a, b) if b.team_id in chart.team_ids_under(a.team_id) else (b, a)
                assert outer.rect.contains(inner.rect)
            else:
                assert not a.rect.overlaps(b.rect), f"frames {a.team_id} and {b.team_id} overlap"
    for item in [c.rect for c in cards] + [f.rect for f in g.frames]:
        assert g.bounds.contains(item)
    for line in g.lines:  # nothing is cropped: every line lies inside the bounds too
        assert all(g.bounds.contains(Rect(x, y, 0, 0)) for x, y in line.points), line


@settings(max_examples=120)
@given(charts(max_teams=6, max_roles=25, park=True), params_strategy)
def test_no_overlaps_and_frames_hold_exactly_their_teams(chart: OrgChart, params: LayoutParams) -> None:
    g = tidy_layout(chart, params)
    # every role is drawn, but those in the holding area (parked, or in a parked branch)
    assert set(g.cards) == {r for r in chart.role_ids() if chart.held_by(r) is None}
    _check_cards_and_frames(chart, g)


def test_a_reporting_line_between_frames_in_a_cycle_stays_inside_the_picture() -> None:
    # Y's lead reports into X, and a role in X reports to Y's lead: the frames cannot both
    # sit below each other, so one line runs up to a bus above the top row.
    chart = OrgChart()
    chart.add_team(Team("x", "X"))
    chart.add_team(Team("y", "Y"))
    chart.add_role(Role("x1", "X1"), "x")
    chart.add_role(Role("y1", "Y1"), "y", "x1")
    chart.add_role(Role("x2", "X2"), "x", "y1")
    g = tidy_layout(chart, LayoutParams(margin=4))
    for line in g.lines:
        assert all(g.bounds.contains(Rect(x, y, 0, 0)) and y >= 4 - 1e-9 for x, y in line.points)


@settings(max_examples=80)
@given(charts(max_teams=5, max_roles=20), params_strategy)
def test_managers_sit_before_reports_of_their_own_team(chart: OrgChart, params: LayoutParams) -> None:
    g = tidy_layout(chart, params)
    for role_id in chart.role_ids():
        manager = chart.manager_of(role_id)
        if manager is not None and chart.team_of(manager) == chart.team_of(role_id):
            assert _before(g.cards[manager].rect, g.cards[role_id].rect, params.direction)


@settings(max_examples=80)
@given(charts(max_teams=5, max_roles=20), params_strategy)
def test_every_reporting_line_runs_from_manager_to_report(chart: OrgChart, params: LayoutParams) -> None:
    g = tidy_layout(chart, params)
    solid = [line for line in g.lines if line.kind is LineKind.REPORTS]
    expected = {(chart.manager_of(r), r) for r in chart.role_ids() if chart.manager_of(r) is not None}
    assert {(line.source, line.target) for line in solid} == expected and len(solid) == len(expected)
    for line in g.lines:
        assert all(
            a[0] == b[0] or a[1] == b[1] for a, b in zip(line.points, line.points[1:], strict=False)
        ), "lines are orthogonal"
        assert _on_border(line.points[0], g.cards[line.source].rect)
        assert _on_border(line.points[-1], g.cards[line.target].rect)
    dotted = {
        (line.source, line.target, line.kind.value) for line in g.lines if line.kind is not LineKind.REPORTS
    }
    assert dotted == {(k.source, k.target, k.kind.value) for k in chart.links()}


def _on_border(point: tuple[float, float], rect: Rect) -> bool:
    x, y = point
    inside = rect.x - 1e-6 <= x <= rect.right + 1e-6 and rect.y - 1e-6 <= y <= rect.bottom + 1e-6
    edge = min(abs(x - rect.x), abs(x - rect.right), abs(y - rect.y), abs(y - rect.bottom))
    return inside and edge < 1e-6


@settings(max_examples=60)
@given(charts(max_teams=5, max_roles=20), params_strategy)
def test_dotted_lines_never_move_a_card_and_layout_is_deterministic(
    chart: OrgChart, params: LayoutParams
) -> None:
    g = tidy_layout(chart, params)
    again = tidy_layout(chart, params)
    assert g == again
    bare = chart.copy()
    for link in bare.links():
        bare.remove_link(*link.key)
    assert {k: c.rect for k, c in tidy_layout(bare, params).cards.items()} == {
        k: c.rect for k, c in g.cards.items()
    }


@st.composite
def realistic_charts(draw: st.DrawFn) -> OrgChart:
    """Teams whose roles form one subtree under a lead who reports into the parent team."""
    chart = OrgChart("Firma")
    chart.add_team(Team("top", "Leitung"))
    chart.add_role(Role("ceo", "Geschäftsführung"), "top")
    leads = {"top": "ceo"}
    count = 0

    def fill(team: str, lead: str) -> None:
        nonlocal count
        members = [lead]
        for _ in range(draw(st.integers(0, 5))):
            count += 1
            role_id = f"r{count}"
            kind = draw(st.sampled_from([RoleKind.REGULAR] * 4 + [RoleKind.ASSISTANT]))
            chart.add_role(Role(role_id, f"Rolle {count}", kind=kind), team, draw(st.sampled_from(members)))
            members.append(role_id)

    fill("top", "ceo")
    for d in range(draw(st.integers(1, 4))):
        dept = f"d{d}"
        chart.add_team(Team(dept, f"Abteilung {d}", layout=draw(st.sampled_from(LayoutPreference))), None)
        count += 1
        lead = f"r{count}"
        chart.add_role(Role(lead, f"Leitung {d}"), dept, "ceo")
        leads[dept] = lead
        fill(dept, lead)
        for s in range(draw(st.integers(0, 2))):
            sub = f"{dept}s{s}"
            chart.add_team(Team(sub, f"Team {d}.{s}"), dept)
            count += 1
            sub_lead = f"r{count}"
            chart.add_role(Role(sub_lead, f"Teamleitung {d}.{s}"), sub, lead)
            fill(sub, sub_lead)
    roles = chart.role_ids()
    for _ in range(draw(st.integers(0, 3))):
        a, b = draw(st.permutations(roles))[:2]
        if not chart.links_of(a) and chart.manager_of(a) != b:
            chart.add_link(Link(a, b))
    return chart


@settings(max_examples=80)
@given(realistic_charts(), params_strategy)
def test_in_well_formed_charts_every_manager_sits_before_every_report(
    chart: OrgChart, params: LayoutParams
) -> None:
    g = tidy_layout(chart, params)
    _check_cards_and_frames(chart, g)
    for role_id in chart.role_ids():
        manager = chart.manager_of(role_id)
        if manager is not None:
            assert _before(g.cards[manager].rect, g.cards[role_id].rect, params.direction)


def _siblings_chart() -> OrgChart:
    chart = OrgChart()
    chart.add_team(Team("t", "Technik"))
    chart.add_role(Role("boss", "Leitung"), "t")
    for name in ["c", "a", "d", "b"]:
        chart.add_role(Role(name, name.upper()), "t", "boss")
    return chart


def test_sibling_order_is_kept_left_to_right() -> None:
    chart = _siblings_chart()
    g = tidy_layout(chart)
    xs = [g.cards[r].rect.x for r in ["c", "a", "d", "b"]]
    assert xs == sorted(xs)
    chart.reorder_role("b", 0)
    g = tidy_layout(chart)
    assert [r for r in sorted("cadb", key=lambda r: g.cards[r].rect.x)] == ["b", "c", "a", "d"]


def test_compact_stacks_leaves_in_two_columns_under_the_manager() -> None:
    chart = _siblings_chart()
    wide = tidy_layout(chart)
    compact = tidy_layout(chart, LayoutParams(compact=True))
    assert compact.bounds.w < wide.bounds.w
    boss = compact.cards["boss"].rect
    rows = sorted({round(compact.cards[r].rect.y) for r in "cadb"})
    assert len(rows) == 2  # four leaves in two rows of two
    left = [r for r in "cadb" if compact.cards[r].rect.right <= boss.center[0]]
    right = [r for r in "cadb" if compact.cards[r].rect.x >= boss.center[0]]
    assert left == ["c", "d"] and right == ["a", "b"]  # row by row, left then right


def test_a_team_preference_overrides_the_chart_setting() -> None:
    chart = _siblings_chart()
    chart.update_team(Team("t", "Technik", layout=LayoutPreference.COLUMN))
    g = tidy_layout(chart)  # not compact, but the team wants one column
    xs = {round(g.cards[r].rect.x) for r in "cadb"}
    assert len(xs) == 1
    ys = [g.cards[r].rect.y for r in "cadb"]
    assert ys == sorted(ys)
    chart.update_team(Team("t", "Technik", layout=LayoutPreference.ROW))
    g = tidy_layout(chart, LayoutParams(compact=True))
    assert len({round(g.cards[r].rect.y) for r in "cadb"}) == 1


def test_assistants_sit_beside_their_manager_off_the_main_line() -> None:
    chart = _siblings_chart()
    chart.add_role(Role("assist", "Assistenz", kind=RoleKind.ASSISTANT), "t", "boss")
    g = tidy_layout(chart)
    boss, assist = g.cards["boss"].rect, g.cards["assist"].rect
    report_top = min(g.cards[r].rect.y for r in "cadb")
    assert boss.bottom < assist.y and assist.bottom < report_top  # between boss and reports
    assert assist.x >= boss.center[0] or assist.right <= boss.center[0]  # beside the trunk


def test_collapsed_and_depth_hide_roles_and_count_them() -> None:
    chart = _siblings_chart()
    chart.add_role(Role("deep", "Tief"), "t", "a")
    g = tidy_layout(chart, LayoutParams(collapsed=frozenset({"boss"})))
    assert list(g.cards) == ["boss"] and g.cards["boss"].hidden == 5
    g = tidy_layout(chart, LayoutParams(max_depth=2))
    assert "deep" not in g.cards and g.cards["a"].hidden == 1
    assert g.cards["boss"].hidden == 0


def test_an_empty_team_still_gets_a_frame_to_drop_roles_into() -> None:
    chart = _siblings_chart()
    chart.add_team(Team("empty", "Neu"))
    g = tidy_layout(chart)
    frame = next(f for f in g.frames if f.team_id == "empty")
    assert frame.rect.w > 0 and frame.rect.h > 0


def test_left_right_mirrors_top_down() -> None:
    chart = _siblings_chart()
    down = tidy_layout(chart)
    right = tidy_layout(chart, LayoutParams(direction=Direction.LEFT_RIGHT))
    assert down.cards["boss"].rect.bottom <= min(down.cards[r].rect.y for r in "cadb")
    assert right.cards["boss"].rect.right <= min(right.cards[r].rect.x for r in "cadb")


def test_parked_branches_are_left_out_and_their_team_still_shows() -> None:
    chart = OrgChart()
    chart.add_team(Team("top", "Top"))
    chart.add_team(Team("tech", "Tech"), "top")
    chart.add_role(Role("ceo", "CEO"), "top")
    chart.add_role(Role("cto", "CTO"), "tech")
    chart.add_role(Role("dev", "Dev"), "tech", "cto")
    chart.add_link(Link("dev", "ceo", "works-with"))
    chart.park("cto")
    g = tidy_layout(chart)
    assert set(g.cards) == {"ceo"}
    assert {f.team_id for f in g.frames} == {"top", "tech"}  # an empty frame to drop roles into
    assert not [
        line for line in g.lines if line.kind is not LineKind.REPORTS
    ]  # no line into the holding area
