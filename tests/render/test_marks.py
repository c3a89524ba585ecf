"""Changes marked on a picture: which mark each role gets, the outlines and badges painted,
removed roles shown faded below the chart, and the legend explaining the marks."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from orgchart.model import OrgChart, Role, Team
from orgchart.model.diff import diff_charts
from orgchart.render.export import svg_bytes
from orgchart.render.marks import MARK_COLORS, ChartMarks, Mark
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import DARK, LIGHT

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts need the session's QApplication."""


def versions() -> tuple[OrgChart, OrgChart]:
    old = OrgChart("Shop")
    old.add_team(Team("biz", "Business"))
    old.add_team(Team("fin", "Finance"))
    old.add_role(Role("boss", "Manager"), "biz")
    old.add_role(Role("dev", "Developer"), "biz", "boss")
    old.add_role(Role("qa", "Tester"), "biz", "boss")
    old.add_role(Role("acc", "Accountant"), "fin", "boss")
    old.add_role(Role("clerk", "Clerk"), "fin", "acc")
    new = old.copy()
    new.remove_role("clerk")
    new.add_role(Role("ops", "Operations lead"), "biz", "boss")
    new.move_role("qa", "fin", manager="acc")  # moved
    new.update_role(dataclasses.replace(new.role("dev"), holder="Jana"))  # changed
    new.rename_role("acc", "Chief accountant")
    new.move_role("acc", "biz")  # moved and changed
    return old, new


def test_each_role_gets_the_marks_of_its_changes() -> None:
    marks = ChartMarks.from_diff(diff_charts(*versions()), "old.json")
    assert dict(marks.roles) == {
        "ops": (Mark.ADDED,),
        "qa": (Mark.MOVED,),
        "dev": (Mark.CHANGED,),
        "acc": (Mark.MOVED, Mark.CHANGED),
    }
    assert [(r.role.title, r.team, r.team_id) for r in marks.removed] == [("Clerk", "Finance", "fin")]
    assert [marks.count(m) for m in Mark] == [1, 2, 2, 1]
    assert not ChartMarks.from_diff(diff_charts(versions()[0], versions()[0]))


def _image(picture: ChartPicture) -> QImage:
    image = QImage(round(picture.width), round(picture.height), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    picture.paint(painter)
    painter.end()
    return image


def _near(image: QImage, x: float, y: float, color: str) -> bool:
    want = QColor(color)
    for dx in range(-2, 3):
        pixel = image.pixelColor(round(x) + dx, round(y))
        if max(abs(pixel.red() - want.red()), abs(pixel.green() - want.green()), abs(pixel.blue() - want.blue())) < 40:
            return True
    return False


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_marked_cards_are_outlined_in_their_marks_colour(theme: object) -> None:
    old, new = versions()
    marks = ChartMarks.from_diff(diff_charts(old, new))
    picture = ChartPicture(new, theme, marks=marks)  # type: ignore[arg-type]
    plain = ChartPicture(new, theme)  # type: ignore[arg-type]
    image, unmarked = _image(picture), _image(plain)
    offset = picture.chart_offset
    for role_id, mark in (("ops", Mark.ADDED), ("qa", Mark.MOVED), ("dev", Mark.CHANGED), ("acc", Mark.MOVED)):
        r = picture.geometry.cards[role_id].rect
        left, middle = r.x + offset.x() - 2.5, r.y + offset.y() + r.h / 2
        assert _near(image, left, middle, MARK_COLORS[mark]), role_id
        assert not _near(unmarked, left, middle, MARK_COLORS[mark]), role_id
    r = picture.geometry.cards["boss"].rect
    assert not any(_near(image, r.x + offset.x() - 2.5, r.y + offset.y() + r.h / 2, c) for c in MARK_COLORS.values())


def test_removed_roles_are_drawn_below_the_chart_and_the_legend_explains_the_marks() -> None:
    old, new = versions()
    marks = ChartMarks.from_diff(diff_charts(old, new), "old.json")
    picture = ChartPicture(new, LIGHT, marks=marks)
    plain = ChartPicture(new, LIGHT)
    assert picture.removed is not None and plain.removed is None
    ((removed, rect),) = picture.removed.cards
    assert removed.role.title == "Clerk"
    assert picture.height > plain.height + rect.height()
    assert picture.removed_top == picture.title_height + picture.geometry.bounds.h
    root = ET.fromstring(svg_bytes(picture))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    for text in ("Clerk", "Operations lead", "new", "moved", "changed", "removed", "Removed roles (1): in old.json, not in this chart"):
        assert text in texts, text
    for legend in ("new role", "moved: other team or manager", "changed: title or fields", "removed (faded, below the chart)"):
        assert legend in texts, legend
    plain_texts = {"".join(t.itertext()) for t in ET.fromstring(svg_bytes(plain)).iter(f"{SVG}text")}
    assert not plain_texts & {"new", "moved", "removed", "new role", "Clerk"}


def test_the_legend_shows_only_the_marks_used() -> None:
    old, new = versions()
    new = old.copy()
    new.add_role(Role("ops", "Operations lead"), "biz", "boss")
    picture = ChartPicture(new, LIGHT, marks=ChartMarks.from_diff(diff_charts(old, new)))
    labels = [item.label for item in picture.legend_items if item.mark is not None]
    assert labels == ["new role"]


def test_the_removed_section_is_clipped_like_the_rest() -> None:
    """A clip that misses the removed section paints none of it (the canvas paints exposed
    parts only); one on it paints its faded cards."""
    old, new = versions()
    picture = ChartPicture(new, LIGHT, marks=ChartMarks.from_diff(diff_charts(old, new)))
    assert picture.removed is not None
    _, rect = picture.removed.cards[0]
    card = rect.translated(0, picture.removed_top)
    for clip, painted in ((QRectF(0, 0, 10, 10), False), (card.adjusted(-4, -4, 4, 4), True)):
        image = QImage(round(picture.width), round(picture.height), QImage.Format.Format_ARGB32)
        image.fill(QColor("#000000"))
        painter = QPainter(image)
        picture.paint(painter, clip)
        painter.end()
        inside = image.pixelColor(round(card.center().x()), round(card.center().y()))
        assert (inside != QColor("#000000")) is painted


def test_a_team_shown_only_in_the_removed_section_keeps_its_colour_in_the_legend() -> None:
    # At --depth 1 only the manager's team is drawn; the removed clerk is, in Finance's colour.
    from orgchart.layout import LayoutParams

    old, new = versions()
    marks = ChartMarks.from_diff(diff_charts(old, new))
    picture = ChartPicture(new, LIGHT, LayoutParams(max_depth=1), marks=marks)
    assert "fin" not in {frame.team_id for frame in picture.geometry.frames}
    assert picture.removed is not None
    teams = [item.label for item in picture.legend_items if item.is_team]
    assert teams == ["Business", "Finance"]
    plain = ChartPicture(new, LIGHT, LayoutParams(max_depth=1))
    assert [i.label for i in plain.legend_items if i.is_team] == ["Business"]
