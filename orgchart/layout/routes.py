"""Orthogonal routes for reporting lines, and the simple elbow for a dotted line that the
router (`orgchart.layout.router`) leaves alone, in abstract (breadth, depth) terms.

Routes are drawn beneath the cards, so a line never hides a card; reporting lines run
through the free gap between two rows.
"""

from __future__ import annotations

from orgchart.layout.block import Box

APoint = tuple[float, float]


def reporting_route(
    manager: Box, report: Box, bus: float | None, trunk: float | None, ob: float = 0.0, od: float = 0.0
) -> tuple[APoint, ...]:
    """Down from the manager, along the bus (at depth ``bus``), and into the report from
    above (or, for a stacked or assistant card, down its trunk at breadth ``trunk`` and in
    from the side); moved by (ob, od)."""
    mx, my = manager.b + manager.bs / 2 + ob, manager.d + manager.ds + od
    if trunk is None:  # the common case, without the general clean-up below
        rx = report.b + report.bs / 2 + ob
        if abs(mx - rx) < 1e-9:
            return ((mx, my), (rx, report.d + od))
        y = bus + od if bus is not None else (my + report.d + od) / 2
        return ((mx, my), (mx, y), (rx, y), (rx, report.d + od))
    trunk += ob
    points = [(mx, my)]
    side = report.b + ob if report.b + ob >= trunk else report.b_end + ob
    if bus is not None:
        points += [(mx, bus + od), (trunk, bus + od)]
    points += [(trunk, report.d_mid + od), (side, report.d_mid + od)]
    return tuple(_simplify(points))


def dotted_route(source: Box, target: Box, *, near: float = 60.0) -> list[APoint]:
    """From the side of ``source`` that faces ``target``, with one or two bends. Neighbours
    in one row are joined side to side; cards further apart in a row through the gap below
    it, so the line does not run along the row's other cards."""
    if source.d < target.d_end and target.d < source.d_end:  # in one row
        left, right = (source, target) if source.b_mid <= target.b_mid else (target, source)
        if right.b - left.b_end <= near:
            middle = (left.b_end + right.b) / 2
            points = [
                (left.b_end, left.d_mid),
                (middle, left.d_mid),
                (middle, right.d_mid),
                (right.b, right.d_mid),
            ]
            return _simplify(points if left is source else points[::-1])
        channel = max(source.d_end, target.d_end) + 6
        return _simplify(
            [
                (source.b_mid, source.d_end),
                (source.b_mid, channel),
                (target.b_mid, channel),
                (target.b_mid, target.d_end),
            ]
        )
    below = target.d > source.d
    if source.b <= target.b_mid <= source.b_end:  # right above or below: leave from the end
        start = (source.b_mid, source.d_end if below else source.d)
        end = (target.b_mid, target.d if below else target.d_end)
        middle = (start[1] + end[1]) / 2
        return _simplify([start, (start[0], middle), (end[0], middle), end])
    b = source.b_end if target.b_mid >= source.b_mid else source.b
    start = (b, source.d_mid)
    end = (target.b_mid, target.d if below else target.d_end)
    return _simplify([start, (end[0], start[1]), end])


def _simplify(points: list[APoint]) -> list[APoint]:
    out: list[APoint] = []
    for point in points:
        if out and abs(out[-1][0] - point[0]) < 1e-9 and abs(out[-1][1] - point[1]) < 1e-9:
            continue
        out.append(point)
    return out
