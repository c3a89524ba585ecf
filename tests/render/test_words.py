"""The words a picture adds speak the language `words_in` chose, in that context only: a
picture drawn in a thread in the chart's language leaves the window's language alone."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from orgchart.render import words
from orgchart.render.team_figures import number
from orgchart.render.words import translate, words_in


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Translations need the application object."""


def english_number() -> str:
    """2.5 as English writes it in this system's region (2,5 in Germany: `locale_for`)."""
    with words_in("en"):
        return f"2{words.locale().decimalPoint()}5"


def test_inside_words_in_the_pictures_words_and_numbers_are_in_that_language() -> None:
    english = english_number()
    assert translate("Card", "vacant") == "vacant"
    with words_in("de"):
        assert translate("Card", "vacant") == "unbesetzt"
        assert translate("Legend", "reports to") == "berichtet an"
        assert number(2.5) == "2,5"  # German writes a decimal comma in any region
        with words_in("en"):
            assert translate("Card", "vacant") == "vacant" and number(2.5) == english
        assert translate("Card", "vacant") == "unbesetzt"
        assert QCoreApplication.translate("Card", "vacant") == "vacant"  # the program's words
    assert translate("Card", "vacant") == "vacant"
    with words_in(None):  # the program's language
        assert translate("Card", "vacant") == QCoreApplication.translate("Card", "vacant")


def test_another_thread_keeps_the_programs_language() -> None:
    inside, seen = threading.Event(), threading.Event()
    found: dict[str, str] = {}

    def other() -> None:
        inside.wait(10)
        found["other"] = translate("Card", "vacant")
        seen.set()

    thread = threading.Thread(target=other)
    thread.start()
    with words_in("de"):
        inside.set()
        seen.wait(10)
        found["here"] = translate("Card", "vacant")
    thread.join(10)
    assert found == {"other": "vacant", "here": "unbesetzt"}


def test_a_language_without_a_translation_is_refused() -> None:
    with pytest.raises(ValueError, match="no translation for 'fr'"), words_in("fr"):
        pass
