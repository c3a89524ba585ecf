"""How a `ChartDiff` reads: names of roles and teams, changes as "old -> new" phrases, and the
summary counts, shared by the text and Markdown reports of ``orgchart diff``."""

from __future__ import annotations

from orgchart.model import Link, LinkKind, OrgChart
from orgchart.model.diff import Change, ChartDiff, Headcount

#: how a value is shown at most in a report (notes can be paragraphs); JSON has all of it
SHORT = 80

FIELD_WORDS = {
    "title": "title",
    "team": "team",
    "manager": "manager",
    "parked": "place",
    "holder": "holder",
    "kind": "kind",
    "responsibilities": "responsibilities",
    "skills": "skills",
    "sourcing": "sourcing",
    "fte": "FTE",
    "email": "e-mail",
    "location": "location",
    "notes": "notes",
    "name": "name",
    "parent": "nested in",
    "color": "colour",
    "description": "description",
    "layout": "layout",
}


def plural(n: int, noun: str, nouns: str = "") -> str:
    return f"{n} {noun if n == 1 else nouns or noun + 's'}"


def number(value: float) -> str:
    """1.0 -> "1", 0.5 -> "0.5": FTE as people write it."""
    return f"{value:g}"


def quoted(text: str) -> str:
    text = " ".join(text.split())  # a report line stays one line
    if len(text) > SHORT:
        text = text[: SHORT - 1].rstrip() + "…"
    return f'"{text}"'


def team_name(chart: OrgChart, team_id: str | None) -> str:
    return "top level" if team_id is None else chart.team(team_id).name


def team_place(chart: OrgChart, team_id: str, *, past: bool = False) -> str:
    """Where a team sits: "in Marketing", or "a department" at the top."""
    parent = chart.parent_of(team_id)
    if parent is None:
        return "was a department" if past else "a department"
    return f"{'was in' if past else 'in'} {chart.team(parent).name}"


def role_title(chart: OrgChart, role_id: str | None) -> str:
    return "nobody" if role_id is None else chart.role(role_id).title


def role_label(chart: OrgChart, role_id: str) -> str:
    """ "Title (Team)": titles repeat across teams."""
    return f"{chart.role(role_id).title} ({chart.team(chart.team_of(role_id)).name})"


def where(chart: OrgChart, role_id: str, *, past: bool = False) -> str:
    """Who the role reports to and who holds it: the rest of an added or removed role's line."""
    manager = chart.manager_of(role_id)
    role = chart.role(role_id)
    parts = []
    if chart.is_parked(role_id):
        parts.append("in the holding area")
    elif manager is not None:
        parts.append(f"{'reported' if past else 'reports'} to {chart.role(manager).title}")
    else:
        parts.append("top of its team" if not past else "was top of its team")
    parts.append(quoted(role.holder) if role.holder is not None else "vacant")
    return ", ".join(parts)


def value_words(diff: ChartDiff, change: Change) -> str:
    """The change as "old -> new" (lists: the items that came and went)."""
    old, new = diff.old, diff.new
    field = change.field
    if field == "team":
        return f"{team_name(old, change.old)} -> {team_name(new, change.new)}"  # type: ignore[arg-type]
    if field == "parent":
        return f"{team_name(old, change.old)} -> {team_name(new, change.new)}"  # type: ignore[arg-type]
    if field == "manager":
        return f"{role_title(old, change.old)} -> {role_title(new, change.new)}"  # type: ignore[arg-type]
    if field == "parked":
        return f"{_place(bool(change.old))} -> {_place(bool(change.new))}"
    if field in ("responsibilities", "skills"):
        before, after = list(change.old), list(change.new)  # type: ignore[call-overload]
        gone = [quoted(i) for i in before if i not in after]
        came = [quoted(i) for i in after if i not in before]
        parts = [f"+ {i}" for i in came] + [f"- {i}" for i in gone]
        return "; ".join(parts) if parts else "same items, new order"
    return f"{_value(change.old, field)} -> {_value(change.new, field)}"


def field_words(change: Change) -> str:
    if change.field == "custom":
        return f"custom field {quoted(change.name)}"
    return FIELD_WORDS.get(change.field, change.field)


def _place(parked: bool) -> str:
    return "holding area" if parked else "in the chart"


def _value(value: object, field: str) -> str:
    if value is None:
        return "vacant" if field == "holder" else "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return number(value)
    if isinstance(value, str) and field in ("kind", "sourcing", "layout"):
        return value
    if isinstance(value, str):
        return quoted(value) if value else "(empty)"
    return str(value)


def link_words(chart: OrgChart, link: Link) -> str:
    kind = "secondary manager" if link.kind is LinkKind.MATRIX else "works closely with"
    label = f" ({quoted(link.label)})" if link.label else ""
    return f"{chart.role(link.source).title} -> {chart.role(link.target).title}: {kind}{label}"


def headcount_words(count: Headcount) -> tuple[str, str]:
    return str(count.roles), number(count.fte)


def summary(diff: ChartDiff) -> list[str]:
    """One phrase per kind of change there is, e.g. "2 roles added"."""
    changed = diff.roles_changed
    counts = [
        (len(diff.roles_added), "role added", "roles added"),
        (len(diff.roles_removed), "role removed", "roles removed"),
        (sum(r.renamed for r in changed), "role renamed", "roles renamed"),
        (sum(r.moved for r in changed), "role moved to another team", "roles moved to another team"),
        (sum(r.new_manager for r in changed), "role with a new manager", "roles with a new manager"),
        (
            sum(r.changed("parked") for r in changed),
            "role in or out of the holding area",
            "roles in or out of the holding area",
        ),
        (sum(r.fields_changed for r in changed), "role with changed fields", "roles with changed fields"),
        (len(diff.teams_added), "team added", "teams added"),
        (len(diff.teams_removed), "team removed", "teams removed"),
        (sum(t.changed("name") for t in diff.teams_changed), "team renamed", "teams renamed"),
        (
            sum(t.changed("parent") for t in diff.teams_changed),
            "team nested elsewhere",
            "teams nested elsewhere",
        ),
        (
            sum(t.changed("color", "description", "layout") for t in diff.teams_changed),
            "team with changed fields",
            "teams with changed fields",
        ),
        (len(diff.links_added), "dotted line added", "dotted lines added"),
        (len(diff.links_removed), "dotted line removed", "dotted lines removed"),
        (len(diff.links_relabelled), "dotted line relabelled", "dotted lines relabelled"),
    ]
    phrases = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
    if diff.name:
        phrases.insert(0, "chart renamed")
    return phrases


def matching(diff: ChartDiff) -> str:
    """How the roles and teams were matched, e.g. "20 roles by id, 1 by title and team"."""
    roles = len(diff.role_matches)
    by_id = roles - diff.roles_by_title
    text = f"{plural(by_id, 'role')} by id"
    if diff.roles_by_title:
        text += f", {diff.roles_by_title} by title and team"
        if diff.ambiguous:
            text += (
                f" ({diff.ambiguous} among roles of one title in one team, paired by holder, then in order)"
            )
    teams = len(diff.team_matches)
    text += f"; {plural(teams - diff.teams_by_name, 'team')} by id"
    if diff.teams_by_name:
        text += f", {diff.teams_by_name} by name"
    return text


def sizes(chart: OrgChart) -> str:
    return (
        f"{plural(chart.team_count, 'team')}, {plural(chart.role_count, 'role')}, "
        f"{plural(chart.link_count, 'dotted line')}"
    )
