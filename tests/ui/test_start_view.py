"""The view a chart opens with: readable, on the top of the chart, following the window's
size until the user moves; and a first window that takes most of the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow
from orgchart.ui.start_view import READABLE


def _top_card_x_in_view(window: MainWindow) -> int:
    canvas = window.canvas
    cards = canvas.item.picture.geometry.cards.values()
    top = min(cards, key=lambda c: (c.rect.y, c.rect.x))
    return canvas.mapFromScene(canvas.card_rect(top.role_id).center()).x()


def test_a_wide_chart_opens_readable_with_its_top_card_in_the_middle(window: MainWindow) -> None:
    canvas = window.canvas
    assert canvas.zoom == pytest.approx(READABLE)  # the sample is too wide to fit readably
    assert abs(_top_card_x_in_view(window) - canvas.viewport().width() / 2) <= 2


def test_the_start_view_follows_the_window_until_the_user_zooms(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    window.resize(window.width() - 300, window.height())
    qtbot.waitUntil(lambda: abs(_top_card_x_in_view(window) - canvas.viewport().width() / 2) <= 2)

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # the user zooms in
    zoom = canvas.zoom
    assert zoom == pytest.approx(READABLE * 1.25)
    window.resize(window.width() + 300, window.height())
    qtbot.wait(50)
    assert canvas.zoom == pytest.approx(zoom)  # the user's zoom stays


def test_a_new_window_takes_most_of_the_screen(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    assert window.width() == max(960, int(area.width() * 0.9))
    assert window.height() == max(640, int(area.height() * 0.9))
    assert (window.frameGeometry().center() - area.center()).manhattanLength() <= 2  # centred
