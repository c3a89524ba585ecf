"""Department colours stay apart for colour-blind viewers: every pair of a theme's palette,
and of the teams' colours in the samples, differs clearly under simulated protanopia and
deuteranopia (red-green blindness, about 1 man in 12), and the palettes under tritanopia too.

The simulation is Machado, Oliveira & Fernandes (2009) at full severity, applied to linear
sRGB; the difference is CIE76 ΔE in CIELAB (D65). ΔE 12 is well above what one notices between
two flat areas side by side (≈2-3) and what tells two team frames apart at a glance."""

from __future__ import annotations

import itertools
import math

import pytest

from orgchart.io import load
from orgchart.model import OrgChart
from orgchart.render.theme import DARK, LIGHT, team_colors
from tests.conftest import SAMPLES

MIN_DELTA_E = 12.0

MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
IDENTITY = ((1, 0, 0), (0, 1, 0), (0, 0, 1))


def linear(hex_colour: str) -> list[float]:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(hex_colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, float, float]:
    rgb = linear(hex_colour)
    simulated = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix]
    return lab(simulated)


def closest_pair(colours: list[str], matrix: tuple[tuple[float, ...], ...]) -> tuple[float, str, str]:
    return min(
        (math.dist(seen(a, matrix), seen(b, matrix)), a, b) for a, b in itertools.combinations(colours, 2)
    )


def test_the_simulation_confuses_what_red_green_blind_viewers_confuse() -> None:
    """A check of the check: red and green, far apart for most, nearly one for deuteranopes."""
    red, green = "#d62728", "#2ca02c"
    assert closest_pair([red, green], IDENTITY)[0] > 60
    assert closest_pair([red, green], MACHADO["deuteranopia"])[0] < MIN_DELTA_E


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
@pytest.mark.parametrize("vision", ["normal", *MACHADO])
def test_a_themes_palette_stays_apart_for_colour_blind_viewers(theme: object, vision: str) -> None:
    palette = list(theme.palette)  # type: ignore[attr-defined]
    distance, a, b = closest_pair(palette, MACHADO.get(vision, IDENTITY))
    assert distance >= MIN_DELTA_E, f"{a} and {b} look alike with {vision} (ΔE {distance:.1f})"


def sample_colours(chart: OrgChart) -> list[str]:
    return sorted(set(team_colors(chart, LIGHT).values()))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("vision", ["normal", "protanopia", "deuteranopia"])
def test_the_samples_team_colours_stay_apart_for_colour_blind_viewers(path: object, vision: str) -> None:
    colours = sample_colours(load(path).chart)  # type: ignore[arg-type]
    distance, a, b = closest_pair(colours, MACHADO.get(vision, IDENTITY))
    assert distance >= MIN_DELTA_E, f"{a} and {b} look alike with {vision} (ΔE {distance:.1f})"
