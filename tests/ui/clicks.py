"""Clicks the canvas tests share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow


def click_card(qtbot: QtBot, window: MainWindow, role_id: str) -> None:
    """Scroll the role's card into view and click it: the role is then selected."""
    canvas = window.canvas
    center = canvas.card_rect(role_id).center()
    canvas.centerOn(center)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(center))
    assert canvas.selected == role_id
