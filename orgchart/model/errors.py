"""Domain errors: each says what was refused and why, in words a user can act on."""

from __future__ import annotations


class OrgError(Exception):
    """An edit or a value that would break the organisation's rules. The chart is unchanged.

    ``at``: for a bulk edit, the index of the item that was refused."""

    at: int | None = None


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
