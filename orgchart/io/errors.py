"""`OrgFileError`: one kind of error for every file that cannot be read or written."""

from __future__ import annotations

from pathlib import Path


class OrgFileError(Exception):
    """A file that cannot be read or written. Says which file, where in it, and what is wrong.

    ``str(error)`` is ``"FILE: WHERE: WHAT"`` (``WHERE`` is a JSON path such as
    ``roles[3].manager``, a line and column, or empty when the whole file is meant).
    """

    def __init__(self, file: str | Path, where: str, what: str) -> None:
        self.file = str(file)
        self.where = printable(where, 300)
        self.what = printable(what, 1000)
        super().__init__(str(self))

    @property
    def place(self) -> str:
        """``"WHERE: WHAT"``, or just ``WHAT`` when the whole file is meant."""
        return f"{self.where}: {self.what}" if self.where else self.what

    def __str__(self) -> str:
        return f"{self.file}: {self.place}"


def printable(text: str, limit: int) -> str:
    """``text`` fit for any UTF-8 terminal: lone surrogates (from broken input such as
    ``"\\ud800"`` in JSON) written as ``\\ud800``, and at most ``limit`` characters (a message
    quoting a 100,000-character cell helps nobody)."""
    if not text.isascii():
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"
