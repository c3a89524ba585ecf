"""Head counts for a team, a department and the whole company: roles, FTE, vacancies and the
share filled from outside (outsourced or freelance).

Roles in the holding area (and the branches parked with them) are not in the structure yet,
so they are not counted; `Figures` of a chart say how many there are apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgchart.model.entities import Role, Sourcing

if TYPE_CHECKING:
    from orgchart.model.chart import OrgChart


@dataclass(frozen=True)
class Figures:
    """Counts over a set of roles."""

    roles: int = 0
    fte: float = 0.0
    vacancies: int = 0
    #: roles filled by an outside company or a freelancer
    external: int = 0

    @property
    def external_share(self) -> float:
        """The share of roles filled from outside, 0..1 (0 for no roles)."""
        return self.external / self.roles if self.roles else 0.0

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.roles + other.roles,
            self.fte + other.fte,
            self.vacancies + other.vacancies,
            self.external + other.external,
        )

    @classmethod
    def of(cls, roles: list[Role]) -> Figures:
        return cls(
            len(roles),
            sum(r.fte for r in roles),
            sum(1 for r in roles if r.holder is None),
            sum(1 for r in roles if r.sourcing is not Sourcing.IN_HOUSE),
        )


@dataclass(frozen=True)
class ChartFigures:
    """``own``: each team's own roles; ``total``: with its sub-teams'; ``company``: all placed
    roles; ``parked``: how many roles wait in the holding area (not counted above)."""

    own: dict[str, Figures]
    total: dict[str, Figures]
    company: Figures
    parked: int


def chart_figures(chart: OrgChart) -> ChartFigures:
    """The figures of every team, rolled up through nested teams, in one pass."""
    h = chart.hierarchy()
    held: set[str] = set()
    for role_id in h.order:  # managers first: a parked role's reports are held with it
        manager = h.manager[role_id]
        if role_id in h.parked or (manager is not None and manager in held):
            held.add(role_id)
    members: dict[str, list[Role]] = {t: [] for t in chart.team_ids()}
    for role_id in h.order:
        if role_id not in held:
            members[h.team[role_id]].append(h.roles[role_id])
    own = {t: Figures.of(roles) for t, roles in members.items()}
    total = dict(own)
    for team_id in reversed(chart.team_ids()):  # children before their parents
        parent = chart.parent_of(team_id)
        if parent is not None:
            total[parent] = total[parent] + total[team_id]
    company = sum((total[t] for t in chart.subteams_of(None)), Figures())
    return ChartFigures(own, total, company, len(held))
