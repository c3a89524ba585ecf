"""Clicks the canvas tests share."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow


def click_card(qtbot: QtBot, window: MainWindow, role_id: str) -> None:
    """Scroll the role's card into view and click it: the role is then selected."""
    canvas = window.canvas
    center = canvas.card_rect(role_id).center()
    canvas.centerOn(center)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(center))
    assert canvas.selected == role_id


def team_name_spot(window: MainWindow, team_id: str) -> QPointF:
    """A point on the team's name in its frame's header, in the scene."""
    picture = window.canvas.item.picture
    frame = next(f for f in picture.geometry.frames if f.team_id == team_id)
    return picture.chart_offset + QPointF(frame.header.x + 12, frame.header.y + frame.header.h / 2)


def click_team_name(qtbot: QtBot, window: MainWindow, team_id: str) -> None:
    """Scroll the team's name into view and click it: the team is then selected."""
    canvas = window.canvas
    spot = team_name_spot(window, team_id)
    canvas.centerOn(spot)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(spot))


def press_and_move(qtbot: QtBot, window: MainWindow, start: QPoint, target: QPoint) -> None:
    """Press the left button at ``start`` on the canvas and move to ``target`` in steps, as
    a hand would; the button stays down (release it, or press Esc)."""
    viewport = window.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(viewport, start + (target - start) * k / 5)
