"""Read a chart from any file orgchart reads (.csv: an HR export; else an orgchart file)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart.io import Document


#: files read by their suffix: suffix -> (module, function); the function takes the path and
#: returns (document, warnings as sentences), or raises OrgFileError. Anything else is read
#: as an orgchart .json file. Modules load on first use (a CSV import does not pay for the
#: JSON schema's validators).
READERS = {
    ".csv": ("orgchart.io.reading", "_read_csv"),
}


def read_chart(path: str | Path) -> tuple[Document, list[str]]:
    """The document in ``path`` (by its suffix, see `READERS`; anything else: an orgchart
    file) and the warnings reading it gave. Raises `OrgFileError` for anything that is not a
    chart."""
    reader = READERS.get(Path(path).suffix.lower())
    if reader is not None:
        module, function = reader
        read: Callable[[str | Path], tuple[Document, list[str]]] = getattr(
            importlib.import_module(module), function
        )
        return read(path)
    from orgchart.io.jsonfile import load

    return load(path), []


def _read_csv(path: str | Path) -> tuple[Document, list[str]]:
    from orgchart.io.csv_reader import read_csv

    result = read_csv(path)
    return result.document, [str(w) for w in result.warnings]
