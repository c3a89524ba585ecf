"""Write a chart in a data format (as opposed to a picture), chosen by the file's suffix.

`DATA_WRITERS` is the one table of them: ``orgchart export`` and the editor's Export dialog
both offer what it lists (the dialog may not import the command line, so the table lives
here). Add a format by adding its line.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

from orgchart.model import OrgChart, ViewSettings

#: suffix -> (module, function). The function takes (chart, path), writes atomically without
#: a .bak (an export), returns what the format could not hold (sentences) and raises
#: OrgFileError if the file cannot be written. A function with a keyword ``view`` also gets
#: the view settings (direction, collapsed branches). Modules load on first use.
DATA_WRITERS = {
    ".csv": ("orgchart.io.csv_writer", "write_csv"),
    ".xlsx": ("orgchart.io.xlsx_writer", "write_xlsx"),
    ".graphml": ("orgchart.io.graphml_writer", "write_graphml"),
    ".mmd": ("orgchart.io.mermaid", "write_mermaid"),
    ".json": ("orgchart.io.jsonfile", "export_json"),
}


def data_writer(suffix: str) -> Callable[..., list[str]]:
    """The writer for ``suffix`` (a key of `DATA_WRITERS`, lower case)."""
    module, function = DATA_WRITERS[suffix]
    write: Callable[..., list[str]] = getattr(importlib.import_module(module), function)
    return write


def takes_view(suffix: str) -> bool:
    """Whether the format's writer uses the view settings (the layout direction, …)."""
    return "view" in inspect.signature(data_writer(suffix)).parameters


def write_data(chart: OrgChart, path: str | Path, view: ViewSettings | None = None) -> list[str]:
    """Write ``chart`` in the format ``path``'s suffix names; returns what the format could
    not hold. `OrgFileError` if the file cannot be written; KeyError for a suffix that is
    not in `DATA_WRITERS`."""
    suffix = Path(path).suffix.lower()
    write = data_writer(suffix)
    extra: dict[str, Any] = {"view": view or ViewSettings()} if takes_view(suffix) else {}
    return write(chart, path, **extra)
