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
        self.where = where
        self.what = what
        super().__init__(str(self))

    @property
    def place(self) -> str:
        """``"WHERE: WHAT"``, or just ``WHAT`` when the whole file is meant."""
        return f"{self.where}: {self.what}" if self.where else self.what

    def __str__(self) -> str:
        return f"{self.file}: {self.place}"
