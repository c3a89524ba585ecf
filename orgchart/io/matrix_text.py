"""The "who does what" matrix as Markdown (a table for a wiki or a hand-out) and as CSV (for a
spreadsheet), and written to a file atomically.

Markdown: ``|`` and ``\\`` in a cell are escaped and line breaks become spaces, so every
row stays one row of the table. CSV is written as the chart's CSV export is (UTF-8 with a BOM
for Excel, CRLF, RFC 4180 quoting), and a cell a spreadsheet would run as a formula gets an
apostrophe before it (OWASP's advice against CSV injection).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from orgchart.io.atomic import write_file
from orgchart.io.csv_columns import guard
from orgchart.model.duties import ResponsibilityMatrix

#: what a cell holds where a role has the responsibility
MARK = "x"
FORMATS = ("md", "csv")
_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_MUST_QUOTE = frozenset(',"\r\n')


def matrix_markdown(matrix: ResponsibilityMatrix, *, corner: str = "Responsibility", mark: str = MARK) -> str:
    """A Markdown table: a header row (``corner``, then the roles), one row per
    responsibility with ``mark`` under each role that holds it; centred mark columns."""
    lines = [
        _md_row([corner, *matrix.headers]),
        "|" + "---|" + ":-:|" * len(matrix.headers),
    ]
    for row, duty in enumerate(matrix.duties):
        cells = [mark if matrix.holds(row, c) else "" for c in range(len(matrix.headers))]
        lines.append(_md_row([duty, *cells]))
    return "\n".join(lines) + "\n"


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(_md_cell(cell) for cell in cells) + " |"


def _md_cell(text: str) -> str:
    text = _BREAKS.sub(" ", text.strip())
    return text.replace("\\", "\\\\").replace("|", "\\|")


def matrix_csv(matrix: ResponsibilityMatrix, *, corner: str = "Responsibility", mark: str = MARK) -> str:
    """The CSV text (without the BOM): the same rows and columns as the Markdown table."""
    rows = [[corner, *matrix.headers]]
    for row, duty in enumerate(matrix.duties):
        rows.append([duty, *(mark if matrix.holds(row, c) else "" for c in range(len(matrix.headers)))])
    return "".join(",".join(_csv_cell(cell) for cell in cells) + "\r\n" for cells in rows)


def _csv_cell(text: str) -> str:
    cell = guard(text)
    if not cell or (not _MUST_QUOTE.intersection(cell) and not cell[0].isspace() and not cell[-1].isspace()):
        return cell
    return '"' + cell.replace('"', '""') + '"'


def matrix_bytes(matrix: ResponsibilityMatrix, fmt: str, *, corner: str = "Responsibility") -> bytes:
    """The file's bytes in ``fmt`` ("md" or "csv"; CSV with a BOM, as Excel wants it)."""
    if fmt == "csv":
        return codecs.BOM_UTF8 + matrix_csv(matrix, corner=corner).encode("utf-8")
    if fmt == "md":
        return matrix_markdown(matrix, corner=corner).encode("utf-8")
    raise ValueError(f"unknown matrix format {fmt!r} (one of {', '.join(FORMATS)})")


def format_of(path: str | Path) -> str | None:
    """ "md" or "csv" from a file name's extension (.md, .markdown, .csv), else None."""
    suffix = Path(path).suffix.lower()
    return {".md": "md", ".markdown": "md", ".csv": "csv"}.get(suffix)


def write_matrix(
    matrix: ResponsibilityMatrix, path: str | Path, fmt: str, *, corner: str = "Responsibility"
) -> None:
    """Write atomically; `OrgFileError` if the file cannot be written."""
    write_file(path, matrix_bytes(matrix, fmt, corner=corner))
