"""Domain errors: each says what was refused and why, in words a user can act on."""

from __future__ import annotations

import re
from typing import TypeVar

_E = TypeVar("_E", bound="OrgError")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (Qt's name, for the extractor)
    """Marks ``text`` for translation in ``context``; the UI translates it when it shows it."""
    return text


def said(text: str) -> str:
    """Marks ``text`` as what the editor says, translated, in the context "Model" (see
    `OrgError.of`)."""
    return QT_TRANSLATE_NOOP("Model", text)


def filled(text: str, values: tuple[str, ...]) -> str:
    """``text`` with %1, %2 … replaced by ``values`` (in one pass: a value may hold "%2")."""
    return re.sub(r"%(\d)", lambda found: values[int(found.group(1)) - 1], text)


class OrgError(Exception):
    """An edit or a value that would break the organisation's rules. The chart is unchanged.

    ``at``: for a bulk edit, the index of the item that was refused. ``shown``, ``values``:
    what the editor says instead of the message, where a user can meet it (see `saying`)."""

    at: int | None = None
    shown: str = ""
    values: tuple[str, ...] = ()

    @classmethod
    def of(cls: type[_E], text: str, *values: str) -> _E:
        """The error whose message is ``text`` (marked for translation in the context
        "Model") with %1, %2 … filled in by ``values``; the editor says it in its language."""
        return cls(filled(text, values)).saying(text, *values)

    def saying(self: _E, shown: str, *values: str) -> _E:
        """This error, said in the editor as ``shown``: words marked for translation in the
        context "Model", with %1, %2 … for ``values`` (titles, names), in the UI's language
        and without ids. The message itself stays as it is, for the command line and files."""
        self.shown, self.values = shown, values
        return self


class InvalidValueError(OrgError, ValueError):
    """A role, team or dotted line with a value that is not allowed (empty title, bad colour…)."""


class UnknownIdError(OrgError, KeyError):
    """An id that names no role or team in the chart."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class DuplicateIdError(OrgError):
    """An id that is already taken by another role or team."""


class CycleError(OrgError):
    """A reporting line or a team nesting that would go round in a circle."""


class StructureError(OrgError):
    """Any other edit the structure does not allow (removing a team that still has roles…)."""


def via(titles: list[str]) -> str:
    """' (via A, B)' for a short chain; a long one is shortened: ' (via A, B, … 97 more …, Z)'."""
    if not titles:
        return ""
    if len(titles) > 6:
        titles = [*titles[:3], f"… {len(titles) - 4} more …", titles[-1]]
    return " (via " + ", ".join(titles) + ")"
