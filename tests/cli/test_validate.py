"""`orgchart validate FILE...`: one line per file, exit 0 / 1 / 2, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES


def orgchart(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgchart", *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_valid_samples_print_their_figures() -> None:
    result = orgchart("validate", *(str(p.relative_to(ROOT)) for p in SAMPLES))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(SAMPLES)
    assert "samples/ecommerce-departments.de.json: ok (5 teams, 21 roles, 4 links)" in lines
    assert result.stderr == ""


def test_an_invalid_file_gives_an_error_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    data = json.loads(SAMPLES[0].read_text(encoding="utf-8"))
    data["roles"][3]["manager"] = "nobody"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = orgchart("validate", str(SAMPLES[0]), str(bad), str(tmp_path / "missing.json"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith(": ok (5 teams, 21 roles, 4 links)")
    assert lines[1] == f"{bad}: error: roles[3].manager: there is no role with the id 'nobody'"
    assert lines[2].startswith(f"{tmp_path / 'missing.json'}: error: the file cannot be read")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["validate"], ["validate", "--frobnicate", "x.json"], ["--nope"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = orgchart(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_console_script_and_version() -> None:
    script = Path(sys.executable).parent / "orgchart"
    assert script.exists(), "the 'orgchart' console script is not installed"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("orgchart ")


def test_validate_output_names_umlaut_files(tmp_path: Path) -> None:
    target = tmp_path / "Übersicht.json"
    target.write_bytes(SAMPLES[0].read_bytes())
    result = orgchart("validate", str(target))
    assert result.returncode == 0
    assert result.stdout.startswith(f"{target}: ok")


def test_a_closed_pipe_is_not_a_traceback() -> None:
    files = [str(SAMPLES[0])] * 5000  # more output than a pipe buffer holds
    process = subprocess.Popen(
        [sys.executable, "-m", "orgchart", "validate", *files], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stdout.readline().endswith(
        b"ok (5 teams, 21 roles, 4 links)\n"
    )
    process.stdout.close()  # like `| head -1`
    stderr = process.communicate(timeout=120)[1]
    assert b"Traceback" not in stderr
    # not 1, which says the input is invalid: the status of a command ended by SIGPIPE
    assert process.returncode == 141


def test_csv_files_validate_and_their_warnings_go_to_stderr(tmp_path: Path) -> None:
    source = tmp_path / "hr.csv"
    source.write_text(
        "Personalnummer;Stellenbezeichnung;Vorgesetzter\n1;Chefin;\n2;Analyst;9999\n", encoding="cp1252"
    )
    result = orgchart("validate", str(source))
    assert result.returncode == 0
    assert result.stdout.strip() == f"{source}: ok (1 team, 2 roles, 0 links)"
    assert "warning: line 3, column Vorgesetzter" in result.stderr and "'9999'" in result.stderr


def test_broken_characters_in_a_file_are_printed_escaped_not_a_traceback(tmp_path: Path) -> None:
    """JSON can spell a lone surrogate ("\\ud800"), which no terminal can print: the message
    shows it escaped (a UTF-8 locale whose stdout is strict crashed on it)."""
    bad = tmp_path / "broken.json"
    bad.write_text(
        '{"format": "orgchart", "version": 1, "teams": [{"id": "t", "name": "T"}],'
        ' "roles": [{"id": "r", "title": "A", "team": "t", "fte": "\\ud800"}]}',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-X", "utf8", "-m", "orgchart", "validate", str(bad)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8:strict"},
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout == f'{bad}: error: roles[0].fte: input should be a valid number, not "\\ud800"\n'


def test_stats_prints_each_teams_figures_rolled_up() -> None:
    result = orgchart("validate", "--stats", "samples/ecommerce-project-roles.en.json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["team", "roles", "FTE", "vacant", "external"]
    assert lines[2].split() == ["Digital", "13", "13.00", "13", "8%"]  # the whole tree under it
    assert "      IT team" in result.stdout  # nested two levels: indented twice
    assert lines[-1].split() == ["company", "13", "13.00", "13", "8%"]


def test_lint_prints_findings_as_advice(tmp_path: Path) -> None:
    result = orgchart(
        "validate",
        "--lint",
        "--max-reports",
        "12",
        "--require",
        "SEO",
        "--require",
        "Datenschutz",
        "samples/ecommerce-project-roles.en.json",
    )
    assert result.returncode == 0, result.stderr  # advice, not an invalid file
    findings = [line.split(": ")[1] for line in result.stdout.splitlines()[1:]]
    assert findings == ["no-lead", "no-lead", "no-lead", "unheld-responsibility", "unheld-responsibility"]
    assert "no role holds the responsibility 'Datenschutz'" in result.stdout
    assert orgchart("validate", "--lint", "--max-reports", "many", str(SAMPLES[0])).returncode == 2
