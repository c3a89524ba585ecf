"""The desktop editor (PySide6 widgets). Everything above the Qt-free layers.

The model (with networkx) is imported here, before any PySide6 module: once PySide6 is loaded,
it reads the source of every module imported after it, looking for ``__feature__`` imports
(``shibokensupport/feature.py``), which costs more than importing networkx itself. `preload`
does the same for the reader of the file the editor opens at its start.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import orgchart.model  # noqa: F401  (before PySide6: see above)


def preload(path: str | Path | None) -> None:
    """Start reading ``path`` (if any) in a second process, where `orgchart.io.prefetch`
    can, or else import the reader it needs (for an orgchart file: the JSON schema with
    pydantic); call it before PySide6 is imported, as ``orgchart FILE`` does, and
    `orgchart.io.prefetch.discard` when the editor ends. Tables (.csv, .xlsx) go through
    the import preview, which loads its own."""
    if path is None or not str(path):
        return
    from orgchart.io import prefetch
    from orgchart.io.reading import READERS, TABLE_OPTIONS

    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_OPTIONS and not prefetch.start(path):
        importlib.import_module(READERS[suffix][0] if suffix in READERS else "orgchart.io.jsonfile")
