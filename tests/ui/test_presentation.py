"""Presentation mode (F5): real keys and clicks on the window in full screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from orgchart.ui import presentation, presentation_hint
from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import press_and_move

MARKETING, TECHNOLOGY = "team-marketing", "team-technology"


@pytest.fixture(autouse=True)
def _no_glide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Jumps instead of 400 ms glides (one test glides on purpose)."""
    monkeypatch.setattr(presentation, "DURATION", 0)


def _visible(window: MainWindow) -> QRectF:
    canvas = window.canvas
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect()


def _shows_mostly(window: MainWindow, rect: QRectF) -> bool:
    """The whole of ``rect`` is on the screen and fills it along one side (80 % or more)."""
    visible = _visible(window)
    fills = max(rect.width() / visible.width(), rect.height() / visible.height())
    return visible.contains(rect) and fills >= 0.8


def _present(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.canvas, Qt.Key.Key_F5)
    assert window.presentation.active
    screen = window.screen().geometry().size()
    qtbot.waitUntil(lambda: window.isFullScreen() and window.canvas.viewport().size() == screen)


def _key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.canvas, key)


def test_f5_shows_the_chart_alone_full_screen_in_larger_type_and_esc_brings_the_editor_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.canvas
    history_dock = window.history_panel.parentWidget()
    assert isinstance(history_dock, QDockWidget)
    history_dock.hide()  # the editor as the user left it: one panel closed, zoomed, scrolled
    canvas.zoom_by(1.7)
    QApplication.processEvents()  # the canvas takes the panel's room, scroll bars come
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum() // 3)
    canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().maximum() // 2)
    docks = {d: d.isVisible() for d in window.findChildren(QDockWidget)}
    transform, size = canvas.transform(), canvas.viewport().size()
    scroll = canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()
    title_size = canvas.item.picture.theme.card_title_size

    _present(qtbot, window)
    assert window.presentation.action.isChecked()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.toolbar.isVisible()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    assert canvas.item.picture.theme.card_title_size > title_size * 1.2
    assert window.presentation.hint.isVisible()
    assert "Esc" in window.presentation.hint.text()
    qtbot.waitUntil(lambda: _shows_mostly(window, canvas.content_rect()))  # the whole chart first

    _key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presentation.active and not window.isFullScreen()
    qtbot.waitUntil(lambda: canvas.viewport().size() == size)
    assert window.menuBar().isVisible() and window.statusBar().isVisible() and window.toolbar.isVisible()
    assert {d: d.isVisible() for d in window.findChildren(QDockWidget)} == docks
    assert not history_dock.isVisible()
    assert canvas.item.picture.theme.card_title_size == title_size
    assert canvas.transform() == transform
    assert (canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()) == scroll
    assert not window.presentation.hint.isVisible()


def test_page_down_and_up_step_through_the_departments_and_home_shows_the_whole_chart(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.canvas
    chart = window.document.chart
    _present(qtbot, window)
    departments = presentation.departments(canvas)
    assert departments == chart.subteams_of(None)
    _key(qtbot, window, Qt.Key.Key_PageDown)
    assert _shows_mostly(window, canvas.frame_rect(departments[0]))
    _key(qtbot, window, Qt.Key.Key_PageDown)
    assert _shows_mostly(window, canvas.frame_rect(MARKETING))
    zoom = canvas.zoom
    _key(qtbot, window, Qt.Key.Key_Space)  # a clicker's "next"
    assert _shows_mostly(window, canvas.frame_rect(TECHNOLOGY))
    assert canvas.zoom != pytest.approx(zoom)
    _key(qtbot, window, Qt.Key.Key_PageUp)
    assert _shows_mostly(window, canvas.frame_rect(MARKETING))
    _key(qtbot, window, Qt.Key.Key_End)
    assert _shows_mostly(window, canvas.frame_rect(departments[-1]))
    _key(qtbot, window, Qt.Key.Key_Right)  # past the last one: it stays
    assert _shows_mostly(window, canvas.frame_rect(departments[-1]))
    _key(qtbot, window, Qt.Key.Key_Home)
    assert _shows_mostly(window, canvas.content_rect())
    _key(qtbot, window, Qt.Key.Key_Left)  # before the first: still the whole chart
    assert _shows_mostly(window, canvas.content_rect())


def test_the_step_to_a_department_is_a_glide(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _present(qtbot, window)
    monkeypatch.setattr(presentation, "DURATION", 400)
    canvas, glide = window.canvas, window.presentation.animation
    start = canvas.zoom
    _key(qtbot, window, Qt.Key.Key_PageDown)
    assert glide.state() == glide.State.Running
    qtbot.waitUntil(lambda: start < canvas.zoom < window.presentation.fitted(canvas.frame_rect("team-business-development")) * 0.9)
    qtbot.waitUntil(lambda: glide.state() == glide.State.Stopped, timeout=2000)
    assert _shows_mostly(window, canvas.frame_rect("team-business-development"))


def test_clicking_a_card_zooms_to_its_branch_and_page_down_goes_on_from_its_department(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.canvas
    _present(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_PageDown)
    _key(qtbot, window, Qt.Key.Key_PageDown)  # marketing
    department_zoom = canvas.zoom
    manager = "digital-marketing-manager"
    point = canvas.mapFromScene(canvas.card_rect(manager).center())
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    branch = canvas.card_rect(manager)
    for report in window.document.chart.reports_of(manager):
        branch = branch.united(canvas.card_rect(report))
    assert _shows_mostly(window, branch)
    assert canvas.zoom > department_zoom  # the cards, without the frame around them
    leaf = "seo-specialist"
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(canvas.card_rect(leaf).center()))
    assert _visible(window).contains(canvas.card_rect(leaf))
    assert canvas.zoom == pytest.approx(presentation.MAX_ZOOM)  # one card: as close as it goes
    _key(qtbot, window, Qt.Key.Key_PageDown)
    assert _shows_mostly(window, canvas.frame_rect(TECHNOLOGY))
    _key(qtbot, window, Qt.Key.Key_Home)
    picture = canvas.item.picture
    header = next(f.header for f in picture.geometry.frames if f.team_id == TECHNOLOGY)
    name = canvas.mapFromScene(picture.chart_offset + QPointF(header.x + header.w / 4, header.y + header.h / 2))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=name)  # a team's name: that team
    assert _shows_mostly(window, canvas.frame_rect(TECHNOLOGY))
    _key(qtbot, window, Qt.Key.Key_Home)
    frame = next(f.rect for f in canvas.item.picture.geometry.frames if f.team_id == TECHNOLOGY)
    body = canvas.mapFromScene(picture.chart_offset + QPointF(frame.right - 3, frame.bottom - 3))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=body)  # anywhere in its frame
    assert _shows_mostly(window, canvas.frame_rect(TECHNOLOGY))
    _key(qtbot, window, Qt.Key.Key_Home)
    zoom = canvas.zoom
    body = canvas.mapFromScene(picture.chart_offset + QPointF(frame.right - 3, frame.bottom - 3))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=body)
    qtbot.mouseMove(canvas.viewport(), body + QPoint(60, 0))
    qtbot.mouseMove(canvas.viewport(), body)  # a pan that comes back is no click
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=body)
    assert canvas.zoom == zoom


def test_the_toggle_under_a_card_still_collapses_its_branch(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    _present(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_PageDown)
    _key(qtbot, window, Qt.Key.Key_PageDown)
    rect, _ = canvas.item.toggles["digital-marketing-manager"]
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(rect.center()))
    assert "seo-specialist" not in canvas.item.picture.geometry.cards
    assert window.presentation.active


def test_a_drag_while_presenting_is_one_undo_step_and_ctrl_z_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas, chart, history = window.canvas, window.document.chart, window.history
    before, steps = chart.state(), window.history_panel.count()
    _present(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_PageDown)
    _key(qtbot, window, Qt.Key.Key_PageDown)  # marketing
    start = canvas.mapFromScene(canvas.card_rect("seo-specialist").center())
    target = canvas.mapFromScene(canvas.card_rect("content-marketing-strategist").center())
    press_and_move(qtbot, window, start, target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert chart.manager_of("seo-specialist") == "content-marketing-strategist"
    assert window.history_panel.count() == steps + 1 and history.can_undo
    assert window.presentation.active
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chart.state() == before
    assert window.presentation.active


def test_keys_that_would_edit_do_nothing_while_presenting(qtbot: QtBot, window: MainWindow) -> None:
    canvas, chart = window.canvas, window.document.chart
    before = chart.state()
    _present(qtbot, window)
    canvas.select("seo-specialist")
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_X, Qt.Key.Key_Backspace):
        _key(qtbot, window, key)
    assert chart.state() == before and not window.history.can_undo
    assert canvas.sketch.editor is None or not canvas.sketch.editor.isVisible()
    # nor a double click, which edits a title in place in the editor
    at = canvas.mapFromScene(canvas.card_rect("seo-specialist").center())
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert canvas.sketch.editor is None or not canvas.sketch.editor.isVisible()


def test_esc_during_a_drag_cancels_the_drag_and_keeps_presenting(qtbot: QtBot, window: MainWindow) -> None:
    canvas, chart = window.canvas, window.document.chart
    before = chart.state()
    _present(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_PageDown)
    _key(qtbot, window, Qt.Key.Key_PageDown)
    start = canvas.mapFromScene(canvas.card_rect("seo-specialist").center())
    press_and_move(qtbot, window, start, start + QPoint(0, -120))
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert window.presentation.active
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(0, -120))
    assert chart.state() == before
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_the_hint_fades_away(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presentation_hint, "HINT_MS", 30)
    monkeypatch.setattr(presentation_hint, "FADE_MS", 30)
    _present(qtbot, window)
    hint = window.presentation.hint
    assert hint.isVisible()
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=2000)
    assert window.presentation.active


def test_the_view_menu_offers_presenting(window: MainWindow) -> None:
    action = window.presentation.action
    assert action in window.view_menu.actions()
    assert action.shortcut().toString() == "F5"
    action.trigger()
    assert window.presentation.active
    action.trigger()
    assert not window.presentation.active


def test_closing_the_window_while_presenting_leaves_the_presentation_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    _present(qtbot, window)
    window.close()  # the window's size and panels are remembered as the editor's
    assert not window.presentation.active
    assert not window.menuBar().isHidden() and not window.toolbar.isHidden()
