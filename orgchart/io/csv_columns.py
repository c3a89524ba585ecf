"""Columns of a CSV file or a spreadsheet: which header names which role field, and what a
cell of each field may hold.

Headers are matched case-insensitively, ignoring surrounding spaces and treating ``-``, ``_``
and spaces alike (``Job Title``, ``job_title`` and ``JOB-TITLE`` are one column). A column that
names no field is kept as a custom field. The caller may choose a column's field itself
(``--columns title=Stelle``, the import preview), which overrides the aliases. Problems are
raised as `PlacedError` with the place ``"line N, column HEADER"`` (the header as it is
written in the file), or ``"sheet 'S', row N, column HEADER"`` in a workbook.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from orgchart.io.document import PlacedError
from orgchart.model import OrgError, Role, Sourcing
from orgchart.model.entities import check_id

_T = TypeVar("_T")

#: Canonical field -> the headers that mean it. ``division`` and ``department`` are team
#: columns too: the innermost one a file has names the role's team, those outside it the
#: teams it is nested in (a Bereich holds Abteilungen, which hold teams).
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
    "division": ("division", "Bereich", "Geschäftsbereich", "Unternehmensbereich"),
    "department": ("department", "area", "Abteilung"),
    "holder": ("name", "holder", "Name"),
    "responsibilities": ("responsibilities",),
    "skills": ("skills",),
    "sourcing": ("sourcing",),
    "fte": ("fte",),
    "email": ("email",),
    "location": ("location",),
    "notes": ("notes",),
}

#: The fields a column can hold, in the order the CSV writer writes them.
FIELDS: tuple[str, ...] = tuple(ALIASES)
#: A column chosen to be kept as a custom field, or to be left out of the chart altogether.
CUSTOM, LEAVE_OUT = "custom", "leave out"

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


def row_place(line: int, sheet: str | None = None) -> str:
    """Where a row is: ``line 5`` of a CSV file (its physical line), ``sheet 'Staff', row 5``
    of a workbook."""
    return f"line {line}" if sheet is None else f"sheet {sheet!r}, row {line}"


def column_letters(index: int) -> str:
    """A spreadsheet's name of the column at 0-based ``index``: A, B, …, Z, AA, …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class CsvWarning:
    """Something an import of a CSV file or a sheet did on its own judgement (the chart was
    still built). ``sheet`` is None for a CSV file, whose ``line`` is a physical line."""

    line: int
    column: str | None
    message: str
    sheet: str | None = None

    def __str__(self) -> str:
        where = row_place(self.line, self.sheet) + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class Columns:
    """The header of a CSV file or a sheet: which column holds which field, the custom
    columns, and the columns without a header or left out (their cells are not read)."""

    headers: list[str]
    fields: dict[str, int]
    custom: list[tuple[int, str]]
    unnamed: list[int]
    warnings: list[CsvWarning] = field(default_factory=list)
    sheet: str | None = None
    left_out: list[int] = field(default_factory=list)

    def found(self) -> dict[str, str]:
        """Canonical field -> the header as it is written in the file."""
        return {name: self.headers[i] for name, i in sorted(self.fields.items(), key=lambda kv: kv[1])}

    def cell(self, cells: list[str], name: str) -> str:
        """The field's cell in a row without surrounding spaces; empty if absent."""
        i = self.fields.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def at(self, line: int) -> str:
        """The place of a row (see `row_place`)."""
        return row_place(line, self.sheet)

    def where(self, line: int, name: str) -> str:
        """The place of a field's cell in a row."""
        return f"{self.at(line)}, column {self.headers[self.fields[name]]}"

    def column_name(self, index: int) -> str:
        """How a message names a column without a header: its number, or its letter in a sheet."""
        return str(index + 1) if self.sheet is None else column_letters(index)


def team_key(team: str, department: str, division: str = "") -> tuple[str, ...]:
    """The team a row names, from its (stripped) team, department and division cells, outermost
    first: ``(team,)``, ``(department, team)``, ``(division, department, team)``… (a team named
    like the one it is in is that one), or ``()`` when the row names none."""
    return tuple(name for name, _ in _team_path(team, department, division))


def team_fields(team: str, department: str, division: str = "") -> tuple[str, ...]:
    """The field of each part of `team_key` (where a message about that team points)."""
    return tuple(column for _, column in _team_path(team, department, division))


def _team_path(team: str, department: str, division: str) -> list[tuple[str, str]]:
    path: list[tuple[str, str]] = []
    for name, column in ((division, "division"), (department, "department"), (team, "team")):
        if name and not (path and path[-1][0] == name):
            path.append((name, column))
    return path


def match_columns(
    header: list[str], line: int, *, sheet: str | None = None, chosen: Mapping[str, str] | None = None
) -> Columns:
    """Match the header row (on physical ``line``, or row ``line`` of ``sheet``) to fields.
    ``chosen``: header -> field (or `CUSTOM`, `LEAVE_OUT`) for columns whose field the user
    chose; the aliases match the rest. Raise `PlacedError` when the id or title column is
    missing, a column name appears twice, or a chosen column is not in the header."""
    at = row_place(line, sheet)
    first: dict[str, int] = {}
    for i, name in enumerate(h.strip() for h in header):
        if name in first:
            raise PlacedError(
                f"{at}, column {name}",
                f"the column {name!r} appears twice (columns {first[name] + 1} and {i + 1}); "
                "rename one of them",
            )
        if name:
            first[name] = i
    columns = _assign(header, line, sheet, chosen or {})
    for required in ("id", "title"):
        if required not in columns.fields:
            split = _other_delimiter(header)
            if split:
                name, other = split
                raise PlacedError(
                    at,
                    f"the header is a single column ({name!r}): columns must be separated by "
                    f"commas, semicolons or tabs, and this file seems to use {other!r}",
                )
            raise PlacedError(at, f"no {required} column: expected one of {expected_headers(required)}")
    return columns


def _other_delimiter(header: list[str]) -> tuple[str, str] | None:
    """For a header of one named column that another character splits into an id's and a
    title's header (``id|title|manager``): that column's name and the character. None for a
    header that is one column by its nature (``Mitarbeiter:in``, ``Stelle – Titel``)."""
    names = [h.strip() for h in header if h.strip()]
    if len(names) != 1:
        return None
    ids, titles = ({header_key(alias) for alias in ALIASES[field]} for field in ("id", "title"))
    counts: dict[str, int] = {}
    for char in names[0]:
        if not (char.isalnum() or char in " _-"):
            counts[char] = counts.get(char, 0) + 1
    for char in sorted(counts, key=lambda c: -counts[c]):
        parts = {header_key(part) for part in names[0].split(char)}
        if parts & ids and parts & titles:  # split, it would hold the two columns needed
            return names[0], char
    return None


def column_fields(header: list[str], chosen: Mapping[str, str] | None = None) -> list[str]:
    """What each column of ``header`` holds: a field, `CUSTOM`, `LEAVE_OUT`, or "" for a
    column without a header (whose cells are not read). As `match_columns` decides, but
    without refusing a header that lacks a field."""
    columns = _assign(header, 1, None, chosen or {})
    kinds = [""] * len(columns.headers)
    for name, i in columns.fields.items():
        kinds[i] = name
    for i, _ in columns.custom:
        kinds[i] = CUSTOM
    for i in columns.left_out:
        kinds[i] = LEAVE_OUT
    return kinds


def _assign(header: list[str], line: int, sheet: str | None, chosen: Mapping[str, str]) -> Columns:
    headers = [h.strip() for h in header]
    picks = _picked(headers, chosen, row_place(line, sheet))
    fields = {pick: i for i, pick in picks.items() if pick in ALIASES}
    picked_fields = set(fields)
    custom: list[tuple[int, str]] = []
    unnamed: list[int] = []
    warnings: list[CsvWarning] = []
    for i, name in enumerate(headers):
        if i in picks:
            if picks[i] == CUSTOM:
                custom.append((i, name))
            continue
        if not name:
            unnamed.append(i)
            continue
        known = _FIELD_OF.get(header_key(name))
        if known is None or known in picked_fields:  # the user chose another column for it
            custom.append((i, name))
        elif known in fields:
            custom.append((i, name))
            used = headers[fields[known]]
            what = f"{used!r} is already the {known} column; this one is kept as a custom field"
            warnings.append(CsvWarning(line, name, what, sheet))
        else:
            fields[known] = i
    if "team" not in fields:  # the innermost team column names the role's team
        for outer in ("department", "division"):
            if outer in fields:
                fields["team"] = fields.pop(outer)
                break
    left_out = [i for i, pick in picks.items() if pick == LEAVE_OUT]
    return Columns(headers, fields, custom, unnamed, warnings, sheet, left_out)


def _picked(headers: list[str], chosen: Mapping[str, str], at: str) -> dict[int, str]:
    """Column index -> the field chosen for it; `PlacedError` for a header that is not in the
    file, a field that does not exist, or one field chosen for two columns."""
    index: dict[str, int] = {}
    by_key: dict[str, list[int]] = {}
    for i, name in enumerate(headers):
        if name:
            index.setdefault(name, i)
            by_key.setdefault(header_key(name), []).append(i)
    picks: dict[int, str] = {}
    for wanted, pick in chosen.items():
        if pick not in ALIASES and pick not in (CUSTOM, LEAVE_OUT):
            raise PlacedError(at, f"{pick!r} is not a field: use one of {', '.join(FIELDS)}")
        near = by_key.get(header_key(wanted), [])
        i = index.get(wanted.strip(), near[0] if len(near) == 1 else -1)
        if i < 0:
            listed = ", ".join(repr(name) for name in headers if name)
            what = f"there is no column {wanted.strip()!r} for the {pick}; the columns are {listed}"
            raise PlacedError(at, what)
        if pick in ALIASES and pick in picks.values():
            other = next(headers[j] for j, p in picks.items() if p == pick)
            raise PlacedError(at, f"the {pick} is chosen from two columns, {other!r} and {headers[i]!r}")
        picks[i] = pick
    return picks


def expected_headers(name: str) -> str:
    """The headers that name the field ``name``, as a list to show (each spelling once)."""
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
        raise PlacedError(columns.at(line), str(error)) from None


def role_reader(columns: Columns) -> Callable[[str, list[str], int], Role]:
    """`role_from_row` for the rows of one table, with the columns looked up once (an import
    of 100,000 rows would otherwise look them up a million times): the same role, or the same
    error. The reader's ``cells`` must have a cell for every column of the header."""
    fields = columns.fields
    title_at = fields["title"]
    at = [fields.get(name) for name in _ROLE_TEXTS]
    custom = columns.custom

    def read(role_id: str, cells: list[str], line: int) -> Role:
        title = cells[title_at].strip()
        holder, duties, skills, sourcing, fte, email, location, notes = (
            "" if i is None else cells[i].strip() for i in at
        )
        try:
            # Role checks the id and the title as role_from_row does; anything it or a parser
            # refuses, role_from_row says again, in its own words and at its own place.
            return Role(
                role_id,
                title,
                holder=holder or None,
                responsibilities=split_list(duties) if duties else (),
                skills=split_list(skills) if skills else (),
                sourcing=parse_sourcing(sourcing) if sourcing else Sourcing.IN_HOUSE,
                fte=parse_fte(fte) if fte else 1.0,
                email=email,
                location=location,
                notes=notes,
                custom={name: cells[i] for i, name in custom if cells[i].strip()} if custom else {},
            )
        except (OrgError, ValueError):
            return role_from_row(role_id, cells, line, columns)

    return read


#: The fields `role_reader` reads besides the id and title, in the order Role takes them.
_ROLE_TEXTS = ("holder", "responsibilities", "skills", "sourcing", "fte", "email", "location", "notes")


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
