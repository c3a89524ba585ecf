"""Readable, stable ids made from titles ("Marketing-Manager" -> "marketing-manager")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; German umlauts become ae/oe/ue/ss."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:48].strip("-")


def unique_id(text: str, taken: Container[str]) -> str:
    """``slug(text)``, with ``-2``, ``-3``… appended until it is not in ``taken``."""
    base = slug(text) or "item"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
