"""The bundled DejaVu Sans fonts, so every machine measures and paints text alike."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from orgchart.render.theme import Theme

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"  # package data
FAMILY = "DejaVu Sans"
#: What an SVG viewer without DejaVu Sans should use instead (all narrower, so text still fits).
SVG_FALLBACK = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, Helvetica, sans-serif"


@lru_cache(maxsize=1)
def load_fonts() -> str:
    """Register the bundled fonts with Qt (once; needs a QGuiApplication); return the family."""
    for path in sorted(FONT_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    return FAMILY


def font(pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The chart font at a pixel size (pixels, not points: the same in PNG, SVG and PDF)."""
    f = QFont(load_fonts())
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    f.setItalic(italic)
    f.setKerning(True)
    # No ligatures: an "ffi" glyph would make "Officer" unsearchable in a PDF.
    for tag in ("liga", "clig", "dlig"):
        f.setFeature(QFont.Tag(tag), 0)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


@dataclass(frozen=True)
class ChartFonts:
    title: QFont
    text: QFont
    vacant: QFont
    badge: QFont
    header: QFont
    chart_title: QFont

    @classmethod
    def for_theme(cls, theme: Theme) -> ChartFonts:
        return cls(
            title=font(theme.card_title_size, bold=True),
            text=font(theme.card_text_size),
            vacant=font(theme.card_text_size, italic=True),
            badge=font(theme.badge_size),
            header=font(theme.header_size, bold=True),
            chart_title=font(theme.title_size, bold=True),
        )

    def metrics(self, which: QFont) -> QFontMetricsF:
        return QFontMetricsF(which)
