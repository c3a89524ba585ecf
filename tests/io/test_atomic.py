"""Saving replaces the file in one step: a failed save leaves the old file as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from orgchart.io import OrgFileError, load, save
from orgchart.io.atomic import atomic_write
from orgchart.model import OrgChart, Team


def _chart(name: str) -> OrgChart:
    chart = OrgChart(name)
    chart.add_team(Team("t", "Team"))
    return chart


def test_a_failed_replace_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.json"
    save(_chart("old"), path)
    old = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OrgFileError, match="plan.json: the file cannot be written: No space left on device"):
        save(_chart("new"), path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_writes_go_through_fsync_before_the_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    atomic_write(tmp_path / "x.json", b"{}\n")
    assert calls[:2] == ["fsync", "replace"]
    assert (tmp_path / "x.json").read_bytes() == b"{}\n"


def test_replacing_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    save(_chart("a"), path)
    path.chmod(0o664)
    save(_chart("b"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
    assert load(path).chart.name == "b"


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OrgFileError, match="cannot be written"):
        save(_chart("a"), tmp_path / "missing" / "plan.json")


def test_saving_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    save(_chart("a"), target)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    save(_chart("b"), link)
    assert link.is_symlink()
    assert load(target).chart.name == "b"
