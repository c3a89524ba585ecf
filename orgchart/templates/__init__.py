"""The charts File > New from template offers, built from the two seed texts in either
language; `samples/` holds them as files (`make samples`).

Both language versions of a template share ids and structure and differ only in their texts:
the data lives once, German and English side by side (`orgchart.templates.spec`), and
`orgchart.templates.charts.build_chart` picks one language. Being code in the package, the
templates come with every install of the program, not only with a checkout of its sources.
This module holds only what the File menu lists; the data loads when a template is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgchart.model import OrgChart

LANGUAGES = ("de", "en")
#: a text in each language, in the order of LANGUAGES
Text = tuple[str, str]

#: file stem -> the template's name
NAMES: dict[str, Text] = {
    "ecommerce-departments": ("E-Commerce-Teamstruktur", "E-commerce team structure"),
    "ecommerce-project-roles": ("Rollen im E-Commerce-Projekt", "Roles in an e-commerce project"),
}


@dataclass(frozen=True)
class Template:
    """One template in one language, as ``samples/STEM.LANGUAGE.json`` holds it."""

    stem: str
    language: str

    @property
    def name(self) -> str:
        """The chart's name in its language."""
        return pick(NAMES[self.stem], self.language)

    @property
    def file_name(self) -> str:
        return f"{self.stem}.{self.language}.json"

    def build(self) -> OrgChart:
        from orgchart.templates.charts import SPECS, build_chart

        return build_chart(SPECS[self.stem], self.language)


def templates() -> list[Template]:
    """Every template in every language."""
    return [Template(stem, language) for stem in NAMES for language in LANGUAGES]


def pick(text: Text, lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return text[LANGUAGES.index(lang)]
