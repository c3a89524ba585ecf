"""Saving replaces the file in one step: a failed save leaves the old file as it was, and a
save keeps the file it replaces as FILE.bak (exports do not)."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from orgchart.io import OrgFileError, load, save
from orgchart.io.atomic import atomic_write, backup_path
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


# ------------------------------------------------------------------------------ .bak
def test_a_save_keeps_the_file_it_replaces_as_bak(tmp_path: Path) -> None:
    path, bak = tmp_path / "plan.json", tmp_path / "plan.json.bak"
    save(_chart("first"), path)
    assert not bak.exists()  # nothing to keep yet
    first = path.read_bytes()
    save(_chart("second"), path)
    assert bak.read_bytes() == first and load(path).chart.name == "second"
    second = path.read_bytes()
    save(_chart("third"), path)
    assert bak.read_bytes() == second and load(bak).chart.name == "second"
    save(_chart("third"), path)  # no changes: the .bak still holds the version before
    assert bak.read_bytes() == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.json.bak"]


def test_the_new_data_and_the_bak_are_synced_before_anything_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.json"
    save(_chart("a"), path)
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        os, "replace", lambda a, b: (calls.append(f"replace {Path(b).name}"), real_replace(a, b))[1]
    )
    save(_chart("b"), path)
    assert calls[:4] == ["fsync", "fsync", "replace plan.json.bak", "replace plan.json"]


def test_the_bak_keeps_the_old_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save(_chart("a"), path)
    path.chmod(0o640)
    save(_chart("b"), path)
    assert stat.S_IMODE((tmp_path / "plan.json.bak").stat().st_mode) == 0o640


def test_through_a_symlink_the_bak_lies_beside_the_real_file(tmp_path: Path) -> None:
    real_folder, link_folder = tmp_path / "real", tmp_path / "links"
    real_folder.mkdir()
    link_folder.mkdir()
    target = real_folder / "plan.json"
    save(_chart("a"), target)
    old = target.read_bytes()
    link = link_folder / "plan.json"
    link.symlink_to(target)
    save(_chart("b"), link)
    assert link.is_symlink() and load(link).chart.name == "b"
    assert (real_folder / "plan.json.bak").read_bytes() == old
    assert backup_path(link) == real_folder / "plan.json.bak"
    assert sorted(p.name for p in link_folder.iterdir()) == ["plan.json"]


def test_exports_and_saves_without_backup_keep_no_bak(tmp_path: Path) -> None:
    picture = tmp_path / "chart.svg"
    atomic_write(picture, b"<svg/>")
    atomic_write(picture, b"<svg></svg>")
    path = tmp_path / "recovery.json"
    save(_chart("a"), path, backup=False)
    save(_chart("b"), path, backup=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.svg", "recovery.json"]


def test_a_backup_that_cannot_be_written_does_not_stop_the_save(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save(_chart("a"), path)
    (tmp_path / "plan.json.bak").mkdir()  # in the way
    save(_chart("b"), path)
    assert load(path).chart.name == "b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.json.bak"]


def test_a_save_that_fails_keeps_file_and_bak_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, bak = tmp_path / "plan.json", tmp_path / "plan.json.bak"
    save(_chart("a"), path)
    save(_chart("b"), path)
    before = path.read_bytes(), bak.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OrgFileError, match="No space left on device"):
        save(_chart("c"), path)
    assert (path.read_bytes(), bak.read_bytes()) == before  # the new data first, then the .bak
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.json.bak"]


def test_a_later_save_removes_stale_temporary_files_of_its_own_target(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save(_chart("a"), path)
    hour_ago = time.time() - 3600
    names = {
        ".plan.json.k3x_9q2a.tmp": False,  # left by a killed save: removed
        ".plan.json.bak.0ab1cd2e.tmp": False,  # left by a killed backup: removed
        ".plan.json.fresh123.tmp": True,  # under a minute old: maybe a save still running
        ".plan.json.old.k3x_9q2a.tmp": True,  # another target's (plan.json.old)
        ".other.json.k3x_9q2a.tmp": True,
        "plan.json.k3x_9q2a.tmp": True,  # not hidden: not ours
    }
    for name in names:
        (tmp_path / name).write_text("half a chart")
        if name != ".plan.json.fresh123.tmp":
            os.utime(tmp_path / name, (hour_ago, hour_ago))
    save(_chart("b"), path)
    kept = {name for name, keep in names.items() if keep}
    assert {p.name for p in tmp_path.iterdir()} == kept | {"plan.json", "plan.json.bak"}
