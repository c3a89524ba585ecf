"""The sample charts in samples/ are faithful to the two seed texts and canonical.

The expectations below are written from the checklist (docs/seed-structures.md) and the seed
texts, not copied from orgchart/templates, so they check the samples against the sources.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from orgchart.io import load, save
from orgchart.model import LinkKind, OrgChart, Sourcing
from orgchart.templates import Template

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
LANGS = ("de", "en")

DEPARTMENTS = "ecommerce-departments"
PROJECT_ROLES = "ecommerce-project-roles"

# Seed 002: the five departments (top-level teams) with every role the text names, per language.
DEPARTMENT_TITLES: dict[str, dict[str, list[str]]] = {
    "de": {
        "Geschäftsentwicklung und Strategie": ["E-Commerce-Manager"],
        "Marketing": [
            "Digital Marketing Manager",
            "Spezialist für Social Media Marketing",
            "E-Mail-Marketingspezialist",
            "Content-Marketing-Stratege",
            "SEO-Spezialist",
        ],
        "Technik": [
            "Webentwickler",
            "E-Commerce Operations Specialist",
            "Datenanalyst",
            "Sicherheitsspezialist",
            "DevOps-Ingenieur",
            "QA-Tester",
            "Mobile-App-Entwickler",
        ],
        "Betrieb und Logistik": [
            "Betriebsleiter",
            "Logistikkoordinator",
            "Inventarspezialist",
            "Kundenbetreuer",
        ],
        "Finanzen und Verwaltung": [
            "Finanzanalyst",
            "Buchhalter",
            "Verwaltungsangestellte(r)",
            "Compliance Officer",
        ],
    },
    "en": {
        "Business development and strategy": ["E-commerce manager"],
        "Marketing": [
            "Digital marketing manager",
            "Social media marketing specialist",
            "E-mail marketing specialist",
            "Content marketing strategist",
            "SEO specialist",
        ],
        "Technology": [
            "Web developer",
            "E-commerce operations specialist",
            "Data analyst",
            "Security specialist",
            "DevOps engineer",
            "QA tester",
            "Mobile app developer",
        ],
        "Operations and logistics": [
            "Operations manager",
            "Logistics coordinator",
            "Inventory specialist",
            "Customer service representative",
        ],
        "Finance and administration": [
            "Financial analyst",
            "Accountant",
            "Administrative officer",
            "Compliance officer",
        ],
    },
}

# Seed 000: team -> titles. The Head of Digital's group ("Leitung" in the checklist) is the
# top team "Digital"; the IT team sits in the e-commerce team, the content team in marketing.
PROJECT_TITLES: dict[str, dict[str, list[str]]] = {
    "de": {
        "Digital": ["Leiter Digital"],
        "E-Commerce-Team": [
            "E-Commerce-KMU, funktional",
            "E-Commerce-KMU, technisch",
            "E-Commerce Business Analyst",
        ],
        "Marketing": ["Marketing-Manager"],
        "IT-Team": ["Frontend-Entwickler", "Backend-Entwickler", "Full-Stack-Entwickler", "Tester"],
        "Warehouse-Team": ["Logistikmanager", "Inventarmanager"],
        "Kundendienstteam": ["Kundendienstmitarbeiter"],
        "Inhaltsteam": ["Content-Verantwortliche(r)"],
    },
    "en": {
        "Digital": ["Head of Digital"],
        "E-commerce team": [
            "E-commerce SME (functional)",
            "E-commerce SME (technical)",
            "E-commerce business analyst",
        ],
        "Marketing": ["Marketing manager"],
        "IT team": ["Front-end developer", "Back-end developer", "Full-stack developer", "QA tester"],
        "Warehouse team": ["Logistics manager", "Inventory manager"],
        "Customer service team": ["Customer service agent"],
        "Content team": ["Content manager"],
    },
}
PROJECT_NESTING = {  # team -> the team it is part of (by name)
    "de": {
        "E-Commerce-Team": "Digital",
        "IT-Team": "E-Commerce-Team",
        "Marketing": "Digital",
        "Inhaltsteam": "Marketing",
        "Warehouse-Team": "Digital",
        "Kundendienstteam": "Digital",
    },
    "en": {
        "E-commerce team": "Digital",
        "IT team": "E-commerce team",
        "Marketing": "Digital",
        "Content team": "Marketing",
        "Warehouse team": "Digital",
        "Customer service team": "Digital",
    },
}

# Dotted lines the checklist names. An end is ("role", title) or ("team", name): any role in
# that team (the text names a group, not a role). Label words: what the label must contain.
DEPARTMENT_LINKS = {
    "de": [
        (("role", "Datenanalyst"), ("role", "Finanzanalyst"), "Verkaufstrends"),
        (("role", "Datenanalyst"), ("team", "Marketing"), ""),
        (("role", "E-Commerce Operations Specialist"), ("role", "Webentwickler"), ""),
        (("role", "E-Commerce Operations Specialist"), ("team", "Geschäftsentwicklung und Strategie"), ""),
    ],
    "en": [
        (("role", "Data analyst"), ("role", "Financial analyst"), "sales trends"),
        (("role", "Data analyst"), ("team", "Marketing"), ""),
        (("role", "E-commerce operations specialist"), ("role", "Web developer"), ""),
        (("role", "E-commerce operations specialist"), ("team", "Business development and strategy"), ""),
    ],
}
PROJECT_LINKS = {
    "de": [
        (("role", "Marketing-Manager"), ("role", "Leiter Digital"), ""),
        (("role", "Marketing-Manager"), ("team", "E-Commerce-Team"), ""),
        (("role", "Marketing-Manager"), ("role", "Kundendienstmitarbeiter"), "Promotions"),
        (("role", "Marketing-Manager"), ("team", "Warehouse-Team"), ""),
        (("role", "Kundendienstmitarbeiter"), ("team", "Warehouse-Team"), "Bestellstatus"),
    ],
    "en": [
        (("role", "Marketing manager"), ("role", "Head of Digital"), ""),
        (("role", "Marketing manager"), ("team", "E-commerce team"), ""),
        (("role", "Marketing manager"), ("role", "Customer service agent"), "promotions"),
        (("role", "Marketing manager"), ("team", "Warehouse team"), ""),
        (("role", "Customer service agent"), ("team", "Warehouse team"), "order status"),
    ],
}

# Reporting lines the texts name: (lead, the roles that report to it).
DEPARTMENT_LEADS = {
    "de": {
        "Digital Marketing Manager": [
            "Spezialist für Social Media Marketing",
            "E-Mail-Marketingspezialist",
            "Content-Marketing-Stratege",
            "SEO-Spezialist",
        ],
        "Betriebsleiter": ["Logistikkoordinator", "Inventarspezialist", "Kundenbetreuer"],
    },
    "en": {
        "Digital marketing manager": [
            "Social media marketing specialist",
            "E-mail marketing specialist",
            "Content marketing strategist",
            "SEO specialist",
        ],
        "Operations manager": [
            "Logistics coordinator",
            "Inventory specialist",
            "Customer service representative",
        ],
    },
}
TOP_ROLE = {
    DEPARTMENTS: {"de": "E-Commerce-Manager", "en": "E-commerce manager"},
    PROJECT_ROLES: {"de": "Leiter Digital", "en": "Head of Digital"},
}
NO_LEAD = {"de": "Der Text nennt keine Leitung", "en": "The text names no lead"}
NO_LEAD_DEPARTMENTS = {
    "de": ["Technik", "Finanzen und Verwaltung"],
    "en": ["Technology", "Finance and administration"],
}


def sample_path(stem: str, lang: str) -> Path:
    return SAMPLES / f"{stem}.{lang}.json"


def chart_of(stem: str, lang: str) -> OrgChart:
    return load(sample_path(stem, lang)).chart


def team_by_name(chart: OrgChart, name: str) -> str:
    found = [t for t in chart.team_ids() if chart.team(t).name == name]
    assert len(found) == 1, f"expected one team named {name!r}, found {len(found)}"
    return found[0]


def role_by_title(chart: OrgChart, title: str) -> str:
    found = [r for r in chart.role_ids() if chart.role(r).title == title]
    assert len(found) == 1, f"expected one role titled {title!r}, found {len(found)}"
    return found[0]


def ends(chart: OrgChart, end: tuple[str, str]) -> set[str]:
    kind, text = end
    if kind == "role":
        return {role_by_title(chart, text)}
    return set(chart.members_of(team_by_name(chart, text)))


ALL = [(stem, lang) for stem in (DEPARTMENTS, PROJECT_ROLES) for lang in LANGS]
EXPECTED_TITLES = {DEPARTMENTS: DEPARTMENT_TITLES, PROJECT_ROLES: PROJECT_TITLES}
EXPECTED_LINKS = {DEPARTMENTS: DEPARTMENT_LINKS, PROJECT_ROLES: PROJECT_LINKS}


@pytest.mark.parametrize(("stem", "lang"), ALL)
def test_sample_is_canonical(stem: str, lang: str, tmp_path: Path) -> None:
    path = sample_path(stem, lang)
    doc = load(path)
    doc.chart.check()
    out = tmp_path / path.name
    save(doc.chart, out, doc.view)
    assert out.read_bytes() == path.read_bytes()


@pytest.mark.parametrize(("stem", "lang"), ALL)
def test_sample_is_its_template(stem: str, lang: str) -> None:
    """samples/ holds the templates the editor offers (regenerate with `make samples`), under
    the names the File menu lists them by."""
    template = Template(stem, lang)
    assert template.build() == chart_of(stem, lang)
    assert template.name == chart_of(stem, lang).name and template.file_name == sample_path(stem, lang).name


def test_make_samples_writes_every_template(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "tools" / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.main(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in SAMPLES.glob("*.json"))
    for path in written:
        assert path.read_bytes() == (SAMPLES / path.name).read_bytes()


@pytest.mark.parametrize(("stem", "lang"), ALL)
def test_every_role_of_the_checklist_is_in_its_team(stem: str, lang: str) -> None:
    chart = chart_of(stem, lang)
    expected = EXPECTED_TITLES[stem][lang]
    for team_name, titles in expected.items():
        team_id = team_by_name(chart, team_name)
        members = sorted(chart.role(r).title for r in chart.members_of(team_id))
        assert members == sorted(titles), team_name
    # ...and no roles the texts do not name.
    assert chart.role_count == sum(len(titles) for titles in expected.values())


@pytest.mark.parametrize("lang", LANGS)
def test_departments_are_the_five_top_level_teams(lang: str) -> None:
    chart = chart_of(DEPARTMENTS, lang)
    names = [chart.team(t).name for t in chart.subteams_of(None)]
    assert names == list(DEPARTMENT_TITLES[lang])
    assert chart.team_count == 5


@pytest.mark.parametrize("lang", LANGS)
def test_project_roles_teams_nest(lang: str) -> None:
    chart = chart_of(PROJECT_ROLES, lang)
    assert [chart.team(t).name for t in chart.subteams_of(None)] == ["Digital"]
    for team, parent in PROJECT_NESTING[lang].items():
        assert chart.parent_of(team_by_name(chart, team)) == team_by_name(chart, parent), team
    # The text leaves open where the content team sits; its description says which choice was made.
    name, where = {"de": ("Inhaltsteam", "im Marketing"), "en": ("Content team", "in marketing")}[lang]
    assert where in chart.team(team_by_name(chart, name)).description


@pytest.mark.parametrize(("stem", "lang"), ALL)
def test_dotted_lines_are_the_ones_the_text_names(stem: str, lang: str) -> None:
    chart = chart_of(stem, lang)
    links = chart.links()
    expected = EXPECTED_LINKS[stem][lang]
    assert len(links) == len(expected)
    for a, b, words in expected:
        a_ids, b_ids = ends(chart, a), ends(chart, b)
        found = [
            link
            for link in links
            if (link.source in a_ids and link.target in b_ids)
            or (link.source in b_ids and link.target in a_ids)
        ]
        assert len(found) == 1, (a, b)
        link = found[0]
        assert link.kind is LinkKind.WORKS_WITH
        assert link.label.strip(), (a, b)
        assert words.lower() in link.label.lower(), (a, b, link.label)


@pytest.mark.parametrize(("stem", "lang"), ALL)
def test_reporting_lines(stem: str, lang: str) -> None:
    chart = chart_of(stem, lang)
    top = role_by_title(chart, TOP_ROLE[stem][lang])
    assert [r for r in chart.role_ids() if chart.manager_of(r) is None] == [top]
    if stem == DEPARTMENTS:
        for lead, reports in DEPARTMENT_LEADS[lang].items():
            lead_id = role_by_title(chart, lead)
            assert chart.manager_of(lead_id) == top
            assert sorted(chart.role(r).title for r in chart.reports_of(lead_id)) == sorted(reports)
        # Departments without a named lead report to the e-commerce manager, and say so.
        for name in NO_LEAD_DEPARTMENTS[lang]:
            team_id = team_by_name(chart, name)
            assert NO_LEAD[lang] in chart.team(team_id).description
            assert all(chart.manager_of(r) == top for r in chart.members_of(team_id))


@pytest.mark.parametrize(("stem", "lang"), ALL)
def test_roles_are_vacant_with_responsibilities_and_some_outsourced(stem: str, lang: str) -> None:
    chart = chart_of(stem, lang)
    roles = chart.roles()
    assert all(role.holder is None for role in roles)
    assert all(role.responsibilities for role in roles)
    assert all(len(item.split()) <= 8 for role in roles for item in role.responsibilities)
    outsourced = [role for role in roles if role.sourcing is Sourcing.OUTSOURCED]
    assert outsourced
    assert all(role.notes for role in outsourced)  # says why


def test_mobile_app_developer_is_outsourced() -> None:
    for lang, title in (("de", "Mobile-App-Entwickler"), ("en", "Mobile app developer")):
        chart = chart_of(DEPARTMENTS, lang)
        assert chart.role(role_by_title(chart, title)).sourcing is Sourcing.OUTSOURCED


@pytest.mark.parametrize(("stem", "lang"), ALL)
def test_top_level_teams_have_distinct_colours_and_descriptions(stem: str, lang: str) -> None:
    chart = chart_of(stem, lang)
    colours = [chart.team(t).color for t in chart.team_ids()]
    assert all(c is not None and len(c) == 7 and c.startswith("#") for c in colours)
    assert len(set(colours)) == len(colours)
    assert all(team.description for team in chart.teams())


@pytest.mark.parametrize("stem", [DEPARTMENTS, PROJECT_ROLES])
def test_languages_share_ids_and_structure(stem: str) -> None:
    de, en = chart_of(stem, "de"), chart_of(stem, "en")
    assert de.team_ids() == en.team_ids()
    assert de.role_ids() == en.role_ids()
    assert [de.parent_of(t) for t in de.team_ids()] == [en.parent_of(t) for t in en.team_ids()]
    for role_id in de.role_ids():
        assert de.team_of(role_id) == en.team_of(role_id)
        assert de.manager_of(role_id) == en.manager_of(role_id)
        d, e = de.role(role_id), en.role(role_id)
        assert (d.sourcing, d.kind, d.fte) == (e.sourcing, e.kind, e.fte)
        assert len(d.responsibilities) == len(e.responsibilities)
        assert len(d.skills) == len(e.skills)
        assert bool(d.notes) == bool(e.notes)
    assert [(k.source, k.target, k.kind) for k in de.links()] == [
        (k.source, k.target, k.kind) for k in en.links()
    ]
    for t in de.team_ids():
        assert de.team(t).color == en.team(t).color
    # Only texts differ, and they do differ: the English sample is not a copy of the German.
    assert de.name != en.name
    differing = [r for r in de.role_ids() if de.role(r).title != en.role(r).title]
    assert len(differing) > len(de.role_ids()) // 2
