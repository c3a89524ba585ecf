"""What the editor says when the model refuses an edit: the refusal's own words for the
editor (`OrgError.saying`) in the UI's language, else its message as it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from orgchart.commands.history import Command, History
from orgchart.model import OrgError
from orgchart.model.errors import filled


def refusal(error: OrgError) -> str:
    """``error`` as the editor says it (translated in the context "Model")."""
    return said_here(error.shown, error.values) if error.shown else str(error)


def said_here(text: str, values: tuple[str, ...]) -> str:
    """Words of the model's rules (marked with `said`) in the UI's language, %1, %2 … filled
    in by ``values``: a refusal, or why a drop cannot be done."""
    return filled(QCoreApplication.translate("Model", text), values)


def push_or_say(history: History, command: Command, say: Callable[[str], object]) -> bool:
    """Push ``command``; if the model refuses it, ``say`` why (as `refusal`) and return False."""
    try:
        history.push(command)
    except OrgError as error:
        say(refusal(error))
        return False
    return True
