"""The native file: load and save an orgchart JSON file.

Saving is canonical (reading order, declared key order, defaults left out, UTF-8 without
escapes, two-space indent, a newline at the end), so load -> save gives the same bytes and
files diff cleanly in git; and atomic, so a file is either the old or the new one. The file a
save replaces is kept as ``FILE.json.bak`` (see `orgchart.io.atomic`).

Loading either returns a complete `Document` or raises one `OrgFileError` that names the file,
the place (JSON path, or line and column) and what is wrong.
"""

from __future__ import annotations

import json
import json.scanner
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from orgchart.io import document
from orgchart.io.atomic import write_file
from orgchart.io.document import Document, PlacedError
from orgchart.io.errors import OrgFileError
from orgchart.io.migrations import MigrationGap, migrate
from orgchart.io.progress import BUILDING, CHECKING, PARSING, READING, Phases, Progress, span
from orgchart.io.records import document_from_file, file_from_document
from orgchart.io.schema import FORMAT, VERSION, OrgFile
from orgchart.io.validation_messages import describe_validation_error
from orgchart.model import OrgChart, ViewSettings
from orgchart.model.bulk import paused_gc


def dumps(chart: OrgChart, view: ViewSettings | None = None) -> str:
    """The canonical text of a chart (and its view settings) in the current format."""
    record = file_from_document(Document(chart, view or ViewSettings()))
    data = record.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def save(
    chart: OrgChart, path: str | Path, view: ViewSettings | None = None, *, backup: bool = True
) -> None:
    """Write the chart to ``path`` canonically and atomically; raise `OrgFileError` if the
    file cannot be written (the old file, if any, is then untouched).

    ``backup``: keep the file being replaced as ``PATH.bak`` (beside the real file when
    ``path`` is a symlink). Pass False for files that are not the user's own (recovery
    copies, generated samples)."""
    data = dumps(chart, view).encode("utf-8")
    write_file(path, data, backup=backup)


def export_json(chart: OrgChart, path: str | Path, *, view: ViewSettings | None = None) -> list[str]:
    """``orgchart export … -o X.json``: the same bytes as the editor's save, but without a
    ``.bak`` (an export, not the chart's own file). The format holds everything: returns []."""
    save(chart, path, view, backup=False)
    return []


def load(path: str | Path, *, progress: Progress | None = None) -> Document:
    """Read an orgchart file; raise `OrgFileError` for anything that is not a valid chart.
    ``progress``: told how far reading got, and may stop it (see `orgchart.io.progress`)."""
    if progress is not None:
        progress(READING, 0.0)
    raw = document.read_bytes(path)
    return loads(raw, source=Path(path), progress=span(progress, 0.01, 1.0))


#: the share of each phase in loading a large file (measured at 100,000 roles)
_PHASES = ((PARSING, 0.11), (CHECKING, 0.18), (BUILDING, 0.71))


def loads(
    raw: bytes | str, *, source: str | Path = "<text>", progress: Progress | None = None
) -> Document:
    """Parse the text of an orgchart file; ``source`` names it in error messages;
    ``progress`` as for `load`."""
    phases = Phases(progress, _PHASES)
    with paused_gc():
        phases(PARSING)
        data = _parse_json(raw, source)
        data = _check_header(data, source)
        phases(CHECKING)
        try:
            record = OrgFile.model_validate(data)
        except ValidationError as error:
            where, what = describe_validation_error(error)
            raise OrgFileError(source, where, what) from None
        try:
            result = document_from_file(record, progress=phases.within(BUILDING))
        except PlacedError as error:
            raise OrgFileError(source, error.where, error.what) from None
    phases.done()
    return result


def _parse_json(raw: bytes | str, source: str | Path) -> Any:
    if isinstance(raw, bytes):
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a BOM, as some Windows editors write
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            column = error.start - raw.rfind(b"\n", 0, error.start)
            raise OrgFileError(
                source,
                f"line {line}, column {column}",
                f"the file is not UTF-8 text (byte {error.start} is {raw[error.start]:#04x})",
            ) from None
    else:
        text = raw
    if not text.strip():
        raise OrgFileError(source, "", "the file is empty")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        rest = text[error.pos :]
        if not rest.strip() or (
            error.msg.startswith("Unterminated string") and not any(c in rest[1:] for c in '"\n')
        ):
            what = "the file ends too early; it may be cut off"
        else:
            what = f"not valid JSON: {error.msg}"
            if error.msg.startswith(("Expecting property name", "Expecting value")) and (
                text[: error.pos].rstrip().endswith(",")
            ):
                what += " (JSON allows no comma before a closing } or ])"
        raise OrgFileError(source, f"line {error.lineno}, column {error.colno}", what) from None
    except _BadJson as error:
        raise OrgFileError(source, _locate(text, error), str(error)) from None
    except RecursionError:
        raise OrgFileError(source, "", "the file is nested too deeply to be an orgchart file") from None
    except ValueError as error:  # e.g. an integer of thousands of digits
        raise OrgFileError(source, "", f"the file holds a value JSON readers refuse: {error}") from None


class _BadJson(ValueError):
    """Valid JSON syntax that a chart file must not use; ``pos`` is found afterwards."""

    pos: int | None = None


_CONSTANT = re.compile(r'"(?:\\.|[^"\\])*"|(-?Infinity|NaN)')


def _locate(text: str, error: _BadJson) -> str:
    """Line and column of a duplicate key's object or of a NaN/Infinity, found on the error
    path only: the fast C parser cannot say where its hooks were called."""
    pos = None
    if str(error).startswith(("NaN", "Infinity", "-Infinity")):
        pos = next((m.start(1) for m in _CONSTANT.finditer(text) if m.group(1)), None)
    else:
        decoder = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
        parse_object = decoder.parse_object  # type: ignore[attr-defined]

        def located(s_and_end: tuple[str, int], *args: Any) -> Any:
            try:
                return parse_object(s_and_end, *args)
            except _BadJson as inner:
                if inner.pos is None:
                    inner.pos = s_and_end[1] - 1  # the object's opening brace
                raise

        decoder.parse_object = located  # type: ignore[attr-defined]
        decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
        try:
            decoder.raw_decode(text.lstrip())
        except _BadJson as again:
            pos = None if again.pos is None else again.pos + len(text) - len(text.lstrip())
        except (ValueError, RecursionError):
            pass
    if pos is None:
        return ""
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {column}"


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) < len(pairs):  # the first key that comes again is named
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _BadJson(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise _BadJson(f"{name} is not a number JSON allows")


def _check_header(data: Any, source: str | Path) -> Any:
    if not isinstance(data, dict):
        what = f"this is JSON, but not an orgchart file (it holds a {_json_type(data)}, not an object)"
        raise OrgFileError(source, "", what)
    if data.get("format") != FORMAT:
        raise OrgFileError(
            source, "format", f'this is not an orgchart file (it should say "format": "{FORMAT}")'
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise OrgFileError(source, "version", f"must be a whole number, not {json.dumps(version)}")
    if version > VERSION:
        raise OrgFileError(
            source,
            "version",
            f"the file has version {version}, written by a newer orgchart; "
            f"this one reads versions up to {VERSION}. Please update orgchart.",
        )
    try:
        return migrate(data, version, VERSION)
    except MigrationGap:
        raise OrgFileError(
            source, "version", f"version {version} is not a known orgchart file version"
        ) from None


def _json_type(value: Any) -> str:
    return {list: "list", str: "text", int: "number", float: "number", bool: "true/false"}.get(
        type(value), "null"
    )
