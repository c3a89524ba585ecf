"""The undo history as a list: every step by name; click one to go back (or forward) to it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from orgchart.commands import History

#: names of steps with a name of the user's in them ("Change custom field Budget")
NAMED_STEPS = (QT_TRANSLATE_NOOP("Commands", "Change custom field %1"),)


def command_text(text: str) -> str:
    """A command's name in the user's language (commands carry English names, no Qt; the
    names they can have are found for translation by tools/translations.py)."""
    for pattern in NAMED_STEPS:
        head = pattern.removesuffix("%1")
        if text.startswith(head) and text != head:
            return QCoreApplication.translate("Commands", pattern).replace("%1", text[len(head) :])
    return QCoreApplication.translate("Commands", text)


class HistoryPanel(QListWidget):
    """Row 0 is the chart as opened; row n is the chart after n steps. The current row is
    where the history stands; rows below it are steps that were undone."""

    #: a click on a row undid or redid steps (`History.last_step` is the last of them)
    stepped = Signal()

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._updating = False
        self.currentRowChanged.connect(self._go)
        self.follow(history)

    def follow(self, history: History) -> None:
        self.history.changed.disconnect(self._update)
        self.history = history
        history.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self._updating = True
        self.clear()
        self.addItem(QListWidgetItem(self.tr("Opened")))
        for text in self.history.texts():
            self.addItem(QListWidgetItem(command_text(text)))
        self.setCurrentRow(self.history.index)
        for row in range(self.history.index + 1, self.count()):
            item = self.item(row)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        self._updating = False

    def _go(self, row: int) -> None:
        if not self._updating and row >= 0:
            self.history.last_step = None
            self.history.go_to(row)
            self.stepped.emit()
