"""The canvas: real mouse and keyboard events on the view's viewport."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import press_and_move


def _at(window: MainWindow, role_id: str) -> QPoint:
    """Where a role's card is on the viewport, scrolled into view first."""
    canvas = window.canvas
    rect = canvas.card_rect(role_id)
    canvas.centerOn(rect.center())
    return canvas.mapFromScene(rect.center())


def _drag(qtbot: QtBot, window: MainWindow, role_id: str, target: QPoint) -> None:
    """Press on the role's card, move in steps to ``target`` (viewport), release."""
    canvas = window.canvas
    press_and_move(qtbot, window, canvas.mapFromScene(canvas.card_rect(role_id).center()), target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)


def _hold_over(qtbot: QtBot, window: MainWindow, role_id: str, target_id: str) -> tuple[QWidget, QPoint]:
    """Press on a card and move over another, not yet releasing: (the viewport, where)."""
    canvas = window.canvas
    start = canvas.mapFromScene(canvas.card_rect(role_id).center())
    target = canvas.mapFromScene(canvas.card_rect(target_id).center())
    press_and_move(qtbot, window, start, target)
    return canvas.viewport(), target


def _zoom_out_to_see_all(window: MainWindow) -> None:
    window.canvas.fit()


def test_dragging_a_role_onto_another_makes_it_report_there_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = window.document.chart
    before = chart.state()
    _zoom_out_to_see_all(window)
    target = window.canvas.mapFromScene(window.canvas.card_rect("operations-manager").center())
    _drag(qtbot, window, "seo-specialist", target)
    assert chart.manager_of("seo-specialist") == "operations-manager"
    assert chart.team_of("seo-specialist") == "team-operations"
    assert window.isWindowModified()
    assert window.history_panel.count() == 2  # opened + the move
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chart.state() == before
    assert not window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert chart.manager_of("seo-specialist") == "operations-manager"


def test_a_drop_lays_out_again_only_the_teams_it_changed(qtbot: QtBot, window: MainWindow) -> None:
    teams = len(window.document.chart.team_ids())
    _zoom_out_to_see_all(window)
    target = window.canvas.mapFromScene(window.canvas.card_rect("operations-manager").center())
    _drag(qtbot, window, "seo-specialist", target)
    memo = window.canvas.layout_memo
    assert 0 < memo.made < teams and memo.reused > 0


def test_the_canvas_redraws_where_the_model_put_the_role(qtbot: QtBot, window: MainWindow) -> None:
    _zoom_out_to_see_all(window)
    target = window.canvas.mapFromScene(window.canvas.card_rect("operations-manager").center())
    _drag(qtbot, window, "seo-specialist", target)
    qtbot.waitUntil(lambda: window.canvas.item.picture.chart is window.document.chart and _below(window))


def _below(window: MainWindow) -> bool:
    cards = window.canvas.item.picture.geometry.cards
    return cards["seo-specialist"].rect.y > cards["operations-manager"].rect.bottom and (
        cards["seo-specialist"].team_id == "team-operations"
    )


def test_a_drop_onto_the_roles_own_report_is_refused_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    before = chart.state()
    _zoom_out_to_see_all(window)
    canvas = window.canvas
    viewport, target = _hold_over(qtbot, window, "digital-marketing-manager", "seo-specialist")
    message = window.statusBar().currentMessage()
    assert "cannot report to SEO specialist" in message and "already reports to" in message
    assert canvas.target.isVisible()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert chart.state() == before and not window.history.can_undo


def test_dropping_a_role_on_a_team_frame_puts_it_in_the_team_and_says_so_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    _zoom_out_to_see_all(window)
    canvas = window.canvas
    picture = canvas.item.picture
    frame = next(f for f in picture.geometry.frames if f.team_id == "team-finance")
    # a spot inside the frame, near its bottom-right corner, away from any card
    spot = canvas.mapFromScene(picture.chart_offset + QPointF(frame.rect.right - 4, frame.rect.bottom - 4))
    press_and_move(qtbot, window, canvas.mapFromScene(canvas.card_rect("qa-tester").center()), spot)
    # Finance has no lead (its roles report to the e-commerce manager): the tester joins them
    assert window.statusBar().currentMessage() == (
        "QA tester will join Finance and administration, reporting to E-commerce manager"
    )
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    chart = window.document.chart
    assert chart.team_of("qa-tester") == "team-finance"
    assert chart.manager_of("qa-tester") == "ecommerce-manager"
    assert window.statusBar().currentMessage() == ""


def test_while_dragging_onto_a_role_the_status_bar_says_what_the_drop_will_do(
    qtbot: QtBot, window: MainWindow
) -> None:
    _zoom_out_to_see_all(window)
    viewport, target = _hold_over(qtbot, window, "seo-specialist", "operations-manager")
    # (and in which team it lands: it moves to the other's)
    assert window.statusBar().currentMessage() == (
        "SEO specialist will report to Operations manager and join Operations and logistics"
    )
    qtbot.keyClick(viewport, Qt.Key.Key_Escape)  # nothing is done
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert window.document.chart.manager_of("seo-specialist") == "digital-marketing-manager"


def test_clicking_selects_a_role_and_clicking_empty_space_clears_it(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_at(window, "data-analyst"))
    assert canvas.selected == "data-analyst" and canvas.highlight.isVisible()
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert canvas.selected == "" and not canvas.highlight.isVisible()


def test_zoom_keys_and_fit(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    zoom = canvas.zoom
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom == pytest.approx(zoom * 1.25)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom == pytest.approx(zoom / 1.25)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.item.boundingRect())


def test_the_status_bar_shows_the_zoom_whatever_changed_it(qtbot: QtBot, window: MainWindow) -> None:
    canvas, label = window.canvas, window.zoom_label
    qtbot.waitUntil(lambda: label.text() == f"{round(canvas.zoom * 100)}%")  # the start view's
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: label.text() == f"{round(canvas.zoom * 100)}%")
    canvas.zoom_by(2.0 / canvas.zoom)
    qtbot.waitUntil(lambda: label.text() == "200%")
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Fit
    qtbot.waitUntil(lambda: label.text() == f"{round(canvas.zoom * 100)}%" != "200%")


def test_the_history_panel_goes_back_to_a_step(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    before = chart.state()
    _zoom_out_to_see_all(window)
    target = window.canvas.mapFromScene(window.canvas.card_rect("operations-manager").center())
    _drag(qtbot, window, "seo-specialist", target)
    panel = window.history_panel
    rect = panel.visualItemRect(panel.item(0))
    window.canvas.select("")
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chart.state() == before and window.history.can_redo
    assert window.canvas.selected == "seo-specialist"  # the role the step moved, as after Ctrl+Z


def test_saving_clears_the_asterisk(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _zoom_out_to_see_all(window)
    target = window.canvas.mapFromScene(window.canvas.card_rect("operations-manager").center())
    _drag(qtbot, window, "seo-specialist", target)
    assert window.isWindowModified()
    window.path = tmp_path / "chart.json"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert "operations-manager" in (tmp_path / "chart.json").read_text(encoding="utf-8")


def test_esc_during_a_drag_cancels_it(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    before = chart.state()
    _zoom_out_to_see_all(window)
    canvas = window.canvas
    viewport, target = _hold_over(qtbot, window, "seo-specialist", "operations-manager")
    assert canvas.ghost.isVisible()
    qtbot.keyClick(viewport, Qt.Key.Key_Escape)
    assert not canvas.ghost.isVisible()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert chart.state() == before


def test_the_canvas_lays_out_as_the_files_view_settings_say(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from orgchart.io import save
    from orgchart.model import Direction, ViewSettings

    path = tmp_path / "sideways.json"
    save(window.document.chart, path, ViewSettings(direction=Direction.LEFT_RIGHT))
    assert window.open_path(path)
    cards = window.canvas.item.picture.geometry.cards
    manager, report = cards["digital-marketing-manager"].rect, cards["seo-specialist"].rect
    assert manager.right <= report.x  # left to right: the report sits right of its manager


def test_the_toggle_under_a_card_collapses_and_expands_its_branch(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from orgchart.io import load

    canvas = window.canvas
    rect, collapsed = canvas.item.toggles["digital-marketing-manager"]
    assert not collapsed
    canvas.zoom_by(1.0 / canvas.zoom)
    canvas.centerOn(rect.center())
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(rect.center()))
    cards = canvas.item.picture.geometry.cards
    assert "seo-specialist" not in cards and cards["digital-marketing-manager"].hidden == 4
    assert canvas.item.toggles["digital-marketing-manager"][1]  # now a "+"
    assert not window.history.can_undo  # a view setting, not an edit
    window.path = tmp_path / "collapsed.json"
    window.save()
    assert load(window.path).view.collapsed == {"digital-marketing-manager"}
    rect, _ = canvas.item.toggles["digital-marketing-manager"]
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(rect.center()))
    assert "seo-specialist" in canvas.item.picture.geometry.cards


def test_dropping_near_a_siblings_edge_reorders_the_siblings(qtbot: QtBot, window: MainWindow) -> None:
    chart = window.document.chart
    canvas = window.canvas
    canvas.zoom_by(1.0 / canvas.zoom)
    first = canvas.card_rect("social-media-specialist")
    canvas.centerOn(first.center())
    viewport = canvas.viewport()
    start = canvas.mapFromScene(canvas.card_rect("email-marketing-specialist").center())
    edge = canvas.mapFromScene(QPointF(first.left() + first.width() * 0.1, first.center().y()))
    press_and_move(qtbot, window, start, edge)
    assert canvas.target.isVisible() and canvas.target.rect().width() < 12  # a bar, not a card
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=edge)
    assert chart.reports_of("digital-marketing-manager")[:2] == [
        "email-marketing-specialist",
        "social-media-specialist",
    ]
    assert window.history.texts() == ["Move role"]


def test_the_outline_and_the_canvas_select_together(qtbot: QtBot, window: MainWindow) -> None:
    outline, canvas = window.outline, window.canvas
    index = outline.index_of("data-analyst")
    outline.scrollTo(index)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.row_rect(index).center())
    assert canvas.selected == "data-analyst"
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.card_rect("data-analyst").center())
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_at(window, "qa-tester"))
    assert outline.id_of(outline.currentIndex()) == "qa-tester"


def test_editing_a_field_that_keeps_the_cards_size_repaints_without_a_new_layout(
    qtbot: QtBot, window: MainWindow
) -> None:
    import dataclasses

    from orgchart.commands import UpdateRole
    from orgchart.io import dumps

    canvas, chart = window.canvas, window.document.chart
    picture = canvas.item.picture
    old = chart.role("qa-tester")
    window.history.push(UpdateRole(old, dataclasses.replace(old, notes="Tests the checkout"), "notes"))
    window.history.push(
        UpdateRole(chart.role("qa-tester"), dataclasses.replace(old, title="QA lead"), "title")
    )
    qtbot.wait(20)
    assert canvas.item.picture is picture  # no new layout: the card kept its size
    assert picture.painter.roles["qa-tester"].title == "QA lead"  # and shows the new title
    long = "Quality assurance and release engineering lead for every storefront"
    window.history.push(UpdateRole(chart.role("qa-tester"), dataclasses.replace(old, title=long), "title"))
    qtbot.waitUntil(lambda: canvas.item.picture is not picture)  # taller card: laid out again
    assert canvas.item.picture.painter.roles["qa-tester"].title == long
    fresh = type(picture)(chart, picture.theme, canvas.params)  # what a new layout would draw
    assert fresh.geometry.cards["qa-tester"] == canvas.item.picture.geometry.cards["qa-tester"]
    assert "Quality assurance" in dumps(chart)


def test_after_a_drop_the_moved_card_is_in_sight(qtbot: QtBot, window: MainWindow) -> None:
    """A drop lays the chart out again, which can put the moved card outside the view: the
    view follows it, as far as needed and no further."""
    canvas = window.canvas
    canvas.zoom_by(2.0 / canvas.zoom)  # the chart larger than the view
    target = canvas.card_rect("security-specialist")
    # the target at the bottom of the view, the dragged card (beside it) in it too
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    between = (canvas.card_rect("data-analyst").left() + target.right()) / 2
    canvas.centerOn(QPointF(between, target.bottom() + 20 - visible.height() / 2))
    assert _in_sight(window, "data-analyst") and _in_sight(window, "security-specialist")
    _drag(qtbot, window, "data-analyst", canvas.mapFromScene(target.center()))
    assert window.document.chart.manager_of("data-analyst") == "security-specialist"
    assert _in_sight(window, "data-analyst")
    assert _in_sight(window, "security-specialist")  # scrolled no further than needed


def _in_sight(window: MainWindow, role_id: str) -> bool:
    canvas = window.canvas
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect().contains(canvas.card_rect(role_id))


def _ink(window: MainWindow, team_id: str) -> int:
    """How many pixels at the top left of the team's frame on screen have the colour of its
    name (what a name written there shows)."""
    canvas = window.canvas
    picture = canvas.item.picture
    color = picture.painter.name_color(team_id)
    frame = canvas.mapFromScene(canvas.frame_rect(team_id)).boundingRect()
    image = canvas.viewport().grab().toImage()
    count = 0
    for x in range(frame.x() + 2, frame.x() + 70):
        for y in range(frame.y() + 1, frame.y() + 18):
            c = image.pixelColor(x, y)
            near = abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue())
            count += near < 60
    return count


def test_zoomed_out_past_the_cards_words_the_departments_are_still_named(qtbot: QtBot, window: MainWindow) -> None:
    # Fit the sample (22 %): blank boxes, not a word; now each department's name shows, at
    # a size read on screen, as a map names its regions.
    from orgchart.ui.chart_item import TEXT_FROM

    canvas = window.canvas
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom < TEXT_FROM
    qtbot.wait(20)
    assert _ink(window, "team-marketing") > 20 and _ink(window, "team-technology") > 20


class _Recorder:
    """A painter that keeps the texts it is asked to draw, and where."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, QPointF]] = []
        self.boxes: list[object] = []

    def drawText(self, at: QPointF, text: str) -> None:  # noqa: N802  (QPainter's name)
        self.texts.append((text, at))

    def drawRoundedRect(self, rect: object, *_: float) -> None:  # noqa: N802
        self.boxes.append(rect)

    def setFont(self, *_: object) -> None:  # noqa: N802
        pass

    setPen = setBrush = setFont  # noqa: N815


def test_overview_names_fit_their_frames_and_never_overlap(window: MainWindow) -> None:
    from orgchart.ui.overview_names import paint_overview_names

    picture = window.canvas.item.picture
    everything = QRectF(0, 0, picture.width, picture.height)
    for scale in (0.2, 0.1, 0.05):
        painter = _Recorder()
        paint_overview_names(painter, picture, everything, scale)  # type: ignore[arg-type]
        boxes = painter.boxes
        assert all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])  # type: ignore[attr-defined]
        for (text, _), box in zip(painter.texts, boxes, strict=True):
            frame = next(f.rect for f in picture.geometry.frames if text.rstrip("…") in picture.painter.team_names[f.team_id])
            assert box.width() <= frame.w  # type: ignore[attr-defined]
        names = [text for text, _ in painter.texts]
        if scale == 0.2:
            assert "Marketing" in names and "Technology" in names
    painter = _Recorder()
    paint_overview_names(painter, picture, everything, 0.005)  # type: ignore[arg-type]
    assert painter.texts == []  # no frame has room for a name


def test_a_zoomed_out_teams_name_is_clicked_as_its_header(qtbot: QtBot, window: MainWindow) -> None:
    # The names shown when zoomed out could not be clicked: a click on "Technology" selected
    # nothing, or the card beneath it.
    from orgchart.ui.overview_names import SCREEN_PX

    canvas = window.canvas
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    frame = canvas.frame_rect("team-technology")
    header = canvas.frame_rect("team-technology", header=True)
    # on the name, below the header strip (the name is taller on screen than the strip), above
    # the cards (a card under a name is still a card to click and drag)
    top = min(canvas.card_rect(r).top() for r in window.document.chart.members_of("team-technology"))
    spot = QPointF(frame.left() + 8 / canvas.zoom, (header.bottom() + top) / 2)
    assert not header.contains(spot) and frame.contains(spot) and canvas.role_at(spot) == ""
    assert spot.y() - frame.top() < SCREEN_PX / canvas.zoom  # (within the name's height)
    at = canvas.mapFromScene(spot)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert canvas.selected_team == "team-technology" and canvas.selected == ""
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert canvas.sketch.editor is not None and canvas.sketch.editor.text() == "Technology"


def test_a_team_whose_name_prints_as_nothing_gets_no_empty_label(window: MainWindow) -> None:
    from orgchart.commands import UpdateTeam
    from orgchart.ui.overview_names import paint_overview_names

    chart = window.document.chart
    old = chart.team("team-marketing")
    window.history.push(UpdateTeam(old, dataclasses.replace(old, name="\x07"), "name"))  # a control character
    window.canvas.refresh()
    picture = window.canvas.item.picture
    painter = _Recorder()
    paint_overview_names(painter, picture, QRectF(0, 0, picture.width, picture.height), 0.2)  # type: ignore[arg-type]
    assert len(painter.boxes) == len(painter.texts) and all(text.strip() for text, _ in painter.texts)
    assert "Technology" in [text for text, _ in painter.texts]


def test_a_click_on_empty_canvas_clears_a_team_row_in_the_outline_too(qtbot: QtBot, window: MainWindow) -> None:
    # The outline kept the team highlighted, so Del there seemed to do nothing.
    from tests.ui.clicks import click_team_name

    outline, canvas = window.outline, window.canvas
    click_team_name(qtbot, window, "team-marketing")
    assert outline.id_of(outline.currentIndex()) == "team-marketing"
    corner = canvas.viewport().rect().topLeft() + QPoint(5, 5)
    assert not canvas.role_at(canvas.mapToScene(corner)) and not canvas.team_at(canvas.mapToScene(corner))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert canvas.selected_team == "" and not outline.selectionModel().hasSelection()
