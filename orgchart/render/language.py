"""The program's own words in one language: Qt translators for German (English is the
language of the code), numbers and dates in that language's format, and the language a chart
is written in (what `orgchart export` uses unless told otherwise).

The translations are Qt Linguist files, orgchart/resources/translations/orgchart_<lang>.ts, compiled
to .qm by ``make translations`` (tools/translations.py); Qt's own words (the buttons of a
message box, the file dialog) come from the qtbase_<lang>.qm that PySide6 ships.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from orgchart.model import OrgChart

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"  # package data
#: the languages the UI speaks; English is the source language (it needs no translator)
LANGUAGES = ("en", "de")
#: the names of the languages, each in its own language (never translated)
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}

_installed: list[QTranslator] = []


def supported(name: str) -> str | None:
    """"de", "de-AT", "de_DE.UTF-8", "en-Latn-US" -> "de" / "en"; None for languages the UI
    does not speak (and for "C")."""
    code = re.split(r"[-_.@]", name.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def use_language(language: str) -> None:
    """From now on, translate the program's words (and Qt's) into ``language`` and format
    numbers and dates as its speakers do, in the system's region where that language is
    spoken there ("en" on a German system: English words, 0,5 and 05/04/2025). Replaces the
    translators an earlier call installed. Needs a QCoreApplication."""
    if language not in LANGUAGES:
        raise ValueError(f"no translation for {language!r} (there are: {', '.join(LANGUAGES)})")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("use_language needs a QCoreApplication")
    while _installed:
        app.removeTranslator(_installed.pop())
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"orgchart_{language}", str(TRANSLATIONS)), (f"qtbase_{language}", qt_folder)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(locale_for(language, QLocale.system()))


def locale_for(language: str, system: QLocale) -> QLocale:
    """``language`` in the system's region (QLocale falls back to the language's main region
    where the two do not go together, and for a system without one, such as "C")."""
    chosen = QLocale(language)
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return chosen
    return QLocale(chosen.language(), system.territory())


def translated(language: str, context: str, text: str) -> str:
    """``text`` of ``context`` in ``language``, whatever language is in use (for tests and
    for words that must be in a chart's language)."""
    if language == "en":
        return text
    translator = QTranslator()
    if not translator.load(f"orgchart_{language}", str(TRANSLATIONS)):
        return text
    return translator.translate(context, text) or text


# The language of a chart's words. Short words that only one of the two languages uses; a word
# with an umlaut or ß counts as German too. Holders' names are left out (a Müller may well work
# in an English chart).
GERMAN_WORDS = frozenset(
    "und der die das des dem den für mit von zur zum bei auf aus über nach ist sind wird werden "
    "ein eine einer eines oder sowie als auch nicht sich wie durch".split()
)
ENGLISH_WORDS = frozenset("and the of for with to from on at by is are be or as also not its their".split())
_WORD = re.compile(r"[^\W\d_]+")
_GERMAN_LETTERS = frozenset("äöüß")


#: a chart's language is judged by this many of its roles (the first, in reading order): as
#: sure as all of them, and a chart of 100,000 roles does not keep a dialog waiting a second
LANGUAGE_SAMPLE = 5000
#: ... and for the editor's canvas, which asks at each layout
CANVAS_SAMPLE = 300


def program_language() -> str:
    """The language the program speaks now (see `use_language`): "de" or "en"."""
    return supported(QLocale().name()) or "en"


def words_for(chart: OrgChart) -> str:
    """The language of the words the editor's pictures add to ``chart`` ("vacant", the
    legend) on the canvas, in print and as the Export dialog's default: the chart's, as
    `orgchart export` speaks, and the program's where its titles do not tell. Asked at each
    layout, so from a smaller sample (a few hundred words tell a language)."""
    return chart_language(chart, program_language(), sample=CANVAS_SAMPLE)


def chart_language(chart: OrgChart, tie: str = "en", sample: int = LANGUAGE_SAMPLE) -> str:
    """"de" when the chart's team names, titles, descriptions and responsibilities read more
    German than English, "en" when they read more English, else ``tie`` (an empty chart, or
    titles such as "CTO" that are both). ``sample``: how many roles are read at most (with the
    teams they are in)."""
    texts: list[str] = [chart.name]
    hierarchy = chart.hierarchy()
    role_ids = hierarchy.order[:sample]
    for team_id in dict.fromkeys(hierarchy.team[r] for r in role_ids):  # the teams they are in
        team = chart.team(team_id)
        texts += [team.name, team.description]
    for role in chart.roles_by_id(role_ids).values():
        texts += [role.title, *role.responsibilities, *role.skills]
    german = english = 0
    # each word once, however often it occurs: a large chart repeats its titles' words
    for word, count in Counter(_WORD.findall(" ".join(texts).lower())).items():
        if word in GERMAN_WORDS or not _GERMAN_LETTERS.isdisjoint(word):
            german += count
        elif word in ENGLISH_WORDS:
            english += count
    return "de" if german > english else "en" if english > german else tie
