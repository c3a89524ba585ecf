"""What the properties panels share: a line that says why an edit was refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from orgchart.commands import Command, History
from orgchart.model import OrgError
from orgchart.ui.refusals import refusal


class ProblemLabel(QLabel):
    """Under a panel's fields: the model's words when an edit is refused, else nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("color: #b03a2e")

    def push(self, history: History, make: Callable[[], Command]) -> bool:
        """Make the command and push it; if the model refuses (an empty title, a cycle),
        say why here and return False: the chart keeps its value."""
        try:
            history.push(make())
        except OrgError as error:
            self.setText(refusal(error))
            return False
        self.clear()
        return True
