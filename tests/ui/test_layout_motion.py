"""After a drop the cards that moved glide to their new places, briefly; the model and the
layout are final at once."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from orgchart.ui.main_window import MainWindow
from tests.ui.clicks import press_and_move


def _paint(window: MainWindow) -> QImage:
    canvas = window.canvas
    image = QImage(canvas.viewport().size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas.render(painter)
    painter.end()
    return image


def test_after_a_drop_the_moved_card_glides_from_its_old_place_to_the_new(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.canvas
    canvas.item.motion._animation.setDuration(1500)  # slow enough to catch a frame on a busy machine
    canvas.fit()
    old = canvas.card_rect("seo-specialist")
    target = canvas.mapFromScene(canvas.card_rect("operations-manager").center())
    press_and_move(qtbot, window, canvas.mapFromScene(old.center()), target)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)
    motion = canvas.item.motion
    qtbot.waitUntil(lambda: motion.running)
    assert window.document.chart.manager_of("seo-specialist") == "operations-manager"  # final at once
    new = canvas.card_rect("seo-specialist")
    assert new.center() != old.center()
    qtbot.waitUntil(lambda: 0.1 < motion._t < 0.9, timeout=3000)  # a frame on the way
    now = motion.rect_now("seo-specialist")
    assert now is not None
    assert _between(now.center(), old.center(), new.center())
    qtbot.waitUntil(lambda: not motion.running, timeout=4000)
    assert motion.rect_now("seo-specialist") is None


def test_while_gliding_the_card_is_painted_on_its_way_not_at_its_new_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    canvas = window.canvas
    canvas.resetTransform()
    rect = canvas.card_rect("operations-manager")
    canvas.centerOn(rect.center())
    # as if the card had been 400 units to the right before the last change
    card = canvas.item.picture.geometry.cards["operations-manager"].rect
    offset = canvas.item.picture.chart_offset
    canvas.item.motion.remember({"operations-manager": card._replace(x=card.x + 400)}, offset, {})
    canvas.refresh()
    motion = canvas.item.motion
    assert motion.running
    motion._t = 0.0  # the first frame: the card is still where it was
    corner = canvas.mapFromScene(rect.bottomRight() - QPointF(6, 5))
    gliding = _paint(window).pixelColor(corner)
    motion.finish()
    placed = _paint(window).pixelColor(corner)
    assert placed.name() == "#ffffff"  # the card's own fill
    assert gliding.name() != "#ffffff"  # the team frame's tint shows where the card will land


def _between(p: QPointF, a: QPointF, b: QPointF) -> bool:
    box = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5)
    return box.contains(p) and p != a and p != b


def test_the_item_covers_the_cards_on_their_way_and_shrinks_back_after(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A card gliding from outside the new layout's bounds (the chart got smaller) must stay
    # inside what the item says it paints, or the view leaves a trace of it behind.
    canvas = window.canvas
    item, motion = canvas.item, canvas.item.motion
    card = item.picture.geometry.cards["compliance-officer"].rect
    offset = item.picture.chart_offset
    far = card._replace(x=card.x + item.picture.width)  # beyond the right edge
    motion.remember({"compliance-officer": far}, offset, {})
    canvas.refresh()
    assert motion.running
    start = QRectF(far.x + offset.x(), far.y + offset.y(), far.w, far.h)
    assert item.boundingRect().contains(start)
    motion.finish()
    assert item.boundingRect() == QRectF(0, 0, item.picture.width, item.picture.height)


def test_the_scene_holds_the_chart_not_the_cards_on_their_way(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.canvas
    item = canvas.item
    card = item.picture.geometry.cards["compliance-officer"].rect
    far = card._replace(x=card.x + 3 * item.picture.width)
    canvas.item.motion.remember({"compliance-officer": far}, item.picture.chart_offset, {})
    canvas.refresh()
    assert canvas.item.motion.running
    assert canvas.content_rect().right() < far.x  # fit and scrolling ignore the glide
