"""Build the sample org charts from the two seed texts and save them canonically.

    python tools/make_samples.py samples

writes, into the given folder (created if missing):

- ``ecommerce-departments.de.json`` / ``.en.json``: seed 002, five departments;
- ``ecommerce-project-roles.de.json`` / ``.en.json``: seed 000, roles in an e-commerce project.

The data lives once, German and English side by side, in `sample_data`; ``build_*(lang)``
turns it into an `OrgChart` in one language, so both language versions share ids and
structure and differ only in their texts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_data import ChartSpec, Text  # noqa: E402
from samples_departments import DEPARTMENTS  # noqa: E402
from samples_project_roles import PROJECT_ROLES  # noqa: E402

from orgchart.io import save  # noqa: E402
from orgchart.model import Link, LinkKind, OrgChart, Role, Team  # noqa: E402

LANGUAGES = ("de", "en")


def _pick(text: Text, lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return text[LANGUAGES.index(lang)]


def build_chart(spec: ChartSpec, lang: str) -> OrgChart:
    """The chart described by ``spec``, with its texts in ``lang`` ("de" or "en")."""
    chart = OrgChart(_pick(spec.name, lang))
    for team in spec.teams:
        chart.add_team(
            Team(
                id=team.id,
                name=_pick(team.name, lang),
                color=team.color,
                description=_pick(team.description, lang),
            ),
            parent=team.parent,
        )
    for role in spec.roles:
        chart.add_role(
            Role(
                id=role.id,
                title=_pick(role.title, lang),
                holder=None,
                responsibilities=tuple(_pick(r, lang) for r in role.responsibilities),
                skills=tuple(_pick(s, lang) for s in role.skills),
                sourcing=role.sourcing,
                notes=_pick(role.notes, lang),
            ),
            role.team,
            manager=role.manager,
        )
    for link in spec.links:
        chart.add_link(Link(link.source, link.target, LinkKind.WORKS_WITH, label=_pick(link.label, lang)))
    chart.check()
    return chart


def build_departments(lang: str) -> OrgChart:
    """Seed 002: the e-commerce team structure in five departments."""
    return build_chart(DEPARTMENTS, lang)


def build_project_roles(lang: str) -> OrgChart:
    """Seed 000: the roles and responsibilities of an e-commerce project."""
    return build_chart(PROJECT_ROLES, lang)


#: Sample file stem -> its builder; each is written once per language as ``STEM.LANG.json``.
SAMPLES: dict[str, Callable[[str], OrgChart]] = {
    "ecommerce-departments": build_departments,
    "ecommerce-project-roles": build_project_roles,
}


def main(outdir: str | Path) -> list[Path]:
    """Write every sample in every language into ``outdir``; return the paths written."""
    folder = Path(outdir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, build in SAMPLES.items():
        for lang in LANGUAGES:
            path = folder / f"{stem}.{lang}.json"
            save(build(lang), path, backup=False)  # samples live in git: no .bak beside them
            written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: make_samples.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    for written_path in main(sys.argv[1]):
        print(written_path)
