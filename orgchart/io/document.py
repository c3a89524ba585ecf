"""What any reader returns, and how readers report where a problem is."""

from __future__ import annotations

from dataclasses import dataclass, field

from orgchart.model import OrgChart, ViewSettings

#: Files larger than this are refused before they are read.
MAX_FILE_BYTES = 256 * 1024 * 1024


@dataclass
class Document:
    """What a file holds: the organisation and how it is shown."""

    chart: OrgChart
    view: ViewSettings = field(default_factory=ViewSettings)


class PlacedError(Exception):
    """A problem with the place in the file where it is (a JSON path, a line and column);
    readers turn it into an `OrgFileError` that also names the file."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where, self.what = where, what
