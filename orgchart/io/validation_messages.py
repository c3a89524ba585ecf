"""Turn pydantic's validation errors into a JSON path and a sentence a user can act on."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

_ID_FIELDS = {"id", "parent", "team", "manager", "from", "to", "collapsed"}


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("roles", 3, "fte")`` -> ``roles[3].fte``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def describe_validation_error(error: ValidationError) -> tuple[str, str]:
    """The first problem as (JSON path, what is wrong), with a count of the others."""
    problems = error.errors(include_url=False)
    first = problems[0]
    where, what = _describe(first)
    if len(problems) > 1:
        more = len(problems) - 1
        what += f" (and {more} more problem{'s' if more > 1 else ''})"
    return where, what


def _describe(problem: ErrorDetails) -> tuple[str, str]:
    loc = tuple(problem["loc"])
    kind = problem["type"]
    value = problem.get("input")
    if kind == "extra_forbidden":
        return json_path(loc[:-1]), f"unknown field {loc[-1]!r}"
    if kind == "missing":
        return json_path(loc[:-1]), f"the required field {loc[-1]!r} is missing"
    where = json_path(loc)
    named = [part for part in loc if isinstance(part, str)]
    field = named[-1] if named else ""
    if kind == "string_pattern_mismatch":
        if field == "color":
            return where, f"{_show(value)} is not a colour of the form #rrggbb"
        if field in _ID_FIELDS:
            return where, (
                f"{_show(value)} is not a valid id: use a non-empty text without line breaks "
                "and without leading or trailing spaces"
            )
        return where, "must not be empty"
    if kind == "string_unicode":
        return where, "holds a broken character (a lone UTF-16 surrogate)"
    message = str(problem["msg"]).removeprefix("Value error, ")
    message = message[0].lower() + message[1:] if message else kind
    return where, f"{message}, not {_show(value)}"


def _show(value: Any) -> str:
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
