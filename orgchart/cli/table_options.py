"""``--sheet`` and ``--columns``: the options of the commands that read HR exports (.csv, .xlsx).

``--columns title=Stelle,team=Bereich`` says which column holds a field when its header is
none of the aliases the import knows (or to take another column than the one it would find).
A comma inside a column's name is fine: a new pair starts only at a comma followed by
``FIELD=``. The option may be given more than once.
"""

from __future__ import annotations

import argparse
import difflib
import re
from pathlib import Path
from typing import Any

from orgchart.io.csv_columns import FIELDS
from orgchart.io.reading import TABLE_OPTIONS

_PAIR_START = re.compile(r",(?=\s*[A-Za-z_]+\s*=)")


def add_table_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--sheet`` and ``--columns`` to a command's parser."""
    parser.add_argument("--sheet", metavar="NAME", help="Excel input: the sheet to read (default: the first)")
    parser.add_argument(
        "--columns",
        metavar="FIELD=COLUMN,…",
        action="append",
        type=_pairs,
        help="CSV and Excel input: which column holds a field, for headers the import does not know, "
        f"e.g. title=Stelle,team=Bereich (fields: {', '.join(FIELDS)})",
    )


def table_options(
    parser: argparse.ArgumentParser, ns: argparse.Namespace, inputs: list[str]
) -> dict[str, Any]:
    """The keyword options of `orgchart.io.read_chart` for ``inputs``: a usage error (exit 2)
    for an option that none of the inputs can take, or for one field or column given twice."""
    options: dict[str, Any] = {}
    suffixes = {Path(name).suffix.lower() for name in inputs}
    if ns.sheet is not None:
        if not any("sheet" in TABLE_OPTIONS.get(suffix, ()) for suffix in suffixes):
            parser.error("--sheet is for Excel input (.xlsx)")
        options["sheet"] = ns.sheet
    if ns.columns:
        takers = [s for s in TABLE_OPTIONS if "columns" in TABLE_OPTIONS[s]]
        if not suffixes & set(takers):
            parser.error(f"--columns is for CSV and Excel input ({', '.join(takers)})")
        chosen: dict[str, str] = {}  # header -> field
        fields: dict[str, str] = {}  # field -> header
        for field, column in (pair for pairs in ns.columns for pair in pairs):
            if field in fields:
                parser.error(f"--columns: the {field} is given twice ({fields[field]!r} and {column!r})")
            if column.casefold() in {c.casefold() for c in chosen}:
                parser.error(f"--columns: the column {column!r} is given for two fields")
            fields[field], chosen[column] = column, field
        options["columns"] = chosen
    return options


def applies(options: dict[str, Any], name: str) -> dict[str, Any]:
    """The options that ``name`` (one of the inputs) takes."""
    takes = TABLE_OPTIONS.get(Path(name).suffix.lower(), ())
    return {key: value for key, value in options.items() if key in takes}


def _pairs(text: str) -> list[tuple[str, str]]:
    """``title=Stelle,team=Bereich`` -> [("title", "Stelle"), ("team", "Bereich")]."""
    pairs: list[tuple[str, str]] = []
    for part in _PAIR_START.split(text):
        field, equals, column = part.partition("=")
        field, column = field.strip().lower(), column.strip()
        if not equals or not field:
            raise argparse.ArgumentTypeError(f"{part.strip()!r}: expected FIELD=COLUMN, e.g. title=Stelle")
        if field not in FIELDS:
            close = difflib.get_close_matches(field, FIELDS, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise argparse.ArgumentTypeError(
                f"{field!r} is not a field; {hint}the fields are {', '.join(FIELDS)}"
            )
        if not column:
            raise argparse.ArgumentTypeError(f"{part.strip()!r}: which column holds the {field}?")
        pairs.append((field, column))
    return pairs
