"""A subcommand put behind the editor's options (or a file) is a usage error that shows the
command line meant, not "unrecognized arguments" from the editor's parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart.cli import main


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--lang", "de", "validate", "samples/hr-export.de.csv"],
            "orgchart: 'validate' is a command: put it first (orgchart validate samples/hr-export.de.csv); "
            "--lang is an option of the editor (orgchart [FILE]), not of orgchart validate "
            "(see: orgchart validate --help)",
        ),
        (  # export takes --lang too: it moves behind the command
            ["--lang=de", "export", "in.json", "-o", "out.svg"],
            "orgchart: 'export' is a command: put it first (orgchart export --lang=de in.json -o out.svg) "
            "(see: orgchart export --help)",
        ),
        (  # an abbreviated option, as argparse reads it, and two the command does not take
            ["--la", "de", "--no-import-preview", "matrix", "in.json"],
            "orgchart: 'matrix' is a command: put it first (orgchart matrix in.json); --lang, "
            "--no-import-preview are options of the editor (orgchart [FILE]), not of orgchart matrix",
        ),
        (
            ["--autosave-seconds", "5", "old.json", "diff", "new.json"],
            "orgchart: 'diff' is a command: put it first (orgchart diff old.json new.json); "
            "--autosave-seconds is an option of the editor",
        ),
    ],
)
def test_a_command_after_the_editors_options_is_a_usage_error(
    args: list[str], said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no file named like a command here
    assert main(args) == 2
    captured = capsys.readouterr()
    assert said in captured.err and captured.out == ""
    assert "Traceback" not in captured.err


def test_an_existing_file_named_like_a_command_is_still_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgchart import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "matrix").write_text("{}", encoding="utf-8")
    assert cli._misplaced_command(cli._editor_parser(), ["--lang", "de", "matrix"]) is None
    # and so is a word after "--", and an option's value
    assert cli._misplaced_command(cli._editor_parser(), ["--", "export"]) is None
    assert cli._misplaced_command(cli._editor_parser(), ["--autosave-seconds", "diff"]) is None
