"""How a department is spread over slides: by branch, as printed org charts are paged.

A slide shows some roles of the department (siblings) and as many levels below them as fit
at a readable size; the reports of each role at the bottom follow on later slides, below
that role drawn as a stand-in (so the lines are there), as many such branches side by side
on a slide as fit. A department's first slide shows the role it reports to in the same way.
Each slide's chart is a part of the chart laid out alone (`tidy_layout`, with the same cards
and colours), so it reads as the canvas does.

(Cutting the whole chart's picture into page-sized tiles, as the PDF's department pages do,
suits a page that may be shrunk; at a readable size on a slide the tiles of a wide tree hold
one or two cards each and hundreds of slides.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from orgchart.layout import LayoutParams, Rect
from orgchart.model import Link, OrgChart, Team
from orgchart.model.bulk import add_roles, set_managers
from orgchart.model.errors import OrgError
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import team_colors

#: siblings (the top roles of a page) and their manager (None: they have none)
Branch = tuple["str | None", list[str]]


@dataclass
class BranchPage:
    """One slide of a department: ``roles`` laid out in ``picture`` below the managers of
    its top roles (``stand_ins``, drawn as reminders; none at the top of the chart), in the
    department's ``teams`` frames; ``hidden`` counts the roles below each at its bottom."""

    team_id: str
    stand_ins: list[str]
    roles: list[str]
    picture: ChartPicture
    teams: set[str]
    hidden: dict[str, int]


class BranchPager:
    """Pages the departments of one chart (the roles ``base`` shows, as it shows them);
    ``fits`` says whether a laid-out part is readable on a slide (given the teams whose
    frames it shows)."""

    def __init__(
        self, base: ChartPicture, params: LayoutParams, fits: Callable[[ChartPicture, set[str]], bool]
    ) -> None:
        self.base, self.params, self.fits = base, params, fits
        chart = self.chart = base.chart
        hierarchy = chart.hierarchy()
        self.order, self.manager, self.team_of = hierarchy.order, hierarchy.manager, hierarchy.team
        self.shown = base.geometry.cards
        #: every role's reports in sibling order (hidden ones too: they count on its card)
        self.reports: dict[str, list[str]] = {}
        for role_id in hierarchy.order:
            manager = hierarchy.manager[role_id]
            if manager is not None:
                self.reports.setdefault(manager, []).append(role_id)
        # How many roles are below each, as a collapsed card on the canvas counts them.
        self.below = dict.fromkeys(hierarchy.order, 0)
        for role_id in reversed(hierarchy.order):
            manager = hierarchy.manager[role_id]
            if manager is not None:
                self.below[manager] += self.below[role_id] + 1
        self.colors = team_colors(chart, base.theme)
        self.links: dict[str, list[Link]] = {}
        for link in chart.links():
            self.links.setdefault(link.source, []).append(link)

    def pages(self, team_id: str) -> list[BranchPage]:
        """The department's slides, a branch's continuations right after it."""
        teams = set(self.chart.team_ids_under(team_id))
        inside = {r for r in self.order if r in self.shown and self.team_of[r] in teams}
        branches: list[Branch] = []
        for role_id in self.order:
            if role_id in inside and self.manager[role_id] not in inside:
                # a top of the department: siblings under one manager (or none) go together
                if branches and branches[-1][0] == self.manager[role_id]:
                    branches[-1][1].append(role_id)
                else:
                    branches.append((self.manager[role_id], [role_id]))
        out: list[BranchPage] = []
        self._place(_Department(team_id, teams, inside), branches, out)
        return out

    def _place(self, dept: _Department, branches: list[Branch], out: list[BranchPage]) -> None:
        """Pages for ``branches`` (siblings under their manager) and everything below them:
        as many whole branches side by side as fit; a branch too wide for a slide alone is
        split between slides."""
        i = 0
        while i < len(branches):
            picture = self._try(dept, branches[i : i + 1], need=True)
            if picture is None:
                self._split(dept, branches[i], out)
                i += 1
                continue
            count = 1
            while i + count < len(branches):
                wider = self._try(dept, branches[i : i + count + 1], need=True)
                if wider is None:
                    break
                count, picture = count + 1, wider
            self._page(dept, branches[i : i + count], picture, out)
            i += count

    def _split(self, dept: _Department, branch: Branch, out: list[BranchPage]) -> None:
        """Pages for siblings too many for one slide: as many as fit on each, shared evenly."""
        stand_in, roots = branch
        start = 0
        while start < len(roots):
            count, picture = 1, self._try(dept, [(stand_in, roots[start : start + 1])])
            while start + count < len(roots):
                wider = self._try(dept, [(stand_in, roots[start : start + count + 1])], need=True)
                if wider is None:
                    break
                count, picture = count + 1, wider
            left = len(roots) - start
            even = -(-left // -(-left // count))
            if even < count:
                count, picture = even, self._try(dept, [(stand_in, roots[start : start + even])])
            assert picture is not None
            self._page(dept, [(stand_in, roots[start : start + count])], picture, out)
            start += count

    def _page(
        self, dept: _Department, branches: list[Branch], picture: ChartPicture, out: list[BranchPage]
    ) -> None:
        """A page of ``branches`` (laid out in ``picture``) with as many levels below them as
        fit; then the pages of what is below its bottom roles."""
        levels = [[r for _, roots in branches for r in roots]]
        shown = list(levels[0])
        while True:
            deeper = [c for r in levels[-1] for c in self._kids(dept, r)]
            if not deeper:
                break
            tried = self._try(dept, branches, shown + deeper, need=True)
            if tried is None and any(m is not None for m, _ in branches):
                # Another level rather than the stand-ins (a pill names the manager instead).
                bare: list[Branch] = [(None, roots) for _, roots in branches]
                tried = self._try(dept, bare, shown + deeper, need=True)
                branches = bare if tried is not None else branches
            if tried is None:
                # The first of the next level, as many as fit; the others follow.
                count = 0
                while count < len(deeper):
                    more = self._try(dept, branches, shown + deeper[: count + 1], need=True)
                    if more is None:
                        break
                    count, picture = count + 1, more
                shown += deeper[:count]
                break
            levels.append(deeper)
            shown += deeper
            picture = tried
        on_page = set(shown)
        hidden = {}
        for role_id in shown:
            away = [c for c in self.reports.get(role_id, []) if c not in on_page]
            if away:
                hidden[role_id] = sum(1 + self.below[c] for c in away)
        stand_ins = [m for m, _ in branches if m is not None]
        out.append(BranchPage(dept.team_id, stand_ins, shown, picture, dept.teams, hidden))
        below: list[Branch] = []
        for role_id in shown:  # reading order within each level
            kids = [c for c in self._kids(dept, role_id) if c not in on_page]
            if kids:
                below.append((role_id, kids))
        self._place(dept, below, out)

    def _kids(self, dept: _Department, role_id: str) -> list[str]:
        """The role's reports that the department's slides show."""
        return [c for c in self.reports.get(role_id, []) if c in dept.inside]

    def _try(
        self, dept: _Department, branches: list[Branch], roles: list[str] | None = None, *, need: bool = False
    ) -> ChartPicture | None:
        """The branches' top roles (or ``roles``) laid out below their stand-ins, as the chart
        is laid out, or compact if that fits and the other does not; None (if ``need``) if
        neither fits."""
        shown = roles if roles is not None else [r for _, roots in branches for r in roots]
        chart, collapsed = self._part(dept, [m for m, _ in branches if m is not None], shown)
        params = replace(self.params, collapsed=collapsed, max_depth=None)
        options = [params] if params.compact else [params, replace(params, compact=True)]
        picture = None
        for option in options:
            measure = self.base.measure
            picture = ChartPicture(chart, self.base.theme, option, title=False, legend=False, measure=measure)
            if self.fits(picture, dept.teams):
                return picture
        return None if need else picture

    def _part(
        self, dept: _Department, stand_ins: list[str], roles: list[str]
    ) -> tuple[OrgChart, frozenset[str]]:
        """A chart of ``roles`` (each role's manager among them or ``stand_ins``), in their
        teams and the teams around those inside the department, in the colours they have in
        the whole chart; and the roles to collapse in it. A role with reports not among them
        gets one (collapsed), so that its card has the size of a card that counts them."""
        chart = self.chart
        chosen = set(roles)
        extra: list[tuple[str, str]] = []  # (a report not shown here, the team it is put in)
        collapsed: set[str] = set()
        for role_id in roles:
            reports = self.reports.get(role_id, [])
            if reports and not any(c in chosen for c in reports):
                collapsed.add(role_id)
                extra.append((reports[0], self.team_of[role_id]))  # never drawn: any team will do
        # A stand-in from the department stands in its own team; one from elsewhere above
        # the department, in a frame of its own that is not drawn.
        outside = [m for m in stand_ins if self.team_of[m] not in dept.teams]
        needed: set[str] = set()
        for role_id in [*roles, *stand_ins]:
            t: str | None = self.team_of[role_id]
            while t is not None and t in dept.teams and t not in needed:
                needed.add(t)
                t = chart.parent_of(t)
        part = OrgChart(chart.name)
        for t in chart.team_ids():  # parents first
            if t in needed:
                parent = chart.parent_of(t)
                team = replace(chart.team(t), color=self.colors[t])
                part.add_team(team, parent if parent in needed else None)
        items = [(chart.role(m), self.team_of[m]) for m in stand_ins if m not in outside]
        for k, stand_in in enumerate(outside):
            home = self.team_of[stand_in]
            free = f"stand-in-{k}"
            while part.has_team(free):
                free += "-x"
            part.add_team(Team(free, chart.team(home).name, color=self.colors[home]))
            items.append((chart.role(stand_in), free))
        items += [(chart.role(r), self.team_of[r]) for r in roles]
        items += [(chart.role(r), team) for r, team in extra]
        add_roles(part, items)
        members = [*roles, *(r for r, _ in extra)]
        present = {*members, *stand_ins}
        set_managers(part, [(r, m) for r in members if (m := self.manager[r]) is not None and m in present])
        for role_id in present:
            for link in self.links.get(role_id, []):
                if link.target in present:
                    try:
                        part.add_link(link)
                    except OrgError:  # a secondary manager that is the manager here
                        continue
        return part, frozenset(collapsed)


@dataclass(frozen=True)
class _Department:
    team_id: str
    teams: set[str]
    inside: set[str]  # its roles that slides show


def drawn_bounds(picture: ChartPicture, teams: set[str], room: float) -> Rect:
    """What a department's slide shows of ``picture``: its cards, the frames of ``teams``
    and the lines, with ``room`` around them (the stand-in's frame is not drawn)."""
    geometry = picture.geometry
    rects = [c.rect for c in geometry.cards.values()]
    rects += [f.rect for f in geometry.frames if f.team_id in teams]
    xs = [x for r in rects for x in (r.x, r.right)] + [x for line in geometry.lines for x, _ in line.points]
    ys = [y for r in rects for y in (r.y, r.bottom)] + [y for line in geometry.lines for _, y in line.points]
    left, top = min(xs) - room, min(ys) - room
    return Rect(left, top, max(xs) + room - left, max(ys) + room - top)
