"""Files: the native JSON format (versioned, canonical, atomic, the replaced file kept as
``.bak``), its schema and migrations, and CSV import and export. No Qt here. Every reader
raises `OrgFileError` for bad input, never another exception.

Names load on first use, so a command that only reads CSV does not pay for building the
JSON schema's validators.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orgchart.io.csv_columns import CsvWarning
    from orgchart.io.csv_reader import CsvImport, parse_csv, read_csv
    from orgchart.io.csv_writer import csv_bytes, write_csv
    from orgchart.io.document import MAX_FILE_BYTES, Document
    from orgchart.io.errors import OrgFileError
    from orgchart.io.jsonfile import dumps, load, loads, save
    from orgchart.io.reading import read_chart

_WHERE = {
    "CsvWarning": "csv_columns",
    "CsvImport": "csv_reader",
    "parse_csv": "csv_reader",
    "read_csv": "csv_reader",
    "csv_bytes": "csv_writer",
    "write_csv": "csv_writer",
    "MAX_FILE_BYTES": "document",
    "Document": "document",
    "OrgFileError": "errors",
    "dumps": "jsonfile",
    "load": "jsonfile",
    "loads": "jsonfile",
    "save": "jsonfile",
    "read_chart": "reading",
}

__all__ = [
    "MAX_FILE_BYTES",
    "CsvImport",
    "CsvWarning",
    "Document",
    "OrgFileError",
    "csv_bytes",
    "dumps",
    "load",
    "loads",
    "parse_csv",
    "read_chart",
    "read_csv",
    "save",
    "write_csv",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"orgchart.io.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'orgchart.io' has no attribute {name!r}")
