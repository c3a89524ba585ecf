"""The quiet line at the bottom of a presentation that says how to move on, then fades."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

#: how long the hint stays before it fades (ms), and how long the fading takes
HINT_MS, FADE_MS = 4500, 900


class Hint(QLabel):
    """A quiet line at the bottom of the screen that says how to move on, then fades."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)  # the view's, not its viewport's: scrolling would move it along
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "QLabel { background: rgba(31, 35, 40, 190); color: white; border-radius: 10px;"
            " padding: 8px 16px; }"
        )
        font = self.font()
        font.setPixelSize(15)
        self.setFont(font)
        self.effect = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self.effect)
        self.fade = QPropertyAnimation(self.effect, QByteArray(b"opacity"), self)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(0.0)
        self.fade.finished.connect(self.hide)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self.fade.start)
        self.hide()

    def show_for(self, text: str) -> None:
        self.setText(text)
        self.adjustSize()
        self.fade.stop()
        self.fade.setDuration(FADE_MS)
        self.effect.setOpacity(1.0)
        self.place()
        self.show()
        self.raise_()
        self._wait.start(HINT_MS)

    def place(self) -> None:
        area = self.parentWidget().rect()
        self.move((area.width() - self.width()) // 2, area.height() - self.height() - 28)

    def stop(self) -> None:
        self._wait.stop()
        self.fade.stop()
        self.hide()
