"""Read a chart from any file orgchart reads (.csv, .xlsx: an HR export; else an orgchart file),
and refuse with a clear word the files orgchart only writes (a Mermaid diagram, a picture)."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from orgchart.io import prefetch
from orgchart.io.errors import OrgFileError

if TYPE_CHECKING:
    from orgchart.io import Document
    from orgchart.io.progress import Progress


#: files read by their suffix: suffix -> (module, function); the function takes the path (and
#: the keyword ``progress``, see `orgchart.io.progress`) and returns (document, warnings as
#: sentences), or raises OrgFileError. Anything else is read as an orgchart .json file.
#: Modules load on first use (a CSV import does not pay for the JSON schema's validators).
READERS = {
    ".csv": ("orgchart.io.reading", "_read_csv"),
    # tab-separated text: Excel's "Text (tab-delimited)" and "Unicode Text" (UTF-16) exports
    ".tsv": ("orgchart.io.reading", "_read_csv"),
    ".txt": ("orgchart.io.reading", "_read_text"),
    ".xlsx": ("orgchart.io.reading", "_read_xlsx"),
    ".graphml": ("orgchart.io.graphml_reader", "read_graphml"),
}


#: files orgchart writes but cannot read: suffix -> the format's name. Reading one says so,
#: rather than failing as a .json file would (any other suffix is still read as orgchart JSON:
#: people name files oddly). Qt-free, so the picture and slide formats are listed here by
#: hand; tests/cli/test_written_only.py checks that every format orgchart writes is here or
#: readable.
WRITTEN_ONLY = {
    ".mmd": "Mermaid",
    ".svg": "SVG",
    ".png": "PNG",
    ".pdf": "PDF",
    ".pptx": "PowerPoint",
    ".md": "Markdown",  # orgchart matrix
    ".markdown": "Markdown",
}


#: readers of tables (a row per role, see `orgchart.io.table_import`): suffix -> the options
#: of `read_chart` they take
TABLE_OPTIONS = {
    ".csv": ("columns",),
    ".tsv": ("columns",),
    ".txt": ("columns",),
    ".xlsx": ("sheet", "columns"),
}


def read_chart(
    path: str | Path,
    *,
    sheet: str | None = None,
    columns: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> tuple[Document, list[str]]:
    """The document in ``path`` (by its suffix, see `READERS`; anything else: an orgchart
    file) and the warnings reading it gave. Raises `OrgFileError` for anything that is not a
    chart, and for a file of a format orgchart only writes (`WRITTEN_ONLY`). For tables
    (`TABLE_OPTIONS`): ``sheet`` names a workbook's sheet (default: the first), ``columns``
    maps headers to the fields the caller chose for them. ``progress``: told how far reading
    got; it may stop the work by raising `orgchart.io.progress.Cancelled`, which then comes
    out of here."""
    if progress is not None:
        progress("reading", 0.0)  # before the reader's modules load
    suffix = Path(path).suffix.lower()
    if suffix in WRITTEN_ONLY:
        raise OrgFileError(path, "", written_only(suffix))
    options = {name: value for name, value in (("sheet", sheet), ("columns", columns)) if value is not None}
    refused = [name for name in options if name not in TABLE_OPTIONS.get(suffix, ())]
    if refused:
        raise ValueError(f"{', '.join(refused)}: not an option for reading {suffix or 'this file'}")
    prefetched = None if options else prefetch.take(path)
    if prefetched is not None:  # read beside the program's start, by a child (see `prefetch`)
        return prefetched
    reader = READERS.get(suffix)
    if reader is not None:
        module, function = reader
        read: Callable[..., tuple[Document, list[str]]] = getattr(importlib.import_module(module), function)
        return read(path, progress=progress, **options)
    from orgchart.io.jsonfile import load

    try:
        return load(path, progress=progress), []
    except OrgFileError as error:
        if suffix == ".json" or not os.path.isfile(path):  # (a file not there is just that)
            raise
        # a name orgchart does not know, read as its own JSON: say so, and what else it reads
        readable = [".json", *READERS]
        named = f"as its name ends in {suffix}" if suffix else "as its name has no ending"
        raise OrgFileError(
            error.file,
            error.where,
            f"{error.what} (read as an orgchart .json file, {named}: orgchart chooses the reader "
            f"by the name's ending, and reads {', '.join(readable[:-1])} and {readable[-1]})",
        ) from None


def written_only(suffix: str) -> str:
    """Why a file with ``suffix`` (a key of `WRITTEN_ONLY`) cannot be read, and what can."""
    readable = [".json", *READERS]
    return (
        f"orgchart writes {WRITTEN_ONLY[suffix]} ({suffix}) files but cannot read them; "
        f"it reads {', '.join(readable[:-1])} and {readable[-1]}"
    )


def _read_csv(
    path: str | Path, columns: Mapping[str, str] | None = None, progress: Progress | None = None
) -> tuple[Document, list[str]]:
    from orgchart.io.csv_reader import read_csv

    result = read_csv(path, columns=columns, progress=progress)
    return result.document, [str(w) for w in result.warnings]


def is_import(path: str | Path) -> bool:
    """Whether ``path`` is read by an importer (a table, GraphML), not as an orgchart file:
    what is opened from it is a new chart, saved under a name of its own."""
    suffix = Path(path).suffix.lower()
    return suffix in READERS and (suffix not in TABLE_OPTIONS or is_table(path))


def is_table(path: str | Path) -> bool:
    """Whether ``path`` is read as a table (a row per role, `TABLE_OPTIONS`): by its name's
    ending, but a .txt file only if it is not an orgchart file named so (starting with "{")."""
    suffix = Path(path).suffix.lower()
    if suffix != ".txt":
        return suffix in TABLE_OPTIONS
    try:
        with open(path, "rb") as handle:
            start = handle.read(64)
    except OSError:
        return True  # the table reader says what is wrong with it
    return not start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _read_text(
    path: str | Path, columns: Mapping[str, str] | None = None, progress: Progress | None = None
) -> tuple[Document, list[str]]:
    """A .txt file: a table (tab-separated, as Excel saves text), or an orgchart file someone
    named so (see `is_table`)."""
    if columns is None and not is_table(path):
        from orgchart.io.jsonfile import load

        return load(path, progress=progress), []
    return _read_csv(path, columns, progress)


def _read_xlsx(
    path: str | Path,
    sheet: str | None = None,
    columns: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> tuple[Document, list[str]]:
    from orgchart.io.xlsx_reader import read_xlsx

    result = read_xlsx(path, sheet=sheet, columns=columns, progress=progress)
    return result.document, [str(w) for w in result.warnings]
