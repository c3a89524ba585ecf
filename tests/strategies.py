"""Hypothesis strategies for charts: random but always valid organisations."""

from __future__ import annotations

from hypothesis import strategies as st

from orgchart.model import (
    Direction,
    LayoutPreference,
    Link,
    LinkKind,
    OrgChart,
    OrgError,
    Role,
    RoleKind,
    Sourcing,
    Team,
    ViewSettings,
)

# Any Unicode but lone surrogates (which no UTF-8 file can hold) and NUL-like controls.
_chars = st.characters(blacklist_categories=("Cs", "Cc"))
texts = st.text(_chars, max_size=30)
names = st.text(_chars, min_size=1, max_size=30).filter(lambda s: s.strip() != "")
ids = st.text(_chars, min_size=1, max_size=12).filter(lambda s: s == s.strip() and s != "")
colors = st.from_regex(r"\A#[0-9a-f]{6}\Z")
custom_values = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | texts
    | st.floats(allow_nan=False, allow_infinity=False)
)


def roles(role_id: str) -> st.SearchStrategy[Role]:
    return st.builds(
        Role,
        id=st.just(role_id),
        title=names,
        holder=st.none() | names,
        kind=st.sampled_from(RoleKind),
        responsibilities=st.lists(names, max_size=4).map(tuple),
        skills=st.lists(names, max_size=3).map(tuple),
        sourcing=st.sampled_from(Sourcing),
        fte=st.floats(0, 5, allow_nan=False) | st.just(1.0),
        email=texts,
        location=texts,
        notes=texts,
        custom=st.dictionaries(names, custom_values, max_size=3),
    )


def teams(team_id: str) -> st.SearchStrategy[Team]:
    return st.builds(
        Team,
        id=st.just(team_id),
        name=names,
        color=st.none() | colors,
        description=texts,
        layout=st.sampled_from(LayoutPreference),
    )


@st.composite
def charts(
    draw: st.DrawFn, max_teams: int = 5, max_roles: int = 20, max_links: int = 6, *, park: bool = False
) -> OrgChart:
    """A valid chart: nested teams, roles with managers, dotted lines, any Unicode text;
    with ``park``, some top roles are in the holding area."""
    count = max_roles + max_teams
    all_ids = draw(st.lists(ids, min_size=count, max_size=count, unique=True))
    n_teams = draw(st.integers(1, max_teams))
    n_roles = draw(st.integers(0, max_roles))
    team_ids, role_ids = all_ids[:n_teams], all_ids[n_teams : n_teams + n_roles]
    chart = OrgChart(draw(texts))
    for i, team_id in enumerate(team_ids):
        parent = draw(st.sampled_from([None, *team_ids[:i]]))
        chart.add_team(draw(teams(team_id)), parent)
    for i, role_id in enumerate(role_ids):
        team = draw(st.sampled_from(team_ids))
        manager = draw(st.sampled_from([None, *role_ids[:i]]))
        chart.add_role(draw(roles(role_id)), team, manager)
    if len(role_ids) >= 2:
        for _ in range(draw(st.integers(0, max_links))):
            source, target = draw(st.permutations(role_ids))[:2]
            link = Link(source, target, draw(st.sampled_from(LinkKind)), draw(texts))
            try:
                chart.add_link(link)
            except OrgError:
                pass  # a duplicate or a matrix line to the solid manager: not added, as intended
    tops = [r for r in role_ids if chart.manager_of(r) is None]
    for role_id in draw(st.sets(st.sampled_from(tops))) if tops and park else ():
        chart.park(role_id)  # in the holding area
    return chart


@st.composite
def documents(draw: st.DrawFn) -> tuple[OrgChart, ViewSettings]:
    chart = draw(charts(park=True))
    role_ids = chart.role_ids()
    collapsed = draw(st.sets(st.sampled_from(role_ids))) if role_ids else set()
    view = ViewSettings(
        collapsed=frozenset(collapsed),
        direction=draw(st.sampled_from(Direction)),
        compact=draw(st.booleans()),
    )
    return chart, view
