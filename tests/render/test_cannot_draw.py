"""No painting on a device Qt cannot paint on: `CannotDraw`, which says why, instead of a
painter that paints nothing and a file that holds nothing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from orgchart.render.offscreen import CannotDraw, painting


def test_painting_on_a_null_image_raises_with_the_reason(qapp: object) -> None:
    with pytest.raises(CannotDraw, match="cannot be drawn"), painting(QImage()) as painter:
        painter.drawRect(0, 0, 10, 10)  # never reached
        pytest.fail("painted on an image that holds no pixels")


def test_a_painting_that_begins_paints(qapp: object) -> None:
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(0)
    with painting(image) as painter:
        painter.fillRect(0, 0, 4, 4, QColor.fromRgba(0xFF112233))
    assert image.pixel(2, 2) == 0xFF112233
