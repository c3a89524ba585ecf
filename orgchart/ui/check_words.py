"""Structure findings worded in the UI language: each sentence is built from the finding's
rule, subject, detail and other roles, with the chart's current titles and names (the
finding's ``message`` is the command line's English sentence and is not shown here)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from orgchart.model import OrgChart
from orgchart.model.checks import CheckOptions, Finding, Rule


def tr(text: str) -> str:
    return QCoreApplication.translate("Checks", text)


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, … replaced in one pass (a title holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


#: what each rule looks for, for a finding's tooltip
RULE_HELP = {
    Rule.SPAN_OF_CONTROL: QT_TRANSLATE_NOOP(
        "Checks", "A manager with more direct reports than the span of control (see Settings)."
    ),
    Rule.NO_LEAD: QT_TRANSLATE_NOOP(
        "Checks", "Several of the team's roles report to managers outside it: nobody leads it."
    ),
    Rule.NO_RESPONSIBILITIES: QT_TRANSLATE_NOOP("Checks", "A role without responsibilities: what is it for?"),
    Rule.DUPLICATE_TITLE: QT_TRANSLATE_NOOP(
        "Checks", "Two roles of one team share a title: one job, or two different ones?"
    ),
    Rule.ONE_PERSON_DEPARTMENT: QT_TRANSLATE_NOOP("Checks", "A department of a single role."),
    Rule.UNHELD_RESPONSIBILITY: QT_TRANSLATE_NOOP(
        "Checks", "A required responsibility (see Settings) that no role holds."
    ),
}


def rule_help(rule: Rule) -> str:
    return tr(RULE_HELP[rule])


def finding_text(chart: OrgChart, finding: Finding, options: CheckOptions) -> str:
    """The finding as one sentence with the chart's titles and team names."""
    subject = finding.subject
    if finding.rule is Rule.SPAN_OF_CONTROL:
        return fill(
            tr("“%1” has %2 direct reports (more than %3)"),
            _role(chart, subject),
            finding.detail,
            options.max_reports,
        )
    if finding.rule is Rule.NO_LEAD:
        return fill(
            tr("Nobody leads “%1”: %2 of its roles report to managers outside it"),
            _team(chart, subject),
            finding.detail or len(finding.others),
        )
    if finding.rule is Rule.NO_RESPONSIBILITIES:
        return fill(tr("“%1” has no responsibilities"), _role(chart, subject))
    if finding.rule is Rule.DUPLICATE_TITLE:
        team = chart.team(chart.team_of(subject)).name if chart.has_role(subject) else ""
        return fill(tr("“%1” has the title “%2” twice"), team, _role(chart, subject))
    if finding.rule is Rule.ONE_PERSON_DEPARTMENT:
        return fill(tr("The department “%1” has only one role"), _team(chart, subject))
    return fill(tr("No role holds the responsibility “%1”"), finding.detail.strip())


def _role(chart: OrgChart, role_id: str) -> str:
    return chart.role(role_id).title if chart.has_role(role_id) else role_id


def _team(chart: OrgChart, team_id: str) -> str:
    return chart.team(team_id).name if chart.has_team(team_id) else team_id
