"""CSV columns: which header names which role field, and what a cell of each field may hold.

Headers are matched case-insensitively, ignoring surrounding spaces and treating ``-``, ``_``
and spaces alike (``Job Title``, ``job_title`` and ``JOB-TITLE`` are one column). A column that
names no field is kept as a custom field. Problems are raised as `PlacedError` with the place
``"line N, column HEADER"`` (the header as it is written in the file).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from orgchart.io.document import PlacedError
from orgchart.model import OrgError, Role, Sourcing
from orgchart.model.entities import check_id

_T = TypeVar("_T")

#: Canonical field -> the headers that mean it. ``department`` is a team column too: on its
#: own it names the role's team; next to a ``team`` column it names the team's parent.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "role_id", "employee_id", "Personalnummer", "Stellennummer", "Stellen-ID"),
    "title": (
        "title",
        "position",
        "positionName",
        "job_title",
        "Titel",
        "Position",
        "Stelle",
        "Stellenbezeichnung",
    ),
    "manager": (
        "manager_id",
        "manager",
        "parentId",
        "parent_id",
        "reports_to",
        "Vorgesetzte",
        "Vorgesetzter",
    ),
    "team": ("team", "Team"),
    "department": ("department", "area", "Abteilung", "Bereich"),
    "holder": ("name", "holder", "Name"),
    "responsibilities": ("responsibilities",),
    "skills": ("skills",),
    "sourcing": ("sourcing",),
    "fte": ("fte",),
    "email": ("email",),
    "location": ("location",),
    "notes": ("notes",),
}

#: Sourcing words people write (compared like headers) -> the model's value.
SOURCING_WORDS: dict[Sourcing, tuple[str, ...]] = {
    Sourcing.IN_HOUSE: (
        "in-house",
        "inhouse",
        "intern",
        "internal",
        "employee",
        "employed",
        "staff",
        "angestellt",
        "festangestellt",
        "eigen",
        "eigenes Personal",
    ),
    Sourcing.OUTSOURCED: (
        "outsourced",
        "outsourcing",
        "extern",
        "external",
        "ausgelagert",
        "agency",
        "Agentur",
        "Dienstleister",
        "vendor",
    ),
    Sourcing.FREELANCE: (
        "freelance",
        "freelancer",
        "freiberuflich",
        "Freiberufler",
        "freie Mitarbeit",
        "freier Mitarbeiter",
        "contractor",
        "selbstständig",
        "selbständig",
    ),
}


def header_key(text: str) -> str:
    """How a header (or a sourcing word) is compared: case-folded, without spaces, - and _."""
    return re.sub(r"[\s_\-]+", "", text).casefold()


#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). The CSV writer
#: puts an apostrophe before a value that starts with one of these, after any apostrophes of its
#: own; the reader takes exactly one such apostrophe off, so values come back as they were.
FORMULA_STARTS = "=+-@\t\r"
_GUARDED = re.compile(r"'*[=+\-@\t\r]")


def guard(cell: str) -> str:
    """``cell`` as the CSV writer writes it: ``'=1+1`` for ``=1+1``, ``''-x`` for ``'-x``."""
    return "'" + cell if cell[:1] in ("'", *FORMULA_STARTS) and _GUARDED.match(cell) else cell


def unguard(cell: str) -> str:
    """The value of a cell `guard` wrote: one leading apostrophe off, only before a formula start."""
    return cell[1:] if cell[:1] == "'" and _GUARDED.match(cell, 1) else cell


_FIELD_OF = {header_key(alias): name for name, aliases in ALIASES.items() for alias in aliases}
_SOURCING_OF = {header_key(word): value for value, words in SOURCING_WORDS.items() for word in words}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
_LIST_SEPARATORS = re.compile(r"[;\r\n]+")


@dataclass(frozen=True)
class CsvWarning:
    """Something a CSV import did on its own judgement (the chart was still built)."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class Columns:
    """The header of a CSV file: which column holds which field, and the custom columns."""

    headers: list[str]
    fields: dict[str, int]
    custom: list[tuple[int, str]]
    unnamed: list[int]
    warnings: list[CsvWarning] = field(default_factory=list)

    def found(self) -> dict[str, str]:
        """Canonical field -> the header as it is written in the file."""
        return {name: self.headers[i] for name, i in sorted(self.fields.items(), key=lambda kv: kv[1])}

    def cell(self, cells: list[str], name: str) -> str:
        """The field's cell in a row without surrounding spaces; empty if absent."""
        i = self.fields.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def where(self, line: int, name: str) -> str:
        return f"line {line}, column {self.headers[self.fields[name]]}"

    def team_key(self, cells: list[str]) -> tuple[str, ...]:
        """The team a row names: ``(team,)``, ``(department, team)`` when a department column
        stands next to the team column (a team named like its department is the department),
        or ``()`` when the row names none."""
        team, department = self.cell(cells, "team"), self.cell(cells, "department")
        if department and team and team != department:
            return (department, team)
        return (department or team,) if department or team else ()


def match_columns(header: list[str], line: int) -> Columns:
    """Match the header row (on physical ``line``) to fields; raise `PlacedError` when the id
    or title column is missing or a column name appears twice."""
    headers = [h.strip() for h in header]
    first: dict[str, int] = {}
    fields: dict[str, int] = {}
    custom: list[tuple[int, str]] = []
    unnamed: list[int] = []
    warnings: list[CsvWarning] = []
    for i, name in enumerate(headers):
        if not name:
            unnamed.append(i)
            continue
        if name in first:
            raise PlacedError(
                f"line {line}, column {name}",
                f"the column {name!r} appears twice (columns {first[name] + 1} and {i + 1}); "
                "rename one of them",
            )
        first[name] = i
        known = _FIELD_OF.get(header_key(name))
        if known is None:
            custom.append((i, name))
        elif known in fields:
            custom.append((i, name))
            used = headers[fields[known]]
            what = f"{used!r} is already the {known} column; this one is kept as a custom field"
            warnings.append(CsvWarning(line, name, what))
        else:
            fields[known] = i
    if "department" in fields and "team" not in fields:
        fields["team"] = fields.pop("department")
    for required in ("id", "title"):
        if required not in fields:
            raise PlacedError(f"line {line}", f"no {required} column: expected one of {_expected(required)}")
    return Columns(headers, fields, custom, unnamed, warnings)


def _expected(name: str) -> str:
    seen: dict[str, str] = {}
    for alias in ALIASES[name]:
        seen.setdefault(header_key(alias), alias)
    return ", ".join(seen.values())


def role_from_row(role_id: str, cells: list[str], line: int, columns: Columns) -> Role:
    """The role a row describes (its place in the chart is the reader's business)."""
    try:
        check_id(role_id, "role id")
    except OrgError as error:
        raise PlacedError(columns.where(line, "id"), str(error)) from None
    title = columns.cell(cells, "title")
    if not title:
        raise PlacedError(columns.where(line, "title"), "the title is empty; every role needs one")
    custom = {name: cells[i] for i, name in columns.custom if i < len(cells) and cells[i].strip()}
    try:
        return Role(
            role_id,
            title,
            holder=columns.cell(cells, "holder") or None,
            responsibilities=split_list(columns.cell(cells, "responsibilities")),
            skills=split_list(columns.cell(cells, "skills")),
            sourcing=_parsed(columns, cells, line, "sourcing", parse_sourcing, Sourcing.IN_HOUSE),
            fte=_parsed(columns, cells, line, "fte", parse_fte, 1.0),
            email=columns.cell(cells, "email"),
            location=columns.cell(cells, "location"),
            notes=columns.cell(cells, "notes"),
            custom=custom,
        )
    except OrgError as error:
        raise PlacedError(f"line {line}", str(error)) from None


def _parsed(
    columns: Columns, cells: list[str], line: int, name: str, parse: Callable[[str], _T], default: _T
) -> _T:
    text = columns.cell(cells, name)
    if not text:
        return default
    try:
        return parse(text)
    except ValueError as error:
        raise PlacedError(columns.where(line, name), str(error)) from None


def split_list(text: str) -> tuple[str, ...]:
    """A list cell: items separated by ``;`` or line breaks, trimmed, empty items dropped."""
    return tuple(item.strip() for item in _LIST_SEPARATORS.split(text) if item.strip())


def parse_fte(text: str) -> float:
    """``"0.5"``, ``"0,5"`` (German decimal comma), ``"1"`` or ``"5e-1"``; raise ValueError otherwise."""
    if not _NUMBER.fullmatch(text):
        raise ValueError(f"{text!r} is not a number")
    value = float(text.replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(f"{text!r} is too large a number")
    if value < 0:
        raise ValueError(f"{text!r} is negative; an FTE must be 0 or more")
    return value


def parse_sourcing(text: str) -> Sourcing:
    """in-house, outsourced or freelance, in any of the spellings of `SOURCING_WORDS`."""
    value = _SOURCING_OF.get(header_key(text))
    if value is None:
        raise ValueError(
            f"{text!r} is not a kind of sourcing: use in-house, outsourced or freelance "
            "(or intern, extern, freiberuflich)"
        )
    return value
