"""The values an org chart is made of: roles, teams and dotted lines.

They are frozen: an edit replaces a value, so an undo command can keep the old and the new one.
Every value checks itself when it is made, so an invalid role or team cannot exist.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import TypeVar, Union

from orgchart.model.errors import InvalidValueError, said

#: A custom field's value, kept as it came from a file (CSV cells are strings, JSON may hold more).
CustomValue = Union[str, int, float, bool, None]  # noqa: UP007  (a runtime alias on 3.10)

_E = TypeVar("_E", bound=Enum)


class RoleKind(str, Enum):
    """A regular role sits below its manager; an assistant/staff role is drawn beside it."""

    REGULAR = "regular"
    ASSISTANT = "assistant"


class Sourcing(str, Enum):
    """Who fills a role: the company's own staff, an outside company, or a freelancer."""

    IN_HOUSE = "in-house"
    OUTSOURCED = "outsourced"
    FREELANCE = "freelance"


class LayoutPreference(str, Enum):
    """How a team's reports are arranged: let the layout choose, one row, stacked columns, or one column."""

    AUTO = "auto"
    ROW = "row"
    STACKED = "stacked"
    COLUMN = "column"


class LinkKind(str, Enum):
    """A dotted line: a secondary (matrix) manager, or "works closely with"."""

    MATRIX = "matrix"
    WORKS_WITH = "works-with"


_ID_RE = re.compile(r"^[^\s\x00-\x1f\x7f]([^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$")
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
# Lone surrogates cannot be written as UTF-8; they only come from broken input.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def check_id(value: object, what: str = "id") -> str:
    """Return ``value`` if it is a usable id: a non-empty string without control characters
    and without surrounding spaces."""
    if not isinstance(value, str) or not _ID_RE.match(value) or _SURROGATE_RE.search(value):
        raise InvalidValueError(
            f"{what} {value!r} is not a valid id: use a non-empty text without line breaks "
            "and without leading or trailing spaces"
        )
    return value


def check_text(value: object, what: str, *, required: bool = False, empty: str = "") -> str:
    """``value`` if it is text (not empty, if ``required``: ``empty`` is what the editor then
    says, see `OrgError.saying`)."""
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text, not {type(value).__name__}")
    if _SURROGATE_RE.search(value):
        raise InvalidValueError(f"{what} holds a broken character (a lone UTF-16 surrogate)")
    if required and not value.strip():
        raise InvalidValueError(f"{what} must not be empty").saying(empty)
    return value


def _check_list(value: object, what: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (tuple, list)):
        raise InvalidValueError(f"{what} must be a list of texts")
    for i, item in enumerate(value):
        check_text(item, f"{what}[{i}]", required=True)
    return tuple(value)


def _check_custom(value: object) -> Mapping[str, CustomValue]:
    if not isinstance(value, Mapping):
        raise InvalidValueError("custom fields must be a mapping of names to values")
    for key, item in value.items():
        if not isinstance(key, str) or not key.strip():
            raise InvalidValueError(f"custom field name {key!r} must be a non-empty text")
        check_text(key, "custom field name")
        if isinstance(item, str):
            check_text(item, f"custom field {key!r}")
        if item is not None and not isinstance(item, (str, int, float, bool)):
            raise InvalidValueError(
                f"custom field {key!r} must hold text, a number, true/false or nothing, "
                f"not {type(item).__name__}"
            )
        if isinstance(item, float) and not math.isfinite(item):
            raise InvalidValueError(f"custom field {key!r} must be a finite number, not {item}")
    return MappingProxyType(dict(value))


_NO_CUSTOM: Mapping[str, CustomValue] = MappingProxyType({})


def custom_mapping(values: Mapping[str, CustomValue]) -> Mapping[str, CustomValue]:
    """Custom fields (checked already) as a role holds them: read-only, and the one shared
    empty mapping when there are none. For code that rebuilds roles field by field, such as
    unpickling (a read-only mapping does not pickle by itself)."""
    return MappingProxyType(dict(values)) if values else _NO_CUSTOM


def _plain_id(value: str) -> bool:
    """A quick yes for the usual id (printable ASCII, no space at either end), which
    `_ID_RE` would take too; a no says nothing."""
    return value.isascii() and value.isprintable() and value.strip(" ") == value != ""


def _utf8(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate (as `_SURROGATE_RE` checks, in a third of
    the time): those are the only characters UTF-8 cannot encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Role:
    """A position in the organisation. ``holder`` is the person in it, or ``None`` when vacant.

    Where a role sits (its team, its manager, its dotted lines) is held by the chart, not here.
    """

    id: str
    title: str
    holder: str | None = None
    kind: RoleKind = RoleKind.REGULAR
    responsibilities: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    sourcing: Sourcing = Sourcing.IN_HOUSE
    fte: float = 1.0
    email: str = ""
    location: str = ""
    notes: str = ""
    custom: Mapping[str, CustomValue] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(
        cls,
        id: str,
        title: str,
        holder: str | None,
        kind: RoleKind,
        responsibilities: tuple[str, ...],
        skills: tuple[str, ...],
        sourcing: Sourcing,
        fte: float,
        email: str,
        location: str,
        notes: str,
        custom: Mapping[str, CustomValue],
    ) -> Role:
        """``Role(...)`` with every field given, in order: the same checks and errors, at half
        the cost. A frozen dataclass's ``__init__`` sets each field through
        ``object.__setattr__``, which is most of the time a file of 100,000 roles takes to load."""
        role = object.__new__(cls)
        # Filled in place, in the fields' order, so that roles keep sharing their dicts' keys
        # (a new dict per role would take three times the memory).
        values = role.__dict__
        values["id"] = id
        values["title"] = title
        values["holder"] = holder
        values["kind"] = kind
        values["responsibilities"] = responsibilities
        values["skills"] = skills
        values["sourcing"] = sourcing
        values["fte"] = fte
        values["email"] = email
        values["location"] = location
        values["notes"] = notes
        values["custom"] = custom
        role.__post_init__()
        return role

    def __post_init__(self) -> None:
        # One quick test for the usual, valid role (loading 100,000 roles runs this 100,000
        # times); anything unusual goes through the checks that explain what is wrong.
        role_id, title, holder, fte = self.id, self.title, self.holder, self.fte
        email, location, notes = self.email, self.location, self.notes
        duties, skills = self.responsibilities, self.skills
        if not (
            type(role_id) is str
            and type(title) is str
            and (holder is None or type(holder) is str)
            and type(email) is str
            and type(location) is str
            and type(notes) is str
            and (_plain_id(role_id) or _ID_RE.match(role_id))
            and title.strip()
            and (holder is None or holder.strip())
            and type(duties) is tuple
            and type(skills) is tuple
            and (not duties or all(type(i) is str and i.strip() for i in duties))
            and (not skills or all(type(i) is str and i.strip() for i in skills))
            and _utf8("".join((role_id, title, holder or "", email, location, notes, *duties, *skills)))
            and type(fte) is float
            and 0 <= fte < math.inf
            and type(self.custom) in (MappingProxyType, dict)
            and not self.custom
        ):
            self._check()
        elif self.custom is not _NO_CUSTOM:  # empty: share one mapping nobody else holds
            object.__setattr__(self, "custom", _NO_CUSTOM)
        if type(self.kind) is not RoleKind:
            object.__setattr__(self, "kind", _enum(RoleKind, self.kind, f"role {self.id!r}: kind"))
        if type(self.sourcing) is not Sourcing:
            what = f"role {self.id!r}: sourcing"
            object.__setattr__(self, "sourcing", _enum(Sourcing, self.sourcing, what))

    def _check(self) -> None:
        """Every check, each with its own message; also makes lists tuples and FTE a float."""
        check_id(self.id, "role id")
        label = f"role {self.id!r}"
        empty = said("A role needs a title.")
        check_text(self.title, f"{label}: title", required=True, empty=empty)
        if self.holder is not None:
            check_text(self.holder, f"{label}: holder", required=True)
        object.__setattr__(
            self, "responsibilities", _check_list(self.responsibilities, f"{label}: responsibilities")
        )
        object.__setattr__(self, "skills", _check_list(self.skills, f"{label}: skills"))
        fte = self.fte
        if isinstance(fte, bool) or not isinstance(fte, (int, float)) or not math.isfinite(fte):
            raise InvalidValueError(f"{label}: FTE must be a finite number, not {fte!r}")
        if fte < 0:
            raise InvalidValueError(f"{label}: FTE must not be negative ({fte})")
        object.__setattr__(self, "fte", float(fte))
        for name in ("email", "location", "notes"):
            check_text(getattr(self, name), f"{label}: {name}")
        object.__setattr__(self, "custom", _check_custom(self.custom))

    @property
    def vacant(self) -> bool:
        return self.holder is None


@dataclass(frozen=True)
class Team:
    """A department or team. Where it nests is held by the chart, not here.

    ``color`` is ``#rrggbb`` or ``None`` for the theme's choice.
    """

    id: str
    name: str
    color: str | None = None
    description: str = ""
    layout: LayoutPreference = LayoutPreference.AUTO

    def __post_init__(self) -> None:
        check_id(self.id, "team id")
        label = f"team {self.id!r}"
        empty = said("A team needs a name.")
        check_text(self.name, f"{label}: name", required=True, empty=empty)
        if self.color is not None and (not isinstance(self.color, str) or not _COLOR_RE.match(self.color)):
            raise InvalidValueError(f"{label}: colour {self.color!r} is not of the form #rrggbb")
        if self.color is not None:
            object.__setattr__(self, "color", self.color.lower())
        check_text(self.description, f"{label}: description")
        object.__setattr__(self, "layout", _enum(LayoutPreference, self.layout, f"{label}: layout"))


@dataclass(frozen=True)
class Link:
    """A dotted line from ``source`` to ``target``. For a matrix link, ``target`` is the
    secondary manager of ``source``. Dotted lines never change the reporting hierarchy."""

    source: str
    target: str
    kind: LinkKind = LinkKind.WORKS_WITH
    label: str = ""

    def __post_init__(self) -> None:
        check_id(self.source, "dotted line start")
        check_id(self.target, "dotted line end")
        object.__setattr__(self, "kind", _enum(LinkKind, self.kind, "dotted line kind"))
        check_text(self.label, "dotted line label")
        if self.source == self.target:
            raise InvalidValueError(f"a dotted line cannot start and end at the same role {self.source!r}")

    @property
    def key(self) -> tuple[str, str, LinkKind]:
        """What identifies a dotted line in a chart: its ends and its kind."""
        return (self.source, self.target, self.kind)


def _enum(cls: type[_E], value: object, what: str) -> _E:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise InvalidValueError(f"{what} must be one of {allowed}, not {value!r}") from None
