"""CSV import: one row per role under a header row, as HR systems and other org-chart tools write.

`read_csv` / `parse_csv` either return a complete `CsvImport` or raise one `OrgFileError` whose
place is the physical line where the offending row starts (and the column, as its header is
written in the file). Which header means which field: `orgchart.io.csv_columns`.

Reading: UTF-8 with or without BOM (UTF-16 with BOM too), else Windows-1252; comma, semicolon
or tab, found by counting them in the header line outside quotes (``csv.Sniffer`` only breaks a
tie); an Excel ``sep=;`` line and draw.io's ``#`` lines before the header are skipped. A
cell's leading apostrophe that guards a formula-like value (``'=1+1``, as the CSV writer and
other careful exporters write it) is taken off; any other apostrophe stays.
Building: teams are made by name in order of first appearance (a department column next to a
team column gives the team's parent); a role with no team joins its manager's team, else
"Unassigned"; roles and reporting lines go through the model's mutators in row order.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from orgchart.io import document
from orgchart.io.csv_columns import Columns, CsvWarning, match_columns, role_from_row, unguard
from orgchart.io.document import Document, PlacedError
from orgchart.io.errors import OrgFileError
from orgchart.model import OrgChart, OrgError, Role, Team
from orgchart.model.bulk import add_roles, paused_gc, set_managers
from orgchart.model.ids import slug

#: The team of roles whose row names no team and whose manager has none either.
UNASSIGNED = "Unassigned"
_DELIMITERS = ("\t", ";", ",")  # ties are broken in this order when the Sniffer cannot
_DELIMITER_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma"}
#: How much text from the header on the Sniffer sees: its regular expressions take quadratic
#: time, so 64 KB of hostile quotes took 20 s; 4 KB is a few dozen rows and well under 0.2 s.
_SNIFF_CHARS = 4096


@dataclass
class CsvImport:
    """An imported chart, what the import decided on its own, and how the file was read."""

    document: Document
    warnings: list[CsvWarning]
    columns: dict[str, str]  # canonical field -> the header as found in the file
    encoding: str = "utf-8"
    delimiter: str = ","


@dataclass
class _Row:
    line: int
    role: Role
    manager: str | None
    team: tuple[str, ...]  # (team,) or (department, team); () when the row names no team


def read_csv(path: str | Path) -> CsvImport:
    """Import a CSV file; raise `OrgFileError` for anything that is not a usable chart."""
    raw = document.read_bytes(path)
    return parse_csv(raw, source=Path(path))


def parse_csv(raw: bytes | str, *, source: str | Path = "<csv>") -> CsvImport:
    """Import the bytes (or text) of a CSV file; ``source`` names it in error messages."""
    if len(raw) > document.MAX_FILE_BYTES:
        raise OrgFileError(source, "", document.too_big(len(raw)))
    try:
        text, encoding = _decode(raw) if isinstance(raw, bytes) else (raw, "text")
        if not text.strip():
            raise PlacedError("", "the file is empty")
        if "\x00" in text:
            line = text.count("\n", 0, text.index("\x00")) + 1
            raise PlacedError(f"line {line}", "the file holds NUL characters; it is not a CSV text file")
        with paused_gc():
            result = _import(text.removeprefix("\ufeff"), encoding)
        if encoding == "cp1252" and isinstance(raw, bytes):
            result.warnings = sorted([*_mixed_encoding(raw), *result.warnings], key=lambda w: w.line)
        return result
    except PlacedError as error:
        raise OrgFileError(source, error.where, error.what) from None


def _decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise PlacedError("", "the file starts like UTF-16 text but is broken or cut off") from None
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _not_text(raw, error.start + 3, "UTF-8 text, as its first bytes say") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise _not_text(raw, error.start, "UTF-8 or Windows-1252 text") from None


def _mixed_encoding(raw: bytes) -> list[CsvWarning]:
    """A warning if a file read as Windows-1252 also has lines of UTF-8 text (as when rows
    from two sources were pasted together): those lines' accented letters come out wrong.
    A line counts as UTF-8 if it has non-ASCII bytes and all of them decode as UTF-8."""
    utf8_line = bad_line = 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad_line = bad_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and bad_line:
            break
    if not (utf8_line and bad_line):
        return []
    sample = raw.split(b"\n")[utf8_line - 1]
    garbled = next(m.group() for m in _NON_ASCII.finditer(sample)).decode("cp1252", "replace")
    what = (
        f"the file mixes two encodings: this line is not UTF-8, so the file was read as "
        f"Windows-1252, but line {utf8_line} is UTF-8 text, which now reads {garbled!r}; "
        "save the file with one encoding (UTF-8)"
    )
    return [CsvWarning(bad_line, None, what)]


_NON_ASCII = re.compile(rb"[\x80-\xff]+")


def _not_text(raw: bytes, pos: int, expected: str) -> PlacedError:
    line = raw.count(b"\n", 0, pos) + 1
    column = pos - raw.rfind(b"\n", 0, pos)
    what = f"the file is not {expected} (byte {pos} is {raw[pos]:#04x})"
    return PlacedError(f"line {line}, column {column}", what)


def _import(text: str, encoding: str) -> CsvImport:
    lines = io.StringIO(text, newline="")
    skipped, start, delimiter = 0, 0, ""
    for header in lines:
        content = header.rstrip("\r\n")
        if skipped == 0 and content.lower().startswith("sep=") and content[4:] in _DELIMITERS:
            delimiter = content[4:]  # Excel's "sep=;" line
        elif content.strip() and not content.startswith("#"):  # draw.io's settings: "# key: value"
            break
        skipped, start = skipped + 1, start + len(header)
    else:
        raise PlacedError("", "the file has no header row")
    delimiter = delimiter or _detect_delimiter(header, text[start : start + _SNIFF_CHARS])
    rows = _rows(itertools.chain([header], lines), skipped, delimiter)
    header_line, header_cells = next(rows)
    columns = match_columns(header_cells, header_line)
    parsed = _parse_rows(rows, columns, delimiter)
    warnings = list(columns.warnings)
    if not parsed:
        warnings.append(CsvWarning(header_line, None, "the file has a header but no roles"))
    chart = _build(parsed, columns, warnings)
    warnings.sort(key=lambda warning: warning.line)
    return CsvImport(Document(chart), warnings, columns.found(), encoding, delimiter)


def _detect_delimiter(header: str, sample: str) -> str:
    """The candidate found most often in the header line outside quotes; the Sniffer, given a
    sample from the header on, breaks ties."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts.values())
    tied = [d for d in _DELIMITERS if counts[d] == best]
    if len(tied) == 1:
        return tied[0]
    if not best:  # one column: no id and title side by side, refused whatever the delimiter
        return ","
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(tied)).delimiter
    except Exception:  # the Sniffer is a guess; any failure just means it has no opinion
        sniffed = ""
    return sniffed if sniffed in tied else (tied[0] if best else ",")


def _rows(lines: Iterable[str], offset: int, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(physical line where the row starts, cells) for every row, blank rows included;
    ``offset`` is the number of lines before ``lines``. Line breaks in cells become ``\\n``."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True, skipinitialspace=True)
    while True:
        line = offset + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise PlacedError(f"line {line}", _csv_problem(str(error), delimiter)) from None
        yield line, [_cell(c) if "\r" in c or c[:1] == "'" else c for c in cells]


def _cell(text: str) -> str:
    """A cell without the apostrophe that guards a formula-like value (see `unguard`),
    with its line breaks as ``\\n``."""
    text = unguard(text)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _csv_problem(message: str, delimiter: str) -> str:
    if "unexpected end of data" in message:
        return 'a quoted cell that starts in this row is never closed (a " is missing)'
    if "expected after" in message:
        return (
            f'a quoted cell must end with " right before the next {_DELIMITER_NAMES[delimiter]}; '
            'to put a " inside a quoted cell, write it twice ("")'
        )
    if "field larger than field limit" in message:
        return f'a cell is longer than {csv.field_size_limit():,} characters; is a closing " missing?'
    return f"this row cannot be read: {message}"


def _parse_rows(rows: Iterator[tuple[int, list[str]]], columns: Columns, delimiter: str) -> list[_Row]:
    width = len(columns.headers)
    first_line: dict[str, int] = {}
    parsed: list[_Row] = []
    unnamed_warned: set[int] = set()
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue  # an empty row
        if any(cell.strip() for cell in cells[width:]):
            raise PlacedError(
                f"line {line}",
                f"this row has {len(cells)} cells, but the header has {width} columns; "
                f"does a cell with a {_DELIMITER_NAMES[delimiter]} in it need quotes?",
            )
        role_id = columns.cell(cells, "id")
        if not role_id:
            raise PlacedError(columns.where(line, "id"), "this row has no id; every role needs one")
        if role_id in first_line:
            raise PlacedError(
                columns.where(line, "id"), f"the id {role_id!r} is already used on line {first_line[role_id]}"
            )
        first_line[role_id] = line
        for i in columns.unnamed:
            if i < len(cells) and cells[i].strip() and i not in unnamed_warned:
                unnamed_warned.add(i)
                message = f"column {i + 1} has no header; its cells are ignored"
                columns.warnings.append(CsvWarning(line, None, message))
        role = role_from_row(role_id, cells, line, columns)
        parsed.append(_Row(line, role, columns.cell(cells, "manager") or None, columns.team_key(cells)))
    return parsed


def _build(rows: list[_Row], columns: Columns, warnings: list[CsvWarning]) -> OrgChart:
    by_id = {row.role.id: row for row in rows}
    for row in rows:
        if row.manager is not None and row.manager not in by_id:
            what = f"there is no role with the id {row.manager!r} in the file; the role is placed at the top"
            warnings.append(CsvWarning(row.line, columns.headers[columns.fields["manager"]], what))
            row.manager = None
    chart = OrgChart()
    team_ids: dict[tuple[str, ...], str] = {}
    new_ids = _TeamIds(set(by_id))  # a team id must not take the id of any role in the file
    teams = _resolve_teams(rows, by_id)
    for row in rows:
        _add_team(chart, teams[row.role.id], team_ids, new_ids, row, columns)
    try:  # all roles at once: the checks first, then the graph filled in one go
        add_roles(chart, [(row.role, team_ids[teams[row.role.id]]) for row in rows])
    except OrgError as error:
        row = rows[error.at or 0]
        raise PlacedError(
            columns.where(row.line, "id") if "id" in columns.fields else f"line {row.line}", str(error)
        ) from None
    managed = [row for row in rows if row.manager is not None]
    try:  # one cycle check for all rows: deep hierarchies load in linear time
        set_managers(chart, [(row.role.id, row.manager) for row in managed])  # type: ignore[misc]
    except OrgError as error:
        row = managed[error.at or 0]
        raise PlacedError(columns.where(row.line, "manager"), str(error)) from None
    return chart


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
            column = "department" if depth < len(key) else "team"
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
    """Run a model mutator; a refusal becomes a `PlacedError` at the row's line and column."""
    try:
        action(*args)
    except OrgError as error:
        where = columns.where(row.line, column) if column in columns.fields else f"line {row.line}"
        raise PlacedError(where, str(error)) from None
