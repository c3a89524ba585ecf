"""Role, Team and Link values check themselves: an invalid one cannot be made."""

from __future__ import annotations

import math

import pytest

from orgchart.model import (
    InvalidValueError,
    LayoutPreference,
    Link,
    LinkKind,
    Role,
    RoleKind,
    Sourcing,
    Team,
    ViewSettings,
)


def test_role_defaults_describe_a_vacant_in_house_full_time_role() -> None:
    role = Role("r1", "Datenanalyst")
    assert role.vacant and role.holder is None
    assert (role.kind, role.sourcing, role.fte) == (RoleKind.REGULAR, Sourcing.IN_HOUSE, 1.0)


def test_enum_fields_take_their_file_spelling() -> None:
    role = Role("r1", "QA-Tester", kind="assistant", sourcing="outsourced")  # type: ignore[arg-type]
    assert role.kind is RoleKind.ASSISTANT and role.sourcing is Sourcing.OUTSOURCED
    assert Team("t", "T", layout="stacked").layout is LayoutPreference.STACKED  # type: ignore[arg-type]
    with pytest.raises(
        InvalidValueError, match="sourcing must be one of 'in-house', 'outsourced', 'freelance'"
    ):
        Role("r1", "X", sourcing="external")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"title": "  "}, "title must not be empty"),
        ({"holder": ""}, "holder must not be empty"),
        ({"fte": -0.5}, "FTE must not be negative"),
        ({"fte": math.nan}, "FTE must be a finite number"),
        ({"fte": True}, "FTE must be a finite number"),
        ({"responsibilities": "Budget"}, "responsibilities must be a list"),
        ({"responsibilities": ("Budget", "")}, r"responsibilities\[1\] must not be empty"),
        ({"custom": {"cost": [1, 2]}}, "custom field 'cost' must hold text, a number"),
        ({"notes": "bad \ud800"}, "lone UTF-16 surrogate"),
    ],
)
def test_invalid_roles_are_refused(kwargs: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"id": "r1", "title": "Buchhalter", **kwargs}
    with pytest.raises(InvalidValueError, match=message):
        Role(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad_id", ["", " x", "x ", "a\nb", 7, "\ud800"])
def test_ids_must_be_clean_text(bad_id: object) -> None:
    with pytest.raises(InvalidValueError, match="not a valid id"):
        Role(bad_id, "X")  # type: ignore[arg-type]


def test_ids_may_be_any_readable_text() -> None:
    assert Role("E-001 Müller", "X").id == "E-001 Müller"


def test_team_colour_is_checked_and_normalised() -> None:
    assert Team("t", "Technik", color="#1F77B4").color == "#1f77b4"
    with pytest.raises(InvalidValueError, match="not of the form #rrggbb"):
        Team("t", "Technik", color="blue")


def test_custom_fields_are_frozen_copies() -> None:
    source = {"Kostenstelle": "4711"}
    role = Role("r", "X", custom=source)
    source["Kostenstelle"] = "changed"
    assert role.custom["Kostenstelle"] == "4711"
    with pytest.raises(TypeError):
        role.custom["new"] = 1  # type: ignore[index]


def test_a_dotted_line_joins_two_different_roles() -> None:
    assert Link("a", "b").kind is LinkKind.WORKS_WITH
    with pytest.raises(InvalidValueError, match="same role"):
        Link("a", "a", LinkKind.MATRIX)


def test_view_settings_check_their_values() -> None:
    assert ViewSettings(collapsed={"a"}).collapsed == frozenset({"a"})
    with pytest.raises(InvalidValueError, match="direction"):
        ViewSettings(direction="diagonal")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="single text"):
        ViewSettings(collapsed="abc")  # type: ignore[arg-type]


def test_a_role_does_not_follow_later_changes_to_the_mapping_it_was_given() -> None:
    from types import MappingProxyType

    given: dict[str, object] = {}
    role = Role("r", "T", custom=MappingProxyType(given))  # type: ignore[arg-type]
    given["x"] = [1, 2]
    assert dict(role.custom) == {}
