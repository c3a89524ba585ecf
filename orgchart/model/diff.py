"""Compare two versions of an organisation: roles and teams added, removed, renamed, moved;
fields changed; dotted lines added and removed; headcount and FTE per team before and after.

Matching. Teams and roles are matched by id first. With ``fallback`` (the default), what is
left on both sides is matched by name: teams by their name, roles by their title and team
(the team as matched: same id, else same name), both compared casefolded and stripped, so a
file from another source (an HR export with other ids) still lines up. Where several
leftover roles share a title in one team, those with the same holder are paired first and
the rest in reading order; `ChartDiff.ambiguous` counts the pairs made that way. Sibling
order is not compared: moving a role among its siblings is no change of the organisation.

Everything here is plain data; `orgchart diff` writes it as text, JSON or Markdown, and the
painters mark it on a chart.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from enum import Enum

from orgchart.model.chart import OrgChart
from orgchart.model.entities import Link, LinkKind, Role, Team
from orgchart.model.figures import chart_figures

#: the role fields compared one by one (after title, team, manager and parked), in this order
ROLE_FIELDS = (
    "holder",
    "kind",
    "responsibilities",
    "skills",
    "sourcing",
    "fte",
    "email",
    "location",
    "notes",
)
#: the team fields compared after name and parent
TEAM_FIELDS = ("color", "description", "layout")

_Key = Callable[[str], Hashable]
_Tie = Callable[[str], object]


class MatchedBy(str, Enum):
    ID = "id"
    NAME = "name"  # teams
    TITLE_AND_TEAM = "title-and-team"  # roles


@dataclass(frozen=True)
class Change:
    """One field of a role or team, before and after.

    ``field``: ``title``, ``team`` (old and new are team ids, each in its own chart),
    ``manager`` (role ids or ``None``), ``parked`` (bools), one of `ROLE_FIELDS`, or
    ``custom`` (``name`` says which custom field; ``None`` where it is absent); for teams
    ``name``, ``parent`` (team ids or ``None``) or one of `TEAM_FIELDS`. Enum values are
    given as their text.
    """

    field: str
    old: object
    new: object
    name: str = ""


@dataclass(frozen=True)
class _Matched:
    """Something in both versions (under its id in each), and what changed about it."""

    old_id: str
    new_id: str
    matched_by: MatchedBy
    changes: tuple[Change, ...]

    def changed(self, *fields: str) -> bool:
        return any(c.field in fields for c in self.changes)


@dataclass(frozen=True)
class RoleDiff(_Matched):
    """A role in both versions, and what changed about it."""

    @property
    def renamed(self) -> bool:
        return self.changed("title")

    @property
    def moved(self) -> bool:
        """In another team."""
        return self.changed("team")

    @property
    def new_manager(self) -> bool:
        return self.changed("manager")

    @property
    def fields_changed(self) -> bool:
        """Anything but title, team, manager and the holding area."""
        return any(c.field not in ("title", "team", "manager", "parked") for c in self.changes)


@dataclass(frozen=True)
class TeamDiff(_Matched):
    """A team in both versions, and what changed about it."""


@dataclass(frozen=True)
class Headcount:
    """Roles (vacant ones too; not those in the holding area) and their FTE."""

    roles: int = 0
    fte: float = 0.0


@dataclass(frozen=True)
class TeamCount:
    """A team's headcount, its sub-teams included, before and after (``None``: the team is
    not in that version)."""

    old_id: str | None
    new_id: str | None
    old: Headcount
    new: Headcount


@dataclass(frozen=True)
class ChartDiff:
    """What changed from ``old`` to ``new``. Ids in ``*_removed`` and ``old_id`` are the old
    chart's, the others the new chart's; lists are in reading order (removed ones in the old
    chart's)."""

    old: OrgChart
    new: OrgChart
    name: tuple[str, str] | None
    roles_added: tuple[str, ...]
    roles_removed: tuple[str, ...]
    roles_changed: tuple[RoleDiff, ...]
    #: every matched role: old id -> new id
    role_matches: Mapping[str, str]
    roles_by_title: int
    ambiguous: int
    teams_added: tuple[str, ...]
    teams_removed: tuple[str, ...]
    teams_changed: tuple[TeamDiff, ...]
    team_matches: Mapping[str, str]
    teams_by_name: int
    links_added: tuple[Link, ...]
    links_removed: tuple[Link, ...]
    #: dotted lines in both whose label changed: (old, new)
    links_relabelled: tuple[tuple[Link, Link], ...]
    #: teams whose headcount or FTE changed: new order, then removed teams
    headcount: tuple[TeamCount, ...]
    total: tuple[Headcount, Headcount]

    @property
    def same(self) -> bool:
        return not (
            self.name
            or self.roles_added
            or self.roles_removed
            or self.roles_changed
            or self.teams_added
            or self.teams_removed
            or self.teams_changed
            or self.links_added
            or self.links_removed
            or self.links_relabelled
        )

    def role_change(self, new_id: str) -> RoleDiff | None:
        """What changed about the new chart's role ``new_id`` (None: nothing, or it is new)."""
        return next((r for r in self.roles_changed if r.new_id == new_id), None)


def diff_charts(old: OrgChart, new: OrgChart, *, fallback: bool = True) -> ChartDiff:
    """Compare ``old`` with ``new``; without ``fallback`` only ids match."""
    old_teams, new_teams = old.team_ids(), new.team_ids()
    team_matches, team_by_name, _ = _match(
        old_teams,
        new_teams,
        (lambda t: _fold(old.team(t).name)) if fallback else None,
        (lambda t: _fold(new.team(t).name)) if fallback else None,
    )
    oh, nh = old.hierarchy(), new.hierarchy()

    def old_key(r: str) -> Hashable:
        team = team_matches.get(oh.team[r])
        return (_fold(oh.roles[r].title), team if team is not None else "\0" + oh.team[r])

    def new_key(r: str) -> Hashable:
        return (_fold(nh.roles[r].title), nh.team[r])

    role_matches, by_title, ambiguous = _match(
        oh.order,
        nh.order,
        old_key if fallback else None,
        new_key if fallback else None,
        tie=lambda r: oh.roles[r].holder,
        new_tie=lambda r: nh.roles[r].holder,
    )

    roles_changed = []
    new_to_old = {n: o for o, n in role_matches.items()}
    for new_id in nh.order:
        old_id = new_to_old.get(new_id)
        if old_id is None:
            continue
        changes = _role_changes(old, new, old_id, new_id, team_matches, role_matches)
        if changes:
            how = MatchedBy.TITLE_AND_TEAM if old_id in by_title else MatchedBy.ID
            roles_changed.append(RoleDiff(old_id, new_id, how, changes))

    teams_changed = []
    new_to_old_team = {n: o for o, n in team_matches.items()}
    for new_id in new_teams:
        old_id = new_to_old_team.get(new_id)
        if old_id is None:
            continue
        changes = _team_changes(old, new, old_id, new_id, team_matches)
        if changes:
            how = MatchedBy.NAME if old_id in team_by_name else MatchedBy.ID
            teams_changed.append(TeamDiff(old_id, new_id, how, changes))

    links_added, links_removed, relabelled = _links(old, new, role_matches)
    headcount, total = _headcounts(old, new, team_matches)
    matched_new_roles, matched_new_teams = set(new_to_old), set(new_to_old_team)
    return ChartDiff(
        old=old,
        new=new,
        name=(old.name, new.name) if old.name != new.name else None,
        roles_added=tuple(r for r in nh.order if r not in matched_new_roles),
        roles_removed=tuple(r for r in oh.order if r not in role_matches),
        roles_changed=tuple(roles_changed),
        role_matches=role_matches,
        roles_by_title=len(by_title),
        ambiguous=ambiguous,
        teams_added=tuple(t for t in new_teams if t not in matched_new_teams),
        teams_removed=tuple(t for t in old_teams if t not in team_matches),
        teams_changed=tuple(teams_changed),
        team_matches=team_matches,
        teams_by_name=len(team_by_name),
        links_added=links_added,
        links_removed=links_removed,
        links_relabelled=relabelled,
        headcount=headcount,
        total=total,
    )


def _fold(text: str) -> str:
    return text.strip().casefold()


def _match(
    old_ids: list[str],
    new_ids: list[str],
    old_key: _Key | None,
    new_key: _Key | None,
    *,
    tie: _Tie | None = None,
    new_tie: _Tie | None = None,
) -> tuple[dict[str, str], set[str], int]:
    """Old id -> new id: equal ids, then (with keys) equal keys among the rest. Returns the
    matches, the old ids matched by key, and how many of those were among several
    candidates with one key."""
    new_set = set(new_ids)
    matches = {i: i for i in old_ids if i in new_set}
    if old_key is None or new_key is None:
        return matches, set(), 0
    waiting: dict[Hashable, list[str]] = {}
    for new_id in new_ids:
        if new_id not in matches:
            waiting.setdefault(new_key(new_id), []).append(new_id)
    left: dict[Hashable, list[str]] = {}
    for old_id in old_ids:
        if old_id not in matches:
            left.setdefault(old_key(old_id), []).append(old_id)
    by_key: set[str] = set()
    ambiguous = 0
    for key, olds in left.items():
        news = waiting.get(key, [])
        if not news:
            continue
        pairs = _pair(olds, news, tie, new_tie) if len(olds) > 1 or len(news) > 1 else [(olds[0], news[0])]
        for old_id, new_id in pairs:
            matches[old_id] = new_id
            by_key.add(old_id)
        if len(olds) > 1 or len(news) > 1:
            ambiguous += len(pairs)
    return matches, by_key, ambiguous


def _pair(olds: list[str], news: list[str], tie: _Tie | None, new_tie: _Tie | None) -> list[tuple[str, str]]:
    """Several candidates with one key: equal ties (holders) first, the rest in order."""
    pairs: list[tuple[str, str]] = []
    if tie is not None and new_tie is not None:
        free: dict[object, list[str]] = {}
        for new_id in news:
            value = new_tie(new_id)
            if value is not None:
                free.setdefault(value, []).append(new_id)
        for old_id in olds:
            same = free.get(tie(old_id))
            if same:
                pairs.append((old_id, same.pop(0)))
    paired_old = {o for o, _ in pairs}
    paired_new = {n for _, n in pairs}
    rest = zip(
        [o for o in olds if o not in paired_old], [n for n in news if n not in paired_new], strict=False
    )
    pairs.extend(rest)
    order = {o: k for k, o in enumerate(olds)}
    return sorted(pairs, key=lambda pair: order[pair[0]])


def _role_changes(
    old: OrgChart,
    new: OrgChart,
    old_id: str,
    new_id: str,
    team_matches: Mapping[str, str],
    role_matches: Mapping[str, str],
) -> tuple[Change, ...]:
    a, b = old.role(old_id), new.role(new_id)
    changes = []
    if a.title != b.title:
        changes.append(Change("title", a.title, b.title))
    old_team, new_team = old.team_of(old_id), new.team_of(new_id)
    if team_matches.get(old_team) != new_team:
        changes.append(Change("team", old_team, new_team))
    old_boss, new_boss = old.manager_of(old_id), new.manager_of(new_id)
    if (None if old_boss is None else role_matches.get(old_boss, "\0")) != new_boss:
        changes.append(Change("manager", old_boss, new_boss))
    if old.is_parked(old_id) != new.is_parked(new_id):
        changes.append(Change("parked", old.is_parked(old_id), new.is_parked(new_id)))
    if a != b:
        changes.extend(_field_changes(a, b))
    return tuple(changes)


def _field_changes(a: Role, b: Role) -> list[Change]:
    changes = []
    for name in ROLE_FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x != y:
            changes.append(Change(name, _plain(x), _plain(y)))
    if a.custom != b.custom:
        for key in sorted(set(a.custom) | set(b.custom)):
            x, y = a.custom.get(key), b.custom.get(key)
            if x != y or (key in a.custom) != (key in b.custom):
                changes.append(Change("custom", x, y, key))
    return changes


def _team_changes(
    old: OrgChart, new: OrgChart, old_id: str, new_id: str, team_matches: Mapping[str, str]
) -> tuple[Change, ...]:
    a, b = old.team(old_id), new.team(new_id)
    changes = []
    if a.name != b.name:
        changes.append(Change("name", a.name, b.name))
    old_parent, new_parent = old.parent_of(old_id), new.parent_of(new_id)
    if (None if old_parent is None else team_matches.get(old_parent, "\0")) != new_parent:
        changes.append(Change("parent", old_parent, new_parent))
    changes.extend(_team_field_changes(a, b))
    return tuple(changes)


def _team_field_changes(a: Team, b: Team) -> list[Change]:
    return [
        Change(name, _plain(getattr(a, name)), _plain(getattr(b, name)))
        for name in TEAM_FIELDS
        if getattr(a, name) != getattr(b, name)
    ]


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _link_key(source: str, target: str, kind: LinkKind) -> tuple[str, str, LinkKind]:
    """ "Works closely with" has no direction: the same two roles either way round."""
    if kind is LinkKind.WORKS_WITH and target < source:
        source, target = target, source
    return (source, target, kind)


def _links(
    old: OrgChart, new: OrgChart, role_matches: Mapping[str, str]
) -> tuple[tuple[Link, ...], tuple[Link, ...], tuple[tuple[Link, Link], ...]]:
    new_links = {_link_key(*link.key): link for link in new.links()}
    seen, removed, relabelled = set(), [], []
    for link in old.links():
        source, target = role_matches.get(link.source), role_matches.get(link.target)
        key = None if source is None or target is None else _link_key(source, target, link.kind)
        other = None if key is None else new_links.get(key)
        if other is None:
            removed.append(link)
            continue
        seen.add(key)
        if other.label != link.label:
            relabelled.append((link, other))
    added = tuple(link for key, link in new_links.items() if key not in seen)
    return added, tuple(removed), tuple(relabelled)


def _counts(chart: OrgChart) -> tuple[dict[str, Headcount], Headcount]:
    """Every team's headcount with its sub-teams', and the company's (as `chart_figures`
    counts them: roles in the holding area are not in the structure yet)."""
    figures = chart_figures(chart)
    teams = {t: Headcount(f.roles, round(f.fte, 6)) for t, f in figures.total.items()}
    return teams, Headcount(figures.company.roles, round(figures.company.fte, 6))


def _headcounts(
    old: OrgChart, new: OrgChart, team_matches: Mapping[str, str]
) -> tuple[tuple[TeamCount, ...], tuple[Headcount, Headcount]]:
    (before, old_total), (after, new_total) = _counts(old), _counts(new)
    new_to_old = {n: o for o, n in team_matches.items()}
    rows = []
    for new_id, now in after.items():
        old_id = new_to_old.get(new_id)
        was = before[old_id] if old_id is not None else Headcount()
        if was != now:
            rows.append(TeamCount(old_id, new_id, was, now))
    for old_id, was in before.items():
        if old_id not in team_matches and was != Headcount():
            rows.append(TeamCount(old_id, None, was, Headcount()))
    return tuple(rows), (old_total, new_total)
