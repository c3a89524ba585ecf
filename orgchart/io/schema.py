"""The orgchart file format, version 2, as pydantic models. Version 2 added the holding
area (``roles[].parked``); a file without parked roles is still written as version 1, so
that older builds keep reading it.

These models are the one definition of the format: files are validated through them, and the
JSON Schema at ``resources/orgchart.schema.json`` is generated from them
(``make schema``, which runs ``tools/write_schema.py``).
"""

from __future__ import annotations

import json
import math
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, StringConstraints, WithJsonSchema

from orgchart.model import Direction, LayoutPreference, LinkKind, RoleKind, Sourcing

FORMAT = "orgchart"
VERSION = 2
SCHEMA_ID = "urn:orgchart:schema:file:v1"

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[^\s\x00-\x1f\x7f]([^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$"),
    Field(description="A stable id, unique among all teams and roles of the file."),
]
Text = Annotated[str, StringConstraints(pattern=r"\S")]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


def _custom_value(value: object) -> object:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    raise ValueError("a custom field must hold text, a number, true/false or null")


# One check with one message, rather than one error per member of a Union.
CustomValue = Annotated[
    str | int | float | bool | None,
    PlainValidator(_custom_value),
    WithJsonSchema({"type": ["string", "number", "boolean", "null"]}),
]


def _lax(description: str) -> object:
    # Enum values arrive as JSON strings; strict mode would only take enum instances.
    return Field(strict=False, description=description)


class _Entry(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class TeamEntry(_Entry):
    """A department or team. Teams nest through ``parent``."""

    id: Id
    name: Text
    parent: Id | None = Field(None, description="The id of the team this one is part of.")
    color: Color | None = Field(None, description="Team colour as #rrggbb; the theme's if absent.")
    description: str = ""
    layout: Annotated[
        LayoutPreference, _lax("How the team's reports are arranged: auto, row, stacked or column.")
    ] = LayoutPreference.AUTO


class RoleEntry(_Entry):
    """A role (position) in a team, with at most one solid-line manager."""

    id: Id
    title: Text
    team: Id = Field(description="The id of the team the role is a member of.")
    manager: Id | None = Field(None, description="The id of the role this one reports to.")
    parked: bool = Field(
        False,
        description="In the holding area: kept with the chart, not yet placed in it (no manager; "
        "its reports stay with it).",
    )
    kind: Annotated[RoleKind, _lax("regular, or assistant (a staff role drawn beside its manager).")] = (
        RoleKind.REGULAR
    )
    holder: Text | None = Field(None, description="The person in the role; absent when vacant.")
    # A factory, not `= []`: a mutable default is deep-copied for every role (0.3 s at 100,000).
    responsibilities: list[Text] = Field(default_factory=list, json_schema_extra={"default": []})
    skills: list[Text] = Field(default_factory=list, json_schema_extra={"default": []})
    sourcing: Annotated[Sourcing, _lax("in-house, outsourced or freelance.")] = Sourcing.IN_HOUSE
    fte: Annotated[float, Field(ge=0, allow_inf_nan=False, description="Full-time equivalents.")] = 1.0
    email: str = ""
    location: str = ""
    notes: str = ""
    custom: dict[str, CustomValue] = Field(
        default_factory=dict, description="Further fields, kept as they came (e.g. from an HR export)."
    )


class LinkEntry(_Entry):
    """A dotted line between two roles; it never changes the reporting hierarchy."""

    source: Id = Field(alias="from")
    target: Id = Field(alias="to")
    kind: Annotated[LinkKind, _lax('matrix ("to" is a secondary manager of "from") or works-with.')]
    label: str = ""


class ViewEntry(_Entry):
    """How the chart is shown; kept apart so that view changes do not look like org changes."""

    collapsed: list[Id] = Field(default_factory=list, description="Roles whose branch is collapsed.")
    direction: Annotated[Direction, _lax("top-down or left-right.")] = Direction.TOP_DOWN
    compact: bool = False


class OrgFile(_Entry):
    """An orgchart file."""

    model_config = ConfigDict(
        title="orgchart file",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID},
    )

    format: Literal["orgchart"]
    version: Literal[1, 2] = Field(description="1, or 2 when some roles are parked (in the holding area).")
    name: str = Field("", description="The organisation's name, shown as the chart's title.")
    teams: list[TeamEntry] = []
    roles: list[RoleEntry] = []
    links: list[LinkEntry] = []
    view: ViewEntry = ViewEntry()


def json_schema_text() -> str:
    """The JSON Schema of the current file version, as it is checked in."""
    schema = OrgFile.model_json_schema(by_alias=True)
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
