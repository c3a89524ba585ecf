"""Files: the native JSON format (versioned, canonical, atomic, the replaced file kept as
``.bak``), its schema and migrations, CSV and Excel (.xlsx) import and export, GraphML import
and export, Mermaid export. No Qt here. Every reader
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
    from orgchart.io.graphml_reader import graphml_document, read_graphml
    from orgchart.io.graphml_writer import graphml_text, write_graphml
    from orgchart.io.jsonfile import dumps, export_json, load, loads, save
    from orgchart.io.mermaid import mermaid_text, write_mermaid
    from orgchart.io.reading import read_chart
    from orgchart.io.table_import import TableImport
    from orgchart.io.xlsx_reader import parse_xlsx, read_xlsx
    from orgchart.io.xlsx_writer import write_xlsx, xlsx_bytes

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
    "graphml_document": "graphml_reader",
    "read_graphml": "graphml_reader",
    "graphml_text": "graphml_writer",
    "write_graphml": "graphml_writer",
    "mermaid_text": "mermaid",
    "write_mermaid": "mermaid",
    "export_json": "jsonfile",
    "dumps": "jsonfile",
    "load": "jsonfile",
    "loads": "jsonfile",
    "save": "jsonfile",
    "read_chart": "reading",
    "TableImport": "table_import",
    "parse_xlsx": "xlsx_reader",
    "read_xlsx": "xlsx_reader",
    "write_xlsx": "xlsx_writer",
    "xlsx_bytes": "xlsx_writer",
}

__all__ = [
    "MAX_FILE_BYTES",
    "CsvImport",
    "CsvWarning",
    "Document",
    "OrgFileError",
    "TableImport",
    "csv_bytes",
    "dumps",
    "export_json",
    "graphml_document",
    "graphml_text",
    "load",
    "loads",
    "mermaid_text",
    "parse_csv",
    "parse_xlsx",
    "read_chart",
    "read_csv",
    "read_graphml",
    "read_xlsx",
    "save",
    "write_csv",
    "write_graphml",
    "write_mermaid",
    "write_xlsx",
    "xlsx_bytes",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"orgchart.io.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'orgchart.io' has no attribute {name!r}")
