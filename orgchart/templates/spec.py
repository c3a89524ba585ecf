"""The template charts as data: German and English side by side, one entry per team and role.

Two source texts (the seed texts the product was made from), checked against
`docs/seed-structures.md`:

- ``PROJECT_ROLES``: seed 000, roles and responsibilities in an e-commerce project;
- ``DEPARTMENTS``: seed 002, e-commerce team structure in five departments.

The data itself is in `project_roles` (seed 000) and `departments` (seed 002). Every text
is a ``(German, English)`` pair. Teams are listed parents first and roles managers first, so
`orgchart.templates.charts.build_chart` can add them in order. Roles are all vacant: the texts name
no people.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgchart.model import Sourcing
from orgchart.templates import Text


@dataclass(frozen=True)
class TeamSpec:
    id: str
    parent: str | None
    color: str
    name: Text
    description: Text


@dataclass(frozen=True)
class RoleSpec:
    id: str
    team: str
    manager: str | None
    title: Text
    responsibilities: tuple[Text, ...]
    skills: tuple[Text, ...] = ()
    sourcing: Sourcing = Sourcing.IN_HOUSE
    notes: Text = ("", "")


@dataclass(frozen=True)
class LinkSpec:
    """A "works closely with" dotted line; the label says why."""

    source: str
    target: str
    label: Text


@dataclass(frozen=True)
class ChartSpec:
    name: Text
    teams: tuple[TeamSpec, ...]
    roles: tuple[RoleSpec, ...]
    links: tuple[LinkSpec, ...]


NO_LEAD_ECM = (
    "Der Text nennt keine Leitung; die Rollen berichten hier an den E-Commerce-Manager.",
    "The text names no lead; the roles report to the e-commerce manager here.",
)
NO_LEAD_HOD = (
    "Der Text nennt keine Leitung; die Rollen berichten hier an den Leiter Digital.",
    "The text names no lead; the roles report to the Head of Digital here.",
)


def join_texts(first: Text, second: Text) -> Text:
    return (f"{first[0]} {second[0]}", f"{first[1]} {second[1]}")
