"""CSV import: one row per role under a header row, as HR systems and other org-chart tools write.

`read_csv` / `parse_csv` either return a complete `CsvImport` or raise one `OrgFileError` whose
place is the physical line where the offending row starts (and the column, as its header is
written in the file). Which header means which field: `orgchart.io.csv_columns`; how rows
become a chart (for spreadsheets too): `orgchart.io.table_import`.

Reading: UTF-8 with or without BOM (UTF-16 with BOM too), else Windows-1252; comma, semicolon
or tab, found by counting them in the header line outside quotes (``csv.Sniffer`` only breaks a
tie); an Excel ``sep=;`` line and draw.io's ``#`` lines before the header are skipped. A
cell's leading apostrophe that guards a formula-like value (``'=1+1``, as the CSV writer and
other careful exporters write it) is taken off; any other apostrophe stays.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from orgchart.io import document
from orgchart.io.csv_columns import CsvWarning, unguard
from orgchart.io.document import PlacedError
from orgchart.io.errors import OrgFileError
from orgchart.io.progress import MASK, PARSING, READING, Phases, Progress
from orgchart.io.table_import import UNASSIGNED, Table, TableImport, import_table
from orgchart.model.bulk import paused_gc

__all__ = ["UNASSIGNED", "CsvImport", "csv_table", "parse_csv", "read_csv"]

#: What a CSV import returns (a spreadsheet's import returns the same).
CsvImport = TableImport
_DELIMITERS = ("\t", ";", ",")  # ties are broken in this order when the Sniffer cannot
_DELIMITER_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma"}
#: How much text from the header on the Sniffer sees: its regular expressions take quadratic
#: time, so 64 KB of hostile quotes took 20 s; 4 KB is a few dozen rows and well under 0.2 s.
_SNIFF_CHARS = 4096


#: the share of each phase in importing a large file (measured at 100,000 rows): reading the
#: bytes, the rows as text, and the rest (`import_table`'s own phases)
_PHASES = ((READING, 0.01), (PARSING, 0.11), ("import", 0.88))


def read_csv(
    path: str | Path, *, columns: Mapping[str, str] | None = None, progress: Progress | None = None
) -> CsvImport:
    """Import a CSV file; raise `OrgFileError` for anything that is not a usable chart.
    ``columns``: header -> field for columns whose field the caller chose (see
    `orgchart.io.csv_columns.match_columns`); ``progress``: told how far the import got, and
    may stop it (see `orgchart.io.progress`)."""
    phases = Phases(progress, _PHASES)
    phases(READING)
    raw = document.read_bytes(path)
    return _import(raw, Path(path), columns, phases)


def parse_csv(
    raw: bytes | str,
    *,
    source: str | Path = "<csv>",
    columns: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> CsvImport:
    """Import the bytes (or text) of a CSV file; ``source`` names it in error messages;
    ``progress`` as for `read_csv`."""
    return _import(raw, source, columns, Phases(progress, _PHASES))


def _import(
    raw: bytes | str, source: str | Path, columns: Mapping[str, str] | None, phases: Phases
) -> CsvImport:
    table = csv_table(raw, source=source, progress=phases.within(PARSING))
    return import_table(table, columns, progress=phases.within("import"))


def csv_table(raw: bytes | str, *, source: str | Path = "<csv>", progress: Progress | None = None) -> Table:
    """The rows of a CSV file as text, its encoding and delimiter found (for `import_table`,
    or the import preview to show). `OrgFileError` for a file that is not CSV text.
    ``progress``: told how far reading the rows got (all of it `PARSING`)."""
    if len(raw) > document.MAX_FILE_BYTES:
        raise OrgFileError(source, "", document.too_big(len(raw)))
    try:
        text, encoding = _decode(raw) if isinstance(raw, bytes) else (raw, "text")
        if not text.strip():
            raise PlacedError("", "the file is empty")
        if "\x00" in text:
            line = text.count("\n", 0, text.index("\x00")) + 1
            raise PlacedError(f"line {line}", "the file holds NUL characters; it is not a CSV text file")
        if progress is not None:
            progress(PARSING, 0.0)
        with paused_gc():  # a row is a list: a large file would start many needless collections
            table = _table(text.removeprefix("\ufeff"), encoding, source, progress)
        if encoding == "cp1252" and isinstance(raw, bytes):
            table.warnings = _mixed_encoding(raw)
        return table
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


def _table(text: str, encoding: str, source: str | Path, progress: Progress | None = None) -> Table:
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
    if progress is None:
        filled = [(line, cells) for line, cells in rows if "".join(cells).strip()]  # blank rows left out
    else:
        filled = _filled_rows(rows, text.count("\n") + 1, progress)
    return Table(source, header_cells, header_line, filled, encoding, delimiter)


def _filled_rows(
    rows: Iterator[tuple[int, list[str]]], lines: int, progress: Progress
) -> list[tuple[int, list[str]]]:
    """The rows that are not blank, as `_table` takes them, telling ``progress`` how far
    through the file's ``lines`` they got every few thousand rows."""
    filled: list[tuple[int, list[str]]] = []
    for i, (line, cells) in enumerate(rows):
        if not i & MASK:
            progress(PARSING, line / lines)
        if "".join(cells).strip():
            filled.append((line, cells))
    progress(PARSING, 1.0)
    return filled


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
        joined = "".join(cells)
        if "\r" in joined or "'" in joined:  # else no cell needs `_cell` (the usual row)
            cells = [_cell(c) if "\r" in c or c[:1] == "'" else c for c in cells]
        yield line, cells


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
