"""Synthetic charts of realistic shape for the benchmarks, written as JSON and CSV.

    python bench/synthetic.py N OUT.json [OUT.csv]

6 departments under a managing director, 2-12 reports per manager, at most 8 levels, a
sub-team for every department lead's direct report who leads people, an assistant now and
then, and a dotted line for every 200 roles. Seeded, so every run builds the same chart.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import deque
from pathlib import Path

from orgchart.io import save
from orgchart.model import Link, OrgChart, Role, RoleKind, Team

DEPARTMENTS = ["Marketing", "Technik", "Betrieb und Logistik", "Finanzen", "Vertrieb", "Personal"]
TITLES = ["Spezialist", "Analyst", "Entwickler", "Koordinator", "Referent", "Berater", "Manager"]
MAX_DEPTH = 8


def make_chart(n: int, seed: int = 7) -> OrgChart:
    rng = random.Random(seed)
    chart = OrgChart(f"Synthetisch {n}")
    chart.add_team(Team("leitung", "Geschäftsführung"))
    chart.add_role(Role("r0", "Geschäftsführung"), "leitung")
    count = 1
    queue: deque[tuple[str, str, int]] = deque()
    for d, name in enumerate(DEPARTMENTS):
        if count >= n:
            break
        chart.add_team(Team(f"d{d}", name))
        role_id = f"r{count}"
        chart.add_role(Role(role_id, f"Leitung {name}"), f"d{d}", "r0")
        queue.append((role_id, f"d{d}", 1))
        count += 1
    while queue and count < n:
        manager, team, depth = queue.popleft()
        if depth >= MAX_DEPTH - 1:
            continue
        for _ in range(rng.randint(2, 12)):
            if count >= n:
                break
            role_id = f"r{count}"
            kind = RoleKind.ASSISTANT if rng.random() < 0.01 else RoleKind.REGULAR
            title = f"{rng.choice(TITLES)} {count % 97}"
            chart.add_role(
                Role(role_id, title, kind=kind, holder=None if rng.random() < 0.2 else f"Person {count}"),
                team,
                manager,
            )
            count += 1
            if kind is RoleKind.ASSISTANT or rng.random() < 0.25:
                continue  # stays a leaf
            own_team = team
            if depth == 1:  # a department lead's report leads a team of its own
                own_team = f"{team}-t{count}"
                chart.add_team(Team(own_team, f"Team {count}"), team)
                chart.move_role(role_id, own_team)
            queue.append((role_id, own_team, depth + 1))
    roles = chart.role_ids()
    for k in range(len(roles) // 200):
        a, b = rng.sample(roles, 2)
        try:
            chart.add_link(Link(a, b, label=f"Projekt {k}"))
        except Exception:
            pass
    return chart


def write_csv(chart: OrgChart, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "manager_id", "department", "team", "name"])
        for role in chart.roles():
            team = chart.team_of(role.id)
            parent = chart.parent_of(team)
            department = chart.team(parent if parent else team).name
            sub = chart.team(team).name if parent else ""
            writer.writerow(
                [role.id, role.title, chart.manager_of(role.id) or "", department, sub, role.holder or ""]
            )


def main(argv: list[str]) -> int:
    n = int(argv[0])
    chart = make_chart(n)
    save(chart, argv[1])
    if len(argv) > 2:
        write_csv(chart, Path(argv[2]))
    print(f"{chart.role_count} roles, {chart.team_count} teams, {chart.link_count} dotted lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
