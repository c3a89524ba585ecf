"""Excel import: an .xlsx workbook's sheet (one by name, else the first; a first sheet that
holds no table, such as a cover sheet, is passed over with a warning), one row per role under a
header row, in the columns the CSV import reads (`orgchart.io.csv_columns`); its rows become
a chart as a CSV file's do (`orgchart.io.table_import`). Problems name the sheet, the row
and the column: ``sheet 'Personal', row 5, column Vorgesetzter``.

Cells are read as text the way Excel shows them: a whole number stored as 12.0 is "12", other
numbers have at most 15 significant digits, dates are ISO dates (``2024-03-01``, with the
time if it has one), TRUE/FALSE, empty cells empty; a formula gives the value Excel saved
with it. Rows with fewer than two filled cells above the header (a title, merged across the
columns or not, a date, blank rows) are skipped; so are rows above the first one that holds
an id and a title column, when such a row comes soon. Cells beyond the last header are
columns without a header: ignored, with a warning.

Hostile files: a file over `MAX_FILE_BYTES`, or one that would unpack to more, is refused
before it is unpacked; a sheet is read up to Excel's own limits of rows and a generous
number of columns. Whatever openpyxl raises for a broken file becomes an `OrgFileError`.
"""

from __future__ import annotations

import io
import math
import warnings
import zipfile
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from orgchart.io import document
from orgchart.io.csv_columns import ALIASES, CsvWarning, header_key
from orgchart.io.document import PlacedError
from orgchart.io.errors import OrgFileError
from orgchart.io.progress import MASK, PARSING, READING, Phases, Progress
from orgchart.io.table_import import Table, TableImport, import_table
from orgchart.model.bulk import paused_gc

#: Excel's own limit: a sheet with more rows was not written by Excel.
MAX_ROWS = 1_048_576
#: Columns read from each row (Excel allows 16,384; a row padded that wide, a million times
#: over, would take minutes). Cells further right are not read.
MAX_COLUMNS = 1_024
#: How many rows (with two cells or more) the header is looked for in.
_HEADER_SEARCH = 10
_XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE2 file: Excel 97-2003, or an encrypted .xlsx
_ID_KEYS = {header_key(alias) for alias in ALIASES["id"]}
_TITLE_KEYS = {header_key(alias) for alias in ALIASES["title"]}


#: the share of each phase in importing a large workbook (measured at 100,000 rows): reading
#: the bytes, the sheet's cells (openpyxl: most of the time), and the rest (`import_table`'s)
_PHASES = ((READING, 0.01), (PARSING, 0.74), ("import", 0.25))


def read_xlsx(
    path: str | Path,
    *,
    sheet: str | None = None,
    columns: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> TableImport:
    """Import a sheet of an .xlsx file (the first unless ``sheet`` names one); ``columns``:
    header -> field for columns whose field the caller chose. `OrgFileError` for anything that
    is not a usable chart. ``progress``: told how far the import got, and may stop it (see
    `orgchart.io.progress`)."""
    phases = Phases(progress, _PHASES)
    phases(READING)
    raw = document.read_bytes(path)
    return _import(raw, Path(path), sheet, columns, phases)


def parse_xlsx(
    raw: bytes,
    *,
    source: str | Path = "<xlsx>",
    sheet: str | None = None,
    columns: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> TableImport:
    """Import the bytes of an .xlsx file; ``source`` names it in error messages;
    ``progress`` as for `read_xlsx`."""
    return _import(raw, source, sheet, columns, Phases(progress, _PHASES))


def _import(
    raw: bytes, source: str | Path, sheet: str | None, columns: Mapping[str, str] | None, phases: Phases
) -> TableImport:
    table = xlsx_table(raw, source=source, sheet=sheet, wanted=columns or {}, progress=phases.within(PARSING))
    return import_table(table, columns, progress=phases.within("import"))


def xlsx_table(
    raw: bytes,
    *,
    source: str | Path = "<xlsx>",
    sheet: str | None = None,
    wanted: Iterable[str] = (),
    progress: Progress | None = None,
) -> Table:
    """The rows of a sheet as text (for `import_table`, or the import preview to show).
    ``wanted``: headers the caller will choose fields for, which mark the header row as the
    aliases of id and title do. `OrgFileError` for a file that is not a readable workbook or
    has no such sheet. ``progress``: told how far reading the cells got (all `PARSING`; the
    sheet's stated size is the estimate, never trusted further)."""
    try:
        with paused_gc():
            return _table(raw, source, sheet, {header_key(name) for name in wanted}, progress)
    except PlacedError as error:
        raise OrgFileError(source, error.where, error.what) from None


def _table(
    raw: bytes, source: str | Path, sheet: str | None, wanted: set[str], progress: Progress | None = None
) -> Table:
    if progress is not None:
        progress(PARSING, 0.0)
    _check_container(raw)
    with warnings.catch_warnings():  # openpyxl warns of styles and extensions it leaves out
        warnings.simplefilter("ignore")
        try:
            from openpyxl import load_workbook

            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True, keep_links=False)
        except Exception as error:  # openpyxl raises anything for a broken file
            raise _broken(error) from None
        where = ""
        try:
            names = list(book.sheetnames)
            sheets: dict[str, Any] = {ws.title: ws for ws in book.worksheets}  # no chart sheets
            first = _sheet(sheets, sheet, names)
            # by default the first sheet; if it holds no table (a cover sheet), the next that does
            candidates = [first] if sheet is not None else list(sheets.values())
            for chosen in candidates:
                where = f"sheet {chosen.title!r}"
                rows = _rows(chosen, progress)
                header_at = _header_row(rows, wanted)
                if header_at is not None:
                    break
        except PlacedError:
            raise
        except Exception as error:
            what = f"the file is broken; it cannot be read ({_reason(error)})"
            raise PlacedError(where, what) from None
        finally:
            book.close()
    if header_at is None:
        what = (
            "the sheet is empty" if not rows else "the sheet has no header row (no row has two filled cells)"
        )
        if sheet is None and len(sheets) > 1:
            what = "no sheet of the workbook holds a table (a header row with two filled cells or more)"
        elif len(names) > 1:
            others = ", ".join(repr(name) for name in names if name != first.title)
            what += f"; the workbook's other sheets are {others}"
        raise PlacedError("" if sheet is None and len(sheets) > 1 else f"sheet {first.title!r}", what)
    title = chosen.title
    skipped = (
        [
            CsvWarning(
                rows[header_at][0], None, f"the sheets before it hold no table: {_names(names, title)}", title
            )
        ]
        if title != first.title
        else []
    )
    header_line, header = rows[header_at]
    width = max(len(cells) for _, cells in rows[header_at:])
    header = header + [""] * (width - len(header))  # cells further right: columns without a header
    return Table(
        source, header, header_line, rows[header_at + 1 :], sheet=title, sheets=names, warnings=skipped
    )


def _names(names: list[str], until: str) -> str:
    return ", ".join(repr(name) for name in names[: names.index(until)])


def _check_container(raw: bytes) -> None:
    """Refuse what is no .xlsx file, or would unpack to more than `MAX_FILE_BYTES`, with a
    message that says what it is instead."""
    if len(raw) > document.MAX_FILE_BYTES:
        raise PlacedError("", document.too_big(len(raw)))
    if not raw.strip():
        raise PlacedError("", "the file is empty")
    if raw.startswith(_XLS):
        raise PlacedError(
            "",
            "this is an Excel 97-2003 (.xls) file or a workbook with a password, not an .xlsx file; "
            "save it in Excel as an Excel workbook (.xlsx) without a password",
        )
    if not raw.startswith(b"PK"):
        what = "this is not an Excel workbook (an .xlsx file is a zip archive)"
        head = raw[:2048]
        if b"\x00" not in head and (b"," in head or b";" in head or b"\t" in head):
            what += "; it looks like text: if it is a CSV file, name it .csv"
        raise PlacedError("", what)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as error:  # zipfile raises more than BadZipFile for a broken archive
        raise _broken(error) from None
    if unpacked > document.MAX_FILE_BYTES:
        raise PlacedError(
            "",
            f"the workbook unpacks to {unpacked / 2**20:,.0f} MB; orgchart reads workbooks of at most "
            f"{document.MAX_FILE_BYTES // 2**20} MB unpacked",
        )


def _sheet(sheets: dict[str, Any], wanted: str | None, names: list[str]) -> Any:
    """The sheet named ``wanted`` (exactly, else ignoring case), or the first."""
    if not sheets:
        raise PlacedError("", "the workbook has no sheets with cells (only charts?)")
    if wanted is None:
        return sheets[next(iter(sheets))]
    if wanted in sheets:
        return sheets[wanted]
    folded = [name for name in sheets if name.casefold() == wanted.strip().casefold()]
    if len(folded) == 1:
        return sheets[folded[0]]
    listed = ", ".join(repr(name) for name in names)
    raise PlacedError("", f"there is no sheet {wanted!r}; the sheets are {listed}")


def _rows(sheet: Any, progress: Progress | None = None) -> list[tuple[int, list[str]]]:
    """(row number, cells as text) for every row with a filled cell, without trailing empty
    cells. Never more than `MAX_ROWS` rows nor `MAX_COLUMNS` columns. ``progress``: told
    every few thousand rows how far they got, of the rows the sheet says it has."""
    stated = sheet.max_row if progress is not None else None  # an estimate for progress only
    estimate = stated if isinstance(stated, int) and 0 < stated <= MAX_ROWS else None
    sheet.reset_dimensions()  # the size the file states may be wrong, or hostile
    rows: list[tuple[int, list[str]]] = []
    for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
        if progress is not None and not number & MASK:
            # without a stated size: a curve that rises all the time but never reaches the end
            progress(PARSING, min(number / estimate, 1.0) if estimate else number / (number + 50_000))
        if number > MAX_ROWS:
            raise PlacedError(
                f"sheet {sheet.title!r}, row {number}",
                f"the sheet has more than {MAX_ROWS:,} rows, Excel's limit; it is not a sheet Excel wrote",
            )
        cells = [_text(value) for value in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if cells:
            rows.append((number, cells))
    return rows


def _header_row(rows: list[tuple[int, list[str]]], wanted: set[str]) -> int | None:
    """The index in ``rows`` of the header: among the first rows with two filled cells or
    more, the first that names an id and a title column (or a column the caller wants), else
    the first of them. None if no row has two filled cells."""
    candidates = [i for i, (_, cells) in enumerate(rows) if sum(1 for c in cells if c.strip()) >= 2]
    for i in candidates[:_HEADER_SEARCH]:
        keys = {header_key(cell) for cell in rows[i][1] if cell.strip()}
        if (keys & _ID_KEYS and keys & _TITLE_KEYS) or (wanted and wanted <= keys):
            return i
    return candidates[0] if candidates else None


def _text(value: object) -> str:
    """A cell's value as Excel shows it, as text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))  # an id of 12, stored as 12.0
        return f"{value:.15g}"  # as many digits as Excel keeps
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _broken(error: Exception) -> PlacedError:
    return PlacedError("", f"the file is broken or cut off: not a readable Excel workbook ({_reason(error)})")


def _reason(error: Exception) -> str:
    """A short reason from a parser's exception, without its type's internals."""
    text = str(error).strip().strip("\"'") or type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"
