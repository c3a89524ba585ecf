"""The time a file is dated in, for files that are the same whenever they are written.

``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC: the convention of reproducible builds), when
set, dates what orgchart writes: a PDF's dates (`orgchart.render.pdf_identity`), and the
properties and the zip entries of PowerPoint and Excel files (`dated_zip`). Standard library
only, as writers in several layers use it.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import datetime, timezone


def source_date(epoch: str | None = None) -> datetime | None:
    """``epoch`` (default: ``SOURCE_DATE_EPOCH``) as a time in UTC, or None: not given, or
    no time (not a whole number of seconds, or out of range), which leaves dates as written."""
    text = (os.environ.get("SOURCE_DATE_EPOCH") if epoch is None else epoch) or ""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        return None
    try:
        return datetime.fromtimestamp(int(text), tz=timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None


#: an Office file's creation and modification times, in its core properties
_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def dated_zip(data: bytes, when: datetime | None = None) -> bytes:
    """``data`` (a zip: .pptx, .xlsx) with every entry dated ``when`` (default: `source_date`;
    if neither, ``data`` as it is), in the same order and compression, and so are its core
    properties' creation and modification times (a library may set them as it saves). A
    zip holds dates from 1980 to 2107 only: a time outside is dated at that end (the
    properties keep it)."""
    when = when or source_date()
    if when is None:
        return data
    stamp = min(max(when.timetuple()[:6], (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 58))
    written = when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "docProps/core.xml":
                content = _CORE_DATE.sub(lambda m: m[1] + written + m[2], content)
            dated = zipfile.ZipInfo(entry.filename, date_time=stamp)
            dated.compress_type, dated.external_attr = entry.compress_type, entry.external_attr
            dated.create_system = 3  # (as written on Unix, on any system: the same bytes)
            target.writestr(dated, content)
    return out.getvalue()
