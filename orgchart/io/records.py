"""Between the file records of `orgchart.io.schema` and the model's `OrgChart`.

`chart_from_file` builds the chart through the model's own mutators, so a file that breaks a
rule (an unknown team, a reporting cycle, a duplicate id) is refused with the model's own
words, placed at the JSON path of the entry that breaks it.
"""

from __future__ import annotations

from collections.abc import Callable

from orgchart.io.document import Document, PlacedError
from orgchart.io.progress import BUILDING, MASK, Progress
from orgchart.io.schema import LinkEntry, OrgFile, RoleEntry, TeamEntry, ViewEntry
from orgchart.model import Link, OrgChart, OrgError, Role, Team, UnknownIdError, ViewSettings
from orgchart.model.bulk import add_roles, nest_teams, set_managers


def _at(where: str, action: Callable[..., object], *args: object) -> None:
    """Run a model mutator; a refusal becomes a `PlacedError` at ``where``."""
    try:
        action(*args)
    except OrgError as error:
        raise PlacedError(where, str(error)) from None


def document_from_file(record: OrgFile, *, progress: Progress | None = None) -> Document:
    """Build a chart from a validated file record; raise `PlacedError` for broken rules.
    ``progress``: told how far the building got (see `orgchart.io.progress`)."""
    if progress is not None:
        progress(BUILDING, 0.0)
    try:
        chart = OrgChart(record.name)
    except OrgError as error:
        raise PlacedError("name", str(error)) from None
    for i, t in enumerate(record.teams):
        where = f"teams[{i}].id" if t.id in chart else f"teams[{i}]"
        _at(where, _add_team, chart, t)
    nested = [(i, t.id, t.parent) for i, t in enumerate(record.teams) if t.parent is not None]
    _in_bulk("teams[{}].parent", nest_teams, chart, nested)
    managed, parked = _add_roles(chart, record.roles, progress)
    if progress is not None:
        progress(BUILDING, 0.7)
    _in_bulk("roles[{}].manager", set_managers, chart, managed)
    if progress is not None:
        progress(BUILDING, 0.95)
    for i, entry in enumerate(record.links):
        _add_link(chart, i, entry)
    for i in parked:
        _at(f"roles[{i}].parked", chart.park, record.roles[i].id)
    # Collapsed branches of roles that are gone are view leftovers, not broken org data.
    collapsed = frozenset(c for c in record.view.collapsed if chart.has_role(c))
    view = ViewSettings(collapsed=collapsed, direction=record.view.direction, compact=record.view.compact)
    return Document(chart, view)


def _in_bulk(
    where: str,
    action: Callable[[OrgChart, list[tuple[str, str]]], None],
    chart: OrgChart,
    items: list[tuple[int, str, str]],
) -> None:
    """Apply a bulk edit; a refusal is placed at the file entry of the refused item."""
    try:
        action(chart, [(a, b) for _, a, b in items])
    except OrgError as error:
        entry = items[error.at][0] if error.at is not None else 0
        raise PlacedError(where.format(entry), str(error)) from None


def _add_team(chart: OrgChart, t: TeamEntry) -> None:
    chart.add_team(Team(t.id, t.name, color=t.color, description=t.description, layout=t.layout))


def _add_roles(
    chart: OrgChart, entries: list[RoleEntry], progress: Progress | None = None
) -> tuple[list[tuple[int, str, str]], list[int]]:
    """All roles in one go; the first entry in file order that breaks a rule is named.
    Returns what the same pass over the entries found: the (entry, role, manager) of each
    role with a manager, and the entries of parked roles. ``progress``: told every few
    thousand entries, up to 0.45 of the building, and 0.45 when the roles are added."""
    values: list[tuple[Role, str]] = []
    managed: list[tuple[int, str, str]] = []
    parked: list[int] = []
    count = len(entries) or 1
    for i, r in enumerate(entries):
        if progress is not None and not i & MASK:
            progress(BUILDING, 0.45 * i / count)
        try:
            values.append((_role_value(r), r.team))
        except OrgError as error:
            _add_all(chart, entries, values)  # an earlier entry's id or team is blamed first
            raise PlacedError(f"roles[{i}]", str(error)) from None
        if r.manager is not None:
            managed.append((i, r.id, r.manager))
        if r.parked:
            parked.append(i)
    if progress is not None:
        progress(BUILDING, 0.45)
    _add_all(chart, entries, values)
    return managed, parked


def _add_all(chart: OrgChart, entries: list[RoleEntry], values: list[tuple[Role, str]]) -> None:
    try:
        add_roles(chart, values)
    except OrgError as error:
        i = error.at or 0
        place = "team" if isinstance(error, UnknownIdError) else "id"
        raise PlacedError(f"roles[{i}].{place}", str(error)) from None


def _add_link(chart: OrgChart, i: int, entry: LinkEntry) -> None:
    for end, role_id in (("from", entry.source), ("to", entry.target)):
        if not chart.has_role(role_id):
            raise PlacedError(f"links[{i}].{end}", f"there is no role with the id {role_id!r}")
    _at(f"links[{i}]", lambda: chart.add_link(Link(entry.source, entry.target, entry.kind, entry.label)))


def _role_value(r: RoleEntry) -> Role:
    return Role.of(
        r.id,
        r.title,
        r.holder,
        r.kind,
        tuple(r.responsibilities),
        tuple(r.skills),
        r.sourcing,
        r.fte,
        r.email,
        r.location,
        r.notes,
        r.custom,
    )


def file_from_document(doc: Document) -> OrgFile:
    """The file record of a chart, in the chart's reading order."""
    chart = doc.chart
    teams = [
        TeamEntry(
            id=t.id,
            name=t.name,
            parent=chart.parent_of(t.id),
            color=t.color,
            description=t.description,
            layout=t.layout,
        )
        for t in chart.teams()
    ]
    roles = [
        RoleEntry(
            id=r.id,
            title=r.title,
            team=chart.team_of(r.id),
            manager=chart.manager_of(r.id),
            parked=chart.is_parked(r.id),
            kind=r.kind,
            holder=r.holder,
            responsibilities=list(r.responsibilities),
            skills=list(r.skills),
            sourcing=r.sourcing,
            fte=r.fte,
            email=r.email,
            location=r.location,
            notes=r.notes,
            custom=dict(sorted(r.custom.items())),
        )
        for r in chart.roles()
    ]
    # Built through the aliases, as a file spells them ("from", "to").
    links = [
        LinkEntry.model_validate({"from": k.source, "to": k.target, "kind": k.kind, "label": k.label})
        for k in chart.links()
    ]
    view = ViewEntry(
        collapsed=sorted(c for c in doc.view.collapsed if chart.has_role(c)),
        direction=doc.view.direction,
        compact=doc.view.compact,
    )
    return OrgFile(
        format="orgchart",
        version=2 if chart.parked() else 1,  # older builds still read what they can hold
        name=chart.name,
        teams=teams,
        roles=roles,
        links=links,
        view=view,
    )
