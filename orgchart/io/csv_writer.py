"""CSV export: one row per role under a header row, in the columns `orgchart.io.csv_reader`
reads, so that a chart read from a CSV file and written again reads back the same.

Columns: ``id, title, manager_id, department, team, name, responsibilities, skills, sourcing,
fte, email, location, notes`` (with ``division`` before ``department`` in a chart whose teams
nest two levels deep), then one column per custom field (in order of first use). Rows keep
every sibling list in order and name the teams in the chart's team order (see
`orgchart.io.csv_order`), so the reader builds the same order again. A role's team is named in
``team``; a team inside another also names its top-level department in ``department``, and
one two levels deep its top-level team in ``division`` and the team it is in in
``department``: that is how the reader nests teams. Lists are joined with ``"; "``.

The file is UTF-8 with a BOM (without it Excel reads UTF-8 as Windows-1252), comma-separated,
with CRLF line ends (RFC 4180). A cell is quoted when it holds a comma, a quote or a line
break, or begins or ends with a space. A value a spreadsheet would run as a formula (one that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with an
apostrophe before it (OWASP's advice against CSV injection); the reader takes it off again.

What a CSV file cannot hold (dotted lines, deeper team nesting, the holding area, …) is
returned as a list of sentences, for the caller to show as warnings.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from orgchart.io.atomic import write_file
from orgchart.io.csv_columns import guard, team_key
from orgchart.io.csv_order import Key, row_order
from orgchart.model import OrgChart, RoleKind
from orgchart.model.entities import CustomValue, LayoutPreference

COLUMNS = (
    "id",
    "title",
    "manager_id",
    "department",
    "team",
    "name",
    "responsibilities",
    "skills",
    "sourcing",
    "fte",
    "email",
    "location",
    "notes",
)
_MUST_QUOTE = frozenset(',"\r\n')


def write_csv(chart: OrgChart, path: str | Path) -> list[str]:
    """Write the chart to ``path`` as CSV, atomically (no ``.bak``: an export, not the
    chart's own file); return what the CSV could not hold. `OrgFileError` if the file
    cannot be written."""
    data, losses = csv_bytes(chart)
    write_file(path, data)
    return losses


def csv_bytes(chart: OrgChart) -> tuple[bytes, list[str]]:
    """The CSV file's bytes (UTF-8 with BOM) and what the CSV could not hold."""
    text, losses = csv_text(chart)
    return codecs.BOM_UTF8 + text.encode("utf-8"), losses


def csv_text(chart: OrgChart) -> tuple[str, list[str]]:
    """The CSV text (without BOM) and what it could not hold, as sentences."""
    header, rows, losses = table_rows(chart, "the CSV")
    limit = csv.field_size_limit()
    too_long = sum(1 for cells in rows for cell in cells if len(cell) >= limit)
    text = "".join(_line(cells) for cells in [header, *rows])
    nuls = text.count("\x00")
    if nuls:  # the reader refuses NUL characters: write the replacement character
        text = text.replace("\x00", "\ufffd")
    if too_long:
        losses.append(f"{_count(too_long, 'cell')} of {limit:,} characters or more, which CSV readers refuse")
    if nuls:
        losses.append(f"{_count(nuls, 'NUL character')} written as \ufffd (CSV readers refuse NUL)")
    return text, losses


def table_rows(chart: OrgChart, noun: str) -> tuple[list[str], list[list[str]], list[str]]:
    """The header (`COLUMNS`, then the custom fields), a row of text cells per role (in the
    order that reads back the same), and what these columns cannot hold, as sentences;
    ``noun`` names the file in them ("the CSV")."""
    hierarchy = chart.hierarchy()
    paths = {t: chart.team_path(t) for t in chart.team_ids()}  # the teams each is in, nearest first
    places = _team_places(chart, paths)
    # as the reader will know them: it strips its cells
    keys = {t: team_key(*(cell.strip() for cell in reversed(place))) for t, place in places.items()}
    divisions = any(division for division, _, _ in places.values())
    order, teams_in_order = row_order(hierarchy, keys, chart.team_ids())
    custom, renamed = _custom_columns([hierarchy.roles[r].custom for r in order])
    rows: list[list[str]] = []
    split_items = 0
    for role_id in order:
        role = hierarchy.roles[role_id]
        division, department, team = places[hierarchy.team[role_id]]
        items = (*role.responsibilities, *role.skills)
        split_items += sum(1 for item in items if any(c in item for c in ";\r\n"))
        rows.append([
            role.id,
            role.title,
            hierarchy.manager[role_id] or "",
            *((division,) if divisions else ()),
            department,
            team,
            role.holder or "",
            "; ".join(role.responsibilities),
            "; ".join(role.skills),
            role.sourcing.value,
            _number(role.fte),
            role.email,
            role.location,
            role.notes,
            *(_custom_text(role.custom.get(key)) for key in custom),
        ])  # fmt: skip
    losses = [*_losses(chart, renamed, noun), *_team_losses(chart, keys, paths)]
    if not teams_in_order:
        losses.append("some teams will read back in another order (reporting lines across teams ask for it)")
    if split_items:
        losses.append(
            f"{_count(split_items, 'list item')} with a ';' or a line break in it will read back as several"
        )
    header = [*COLUMNS[:3], "division", *COLUMNS[3:]] if divisions else [*COLUMNS]
    return [*header, *custom.values()], rows, losses


def _line(cells: list[str]) -> str:
    return ",".join(_quoted(guard(cell)) for cell in cells) + "\r\n"


def _quoted(cell: str) -> str:
    if not cell or (not _MUST_QUOTE.intersection(cell) and not cell[0].isspace() and not cell[-1].isspace()):
        return cell
    return '"' + cell.replace('"', '""') + '"'


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _custom_text(value: CustomValue) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return _number(value)
    return json.dumps(value)  # true/false, whole numbers


def _team_places(chart: OrgChart, paths: dict[str, list[str]]) -> dict[str, tuple[str, str, str]]:
    """Team id -> (division cell, department cell, team cell): a team inside another names the
    top-level team as its department; one two levels deep or more names the top-level team as
    its division and the team it is in as its department. ``paths``: `OrgChart.team_path`."""
    places: dict[str, tuple[str, str, str]] = {}
    for team_id, path in paths.items():
        name = chart.team(team_id).name
        if not path:
            places[team_id] = ("", "", name)
        elif len(path) == 1:
            places[team_id] = ("", chart.team(path[0]).name, name)
        else:
            places[team_id] = (chart.team(path[-1]).name, chart.team(path[0]).name, name)
    return places


def _custom_columns(fields: list[Mapping[str, CustomValue]]) -> tuple[dict[str, str], list[str]]:
    """Custom field name -> its column header (in order of first use), and the names that
    needed another header (a header is read without surrounding spaces, and must be unique)."""
    headers: dict[str, str] = {}
    used = set(COLUMNS)
    renamed: list[str] = []
    for custom in fields:
        for key in custom:
            if key in headers:
                continue
            header, n = key.strip(), 1
            while header in used:
                n += 1
                header = f"{key.strip()} ({n})"
            if header != key:
                renamed.append(f"{key!r} as {header!r}")
            headers[key] = header
            used.add(header)
    return headers, renamed


def _losses(chart: OrgChart, renamed: list[str], noun: str) -> list[str]:
    """What reading the CSV back would not give, one sentence each."""
    losses: list[str] = []
    roles = chart.roles()
    left_out = [
        _count(chart.link_count, "dotted line") if chart.link_count else "",
        "the chart's name" if chart.name.strip() else "",
        "team colours, descriptions and layouts"
        if any(t.color or t.description or t.layout is not LayoutPreference.AUTO for t in chart.teams())
        else "",
    ]
    if any(left_out):
        losses.append(f"{noun} has no columns for " + ", ".join(part for part in left_out if part))
    parked = sum(1 for r in roles if chart.is_parked(r.id))
    if parked:
        losses.append(f"{_count(parked, 'role')} in the holding area written as top roles")
    assistants = sum(1 for r in roles if r.kind is RoleKind.ASSISTANT)
    if assistants:
        losses.append(f"{_count(assistants, 'assistant role')} written as regular roles")
    typed = sum(1 for r in roles for v in r.custom.values() if not isinstance(v, str) or not v.strip())
    if typed:
        losses.append(f"custom values that are not text ({typed}) read back as text, or not at all")
    if renamed:
        losses.append("custom fields written under another column name: " + ", ".join(renamed))
    return losses


def _team_losses(chart: OrgChart, keys: dict[str, Key], paths: dict[str, list[str]]) -> list[str]:
    """Teams the reader would not make again as they are: it knows teams by name (a team
    named like the one it is in is that one), up to two levels deep, from their roles' rows."""
    losses: list[str] = []
    deep = [t for t in chart.team_ids() if len(paths[t]) > 2]
    if deep:
        what = "nested more than two levels deep read back two levels deep"

        def moved(t: str) -> str:  # "Company › Tech › Platform › SRE as Company › Platform › SRE"
            names = [chart.team(u).name for u in [*reversed(paths[t]), t]]
            short = [names[0], names[-2], names[-1]]
            return f"{' › '.join(names)} as {' › '.join(short)}"

        listed = "; ".join(moved(t) for t in deep[:3])
        more = f"; and {len(deep) - 3} more" if len(deep) > 3 else ""
        under = "under a new team named like the one it was in"
        losses.append(f"{_count(len(deep), 'team')} {what}, {under}: {listed}{more}")
    staffed = [t for t in chart.team_ids() if chart.members_of(t)]
    like_outer = [t for t in staffed if len(keys[t]) < min(len(paths[t]), 2) + 1]
    if like_outer:
        losses.append(f"{_count(len(like_outer), 'team')} named like the team they are in read back as it")
    shared = Counter(keys[t] for t in staffed)
    merged = sorted({" / ".join(keys[t]) for t in staffed if shared[keys[t]] > 1})
    if merged:
        losses.append("teams that share a name read back as one team: " + ", ".join(merged))
    # the teams the reader makes: those with roles, and those their rows name them inside
    kept = set(staffed)
    for t in staffed:
        kept.update(paths[t][:1] + paths[t][-1:])
    empty = [t for t in chart.team_ids() if t not in kept]
    if empty:
        losses.append(f"{_count(len(empty), 'team')} without roles of their own left out")
    return losses


def _count(n: int, noun: str) -> str:
    plural = noun if n == 1 else (noun[:-1] + "ies" if noun.endswith("y") else noun + "s")
    return f"{n} {plural}"
