"""Structure checks that help people design an organisation (not rules the model enforces):
spans of control, teams nobody leads, roles without responsibilities, a title twice in one
team, departments of one person, and responsibilities nobody holds.

Each finding names its rule and what it is about (ids and numbers), so a user interface can
word it in its own language; ``message`` is the English sentence the command line prints.
Roles in the holding area are not part of the structure yet and are not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart.model.chart import OrgChart


class Rule(str, Enum):
    SPAN_OF_CONTROL = "span-of-control"
    NO_LEAD = "no-lead"
    NO_RESPONSIBILITIES = "no-responsibilities"
    DUPLICATE_TITLE = "duplicate-title"
    ONE_PERSON_DEPARTMENT = "one-person-department"
    UNHELD_RESPONSIBILITY = "unheld-responsibility"


@dataclass(frozen=True)
class CheckOptions:
    #: a manager with more direct reports than this is reported
    max_reports: int = 8
    #: responsibilities some role must hold (matched ignoring case and surrounding spaces)
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    rule: Rule
    #: the role or team it is about ("" for an unheld responsibility)
    subject: str
    message: str
    #: the other roles involved (a duplicate title's other roles, a team's heads)
    others: tuple[str, ...] = ()
    #: the number that broke the rule (reports, heads), or the responsibility's text
    detail: str = ""


def structure_checks(chart: OrgChart, options: CheckOptions | None = None) -> list[Finding]:
    """Every finding, in reading order: roles' findings as the roles come, teams' after."""
    options = options or CheckOptions()
    h = chart.hierarchy()
    held: set[str] = set()
    for role_id in h.order:  # managers first
        manager = h.manager[role_id]
        if role_id in h.parked or (manager is not None and manager in held):
            held.add(role_id)
    placed = [r for r in h.order if r not in held]
    reports: dict[str, int] = {}
    for role_id in placed:
        manager = h.manager[role_id]
        if manager is not None:
            reports[manager] = reports.get(manager, 0) + 1
    findings: list[Finding] = []
    for role_id in placed:
        role = h.roles[role_id]
        n = reports.get(role_id, 0)
        if n > options.max_reports:
            findings.append(
                Finding(
                    Rule.SPAN_OF_CONTROL,
                    role_id,
                    f"{role.title} has {n} direct reports (more than {options.max_reports})",
                    detail=str(n),
                )
            )
        if not role.responsibilities:
            findings.append(
                Finding(Rule.NO_RESPONSIBILITIES, role_id, f"{role.title} has no responsibilities")
            )
    findings += _team_findings(chart, placed)
    findings += _unheld(chart, placed, options.required)
    return findings


def _team_findings(chart: OrgChart, placed: list[str]) -> list[Finding]:
    h = chart.hierarchy()
    members: dict[str, list[str]] = {t: [] for t in chart.team_ids()}
    for role_id in placed:
        members[h.team[role_id]].append(role_id)
    total = {t: len(m) for t, m in members.items()}
    for team_id in reversed(chart.team_ids()):  # children first
        parent = chart.parent_of(team_id)
        if parent is not None:
            total[parent] += total[team_id]
    findings: list[Finding] = []
    for team_id in chart.team_ids():
        name = chart.team(team_id).name
        inside = set(members[team_id])
        heads = [r for r in members[team_id] if h.manager[r] not in inside]
        if len(heads) > 1:
            findings.append(
                Finding(
                    Rule.NO_LEAD,
                    team_id,
                    f"nobody leads {name}: {len(heads)} of its roles report to managers outside it",
                    tuple(heads),
                    str(len(heads)),
                )
            )
        seen: dict[str, str] = {}
        for role_id in members[team_id]:
            title = h.roles[role_id].title
            key = title.strip().casefold()
            if key in seen:
                findings.append(
                    Finding(
                        Rule.DUPLICATE_TITLE, role_id, f"{name} has the title {title!r} twice", (seen[key],)
                    )
                )
            else:
                seen[key] = role_id
        if (
            chart.parent_of(team_id) is None
            and total[team_id] == 1
            and not _heads_the_company(chart, team_id)
        ):
            findings.append(
                Finding(Rule.ONE_PERSON_DEPARTMENT, team_id, f"the department {name} has one role")
            )
    return findings


def _heads_the_company(chart: OrgChart, team_id: str) -> bool:
    """A department whose one role is a top role with reports: the organisation's head (a
    managing director alone in the management team), not a department of one."""
    lead = chart.team_lead(team_id)
    return lead is not None and chart.manager_of(lead) is None and bool(chart.reports_of(lead))


def _unheld(chart: OrgChart, placed: list[str], required: tuple[str, ...]) -> list[Finding]:
    roles = chart.roles_by_id(placed)
    held = {duty.strip().casefold() for role in roles.values() for duty in role.responsibilities}
    return [
        Finding(
            Rule.UNHELD_RESPONSIBILITY, "", f"no role holds the responsibility {duty.strip()!r}", detail=duty
        )
        for duty in dict.fromkeys(required)
        if duty.strip() and duty.strip().casefold() not in held
    ]
