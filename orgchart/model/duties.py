"""Who does what: the responsibilities of a team's roles as a matrix with marks, the way a
workshop goes through them (each responsibility once, and which roles hold it).

Rows are responsibilities and columns roles, as in a RACI chart: a team has a handful of
roles with short titles and many responsibilities with long texts, which read well down the
side and badly across the top. Roles in the holding area are not in the structure yet and
are left out, as the team figures and the structure checks leave them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart.model.chart import OrgChart


@dataclass(frozen=True)
class ResponsibilityMatrix:
    """``roles``: the columns' role ids in reading order; ``headers``: their labels (titles,
    told apart by holder or id where a title repeats); ``duties``: the rows, each
    responsibility once (as first written; equal ignoring case and surrounding spaces);
    ``marks[row]``: the columns that hold that row's responsibility."""

    name: str
    roles: tuple[str, ...]
    headers: tuple[str, ...]
    duties: tuple[str, ...]
    marks: tuple[frozenset[int], ...]

    def holds(self, row: int, column: int) -> bool:
        return column in self.marks[row]

    def holders(self, row: int) -> list[str]:
        """The headers of the roles that hold the row's responsibility, in column order."""
        return [self.headers[c] for c in sorted(self.marks[row])]


def responsibility_matrix(chart: OrgChart, team_id: str | None = None) -> ResponsibilityMatrix:
    """The matrix of ``team_id`` with its sub-teams (None: the whole chart); an unknown team
    raises `UnknownIdError`."""
    teams = set(chart.team_ids_under(team_id)) if team_id is not None else None
    h = chart.hierarchy()
    held: set[str] = set()
    for role_id in h.order:  # managers first: a parked role's reports are held with it
        manager = h.manager[role_id]
        if role_id in h.parked or (manager is not None and manager in held):
            held.add(role_id)
    roles = [r for r in h.order if r not in held and (teams is None or h.team[r] in teams)]
    rows: dict[str, int] = {}
    duties: list[str] = []
    marks: list[set[int]] = []
    for column, role_id in enumerate(roles):
        for duty in h.roles[role_id].responsibilities:
            key = duty.strip().casefold()
            if key not in rows:
                rows[key] = len(duties)
                duties.append(duty.strip())
                marks.append(set())
            marks[rows[key]].add(column)
    name = chart.team(team_id).name if team_id is not None else chart.name
    return ResponsibilityMatrix(
        name, tuple(roles), _headers(chart, roles), tuple(duties), tuple(frozenset(m) for m in marks)
    )


def _headers(chart: OrgChart, roles: list[str]) -> tuple[str, ...]:
    """Titles, with the holder (else the id) after a title that several columns share."""
    values = chart.roles_by_id(roles)
    count: dict[str, int] = {}
    for role in values.values():
        key = role.title.strip().casefold()
        count[key] = count.get(key, 0) + 1
    headers = []
    for role_id in roles:
        role = values[role_id]
        title = role.title.strip()
        if count[title.casefold()] > 1:
            title = f"{title} ({role.holder or role.id})"
        headers.append(title)
    taken: dict[str, int] = {}
    for k, header in enumerate(headers):  # two vacant roles of one title: the id tells
        if header in taken:
            headers[k] = f"{roles[k]}: {header}"
        taken[headers[k]] = k
    return tuple(headers)
