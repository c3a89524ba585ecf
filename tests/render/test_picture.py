"""The whole picture: nothing outside it, legend not cut, themes readable."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from orgchart.io import load
from orgchart.layout import LayoutParams
from orgchart.model import Direction, Link, OrgChart, Role, Team
from orgchart.render.export import svg_bytes
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import DARK, LIGHT, team_colors

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts need the session's QApplication."""


def _pair() -> OrgChart:
    chart = OrgChart("Zwei")
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("a", "A"), "t")
    chart.add_role(Role("b", "B"), "t", "a")
    chart.add_link(Link("b", "a"))
    return chart


def test_a_narrow_chart_still_has_room_for_its_whole_legend() -> None:
    picture = ChartPicture(_pair(), LIGHT)
    widest = max(picture._item_width(item) for item in picture.legend_items)
    assert picture.width >= widest + 40


def test_text_with_control_characters_gives_valid_svg() -> None:
    chart = OrgChart("Steuer\x0bzeichen")
    chart.add_team(Team("t", "Team\x1b"))
    chart.add_role(Role("a", "Titel\x01mit\x7fZeichen", holder="Name\x0c"), "t")
    root = ET.fromstring(svg_bytes(ChartPicture(chart, LIGHT)))  # raises on invalid XML characters
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Titel mit Zeichen" in texts


def test_left_right_compact_does_not_spread_a_wide_team_sideways() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("boss", "Leitung"), "t")
    for i in range(40):
        chart.add_role(Role(f"r{i}", f"Rolle {i}"), "t", "boss")
    plain = ChartPicture(chart, LIGHT, LayoutParams(direction=Direction.LEFT_RIGHT))
    compact = ChartPicture(chart, LIGHT, LayoutParams(direction=Direction.LEFT_RIGHT, compact=True))
    assert compact.width <= plain.width


def test_the_dark_theme_has_no_black_teams() -> None:
    chart = OrgChart()
    for i in range(10):
        chart.add_team(Team(f"t{i}", f"T{i}"))
    assert "#000000" not in team_colors(chart, DARK).values()


def _label_clashes(picture: ChartPicture) -> list[str]:
    marker = picture.fonts.metrics(picture.fonts.badge).height() / 2
    cards = {
        c.role_id: QRectF(c.rect.x, c.rect.y - marker, c.rect.w, c.rect.h + marker)
        for c in picture.geometry.cards.values()
    }
    places = picture.painter.label_places()
    clashes = [
        f"{line.label!r} on {role}"
        for line, box in places
        for role, card in cards.items()
        if box.intersects(card)
    ]
    for i, (a, box) in enumerate(places):
        clashes += [f"{a.label!r} on {b.label!r}" for b, other in places[i + 1 :] if box.intersects(other)]
    return clashes


@pytest.mark.parametrize("sample", ["ecommerce-departments.en.json", "ecommerce-project-roles.de.json"])
def test_every_sample_label_is_shown_on_its_own_and_on_no_card_or_marker(sample: str) -> None:
    picture = ChartPicture(load(SAMPLES / sample).chart, LIGHT)
    shown = sorted(line.label for line, _ in picture.painter.label_places())
    assert shown == sorted(link.label for link in picture.chart.links() if link.label)
    assert _label_clashes(picture) == []


def test_crowded_labels_are_left_out_rather_than_stacked() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("a", "A"), "t")
    for i in range(12):
        chart.add_role(Role(f"r{i}", f"Rolle {i}"), "t", "a")
        chart.add_link(Link(f"r{i}", "a", label=f"a rather long label number {i}"))
    picture = ChartPicture(chart, LIGHT)
    assert picture.painter.label_places()  # some fit
    assert _label_clashes(picture) == []


class _CountingPainter(QPainter):
    """Counts the words painted (the painting code calls drawText from Python)."""

    words = 0

    def drawText(self, *args: object) -> None:  # type: ignore[override]
        self.words += 1
        super().drawText(*args)  # type: ignore[call-overload]


def test_a_picture_without_text_paints_shapes_and_no_words() -> None:
    picture = ChartPicture(load(SAMPLES / "ecommerce-departments.en.json").chart, LIGHT)
    counts = []
    for text in (True, False):
        image = QImage(200, 100, QImage.Format.Format_ARGB32)
        painter = _CountingPainter(image)
        painter.scale(200 / picture.width, 100 / picture.height)
        picture.paint(painter, text=text)
        painter.end()
        counts.append(painter.words)
    assert counts[0] > 2 * picture.chart.role_count and counts[1] == 0


def test_a_picture_paints_the_chart_as_it_was_laid_out_even_after_it_changed() -> None:
    chart = _pair()
    picture = ChartPicture(chart, LIGHT)
    chart.remove_role("b")  # an editor repaints between a change and the next layout
    chart.rename_team("t", "Neu")
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    painter = _CountingPainter(image)
    picture.paint(painter)  # no error: values come from the picture, not the live chart
    painter.end()
    assert painter.words > 0


def test_the_legend_names_the_departments_drawn_and_no_others() -> None:
    chart = load(SAMPLES / "ecommerce-departments.en.json").chart
    departments = [chart.team(t).name for t in chart.subteams_of(None)]

    def legend(params: LayoutParams) -> list[str]:
        picture = ChartPicture(chart, LIGHT, params)
        return [item.label for item in picture.legend_items if item.is_team]

    assert legend(LayoutParams()) == departments
    # --depth 1: the top role only, in one department; the others are not drawn
    top = [c.team_id for c in ChartPicture(chart, LIGHT, LayoutParams(max_depth=1)).geometry.cards.values()]
    assert len(set(top)) == 1
    assert legend(LayoutParams(max_depth=1)) == [chart.team(top[0]).name]
    assert len(legend(LayoutParams(max_depth=2))) > 1


def test_the_legend_explains_the_badges_of_what_is_not_drawn() -> None:
    # --depth 1 showed "⋯ 1" and "+20" on the top card, and the legend explained neither: the
    # dotted lines' entry came only with a dotted line drawn.
    chart = load(SAMPLES / "ecommerce-departments.en.json").chart

    def legend(params: LayoutParams) -> list[str]:
        return [item.label for item in ChartPicture(chart, LIGHT, params).legend_items]

    shallow = legend(LayoutParams(max_depth=1))
    assert "⋯ n on a card: its dotted lines, to roles not shown" in shallow
    assert "+n on a card: the roles below it, not shown" in shallow
    whole = legend(LayoutParams())
    assert "works closely with (⋯ n on a card: its dotted lines)" in whole
    assert not any(label.startswith(("⋯ n", "+n")) for label in whole)  # all of it drawn
    picture = ChartPicture(chart, LIGHT, LayoutParams(max_depth=1))
    image = QImage(round(picture.width), round(picture.height), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    picture.paint(painter)  # words alone, without a swatch, paint too
    painter.end()
    assert max(picture._item_width(item) for item in picture.legend_items) <= picture.width


def test_one_team_cut_out_of_a_chart_counts_the_dotted_lines_leaving_it() -> None:
    # `--team Marketing` drew the digital marketing manager without its "⋯ 1" (its line to
    # the data analyst in Technology), where `--depth` counts the lines to roles not drawn.
    chart = load(SAMPLES / "ecommerce-departments.en.json").chart
    part = chart.extract("team-marketing")
    assert not part.links()
    cut = ChartPicture(part, LIGHT, cut_from=chart)
    assert cut.measure.link_counts == {"digital-marketing-manager": 1}
    assert "⋯ n on a card: its dotted lines, to roles not shown" in [i.label for i in cut.legend_items]
    # a team with a line inside it and lines out: all of them counted, the inner one drawn
    tech = ChartPicture(chart.extract("team-technology"), LIGHT, cut_from=chart)
    assert tech.measure.link_counts == {"data-analyst": 2, "ecommerce-operations-specialist": 2, "web-developer": 1}
    assert len([line for line in tech.geometry.lines if line.label]) == 1
    assert ChartPicture(part, LIGHT).measure.link_counts == {}  # a chart of its own: none


def test_a_labelled_dotted_line_takes_no_detour_when_an_upright_run_holds_its_label() -> None:
    # "Align campaigns" runs from the marketing manager up into the side of the head of
    # Digital; its label is wider than that run is long, but sits across it. Asking for a
    # level run as long as the label sent the line over the top of the head's card.
    chart = load(SAMPLES / "ecommerce-project-roles.en.json").chart
    picture = ChartPicture(chart, LIGHT)
    (line,) = [line for line in picture.geometry.lines if line.label == "Align campaigns"]
    head = picture.geometry.cards[line.target].rect
    assert chart.role(line.target).title == "Head of Digital"
    assert min(y for _, y in line.points) >= head.y
    assert line.points[-1][0] == head.right  # in at its side


def test_a_line_passing_a_team_header_does_not_cross_out_its_words() -> None:
    # In a compact chart with figures, the line down into the warehouse team's stack ran
    # through "2 unbe|setzt": the words' backing let a fifth of it show.
    from orgchart.layout import LineKind
    from orgchart.render.team_figures import caption_width

    chart = load(SAMPLES / "ecommerce-project-roles.de.json").chart
    picture = ChartPicture(chart, LIGHT, LayoutParams(compact=True), figures=True)
    image = QImage(round(picture.width), round(picture.height), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    picture.paint(painter)
    painter.end()
    fonts, dy = picture.fonts, picture.chart_offset.y()
    metrics = fonts.metrics(fonts.header)
    crossings = 0
    for frame in picture.geometry.frames:
        caption = picture.figures.get(frame.team_id, "")
        words = metrics.horizontalAdvance(chart.team(frame.team_id).name) + (
            caption_width(caption, fonts) if caption else 0
        )
        left, right = frame.header.x + 12, frame.header.x + 10 + words
        middle = frame.header.y + frame.header.h / 2
        # on the backing, just above the letters (a letter's own colour would not tell)
        baseline = frame.header.y + (frame.header.h + metrics.ascent() - metrics.descent()) / 2
        probe = baseline - metrics.ascent() - 1
        for line in picture.geometry.lines:
            if line.kind is not LineKind.REPORTS:
                continue
            for (x1, y1), (x2, y2) in zip(line.points, line.points[1:], strict=False):
                if x1 == x2 and left < x1 < right and min(y1, y2) < middle < max(y1, y2):
                    crossings += 1
                    pixel = image.pixelColor(round(x1), round(probe + dy))
                    beside = image.pixelColor(round(x1) + 4, round(probe + dy))  # the backing alone
                    assert beside.lightness() - pixel.lightness() < 12, (frame.team_id, pixel.name())
    assert crossings  # the chart has such a crossing


def test_a_dotted_lines_label_stays_inside_the_picture() -> None:
    # Finance alone, with the data analyst moved into it: "Sales trends" runs up the left
    # margin, and its label, centred on the line, stuck out of the picture (clipped at x=0).
    chart = load(SAMPLES / "ecommerce-departments.en.json").chart
    chart.move_role("data-analyst", "team-finance", manager="financial-analyst")
    parts = [chart.extract(t) for t in chart.team_ids()]
    checked = 0
    for part in [chart, *parts]:
        for direction in Direction:
            picture = ChartPicture(part, LIGHT, LayoutParams(direction=direction))
            bounds = picture.geometry.bounds
            for line, box in picture.painter.label_places():
                assert 0 <= box.left() and box.right() <= bounds.w, line.label
                assert 0 <= box.top() and box.bottom() <= bounds.h, line.label
                checked += 1
    assert checked >= 10
