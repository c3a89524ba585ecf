"""Ctrl+F: find roles by title, holder, responsibility or skill; the matches are marked on the
canvas, Enter (F3) jumps to the next one, Shift+Enter (Shift+F3) to the previous, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from orgchart.model.views import find_roles
from orgchart.ui.canvas import ChartView


class FindBar(QWidget):
    """A one-line bar above the canvas."""

    def __init__(self, canvas: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.matches: list[str] = []
        self.index = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("title, holder, responsibility or skill"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.steps: list[QToolButton] = []
        for text, step, tip in (("▲", -1, self.tr("Previous match")), ("▼", 1, self.tr("Next match"))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, step=step: self.go(step))
            layout.addWidget(button)
            self.steps.append(button)
        close = QToolButton()
        close.setText("✕")
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.edit.textChanged.connect(lambda: self.search())
        self.edit.installEventFilter(self)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.canvas.mark([])
        self.canvas.setFocus()

    def search(self, *, jump: bool = True) -> None:
        """Find again: the text changed (and the first match is shown), or the chart did
        (and the selection stays where the user is working)."""
        self.matches = find_roles(self.canvas.chart, self.edit.text())
        self.canvas.mark(self.matches)
        selected = self.canvas.selected
        self.index = self.matches.index(selected) if selected in self.matches else -1
        if self.matches and jump:
            self.index = -1
            self.go(1)
        elif self.matches:
            self.count.setText(self.tr("%1 matches").replace("%1", str(len(self.matches))))
        else:
            self.count.setText(self.tr("no match") if self.edit.text().strip() else "")
        # a search that finds nothing shows in the field, and there is nothing to step to
        missed = not self.matches and bool(self.edit.text().strip())
        self.edit.setStyleSheet("QLineEdit { background: #fde8e8; color: #1f2328; }" if missed else "")
        for button in self.steps:
            button.setEnabled(bool(self.matches))

    def go(self, step: int) -> None:
        """Select the next (or previous) match and bring it into view."""
        if not self.matches:
            return
        self.index = (self.index + step) % len(self.matches)
        role_id = self.matches[self.index]
        self.canvas.select(role_id)
        if self.canvas.reveal(role_id):  # a match in a collapsed branch opens it
            self.canvas.centerOn(self.canvas.card_rect(role_id).center())
        else:  # inside a parked branch: its top is in the holding area
            self.canvas.centerOn(self.canvas.holding.frame.center())
        self.count.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.matches)))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
                self.go(-1 if back else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False
