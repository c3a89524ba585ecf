"""The German UI: every text the code shows has a translation in
orgchart/resources/translations/orgchart_de.ts, the compiled .qm says the same, and the extractor
(tools/translations.py) finds what it must."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import textwrap
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from tests.conftest import ROOT

#: Texts that stay English in the German UI on purpose, as (context, source): none so far.
#: (A name of a format or a product is no reason: "PNG (image)" still says "Bild" in German.)
INTENTIONALLY_UNTRANSLATED: set[tuple[str, str]] = set()

HOW_TO_FIX = (
    "run `make translations` (adds them to orgchart/resources/translations/orgchart_de.ts), translate them "
    "there (by hand, or with .venv/bin/pyside6-linguist), then `make translations` again"
)


def tool() -> ModuleType:
    if "translations_tool" not in sys.modules:
        spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["translations_tool"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["translations_tool"]


@cache
def extraction() -> object:
    return tool().extract()


def german() -> dict:
    return tool().read_ts(tool().ts_path("de"))


def test_every_text_of_the_ui_has_a_german_translation() -> None:
    found = extraction()
    missing = [
        item
        for item in tool().missing(found, german())
        if (item.key.context, item.key.source) not in INTENTIONALLY_UNTRANSLATED
    ]
    listed = "\n".join(f"  [{m.key.context}] {m.key.source!r}  ({m.places[0]})" for m in missing)
    assert not missing, f"{len(missing)} texts have no German translation; {HOW_TO_FIX}:\n{listed}"


def test_the_compiled_translations_say_what_the_sources_say(qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(str(tool().ts_path("de").with_suffix(".qm")))
    stale = []
    for key, entry in german().items():
        if not entry.finished or entry.vanished:
            continue
        comment = key.comment or None
        if entry.numerus:
            got = [translator.translate(key.context, key.source, comment, n) for n in (1, 2)]
        else:
            got = [translator.translate(key.context, key.source, comment)]
        if got != entry.translations:
            stale.append(f"  [{key.context}] {key.source!r}: .qm has {got!r}")
    assert not stale, "orgchart_de.qm is older than orgchart_de.ts; run `make translations`:\n" + "\n".join(
        stale[:20]
    )


def test_translations_keep_the_placeholders_and_one_accelerator() -> None:
    wrong = []
    for key, entry in german().items():
        for text in entry.translations if entry.finished else []:
            if sorted(re.findall(r"%\d|%n", text)) != sorted(re.findall(r"%\d|%n", key.source)):
                wrong.append(f"  [{key.context}] {key.source!r} -> {text!r}: placeholders differ")
            if ("&" in key.source.replace("&&", "")) != (text.replace("&&", "").count("&") == 1):
                wrong.append(f"  [{key.context}] {key.source!r} -> {text!r}: the & (menu key) differs")
    assert not wrong, "\n".join(wrong)


def test_the_german_menus_each_have_their_own_keys() -> None:
    """Alt+D opens Datei, Alt+B Bearbeiten, Alt+A Ansicht: no two menus share a letter."""
    entries = german()
    keys = [
        entries[tool().Key("MainWindow", name)].translations[0] for name in ("&File", "&Edit", "&View")
    ]
    assert keys == ["&Datei", "&Bearbeiten", "&Ansicht"]


def test_the_extractor_finds_what_pyside6_lupdate_finds(tmp_path: Path) -> None:
    """lupdate reads the same code; where it knows a context, it must be ours. (It files a
    module's own ``tr("…")`` helper under no context: that is why the extractor exists.)"""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path / "lupdate.ts"
    files = [str(p) for p in sorted((ROOT / "orgchart").rglob("*.py"))]
    subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", *files, "-ts", str(out)],
                   check=True, capture_output=True)
    ours = {(k.context, k.source) for k in extraction().messages}
    sources = {source for _, source in ours}
    theirs = tool().read_ts(out)
    assert theirs, "lupdate found nothing: has its output format changed?"
    lost = [k for k in theirs if (k.context, k.source) not in ours and not (k.context == "" and k.source in sources)]
    assert not lost, lost


def test_the_extractor_knows_the_idioms_of_this_code(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "commands").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "words.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

        NAMES = {1: "side by side", 2: "stacked"}
        MARKED = (QT_TRANSLATE_NOOP("Other", "marked"),)

        def tr(text):
            return QCoreApplication.translate("Words", text)

        class Panel:
            def build(self):
                self.tr("Outline")
                tr("&File")
                QCoreApplication.translate("Canvas", "Deleted %n roles", "", 3)
                for label, suffix in (("PNG (image)", ".png"), ("SVG (drawing)", ".svg")):
                    tr(label)
                for key, name in NAMES.items():
                    tr(name)
                tr(some_function())
    '''))
    (package / "user.py").write_text("from pkg.words import tr\n\ndef f():\n    return tr('Imported helper')\n")
    (package / "commands" / "edit.py").write_text(textwrap.dedent('''
        class Rename:
            text = "Rename role"

        class Delete:
            @property
            def text(self):
                """Not a command name."""
                return "Delete branch" if self.all else "Delete role"
    '''))
    found = tool().extract(package)
    assert {(k.context, k.source) for k in found.messages} == {
        ("Panel", "Outline"),
        ("Words", "&File"),
        ("Canvas", "Deleted %n roles"),
        ("Words", "PNG (image)"),
        ("Words", "SVG (drawing)"),
        ("Words", "side by side"),
        ("Words", "stacked"),
        ("Other", "marked"),
        ("Words", "Imported helper"),
        ("Commands", "Rename role"),
        ("Commands", "Delete branch"),
        ("Commands", "Delete role"),
    }
    assert found.messages[tool().Key("Canvas", "Deleted %n roles")].numerus
    assert [d.split(": ", 1)[1] for d in found.dynamic] == ["tr(some_function())"]


def test_updating_a_ts_keeps_translations_and_marks_what_the_code_lost(tmp_path: Path) -> None:
    t = tool()
    path = tmp_path / "resources" / "translations" / "x_de.ts"
    path.parent.mkdir(parents=True)
    old = t.Extraction()
    old.add(t.Key("W", "Kept"), "a.py:1")
    old.add(t.Key("W", "Gone"), "a.py:2")
    entries = t.merge(old, {}, 2)
    for entry in entries:
        entry.translations, entry.finished = [entry.key.source + " (de)"], True
    t.write_ts(path, entries, "de_DE", tmp_path)
    assert '<location filename="../../a.py"/>' in path.read_text(encoding="utf-8")  # from the .ts
    new = t.Extraction()
    new.add(t.Key("W", "Kept"), "a.py:1")
    new.add(t.Key("W", "New"), "a.py:3")
    t.write_ts(path, t.merge(new, t.read_ts(path), 2), "de_DE", tmp_path)
    read = t.read_ts(path)
    assert read[t.Key("W", "Kept")].translations == ["Kept (de)"] and read[t.Key("W", "Kept")].finished
    assert read[t.Key("W", "Gone")].vanished and read[t.Key("W", "Gone")].translations == ["Gone (de)"]
    assert not read[t.Key("W", "New")].finished
    assert [m.key.source for m in t.missing(new, read)] == ["New"]
