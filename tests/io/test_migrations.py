"""Older file versions go through the migration registry; newer ones are refused clearly."""

from __future__ import annotations

import json

import pytest

from orgchart.io import OrgFileError, loads, migrations
from orgchart.io.migrations import MigrationGap, migrate


def test_migrations_run_in_order_and_stamp_each_version(monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[int] = []
    monkeypatch.setitem(migrations.MIGRATIONS, 1, lambda d: (steps.append(1), {**d, "a": 1})[1])
    monkeypatch.setitem(migrations.MIGRATIONS, 2, lambda d: (steps.append(2), {**d, "b": d["a"] + 1})[1])
    data = migrate({"version": 1}, 1, 3)
    assert steps == [1, 2]
    assert data == {"version": 3, "a": 1, "b": 2}


def test_a_missing_step_is_reported() -> None:
    with pytest.raises(MigrationGap):
        migrate({"version": 0}, 0, 1)


def test_loading_an_older_file_migrates_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # A pretend version 0 that called teams "departments": the registry turns it into version 1.
    def departments_to_teams(data: dict[str, object]) -> dict[str, object]:
        data["teams"] = data.pop("departments")
        return data

    monkeypatch.setitem(migrations.MIGRATIONS, 0, departments_to_teams)
    old = {"format": "orgchart", "version": 0, "departments": [{"id": "m", "name": "Marketing"}]}
    doc = loads(json.dumps(old))
    assert doc.chart.team("m").name == "Marketing"


def test_a_newer_file_is_refused_with_advice() -> None:
    with pytest.raises(OrgFileError) as caught:
        loads('{"format": "orgchart", "version": 7}', source="future.json")
    assert caught.value.where == "version"
    assert "version 7, written by a newer orgchart" in caught.value.what
    assert "Please update orgchart" in caught.value.what


def test_the_very_next_version_is_already_refused_as_newer() -> None:
    with pytest.raises(OrgFileError) as caught:
        loads('{"format": "orgchart", "version": 3}', source="next.json")
    assert caught.value.where == "version" and "version 3, written by a newer orgchart" in caught.value.what


def test_version_2_is_written_only_when_roles_are_parked() -> None:
    from orgchart.io import dumps
    from orgchart.model import OrgChart, Role, Team

    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("r", "R"), "t")
    assert json.loads(dumps(chart))["version"] == 1  # older builds still open it
    chart.park("r")
    text = dumps(chart)
    assert json.loads(text)["version"] == 2
    assert loads(text).chart.parked() == ["r"]


def test_a_version_1_file_reads_as_version_2() -> None:
    v1 = {"format": "orgchart", "version": 1, "teams": [{"id": "t", "name": "T"}], "roles": []}
    assert loads(json.dumps(v1)).chart.team("t").name == "T"
