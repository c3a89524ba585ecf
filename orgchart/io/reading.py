"""Read a chart from any file orgchart reads (.csv: an HR export; else an orgchart file)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart.io import Document


def read_chart(path: str | Path) -> tuple[Document, list[str]]:
    """The document in ``path`` (.csv: an HR export; anything else: an orgchart file) and
    the warnings reading it gave. Raises `OrgFileError` for anything that is not a chart."""
    if Path(path).suffix.lower() == ".csv":
        from orgchart.io.csv_reader import read_csv  # without the JSON schema's start-up cost

        result = read_csv(path)
        return result.document, [str(w) for w in result.warnings]
    from orgchart.io.jsonfile import load

    return load(path), []
