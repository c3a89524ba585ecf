"""The words a picture adds to the chart it draws ("vacant", badges, the legend, team figures,
page notes), and the language they are in.

By default that is the program's language (its installed translators and locale, see
`orgchart.render.language`). Inside `words_in`, pictures speak another: an export in the
chart's own language, or the one the user chose. The choice holds only in the context that
makes it (a context variable), so an export drawn in a worker thread speaks its language while
the window beside it goes on in the user's, and nothing global is switched back and forth.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from orgchart.render.language import LANGUAGES, TRANSLATIONS, locale_for

#: the language chosen for the pictures made in this context: its code, its translator
#: (None for English, the language of the code) and locale; None: the program's language
_CHOSEN: ContextVar[tuple[str, QTranslator | None, QLocale] | None]
_CHOSEN = ContextVar("picture_words", default=None)
#: the translators this thread loaded so far, by language (None: English, or no compiled
#: translation): each thread its own, as Qt's translators are reentrant, not thread-safe
_LOADED = threading.local()


def chosen() -> str | None:
    """The language `words_in` chose for this context (None: the program's)."""
    found = _CHOSEN.get()
    return None if found is None else found[0]


def translate(context: str, text: str) -> str:
    """``text`` of ``context`` in the pictures' language (as `QCoreApplication.translate`)."""
    chosen = _CHOSEN.get()
    if chosen is None:
        return QCoreApplication.translate(context, text)
    translator = chosen[1]
    if translator is None:  # English
        return text
    return translator.translate(context, text) or text


def locale() -> QLocale:
    """How the pictures' language writes numbers (a decimal comma in German)."""
    chosen = _CHOSEN.get()
    return QLocale() if chosen is None else chosen[2]


@contextmanager
def words_in(language: str | None) -> Iterator[None]:
    """Pictures made and painted inside speak ``language`` ("de", "en"; None: the program's
    language), in this context only."""
    if language is None:
        yield
        return
    if language not in LANGUAGES:
        raise ValueError(f"no translation for {language!r} (there are: {', '.join(LANGUAGES)})")
    loaded: dict[str, QTranslator | None] = _LOADED.__dict__.setdefault("by_language", {})
    if language not in loaded:  # once: the editor's canvas paints in its chart's language
        translator: QTranslator | None = None
        if language != "en":
            translator = QTranslator()
            if not translator.load(f"orgchart_{language}", str(TRANSLATIONS)):
                translator = None  # no compiled translation (a bare source checkout): the words as written
        loaded[language] = translator
    token = _CHOSEN.set((language, loaded[language], locale_for(language, QLocale.system())))
    try:
        yield
    finally:
        _CHOSEN.reset(token)
