"""PySide6-Essentials 6.12.0 on CPython < 3.12 drops a reference to None on every void call
and dies with "Fatal Python error: none_dealloc" after a few thousand. Guard the pin."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

VOID_CALLS = """
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
item, path = QGraphicsRectItem(0, 0, 10, 10), QPainterPath()
for i in range(25_000):
    item.setPos(i, i)      # void QGraphicsItem::setPos
    path.lineTo(i, i + 1)  # void QPainterPath::lineTo
print("done", path.elementCount())
"""


def test_fifty_thousand_void_qt_calls_do_not_crash() -> None:
    result = subprocess.run(
        [sys.executable, "-c", VOID_CALLS],
        capture_output=True,
        text=True,
        timeout=240,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["done", "25001"]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_installed_pyside6_is_below_the_broken_release() -> None:
    major, minor = (int(part) for part in version("PySide6-Essentials").split(".")[:2])
    assert (major, minor) < (6, 12)
