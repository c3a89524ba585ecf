"""Any valid chart survives save -> load unchanged, and saving is canonical."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis.stateful import invariant

from orgchart.io import dumps, load, loads, save
from orgchart.model import Link, OrgChart, Role, Team, ViewSettings
from tests.model.test_invariants import ChartEdits
from tests.strategies import charts, documents


@settings(max_examples=150)
@given(documents())
def test_any_chart_round_trips_exactly(doc: tuple[OrgChart, ViewSettings]) -> None:
    chart, view = doc
    text = dumps(chart, view)
    back = loads(text)
    assert back.chart == chart
    assert back.view == view
    assert dumps(back.chart, back.view) == text  # save -> load -> save is byte-identical
    back.chart.check()


@settings(max_examples=40)
@given(charts(park=True))
def test_sibling_order_survives_a_round_trip(chart: OrgChart) -> None:
    back = loads(dumps(chart)).chart
    for role_id in chart.role_ids():
        assert back.reports_of(role_id) == chart.reports_of(role_id)
    for team_id in [None, *chart.team_ids()]:
        assert back.subteams_of(team_id) == chart.subteams_of(team_id)
        if team_id is not None:
            assert back.top_roles(team_id) == chart.top_roles(team_id)


def _small_chart() -> OrgChart:
    chart = OrgChart("Geschäftsführung")
    chart.add_team(Team("ops", "Betrieb und Logistik", color="#E9C46A"))
    chart.add_role(Role("boss", "Betriebsleiter", custom={"Zeta": "z", "Älter": 1}), "ops")
    chart.add_role(Role("inv", "Inventarspezialist", holder="Jürgen Weiß"), "ops", "boss")
    chart.add_link(Link("inv", "boss", label="Bestand"))
    return chart


def test_saved_text_is_canonical_readable_utf8(tmp_path: Path) -> None:
    path = tmp_path / "chart.json"
    save(_small_chart(), path, ViewSettings(collapsed={"inv"}))
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert "Jürgen Weiß" in text and "\\u" not in text  # umlauts as they are
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "version": 1,\n' in text  # two-space indent
    data = json.loads(text)
    assert list(data)[:2] == ["format", "version"]
    assert data["format"] == "orgchart"
    assert list(data["roles"][0]["custom"]) == ["Zeta", "Älter"]  # sorted, so equal charts save equal
    assert data["view"] == {"collapsed": ["inv"]}  # the view stays apart from the organisation
    assert "holder" not in data["roles"][0]  # vacant: defaults are left out
    save(load(path).chart, tmp_path / "again.json", load(path).view)
    assert (tmp_path / "again.json").read_bytes() == raw


def test_view_changes_do_not_touch_the_organisation_part(tmp_path: Path) -> None:
    chart = _small_chart()
    plain = json.loads(dumps(chart))
    collapsed = json.loads(dumps(chart, ViewSettings(collapsed={"boss"}, compact=True)))
    assert {k: v for k, v in collapsed.items() if k != "view"} == plain


def test_view_leftovers_of_removed_roles_are_dropped() -> None:
    text = dumps(_small_chart(), ViewSettings(collapsed={"inv"}))
    data = json.loads(text)
    data["view"]["collapsed"].append("removed-role")
    doc = loads(json.dumps(data))
    assert doc.view.collapsed == {"inv"}


def test_equal_charts_built_in_different_orders_save_the_same_bytes() -> None:
    one = _small_chart()
    two = OrgChart("Geschäftsführung")
    two.add_team(Team("ops", "Betrieb und Logistik", color="#e9c46a"))
    two.add_role(Role("inv", "Inventarspezialist", holder="Jürgen Weiß"), "ops")
    two.add_role(Role("boss", "Betriebsleiter", custom={"Älter": 1, "Zeta": "z"}), "ops", index=0)
    two.add_link(Link("inv", "boss", label="Bestand"))
    two.set_manager("inv", "boss")
    assert dumps(one) == dumps(two)


class EditsThenSave(ChartEdits):
    """Any chart the editor's edits can make is saved and read back exactly."""

    @invariant()
    def saves_and_loads_back_exactly(self) -> None:
        text = dumps(self.chart)
        back = loads(text).chart
        assert back == self.chart
        assert dumps(back) == text


EditsThenSave.TestCase.settings = settings(max_examples=30, stateful_step_count=30)
test_every_edited_chart_round_trips = EditsThenSave.TestCase
