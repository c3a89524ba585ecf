"""Charts from the template data: `build_chart` picks one language of a `ChartSpec`."""

from __future__ import annotations

from orgchart.model import Link, LinkKind, OrgChart, Role, Team
from orgchart.templates import pick
from orgchart.templates.departments import DEPARTMENTS
from orgchart.templates.project_roles import PROJECT_ROLES
from orgchart.templates.spec import ChartSpec

#: file stem -> the template's data
SPECS: dict[str, ChartSpec] = {
    "ecommerce-departments": DEPARTMENTS,  # seed 002: five departments
    "ecommerce-project-roles": PROJECT_ROLES,  # seed 000: the roles of an e-commerce project
}


def build_chart(spec: ChartSpec, lang: str) -> OrgChart:
    """The chart described by ``spec``, with its texts in ``lang`` ("de" or "en")."""
    chart = OrgChart(pick(spec.name, lang))
    for team in spec.teams:
        chart.add_team(
            Team(
                id=team.id,
                name=pick(team.name, lang),
                color=team.color,
                description=pick(team.description, lang),
            ),
            parent=team.parent,
        )
    for role in spec.roles:
        chart.add_role(
            Role(
                id=role.id,
                title=pick(role.title, lang),
                holder=None,
                responsibilities=tuple(pick(r, lang) for r in role.responsibilities),
                skills=tuple(pick(s, lang) for s in role.skills),
                sourcing=role.sourcing,
                notes=pick(role.notes, lang),
            ),
            role.team,
            manager=role.manager,
        )
    for link in spec.links:
        chart.add_link(Link(link.source, link.target, LinkKind.WORKS_WITH, label=pick(link.label, lang)))
    chart.check()
    return chart
