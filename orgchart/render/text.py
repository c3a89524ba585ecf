"""Word wrapping that never cuts text off: lines break at spaces, after hyphens and slashes,
and inside a word only when the word alone is wider than the line."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetricsF

# Control characters (and U+FFFE/U+FFFF) cannot stand in SVG's XML and show as nothing
# anyway: painted text gets a space instead. Line breaks are split off before this.
_UNPRINTABLE = {c: " " for c in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF]}


def printable(text: str) -> str:
    """``text`` with characters that cannot be painted (or written to SVG) as spaces."""
    return text.translate(_UNPRINTABLE)


_PIECES = re.compile(r"[^\s\-/]*[\-/]+|\S+?(?=[\-/])|\S+|\s+")


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` as lines no wider than ``width`` (explicit line breaks are kept)."""
    if text.isprintable() and metrics.horizontalAdvance(text) <= width:
        return [text.strip()]  # the common case (no line breaks, no controls), in one measurement
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph(printable(paragraph).strip(), metrics, width))
    return lines


def _wrap_paragraph(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for piece in _PIECES.findall(text):
        candidate = current + piece
        if metrics.horizontalAdvance(candidate.rstrip()) <= width or not current.strip():
            current = candidate
        else:
            lines.append(current.rstrip())
            current = piece.lstrip()
        while metrics.horizontalAdvance(current.rstrip()) > width and len(current.strip()) > 1:
            cut = _fit(current, metrics, width)
            lines.append(current[:cut])
            current = current[cut:].lstrip()
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines


def _fit(text: str, metrics: QFontMetricsF, width: float) -> int:
    """How many leading characters of ``text`` fit into ``width`` (at least one)."""
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return low
