"""The same PDF for the same chart: what Qt writes differently on each run, made to follow
the file's content instead.

Qt gives every PDF a random document id and the time it was written. The id becomes one
derived from the file's bytes (two equal exports are one document; any change in the chart
or the options gives another id), and with ``SOURCE_DATE_EPOCH`` set (the convention of
reproducible builds) the dates are that time, so that an export in CI or in a repository is
byte for byte the same as the last one when nothing changed. (The order of the embedded
fonts, Qt's other difference between runs, follows its hash seed: see `orgchart.cli.main`.)
Every replacement keeps the length of what it replaces, so the file's cross-reference
offsets stay right. Qt writes a date in UTC as "Z" and any other as an offset from UTC, which
is longer; `orgchart export` with ``SOURCE_DATE_EPOCH`` runs in UTC (see
`orgchart.cli.export`), so that its files are the same in any time zone. Elsewhere (the
editor's export) a date with an offset is replaced by the same time in UTC as "+00'00'".
"""

from __future__ import annotations

import hashlib
import re
import uuid

from orgchart.source_date import source_date

#: the id Qt is given to write (`QPdfWriter.setDocumentId`), replaced once the file is whole
PLACEHOLDER = "6f726763-6861-7274-0000-000000000000"

#: the dates Qt writes, in UTC ("Z") or local time with the zone's offset
_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}(Z|[+-]\d\d'\d\d')\)")
_XMP_DATE = re.compile(rb'xmp:(CreateDate|ModifyDate|MetadataDate)="[-\dT:]{19}(Z|[+-]\d\d:\d\d)"')


def reproducible(data: bytes, epoch: str | None = None) -> bytes:
    """``data`` (a PDF Qt wrote with the `PLACEHOLDER` id) with an id from its content, and
    dated ``epoch`` (seconds since 1970, UTC; default: ``SOURCE_DATE_EPOCH``, if set and a
    number; else the dates stay as written)."""
    when = source_date(epoch)
    if when is not None:
        # in UTC whatever the machine's zone, written as long as what it replaces
        pdf_date = when.strftime("D:%Y%m%d%H%M%S").encode()
        xmp_date = when.strftime("%Y-%m-%dT%H:%M:%S").encode()
        data = _PDF_DATE.sub(
            lambda m: b"/%s (%s%s)" % (m[1], pdf_date, b"Z" if m[2] == b"Z" else b"+00'00'"), data
        )
        data = _XMP_DATE.sub(
            lambda m: b'xmp:%s="%s%s"' % (m[1], xmp_date, b"Z" if m[2] == b"Z" else b"+00:00"), data
        )
    placeholder = PLACEHOLDER.encode()
    # the id follows what the file shows, not when (nor in which time zone) it was written
    undated = _XMP_DATE.sub(b"", _PDF_DATE.sub(b"", data))
    content = hashlib.sha256(undated).digest()
    document = str(uuid.UUID(bytes=content[:16], version=4)).encode()
    # the id is written as text in the metadata and as the hex digits of that text in /ID
    return data.replace(placeholder, document).replace(placeholder.hex().encode(), document.hex().encode())
