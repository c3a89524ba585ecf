"""A file over `MAX_FILE_BYTES` is refused before it is read, whatever reader is asked."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from orgchart.cli import main
from orgchart.io import MAX_FILE_BYTES, OrgFileError, load, read_chart, read_csv

SIZE = 300 * 2**20  # sparse: no data written, nothing but the size to read


@pytest.mark.parametrize(
    ("name", "read"),
    [("big.json", load), ("big.csv", read_csv), ("big.json", read_chart), ("big.csv", read_chart)],
    ids=["load", "read_csv", "read_chart json", "read_chart csv"],
)
def test_a_file_over_the_limit_is_refused_unread(
    tmp_path: Path, name: str, read: Callable[[Path], Any]
) -> None:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(SIZE)
    assert SIZE > MAX_FILE_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(OrgFileError) as caught:
            read(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value) == f"{path}: the file is 300 MB; orgchart reads files of at most 256 MB"
    assert peak < 2**20  # not read: reading would take 300 MB


def test_validate_names_the_file_too_big(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(SIZE)
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}: error: the file is 300 MB; orgchart reads files of at most 256 MB\n"
