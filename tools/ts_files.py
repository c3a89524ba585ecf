"""Qt Linguist's .ts files for tools/translations.py: the strings found in the code, and
reading, merging and writing the translations (in lupdate's layout)."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""  # the disambiguation


@dataclass
class Found:
    """A string of the code, where it is used, and whether it has plural forms (%n)."""

    key: Key
    places: list[str] = field(default_factory=list)  # "orgchart/ui/menus.py:52"
    numerus: bool = False


@dataclass
class Extraction:
    messages: dict[Key, Found] = field(default_factory=dict)
    dynamic: list[str] = field(default_factory=list)  # "file:line: what"

    def add(self, key: Key, place: str, numerus: bool = False) -> None:
        found = self.messages.setdefault(key, Found(key))
        found.places.append(place)
        found.numerus = found.numerus or numerus


@dataclass
class Entry:
    key: Key
    translations: list[str]  # one, or one per plural form
    finished: bool
    numerus: bool = False
    vanished: bool = False
    places: list[str] = field(default_factory=list)


def read_ts(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    if not path.exists():
        return entries
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms or [translation.text or "" if translation is not None else ""]
            entries[key] = Entry(
                key,
                texts,
                finished=kind == "" and all(texts),
                numerus=message.get("numerus") == "yes",
                vanished=kind in ("vanished", "obsolete"),
            )
    return entries


def merge(found: Extraction, old: dict[Key, Entry], forms: int) -> list[Entry]:
    """The new .ts content: the code's strings in the order they appear (keeping every
    translation made), then strings the code no longer has but a translation exists for."""
    entries = []
    order = sorted(found.messages.values(), key=lambda f: (f.key.context, _first(f.places)))
    for item in order:
        was = old.get(item.key)
        count = forms if item.numerus else 1
        texts = (was.translations if was else [])[:count]
        texts += [""] * (count - len(texts))
        finished = bool(was and all(texts) and (was.finished or was.vanished))
        entries.append(Entry(item.key, texts, finished, item.numerus, False, item.places))
    for key, was in old.items():
        if key not in found.messages and any(was.translations):
            entries.append(dataclasses.replace(was, vanished=True, places=[]))
    return sorted(entries, key=lambda e: (e.key.context, e.vanished))  # stable: code order kept


def _first(places: list[str]) -> tuple[str, int]:
    path, _, line = places[0].rpartition(":")
    return path, int(line)


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def write_ts(path: Path, entries: list[Entry], language: str, base: Path) -> None:
    """lupdate's layout; locations name files without lines, so moving code changes nothing.
    The entries' places are relative to ``base``; locations are relative to the file."""
    up = Path(os.path.relpath(base, path.parent)).as_posix()
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    contexts = sorted({e.key.context for e in entries})
    for context in contexts:
        lines += ["<context>", f"    <name>{_esc(context)}</name>"]
        for entry in (e for e in entries if e.key.context == context):
            lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
            for file in dict.fromkeys(p.rpartition(":")[0] for p in entry.places):
                lines.append(f'        <location filename="{up}/{file}"/>')
            lines.append(f"        <source>{_esc(entry.key.source)}</source>")
            if entry.key.comment:
                lines.append(f"        <comment>{_esc(entry.key.comment)}</comment>")
            kind = ' type="vanished"' if entry.vanished else "" if entry.finished else ' type="unfinished"'
            if entry.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_esc(t)}</numerusform>" for t in entry.translations]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_esc(entry.translations[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", "utf-8")


def missing(found: Extraction, entries: dict[Key, Entry]) -> list[Found]:
    """The code's strings that have no finished translation in ``entries``."""
    return [
        item
        for key, item in found.messages.items()
        if key not in entries or not entries[key].finished or entries[key].vanished
    ]
