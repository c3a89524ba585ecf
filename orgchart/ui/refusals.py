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
    if not error.shown:
        return str(error)
    return filled(QCoreApplication.translate("Model", error.shown), error.values)


def push_or_say(history: History, command: Command, say: Callable[[str], object]) -> bool:
    """Push ``command``; if the model refuses it, ``say`` why (as `refusal`) and return False."""
    try:
        history.push(command)
    except OrgError as error:
        say(refusal(error))
        return False
    return True
