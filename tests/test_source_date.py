"""Office files (zips) dated by SOURCE_DATE_EPOCH: every entry, and the core properties."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

import pytest

from orgchart.source_date import dated_zip, source_date


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in names:
            body = b'<cp:coreProperties><dcterms:created x="1">2013-01-27T09:14:16Z</dcterms:created>'
            package.writestr(name, body if name == "docProps/core.xml" else name.encode())
    return out.getvalue()


def test_every_entry_and_the_core_properties_get_the_time_and_the_rest_stays() -> None:
    when = datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    data = dated_zip(_zip("[Content_Types].xml", "docProps/core.xml", "ppt/slides/slide1.xml"), when)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        entries = package.infolist()
        assert [e.filename for e in entries] == ["[Content_Types].xml", "docProps/core.xml", "ppt/slides/slide1.xml"]
        assert {e.date_time for e in entries} == {(2023, 11, 14, 22, 13, 20)}
        assert {e.compress_type for e in entries} == {zipfile.ZIP_DEFLATED} and {e.create_system for e in entries} == {3}
        assert b">2023-11-14T22:13:20Z</dcterms:created>" in package.read("docProps/core.xml")
        assert package.read("ppt/slides/slide1.xml") == b"ppt/slides/slide1.xml"


@pytest.mark.parametrize(
    ("epoch", "stamp"),
    [("0", (1980, 1, 1, 0, 0, 0)), ("5000000000", (2107, 12, 31, 23, 59, 58))],  # 1970, 2128
)
def test_a_time_a_zip_cannot_hold_dates_it_at_the_nearest_end(
    monkeypatch: pytest.MonkeyPatch, epoch: str, stamp: tuple[int, ...]
) -> None:
    # SOURCE_DATE_EPOCH=5000000000 made the Excel and PowerPoint exports fail with a traceback
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    with zipfile.ZipFile(io.BytesIO(dated_zip(_zip("a.xml")))) as package:
        assert package.infolist()[0].date_time == stamp


def test_without_a_time_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    data = _zip("a.xml")
    assert dated_zip(data) is data
    for no_time in ("", "soon", "1.5", "-3", "²", "9" * 40):
        assert source_date(no_time) is None
