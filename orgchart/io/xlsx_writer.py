"""Excel export: the chart as an .xlsx workbook of one sheet, in the CSV writer's columns and
row order (`orgchart.io.csv_writer.table_rows`), so that it reads back as the CSV does.

The header row is bold and frozen, with a filter; columns are as wide as their text (within
limits). Every cell is a text cell except FTE, a number: a value that starts with ``=``,
``+``, ``-`` or ``@`` is stored as text, never as a formula (openpyxl would write a string
that starts with ``=`` as one), and marked with Excel's quote prefix so that editing the cell
in Excel keeps it text. Characters an .xlsx file cannot hold (control characters, U+FFFE,
U+FFFF, lone surrogates) are written as U+FFFD, and a cell longer than Excel's 32,767
characters is cut; both are reported with what the columns cannot hold.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgchart.io.atomic import write_file
from orgchart.io.csv_columns import FORMULA_STARTS
from orgchart.io.csv_writer import table_rows
from orgchart.model import OrgChart
from orgchart.source_date import dated_zip

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.styles import Font

#: The sheet's name when the chart has none.
SHEET = "Org chart"
#: Excel's limit of characters in a cell.
MAX_CELL = 32_767
_WIDTHS = (6, 60)  # narrowest and widest column, in characters
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # what XML 1.0 cannot hold
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(chart: OrgChart, path: str | Path) -> list[str]:
    """Write the chart to ``path`` as an .xlsx workbook, atomically (no ``.bak``: an export);
    return what the columns could not hold. `OrgFileError` if the file cannot be written."""
    data, losses = xlsx_bytes(chart)
    write_file(path, data)
    return losses


def xlsx_bytes(chart: OrgChart) -> tuple[bytes, list[str]]:
    """The workbook's bytes and what it could not hold, as sentences."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, rows, losses = table_rows(chart, "the workbook")
    fte = header.index("fte")  # (after a division column, in a chart that has one)
    replaced = cut = 0
    rounded = sum(1 for cells in rows if _number(cells[fte]) != float(cells[fte]))
    for cells in rows:
        for i, cell in enumerate(cells):
            if _ILLEGAL.search(cell):
                replaced += len(_ILLEGAL.findall(cell))
                cell = cells[i] = _ILLEGAL.sub("\ufffd", cell)
            if len(cell) > MAX_CELL:
                cut += 1
                cells[i] = cell[:MAX_CELL]
    replaced += sum(len(_ILLEGAL.findall(name)) for name in header)
    header = [_ILLEGAL.sub("\ufffd", name)[:MAX_CELL] for name in header]
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_name(chart.name))
    for i, width in enumerate(_widths(header, rows), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_text_cell(sheet, name, bold) for name in header])
    for cells in rows:
        sheet.append(
            [_number(cell) if i == fte else _text_cell(sheet, cell) for i, cell in enumerate(cells)]
        )
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    out = io.BytesIO()
    book.save(out)
    if replaced:
        what = "that .xlsx files cannot hold (control characters) written as \ufffd"
        losses.append(f"{_count(replaced, 'character')} {what}")
    if rounded:
        what = "rounded to 15 significant digits, as Excel keeps numbers"
        losses.append(f"{_count(rounded, 'FTE value')} {what}")
    if cut:
        losses.append(f"{_count(cut, 'cell')} cut to {MAX_CELL:,} characters, Excel's limit")
    return dated_zip(out.getvalue()), losses


def _text_cell(sheet: Any, text: str, font: Font | None = None) -> Cell | None:
    """A text cell, whatever the text looks like: never a formula, number or date (None for
    an empty text: no cell)."""
    from openpyxl.cell import WriteOnlyCell

    if not text:
        return None
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"  # openpyxl takes a string that starts with "=" for a formula
    if text and text[0] in FORMULA_STARTS:
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    if font is not None:
        cell.font = font
    return cell


def _number(text: str) -> float | int | str:
    """FTE as a number, so that a spreadsheet can add it up, with the 15 significant digits
    Excel keeps."""
    try:
        value = float(f"{float(text):.15g}")
    except ValueError:
        return text
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def _widths(header: list[str], rows: list[list[str]]) -> list[float]:
    """Each column as wide as its longest line among the header and the first rows."""
    widths = [len(name) + 2 for name in header]  # the filter's button sits beside the header
    for cells in rows[:1000]:
        for i, cell in enumerate(cells):
            longest = max((len(line) for line in cell.split("\n")), default=0)
            widths[i] = max(widths[i], longest)
    return [min(max(width + 1, _WIDTHS[0]), _WIDTHS[1]) for width in widths]


def _sheet_name(name: str) -> str:
    """The chart's name as Excel allows a sheet's: at most 31 characters, none of []:*?/\\."""
    cleaned = " ".join(_ILLEGAL.sub("", _SHEET_NAME.sub(" ", name)).split()).strip("'")[:31].strip()
    return cleaned if cleaned and cleaned.casefold() != "history" else SHEET  # "History": reserved


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
