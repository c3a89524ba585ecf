"""`orgchart export` and `validate` show a progress line on a terminal (stderr), rewritten in
place and cleared at the end; into a file or a pipe, stderr stays exactly as it was."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from orgchart.cli import main, progress_line
from orgchart.io import save
from orgchart.model import OrgChart, Role, Team

ROLES = 9000  # more than two reports' worth of rows (orgchart.io.progress.EVERY)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chart = OrgChart("Groß")
    chart.add_team(Team("t", "Alle"))
    for r in range(ROLES):
        chart.add_role(Role(f"r{r}", f"Stelle {r}"), "t", None if r == 0 else f"r{(r - 1) // 7}")
    path = tmp_path_factory.mktemp("big") / "big.json"
    save(chart, path)
    return path


@pytest.fixture
def at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Show the line from the first report on, every report (the work here is quick)."""
    monkeypatch.setattr(progress_line, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(progress_line, "EVERY", 0.0)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_validate_on_a_pseudo_terminal_shows_the_line_and_clears_it(
    big_file: Path, at_once: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    leader, follower = os.openpty()
    terminal = os.fdopen(follower, "w", encoding="utf-8")
    monkeypatch.setattr(sys, "stderr", terminal)
    try:
        assert main(["validate", str(big_file)]) == 0
        terminal.flush()
        written = os.read(leader, 1 << 16).decode("utf-8")
    finally:
        terminal.close()
        os.close(leader)
    assert capsys.readouterr().out == f"{big_file}: ok (1 team, {ROLES} roles, 0 links)\n"
    lines = written.split("\r")
    assert lines[0] == "" and lines[1].startswith("orgchart validate: ")
    assert any("building the chart" in line for line in lines) and "100% " in written
    shown = [line for line in lines if line.strip()]
    assert len(shown) >= 4  # rewritten in place as it goes
    assert written.endswith("\r" + " " * len(shown[-1]) + "\r")  # cleared: nothing is left


def test_export_on_a_terminal_says_each_step_and_ends_cleared(
    big_file: Path, at_once: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = tmp_path / "big.svg"
    assert main(["export", str(big_file), "-o", str(out)]) == 0
    written = terminal.getvalue()
    steps = ["reading big.json", "building the chart", "laying out", "drawing", "writing big.svg"]
    places = [written.find(step) for step in steps]
    assert -1 not in places and places == sorted(places), written
    last = written.rstrip("\r").rsplit("\r", 1)[-1]
    assert last.strip() == "" and written.endswith("\r")
    assert out.read_bytes().startswith(b"<?xml")


def test_warnings_start_on_a_line_of_their_own(
    at_once: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hr = tmp_path / "hr.csv"
    hr.write_text("id,title,manager_id\n1,Chefin,\n2,Entwickler,9\n", encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["export", str(hr), "-o", str(tmp_path / "hr.json")]) == 0
    before, warning = terminal.getvalue().split(f"{hr}: warning: ", 1)
    assert before.endswith("\r") and before.rsplit("\r", 2)[-2].strip() == ""  # cleared first
    assert "there is no role with the id '9'" in warning


@pytest.mark.parametrize("command", ["validate", "export"])
def test_without_a_terminal_stderr_is_unchanged(
    command: str,
    big_file: Path,
    at_once: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [str(big_file)] if command == "validate" else [str(big_file), "-o", str(tmp_path / "o.svg")]
    assert main([command, *args]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out == ("" if command == "export" else f"{big_file}: ok (1 team, {ROLES} roles, 0 links)\n")


def test_quick_work_shows_no_line_even_on_a_terminal(
    big_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(progress_line, "SHOW_AFTER", 3600.0)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["validate", str(big_file)]) == 0
    assert terminal.getvalue() == ""


def test_the_line_never_wraps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_line, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(progress_line.shutil, "get_terminal_size", lambda fallback: os.terminal_size((40, 20)))
    terminal = Terminal()
    line = progress_line.ProgressLine("orgchart export", terminal)
    line.step("reading", 0.5, "a-file-with-a-very-long-name-indeed.json")
    line.clear()
    shown = terminal.getvalue().split("\r")[1]
    assert len(shown) == 39 and shown.endswith("...") and "50%" in shown
