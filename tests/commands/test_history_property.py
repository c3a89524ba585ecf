"""Long random sequences of edits through the command layer can always be undone to the exact
original and redone to the exact result (canonical JSON identical)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgchart.commands import History
from orgchart.io import dumps
from orgchart.model import OrgChart, OrgError
from tests.edits import random_edit
from tests.strategies import charts


def _json(chart: OrgChart) -> str:
    return dumps(chart)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_teams=4, max_roles=12, park=True), st.data())
def test_undo_all_gives_the_original_and_redo_all_the_result(chart: OrgChart, data: st.DataObject) -> None:
    original = _json(chart)
    history = History(chart)
    for n in range(data.draw(st.integers(1, 25))):
        before = chart.state()
        try:
            command = random_edit(data, chart, n)
            history.push(command)
        except (OrgError, ValueError):  # refused by the model: nothing may have changed
            assert chart.state() == before
        chart.check()
    final = _json(chart)
    while history.can_undo:
        history.undo()
        chart.check()
    assert _json(chart) == original
    while history.can_redo:
        history.redo()
    assert _json(chart) == final
