"""Rows to a chart: the part of an import that a CSV file and a spreadsheet share.

A reader turns its file into a `Table` (the header and the rows as text cells, each row with
its place: a CSV file's physical line, a sheet's row number); `import_table` matches the
header to fields (`orgchart.io.csv_columns`) and builds the chart. It either returns a
complete `TableImport` or raises one `OrgFileError` that names the file, the row and the
column (as its header is written in the file).

Building: teams are made by name in order of first appearance (a department column next to a
team column gives the team's parent); a role with no team joins its manager's team, else
"Unassigned"; roles and reporting lines go through the model's mutators in row order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from orgchart.io.csv_columns import (
    Columns,
    CsvWarning,
    expected_headers,
    match_columns,
    role_reader,
    team_fields,
    team_key,
)
from orgchart.io.document import Document, PlacedError
from orgchart.io.errors import OrgFileError
from orgchart.io.progress import BUILDING, CHECKING, MASK, READING, Phases, Progress, span
from orgchart.model import OrgChart, OrgError, Role, Team
from orgchart.model.bulk import add_roles, paused_gc, set_managers
from orgchart.model.ids import slug

#: The team of roles whose row names no team and whose manager has none either.
UNASSIGNED = "Unassigned"
_DELIMITER_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma"}


@dataclass
class Table:
    """A CSV file or a sheet as rows of text, before its columns are matched to fields (what
    the import preview shows). ``rows``: (line or row number, cells) after the header, blank
    rows left out. ``encoding`` and ``delimiter`` are a CSV file's; ``sheet`` and ``sheets``
    (all sheets of the workbook, in order) a workbook's."""

    source: str | Path
    header: list[str]
    header_line: int
    rows: list[tuple[int, list[str]]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    #: what reading the file noticed on its own (a CSV file that mixes encodings)
    warnings: list[CsvWarning] = field(default_factory=list)


@dataclass
class TableImport:
    """An imported chart, what the import decided on its own, and how the file was read."""

    document: Document
    warnings: list[CsvWarning]
    columns: dict[str, str]  # canonical field -> the header as found in the file
    encoding: str = "utf-8"
    delimiter: str = ","
    sheet: str | None = None


@dataclass
class _Row:
    line: int
    role: Role
    manager: str | None
    team: tuple[str, ...]  # (team,), (department, team)…, outermost first; () when it names none
    #: the column each part of ``team`` comes from (where a message about that team points)
    team_fields: tuple[str, ...] = ()


def read_table(path: str | Path, *, sheet: str | None = None, progress: Progress | None = None) -> Table:
    """The rows of a .csv or .xlsx file (by its suffix; ``sheet``: a workbook's sheet, default
    the first), before they are matched to fields: for the import preview. `OrgFileError` for
    a file that cannot be read as a table. ``progress``: told how far reading got, and may
    stop it (see `orgchart.io.progress`)."""
    from orgchart.io import document

    if progress is not None:
        progress(READING, 0.0)
    raw = document.read_bytes(path)
    rest = span(progress, 0.01, 1.0)
    if Path(path).suffix.lower() == ".xlsx":
        from orgchart.io.xlsx_reader import xlsx_table

        return xlsx_table(raw, source=Path(path), sheet=sheet, progress=rest)
    from orgchart.io.csv_reader import csv_table

    return csv_table(raw, source=Path(path), progress=rest)


#: the share of each phase of an import of many rows (measured at 100,000 rows)
_PHASES = ((CHECKING, 0.55), (BUILDING, 0.45))


def import_table(
    table: Table, chosen: Mapping[str, str] | None = None, *, progress: Progress | None = None
) -> TableImport:
    """The chart the table's rows describe. ``chosen``: header -> field for the columns whose
    field the user chose (see `match_columns`). `OrgFileError` for anything that is not a
    usable chart. ``progress``: told how far the import got (the rows checked, then the
    chart built), and may stop it (see `orgchart.io.progress`)."""
    phases = Phases(progress, _PHASES)
    try:
        with paused_gc():
            phases(CHECKING)
            columns = match_columns(table.header, table.header_line, sheet=table.sheet, chosen=chosen)
            parsed = _parse_rows(table, columns, phases if progress is not None else None)
            warnings = [*table.warnings, *columns.warnings]
            if not parsed:
                what = f"the {'file' if table.sheet is None else 'sheet'} has a header but no roles"
                warnings.append(CsvWarning(table.header_line, None, what, table.sheet))
            elif len(parsed) > 1:
                warnings += _missing_columns(columns, table)
            phases(BUILDING)
            chart = _build(parsed, columns, warnings, phases if progress is not None else None)
    except PlacedError as error:
        raise OrgFileError(table.source, error.where, error.what) from None
    phases.done()
    warnings.sort(key=lambda warning: warning.line)
    return TableImport(
        Document(chart), warnings, columns.found(), table.encoding, table.delimiter, table.sheet
    )


def _missing_columns(columns: Columns, table: Table) -> list[CsvWarning]:
    """A warning for each column the import builds around when its header is not found (a
    file of one role needs neither): no manager column leaves every role at the top level,
    no team column puts them all into one team."""
    said = [
        ("manager", expected_headers("manager"), "every role is at the top level, none reports to another"),
        (
            "team",
            f"{expected_headers('team')}, {expected_headers('department')}, {expected_headers('division')}",
            f"every role is in one team, {UNASSIGNED!r}",
        ),
    ]
    return [
        CsvWarning(
            table.header_line,
            None,
            f"no {name} column (expected one of {headers}): {consequence}; "
            "a column with another header can be chosen for it",
            table.sheet,
        )
        for name, headers, consequence in said
        if name not in columns.fields
    ]


def _parse_rows(table: Table, columns: Columns, phases: Phases | None = None) -> list[_Row]:
    width = len(columns.headers)
    first_line: dict[str, int] = {}
    parsed: list[_Row] = []
    unnamed_warned: set[int] = set()
    read_role = role_reader(columns)
    id_at, manager_at = columns.fields["id"], columns.fields.get("manager")
    team_at, department_at = columns.fields.get("team"), columns.fields.get("department")
    division_at = columns.fields.get("division")
    padding = [""] * width
    count = len(table.rows) or 1
    for i, (line, cells) in enumerate(table.rows):
        if phases is not None and not i & MASK:
            phases(CHECKING, i / count)
        if not "".join(cells).strip():
            continue  # an empty row
        if len(cells) > width and "".join(cells[width:]).strip():
            hint = _DELIMITER_NAMES.get(table.delimiter)
            raise PlacedError(
                columns.at(line),
                f"this row has {len(cells)} cells, but the header has {width} columns"
                + (f"; does a cell with a {hint} in it need quotes?" if hint else ""),
            )
        if len(cells) < width:  # a short row: its missing cells are empty
            cells = cells + padding[len(cells) :]
        role_id = cells[id_at].strip()
        if not role_id:
            raise PlacedError(columns.where(line, "id"), "this row has no id; every role needs one")
        if role_id in first_line:
            used = f"{'line' if table.sheet is None else 'row'} {first_line[role_id]}"
            raise PlacedError(columns.where(line, "id"), f"the id {role_id!r} is already used on {used}")
        first_line[role_id] = line
        for i in columns.unnamed:
            if cells[i].strip() and i not in unnamed_warned:
                unnamed_warned.add(i)
                message = f"column {columns.column_name(i)} has no header; its cells are ignored"
                columns.warnings.append(CsvWarning(line, None, message, columns.sheet))
        role = read_role(role_id, cells, line)
        manager = cells[manager_at].strip() if manager_at is not None else ""
        team = cells[team_at].strip() if team_at is not None else ""
        department = cells[department_at].strip() if department_at is not None else ""
        division = cells[division_at].strip() if division_at is not None else ""
        key = team_key(team, department, division)
        parsed.append(_Row(line, role, manager or None, key, team_fields(team, department, division)))
    return parsed


def _build(
    rows: list[_Row], columns: Columns, warnings: list[CsvWarning], phases: Phases | None = None
) -> OrgChart:
    by_id = {row.role.id: row for row in rows}
    _managers_by_name(rows, by_id, columns, warnings)
    chart = OrgChart()
    team_ids: dict[tuple[str, ...], str] = {}
    new_ids = _TeamIds(set(by_id))  # a team id must not take the id of any role in the file
    teams = _resolve_teams(rows, by_id)
    for row in rows:
        key = teams[row.role.id]
        if key not in team_ids:  # its department, if any, was made with it
            _add_team(chart, key, team_ids, new_ids, row, columns)
    if phases is not None:
        phases(BUILDING, 0.2)
    try:  # all roles at once: the checks first, then the graph filled in one go
        add_roles(chart, [(row.role, team_ids[teams[row.role.id]]) for row in rows])
    except OrgError as error:
        row = rows[error.at or 0]
        where = columns.where(row.line, "id") if "id" in columns.fields else f"line {row.line}"
        raise PlacedError(where, str(error)) from None
    if phases is not None:
        phases(BUILDING, 0.5)
    managed = [row for row in rows if row.manager is not None]
    try:  # one cycle check for all rows: deep hierarchies load in linear time
        set_managers(chart, [(row.role.id, row.manager) for row in managed])  # type: ignore[misc]
    except OrgError as error:
        row = managed[error.at or 0]
        raise PlacedError(columns.where(row.line, "manager"), str(error)) from None
    return chart


def _managers_by_name(
    rows: list[_Row], by_id: dict[str, _Row], columns: Columns, warnings: list[CsvWarning]
) -> None:
    """Managers that are no role's id: found by the name of the person holding the role, as
    many HR exports give them (one warning says so); else placed at the top, with a warning."""
    header = columns.headers[columns.fields["manager"]] if "manager" in columns.fields else None
    lines = "lines" if columns.sheet is None else "rows"
    holders: dict[str, list[_Row]] | None = None
    by_name: list[tuple[_Row, _Row]] = []  # (role, its manager)
    for row in rows:
        if row.manager is None or row.manager in by_id:
            continue
        if holders is None:  # only for files that need it
            holders = {}
            for other in rows:
                if other.role.holder:
                    holders.setdefault(_folded(other.role.holder), []).append(other)
        held = holders.get(_folded(row.manager), [])
        if len(held) == 1 and held[0] is not row:
            row.manager = held[0].role.id
            by_name.append((row, held[0]))
            continue
        what = f"there is no role with the id {row.manager!r} in the file"
        if len(held) > 1:
            listed = ", ".join(str(other.line) for other in held[:4]) + (", …" if len(held) > 4 else "")
            what += f", and {len(held)} roles are held by someone of that name ({lines} {listed})"
        warnings.append(CsvWarning(row.line, header, what + "; the role is placed at the top", columns.sheet))
        row.manager = None
    if by_name:
        (first, manager), more = by_name[0], len(by_name) - 1
        what = (
            f"managers are given by name, not by id: {first.role.id!r} reports to the role held by "
            f"{manager.role.holder!r} ({lines[:-1]} {manager.line})"
            + (f", and {more} more role{'s' if more > 1 else ''} likewise" if more else "")
        )
        warnings.append(CsvWarning(first.line, header, what, columns.sheet))


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _resolve_teams(rows: list[_Row], by_id: dict[str, _Row]) -> dict[str, tuple[str, ...]]:
    """Role id -> its team key: the row's own, else its nearest manager's, else Unassigned."""
    resolved: dict[str, tuple[str, ...]] = {}
    for row in rows:
        path: dict[str, None] = {}  # ordered, with fast look-up
        current: _Row | None = row
        key: tuple[str, ...] = (UNASSIGNED,)
        while current is not None:
            rid = current.role.id
            if rid in resolved or current.team:
                key = resolved.get(rid) or current.team
                break
            if rid in path:  # a reporting cycle: refused later, with the model's words
                break
            path[rid] = None
            current = by_id[current.manager] if current.manager is not None else None
        for rid in path:
            resolved[rid] = key
        resolved.setdefault(row.role.id, key)
    return resolved


def _add_team(
    chart: OrgChart,
    key: tuple[str, ...],
    team_ids: dict[tuple[str, ...], str],
    new_ids: _TeamIds,
    row: _Row,
    columns: Columns,
) -> None:
    """Create the team named by ``key`` (and its department first) unless it exists."""
    for depth in range(1, len(key) + 1):
        part = key[:depth]
        if part not in team_ids:
            team_id = new_ids.new(part[-1])
            parent = team_ids[part[:-1]] if depth > 1 else None
            # the column of that part, if this row named it (not a manager's team it inherits)
            column = row.team_fields[depth - 1] if row.team == key else "team"
            _placed(columns, row, column, _new_team, chart, team_id, part[-1], parent)
            team_ids[part] = team_id


class _TeamIds:
    """Readable team ids made from names, as `orgchart.model.ids.unique_id` makes them
    (``team-sales``, ``team-sales-2``…), but remembering how far each name's numbering got:
    thousands of names with one slug (``x!``, ``x?``…) would otherwise take quadratic time."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.tried: dict[str, int] = {}

    def new(self, name: str) -> str:
        base = slug("team-" + name)
        n = self.tried.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self.tried[base] = n
        self.taken.add(candidate)
        return candidate


def _new_team(chart: OrgChart, team_id: str, name: str, parent: str | None) -> None:
    chart.add_team(Team(team_id, name), parent)


def _placed(columns: Columns, row: _Row, column: str, action: Callable[..., None], *args: object) -> None:
    """Run a model mutator; a refusal becomes a `PlacedError` at the row's place and column."""
    try:
        action(*args)
    except OrgError as error:
        where = columns.where(row.line, column) if column in columns.fields else columns.at(row.line)
        raise PlacedError(where, str(error)) from None
