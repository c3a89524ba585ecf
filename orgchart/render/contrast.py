"""Text in a team's colour that stays readable: the colour darkened on a light background
(lightened on a dark one), and further until its contrast with the background reaches
WCAG's minimum for normal text (a team's name in yellow, #f0e442, was 2.4:1)."""

from __future__ import annotations

from PySide6.QtGui import QColor

#: WCAG 2's contrast minimum for text under 14 pt bold (team names are 12 to 13 px)
MINIMUM = 4.5


def luminance(color: QColor) -> float:
    """WCAG's relative luminance (0 black, 1 white)."""

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color: QColor, background: QColor) -> QColor:
    """``color`` for text on ``background``: darkened (lightened, on a dark background) as
    team names always were, and more where that leaves it under `MINIMUM` contrast."""
    dark = background.lightness() < 128
    text = color.lighter(165) if dark else color.darker(135)
    hue, saturation, lightness, alpha = text.getHslF()
    hue = max(hue, 0.0)  # (-1 for a grey)
    while contrast(text, background) < MINIMUM and (lightness < 1.0 if dark else lightness > 0.0):
        lightness = min(1.0, lightness + 0.04) if dark else max(0.0, lightness - 0.04)
        text = QColor.fromHslF(hue, saturation, lightness, alpha)
    return text
