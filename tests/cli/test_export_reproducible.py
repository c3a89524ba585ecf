"""The same chart exported twice gives the same PDF: Qt's random document id becomes one
derived from the content, its fonts go in one order (a fixed hash seed), and with
``SOURCE_DATE_EPOCH`` the dates are that time, so that an export kept in a repository or made
in CI changes only when the chart does."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import ROOT, SAMPLES

DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.en.json"


def _export(
    source: Path, out: Path, *options: str, epoch: str | None = None, zone: str = "UTC"
) -> bytes:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "QT_HASH_SEED")}
    env["TZ"] = zone
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    run = subprocess.run(
        [sys.executable, "-m", "orgchart", "export", str(source), "-o", str(out), *options],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    return out.read_bytes()


def _document_id(data: bytes) -> bytes:
    found = re.search(rb"/ID \[ <([0-9a-f]+)>", data)
    assert found is not None
    return found[1]


@pytest.mark.parametrize("options", [[], ["--pages", "department"], ["--pages", "poster"]])
def test_with_source_date_epoch_two_exports_are_byte_for_byte_the_same(
    tmp_path: Path, options: list[str]
) -> None:
    first = _export(DEPARTMENTS, tmp_path / "first.pdf", *options, epoch="1700000000")
    second = _export(DEPARTMENTS, tmp_path / "second.pdf", *options, epoch="1700000000")
    assert first == second
    reader = PdfReader(io.BytesIO(first), strict=True)  # the offsets still point right
    assert reader.metadata is not None and reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.timestamp() == 1700000000
    assert b"2023-11-14T22:13:20+00:00" in first  # the metadata stream's dates too
    assert "Technology" in "".join(page.extract_text() for page in reader.pages)


def test_without_it_only_the_dates_differ_and_the_document_id_follows_the_content(tmp_path: Path) -> None:
    first = _export(DEPARTMENTS, tmp_path / "first.pdf")
    time.sleep(1.1)  # a date of another second
    second = _export(DEPARTMENTS, tmp_path / "second.pdf")
    dates = re.compile(rb"\(D:\d{14}Z\)|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")
    assert first != second  # each says when it was written
    assert dates.sub(b"", first) == dates.sub(b"", second)
    assert _document_id(first) == _document_id(second)
    assert b"6f726763" not in first  # the placeholder id is replaced everywhere
    other = _export(SAMPLES[-1], tmp_path / "other.pdf")
    assert _document_id(other) != _document_id(first)
    landscape = _export(DEPARTMENTS, tmp_path / "landscape.pdf", "--orientation", "portrait")
    assert _document_id(landscape) != _document_id(first)


def test_source_date_epoch_gives_the_same_file_in_any_time_zone(tmp_path: Path) -> None:
    # Qt writes local time with its offset ("+01'00'"), longer than UTC's "Z": a file made in
    # Berlin differed from one made in CI. (The zones in POSIX form need no zone database.)
    utc = _export(DEPARTMENTS, tmp_path / "utc.pdf", epoch="1700000000", zone="UTC")
    berlin = _export(DEPARTMENTS, tmp_path / "berlin.pdf", epoch="1700000000", zone="CET-1")
    new_york = _export(DEPARTMENTS, tmp_path / "new-york.pdf", epoch="1700000000", zone="EST5")
    assert berlin == new_york == utc
    assert b"/CreationDate (D:20231114221320Z)" in berlin
    assert b'xmp:CreateDate="2023-11-14T22:13:20Z"' in berlin or b'xmp:CreateDate="2023-11-14T22:13:20+00:00"' in berlin


def test_an_offset_date_is_replaced_by_the_same_length_in_utc() -> None:
    # the editor's export, whose process keeps its zone
    from orgchart.render.pdf_identity import reproducible

    written = b"/CreationDate (D:20261124153731+01'00')\nxmp:CreateDate=\"2026-11-24T15:37:31+01:00\""
    dated = reproducible(written, "1700000000")
    assert dated == b"/CreationDate (D:20231114221320+00'00')\nxmp:CreateDate=\"2023-11-14T22:13:20+00:00\""


@pytest.mark.parametrize("epoch", ["999999999999", "²", "-5", "soon", ""])
def test_a_source_date_epoch_that_is_no_time_leaves_the_dates_as_written(tmp_path: Path, epoch: str) -> None:
    data = _export(DEPARTMENTS, tmp_path / "chart.pdf", epoch=epoch)  # exit 0, no traceback
    assert re.search(rb"/CreationDate \(D:20(2[6-9]|[3-9]\d)", data)  # written now, not in 2023 or 33658


@pytest.mark.parametrize("suffix", [".pptx", ".xlsx"])
def test_office_files_with_source_date_epoch_are_the_same_and_dated_by_it(tmp_path: Path, suffix: str) -> None:
    # Their zip entries and core properties carried the time of writing (and the PowerPoint
    # template's author, "Steve Canny", and "generated using python-pptx").
    import zipfile

    first = _export(DEPARTMENTS, tmp_path / f"first{suffix}", epoch="1700000000")
    time.sleep(1.1)  # a zip dates to the second (and by twos): a second later would differ
    second = _export(DEPARTMENTS, tmp_path / f"second{suffix}", epoch="1700000000", zone="Europe/Berlin")
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {entry.date_time for entry in package.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        core = package.read("docProps/core.xml")
        assert core.count(b">2023-11-14T22:13:20Z</dcterms:") == 2  # created and modified
        assert b"Canny" not in core and b"python-pptx" not in core
    plain = _export(DEPARTMENTS, tmp_path / f"plain{suffix}")  # without it: written now
    with zipfile.ZipFile(io.BytesIO(plain)) as package:
        assert package.infolist()[0].date_time[0] >= 2024
