"""The checked-in JSON Schema is generated from the file models and describes every sample."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from orgchart.io.schema import json_schema_text
from tests.conftest import ROOT, SAMPLES

SCHEMA_PATH = ROOT / "resources" / "orgchart.schema.json"


def test_checked_in_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == json_schema_text(), (
        "resources/orgchart.schema.json is out of date: run `make schema`"
    )


def test_the_schema_is_a_valid_json_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)


def test_there_are_samples_to_check() -> None:
    assert len(SAMPLES) >= 4


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sample_validates_against_the_schema(sample: Path) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(sample.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("format"),
        lambda d: d.update(version=3),
        lambda d: d["roles"][0].update(fte=-1),
        lambda d: d["roles"][0].update(sourcing="external"),
        lambda d: d["teams"][0].update(color="red"),
        lambda d: d["teams"][0].update(colour="#ff0000"),
        lambda d: d["links"][0].pop("kind"),
    ],
)
def test_the_schema_rejects_what_the_loader_rejects(change: object) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    data = json.loads(SAMPLES[0].read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
