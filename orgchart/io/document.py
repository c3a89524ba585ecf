"""What any reader returns, and how readers report where a problem is."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from orgchart.io.errors import OrgFileError
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


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a file any reader is asked to open; `OrgFileError` for a missing or
    unreadable file, a folder, a pipe, or a file over `MAX_FILE_BYTES` (refused unread)."""
    if not str(path):
        raise OrgFileError("", "", "no file name was given")
    path = Path(path)
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            raise OrgFileError(path, "", "this is not a regular file (a pipe or a device?)")
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise OrgFileError(path, "", too_big(size))
            data = handle.read(size + 1)
            if len(data) > size:  # the file grows while it is read: take no more than the limit
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
        if len(data) > MAX_FILE_BYTES:
            raise OrgFileError(path, "", too_big(len(data)))
        return data
    except OrgFileError:
        raise
    except IsADirectoryError:
        raise OrgFileError(path, "", "this is a folder, not a file") from None
    except OSError as error:
        raise OrgFileError(path, "", f"the file cannot be read: {error.strerror or error}") from None
    except ValueError:  # a NUL character in the name
        raise OrgFileError(repr(str(path)), "", "this is not a usable file name") from None


def too_big(size: int) -> str:
    return f"the file is {size / 2**20:.0f} MB; orgchart reads files of at most {MAX_FILE_BYTES // 2**20} MB"
