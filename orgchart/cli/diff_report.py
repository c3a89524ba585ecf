"""``orgchart diff``'s three reports of a `ChartDiff`: text for a terminal, Markdown for a
wiki, JSON for scripts.

The JSON report (``"format": "orgchart-diff", "version": 1``; keys are only ever added):

- ``old``, ``new``: ``{"file", "name", "teams", "roles", "links"}`` (counts)
- ``same``: true when nothing differs (sibling order and view settings are not compared)
- ``matching``: ``{"roles_by_id", "roles_by_title_and_team", "ambiguous", "teams_by_id",
  "teams_by_name"}``
- ``summary``: counts: ``roles_added``, ``roles_removed``, ``roles_renamed``, ``roles_moved``
  (other team), ``roles_new_manager``, ``roles_parked_or_unparked``,
  ``roles_fields_changed``, ``teams_added``, ``teams_removed``, ``teams_renamed``,
  ``teams_nested_elsewhere``, ``teams_fields_changed``, ``links_added``, ``links_removed``,
  ``links_relabelled``
- ``chart_name``: ``{"old", "new"}`` or null
- ``roles``: ``{"added": [ROLE], "removed": [ROLE], "changed": [{"id", "old_id", "title",
  "team", "matched_by": "id"|"title-and-team", "changes": [CHANGE]}]}`` where ROLE is
  ``{"id", "title", "holder" (null: vacant), "team": TEAM, "manager": {"id", "title"}|null}``
- ``teams``: ``{"added": [T], "removed": [T], "changed": [{"id", "old_id", "name",
  "matched_by": "id"|"name", "changes": [CHANGE]}]}`` where T is ``{"id", "name", "parent":
  TEAM|null}``
- CHANGE: ``{"field", "old", "new"}`` (plus ``"name"`` for ``"field": "custom"``); fields
  ``title``, ``team`` (TEAM = ``{"id", "name"}``), ``manager`` (``{"id", "title"}``/null),
  ``parked``, ``holder``, ``kind``, ``responsibilities``, ``skills``, ``sourcing``, ``fte``,
  ``email``, ``location``, ``notes``, ``custom``; for teams ``name``, ``parent``
  (TEAM/null), ``color``, ``description``, ``layout``
- ``links``: ``{"added": [LINK], "removed": [LINK], "relabelled": [{"old": LINK, "new":
  LINK}]}``, LINK = ``{"source": {"id", "title"}, "target": {"id", "title"}, "kind":
  "matrix"|"works-with", "label"}``
- ``headcount``: ``{"teams": [{"id" (the new chart's; the old one's for a removed team),
  "name", "old": COUNT, "new": COUNT}], "total": {"old": COUNT, "new": COUNT}}``, COUNT =
  ``{"roles", "fte"}``, each team counted with its sub-teams (roles in the holding area not
  counted); only teams whose count changed
"""

from __future__ import annotations

import json
from typing import Any

from orgchart.cli.diff_words import (
    field_words,
    headcount_words,
    link_words,
    matching,
    quoted,
    role_label,
    sizes,
    summary,
    team_place,
    value_words,
    where,
)
from orgchart.model import Link, OrgChart
from orgchart.model.diff import Change, ChartDiff, Headcount, RoleDiff, TeamDiff

FORMAT, VERSION = "orgchart-diff", 1


def text_report(diff: ChartDiff, old_file: str, new_file: str) -> str:
    old, new = diff.old, diff.new
    out = [f"Comparing {old_file} ({sizes(old)})", f"     with {new_file} ({sizes(new)})"]
    out.append(f"Matched: {matching(diff)}")
    if diff.same:
        out.append("No differences.")
        return "\n".join(out) + "\n"
    out += _wrap_phrases("Changes: ", summary(diff))
    if diff.name:
        names = [quoted(name) if name else "(none)" for name in diff.name]
        out += ["", f"Chart name: {names[0]} -> {names[1]}"]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", title, *lines])

    section(
        f"Teams added ({len(diff.teams_added)})",
        [f"  + {new.team(t).name} ({team_place(new, t)})" for t in diff.teams_added],
    )
    section(
        f"Teams removed ({len(diff.teams_removed)})",
        [f"  - {old.team(t).name} ({team_place(old, t, past=True)})" for t in diff.teams_removed],
    )
    lines = []
    for team in diff.teams_changed:
        lines.append(f"  ~ {new.team(team.new_id).name}")
        lines += [f"      {field_words(c)}: {value_words(diff, c)}" for c in team.changes]
    section(f"Teams changed ({len(diff.teams_changed)})", lines)
    section(
        f"Roles added ({len(diff.roles_added)})",
        [f"  + {role_label(new, r)}, {where(new, r)}" for r in diff.roles_added],
    )
    section(
        f"Roles removed ({len(diff.roles_removed)})",
        [f"  - {role_label(old, r)}, {where(old, r, past=True)}" for r in diff.roles_removed],
    )
    lines = []
    for role in diff.roles_changed:
        how = "  [matched by title and team]" if role.matched_by.value == "title-and-team" else ""
        lines.append(f"  ~ {role_label(new, role.new_id)}{how}")
        lines += [f"      {field_words(c)}: {value_words(diff, c)}" for c in role.changes]
    section(f"Roles changed ({len(diff.roles_changed)})", lines)
    lines = [f"  + {link_words(new, link)}" for link in diff.links_added]
    lines += [f"  - {link_words(old, link)}" for link in diff.links_removed]
    lines += [
        f"  ~ {link_words(new, b).split(' (')[0]}: label {quoted(a.label)} -> {quoted(b.label)}"
        for a, b in diff.links_relabelled
    ]
    section("Dotted lines", lines)
    rows = _headcount_rows(diff)
    if rows:
        width = max(len(name) for name, *_ in rows)
        table = [f"  {'Team':<{width}}  {'Roles':>10}  {'FTE':>14}"]
        for name, roles, fte in rows:
            table.append(f"  {name:<{width}}  {roles:>10}  {fte:>14}")
        section("Headcount and FTE (each team with its sub-teams)", table)
    return "\n".join(out) + "\n"


def _wrap_phrases(start: str, phrases: list[str], width: int = 92) -> list[str]:
    """Phrases joined by commas in lines of at most ``width``, never broken inside one."""
    lines = [start]
    for k, phrase in enumerate(phrases):
        piece = phrase + ("," if k < len(phrases) - 1 else "")
        if len(lines[-1]) + 1 + len(piece) > width and lines[-1].strip():
            lines.append("  " + piece)
        else:
            lines[-1] += ("" if lines[-1] == start else " ") + piece
    return lines


def _headcount_rows(diff: ChartDiff) -> list[tuple[str, str, str]]:
    rows = []
    for count in diff.headcount:
        name = diff.new.team(count.new_id).name if count.new_id else diff.old.team(count.old_id or "").name
        if count.new_id is None:
            name += " (removed)"
        elif count.old_id is None:
            name += " (new)"
        rows.append((name, *_arrows(count.old, count.new)))
    if rows:
        rows.append(("Total", *_arrows(*diff.total)))
    return rows


def _arrows(old: Headcount, new: Headcount) -> tuple[str, str]:
    (r0, f0), (r1, f1) = headcount_words(old), headcount_words(new)
    return f"{r0} -> {r1}", f"{f0} -> {f1}"


# ----------------------------------------------------------------------------------- Markdown
def markdown_report(diff: ChartDiff, old_file: str, new_file: str) -> str:
    old, new = diff.old, diff.new
    out = [
        f"# Changes from {_code(old_file)} to {_code(new_file)}",
        "",
        f"| | {_cell(old_file)} | {_cell(new_file)} |",
        "|---|---:|---:|",
        f"| Chart | {_cell(old.name or '—')} | {_cell(new.name or '—')} |",
        f"| Teams | {old.team_count} | {new.team_count} |",
        f"| Roles | {old.role_count} | {new.role_count} |",
        f"| Dotted lines | {old.link_count} | {new.link_count} |",
        "",
        f"Matched: {_md(matching(diff))}.",
    ]
    if diff.same:
        out += ["", "**No differences.**"]
        return "\n".join(out) + "\n"
    out += ["", "## Summary", ""] + [f"- {_md(phrase)}" for phrase in summary(diff)]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", title, "", *lines])

    if diff.name or diff.teams_added or diff.teams_removed or diff.teams_changed:
        out += ["", "## Teams"]
    if diff.name:
        out += ["", f"Chart renamed: {_md(quoted(diff.name[0]))} → {_md(quoted(diff.name[1]))}"]
    section(
        f"### Added ({len(diff.teams_added)})",
        [f"- **{_md(new.team(t).name)}**, {_md(team_place(new, t))}" for t in diff.teams_added],
    )
    section(
        f"### Removed ({len(diff.teams_removed)})",
        [f"- ~~{_md(old.team(t).name)}~~, {_md(team_place(old, t, past=True))}" for t in diff.teams_removed],
    )
    section(
        f"### Changed ({len(diff.teams_changed)})",
        [line for team in diff.teams_changed for line in _md_changes(diff, new.team(team.new_id).name, team)],
    )
    if diff.roles_added or diff.roles_removed or diff.roles_changed:
        out += ["", "## Roles"]
    section(
        f"### Added ({len(diff.roles_added)})",
        [f"- **{_md(role_label(new, r))}**, {_md(where(new, r))}" for r in diff.roles_added],
    )
    section(
        f"### Removed ({len(diff.roles_removed)})",
        [f"- ~~{_md(role_label(old, r))}~~, {_md(where(old, r, past=True))}" for r in diff.roles_removed],
    )
    section(
        f"### Changed ({len(diff.roles_changed)})",
        [
            line
            for role in diff.roles_changed
            for line in _md_changes(diff, role_label(new, role.new_id), role)
        ],
    )
    links = [f"- added: {_md(link_words(new, link))}" for link in diff.links_added]
    links += [f"- removed: {_md(link_words(old, link))}" for link in diff.links_removed]
    links += [
        f"- relabelled: {_md(link_words(new, b))} (was {_md(quoted(a.label))})"
        for a, b in diff.links_relabelled
    ]
    section("## Dotted lines", links)
    rows = _headcount_rows(diff)
    if rows:
        table = ["| Team | Roles | FTE |", "|---|---:|---:|"]
        table += [f"| {_cell(n)} | {r.replace('->', '→')} | {f.replace('->', '→')} |" for n, r, f in rows]
        table[-1] = table[-1].replace("| Total |", "| **Total** |")
        section("## Headcount and FTE (each team with its sub-teams)", table)
    return "\n".join(out) + "\n"


def _md_changes(diff: ChartDiff, label: str, item: RoleDiff | TeamDiff) -> list[str]:
    note = " *(matched by title and team)*" if item.matched_by.value == "title-and-team" else ""
    lines = [f"- **{_md(label)}**{note}"]
    for change in item.changes:
        lines.append(f"  - {_md(field_words(change))}: {_md(value_words(diff, change))}")
    return lines


def _md(text: str) -> str:
    """Text that Markdown shows as it is (and "->" as an arrow)."""
    text = text.replace("->", "→")
    for char in "\\`*_[]<>#|~":
        text = text.replace(char, "\\" + char)
    return text


def _cell(text: str) -> str:
    return _md(text).replace("\n", " ")


def _code(text: str) -> str:
    return f"`{text.replace('`', '')}`"


# --------------------------------------------------------------------------------------- JSON
def json_report(diff: ChartDiff, old_file: str, new_file: str) -> str:
    old, new = diff.old, diff.new
    changed = diff.roles_changed
    report: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "old": _chart(old, old_file),
        "new": _chart(new, new_file),
        "same": diff.same,
        "matching": {
            "roles_by_id": len(diff.role_matches) - diff.roles_by_title,
            "roles_by_title_and_team": diff.roles_by_title,
            "ambiguous": diff.ambiguous,
            "teams_by_id": len(diff.team_matches) - diff.teams_by_name,
            "teams_by_name": diff.teams_by_name,
        },
        "summary": {
            "roles_added": len(diff.roles_added),
            "roles_removed": len(diff.roles_removed),
            "roles_renamed": sum(r.renamed for r in changed),
            "roles_moved": sum(r.moved for r in changed),
            "roles_new_manager": sum(r.new_manager for r in changed),
            "roles_parked_or_unparked": sum(r.changed("parked") for r in changed),
            "roles_fields_changed": sum(r.fields_changed for r in changed),
            "teams_added": len(diff.teams_added),
            "teams_removed": len(diff.teams_removed),
            "teams_renamed": sum(t.changed("name") for t in diff.teams_changed),
            "teams_nested_elsewhere": sum(t.changed("parent") for t in diff.teams_changed),
            "teams_fields_changed": sum(
                t.changed("color", "description", "layout") for t in diff.teams_changed
            ),
            "links_added": len(diff.links_added),
            "links_removed": len(diff.links_removed),
            "links_relabelled": len(diff.links_relabelled),
        },
        "chart_name": None if diff.name is None else {"old": diff.name[0], "new": diff.name[1]},
        "teams": {
            "added": [_team(new, t) for t in diff.teams_added],
            "removed": [_team(old, t) for t in diff.teams_removed],
            "changed": [
                {
                    "id": t.new_id,
                    "old_id": t.old_id,
                    "name": new.team(t.new_id).name,
                    "matched_by": t.matched_by.value,
                    "changes": [_change(diff, c) for c in t.changes],
                }
                for t in diff.teams_changed
            ],
        },
        "roles": {
            "added": [_role(new, r) for r in diff.roles_added],
            "removed": [_role(old, r) for r in diff.roles_removed],
            "changed": [
                {
                    "id": r.new_id,
                    "old_id": r.old_id,
                    "title": new.role(r.new_id).title,
                    "team": _team_ref(new, new.team_of(r.new_id)),
                    "matched_by": r.matched_by.value,
                    "changes": [_change(diff, c) for c in r.changes],
                }
                for r in changed
            ],
        },
        "links": {
            "added": [_link(new, link) for link in diff.links_added],
            "removed": [_link(old, link) for link in diff.links_removed],
            "relabelled": [{"old": _link(old, a), "new": _link(new, b)} for a, b in diff.links_relabelled],
        },
        "headcount": {
            "teams": [
                {
                    "id": c.new_id or c.old_id,
                    "name": (new.team(c.new_id) if c.new_id else old.team(c.old_id or "")).name,
                    "old": _count(c.old),
                    "new": _count(c.new),
                }
                for c in diff.headcount
            ],
            "total": {"old": _count(diff.total[0]), "new": _count(diff.total[1])},
        },
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _chart(chart: OrgChart, file: str) -> dict[str, Any]:
    return {
        "file": file,
        "name": chart.name,
        "teams": chart.team_count,
        "roles": chart.role_count,
        "links": chart.link_count,
    }


def _team_ref(chart: OrgChart, team_id: str | None) -> dict[str, str] | None:
    return None if team_id is None else {"id": team_id, "name": chart.team(team_id).name}


def _role_ref(chart: OrgChart, role_id: str | None) -> dict[str, str] | None:
    return None if role_id is None else {"id": role_id, "title": chart.role(role_id).title}


def _team(chart: OrgChart, team_id: str) -> dict[str, Any]:
    return {
        "id": team_id,
        "name": chart.team(team_id).name,
        "parent": _team_ref(chart, chart.parent_of(team_id)),
    }


def _role(chart: OrgChart, role_id: str) -> dict[str, Any]:
    role = chart.role(role_id)
    return {
        "id": role_id,
        "title": role.title,
        "holder": role.holder,
        "team": _team_ref(chart, chart.team_of(role_id)),
        "manager": _role_ref(chart, chart.manager_of(role_id)),
    }


def _change(diff: ChartDiff, change: Change) -> dict[str, Any]:
    old: Any = change.old
    new: Any = change.new
    if change.field in ("team", "parent"):
        old, new = _team_ref(diff.old, old), _team_ref(diff.new, new)
    elif change.field == "manager":
        old, new = _role_ref(diff.old, old), _role_ref(diff.new, new)
    elif isinstance(old, tuple) or isinstance(new, tuple):
        old, new = list(old), list(new)
    out: dict[str, Any] = {"field": change.field, "old": old, "new": new}
    if change.field == "custom":
        out["name"] = change.name
    return out


def _link(chart: OrgChart, link: Link) -> dict[str, Any]:
    return {
        "source": _role_ref(chart, link.source),
        "target": _role_ref(chart, link.target),
        "kind": link.kind.value,
        "label": link.label,
    }


def _count(count: Headcount) -> dict[str, Any]:
    return {"roles": count.roles, "fte": count.fte}


__all__ = ["FORMAT", "VERSION", "json_report", "markdown_report", "text_report"]
