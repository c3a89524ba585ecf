"""The ``orgchart`` command: the editor, and subcommands for work without a window.

    orgchart [FILE]                      open the editor (on FILE if given)
    orgchart export IN -o OUT [options]  draw a chart (SVG, PNG, PDF, PowerPoint) or write it
                                         as JSON, CSV, Excel, GraphML or Mermaid
    orgchart validate FILE...            check files; one line per file (--stats, --lint)
    orgchart matrix IN [--team NAME]     who does what: responsibilities x roles (Markdown, CSV)
    orgchart diff OLD NEW                what changed between two versions (exit 3: they differ)

Exit codes: 0 success, 1 invalid input, 2 usage (diff: 3 when the versions differ), 130
stopped with Ctrl+C, 141 when whoever reads the output stops reading. Qt is imported only
when a window opens or a picture is drawn.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import importlib
import os
import shlex
import sys
from collections.abc import Sequence

from orgchart import __version__

SUBCOMMANDS = ("export", "validate", "diff", "matrix")


def main(argv: Sequence[str] | None = None) -> int:
    # Before Qt is loaded: its hash tables in a fixed order, so that a PDF embeds its fonts
    # in the same order on every run (see `orgchart.render.pdf_identity`). Python's own
    # hashing stays randomised.
    os.environ.setdefault("QT_HASH_SEED", "0")
    code = _command(list(sys.argv[1:] if argv is None else argv))
    if argv is None:
        # The process ends now. What the command made (a chart of 10,000 roles, its layout)
        # need not be looked through once more by Python's collection at exit: that takes
        # about a twentieth of an export's time, and the memory is handed back anyway.
        gc.freeze()
    return code


def _command(args: list[str]) -> int:
    try:
        if args and args[0] == "validate":
            from orgchart.cli.validate import validate_command

            return validate_command(args[1:])
        if args and args[0] == "export":
            from orgchart.cli.export import export_command

            return export_command(args[1:])
        if args and args[0] == "diff":
            from orgchart.cli.diff import diff_command

            return diff_command(args[1:])
        if args and args[0] == "matrix":
            from orgchart.cli.matrix import matrix_command

            return matrix_command(args[1:])
        if args and _looks_like_a_misspelled_command(args[0]):
            close = difflib.get_close_matches(args[0], SUBCOMMANDS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            print(f"orgchart: unknown command {args[0]!r}{hint} (see: orgchart --help)", file=sys.stderr)
            return 2
        return _editor(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `orgchart validate *.json | head -1`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        # as a command ended by SIGPIPE reports (128 + 13): the reader stopped, which says
        # nothing of the input (1 would say it is invalid)
        return 141


def _looks_like_a_misspelled_command(word: str) -> bool:
    """A bare word that is no file: `orgchart exprot …` should not read as a file to open."""
    return word.isalpha() and not os.path.exists(word)


def _editor(args: list[str]) -> int:
    parser = _editor_parser()
    misplaced = _misplaced_command(parser, args)
    if misplaced is not None:
        print(misplaced, file=sys.stderr)
        return 2
    ns = parser.parse_args(args)
    from orgchart.model.bulk import GcPause

    # Up to the first frame the start makes objects (modules, widgets, the chart) and frees
    # next to none: Python's collector would look through them again and again for nothing.
    start = GcPause()  # run_editor ends it after the first frame
    try:
        from orgchart.ui import preload

        preload(ns.file)  # the file's reader before Qt, which slows every later import
        from orgchart.ui.app import run_editor  # Qt only from here on

        return run_editor(
            ns.file, ns.autosave_seconds, preview=not ns.no_import_preview, language=ns.lang, start=start
        )
    finally:
        start.end()
        from orgchart.io import prefetch

        prefetch.discard()  # a read the editor did not take (it stopped before it opened)


def _misplaced_command(editor: argparse.ArgumentParser, args: list[str]) -> str | None:
    """Why ``args`` (the editor's) are a subcommand's put behind options or a file, as in
    ``orgchart --lang de validate FILE``, with the command line meant; None if they are not.
    A word that names an existing file is a file to open."""
    at, index = None, 0
    while at is None and index < len(args) and args[index] != "--":
        word, taken = _option_at(editor, args, index)
        if not taken and word in SUBCOMMANDS and not os.path.exists(word):
            at = index
        index += max(len(taken), 1)
    if at is None:
        return None
    command = args[at]
    takes = importlib.import_module(f"orgchart.cli.{command}")._parser()._option_string_actions
    kept: list[str] = []
    dropped: dict[str, None] = {}  # the editor's options the command does not take, in order
    index = 0
    while index < at:
        name, taken = _option_at(editor, args[:at], index)
        if taken and name not in takes:
            dropped[name] = None
        else:
            kept += taken or [args[index]]
        index += max(len(taken), 1)
    meant = shlex.join(["orgchart", command, *kept, *args[at + 1 :]])
    message = f"orgchart: {command!r} is a command: put it first ({meant})"
    if dropped:
        verb = "is an option" if len(dropped) == 1 else "are options"
        message += f"; {', '.join(dropped)} {verb} of the editor (orgchart [FILE]), not of orgchart {command}"
    return message + f" (see: orgchart {command} --help)"


def _option_at(parser: argparse.ArgumentParser, args: list[str], index: int) -> tuple[str, list[str]]:
    """The option at ``args[index]`` (its full name, as argparse reads an unambiguous prefix)
    and its words (with its value, if it takes one); for a word that is no option: the word
    and []."""
    word = args[index]
    if not word.startswith("-") or word == "-":
        return word, []
    name = word.partition("=")[0]
    known = [o for a in parser._actions for o in a.option_strings]
    prefixed = [o for o in known if o.startswith(name)] if name.startswith("--") else []
    if name not in known and len(prefixed) == 1:
        name = prefixed[0]
    takes_value = any(name in a.option_strings and a.nargs != 0 for a in parser._actions)
    return name, args[index : index + (2 if takes_value and "=" not in word else 1)]


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart",
        description="Open the org-chart editor.",
        epilog=(
            "subcommands:\n"
            "  orgchart export IN -o OUT   draw or convert a chart (see: orgchart export -h)\n"
            "  orgchart validate FILE...   check files without opening a window\n"
            "  orgchart diff OLD NEW       what changed between two versions (see: orgchart diff -h)\n"
            "  orgchart matrix IN          who does what, as Markdown or CSV (see: orgchart matrix -h)"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        help="a chart to open: an orgchart .json file, or a .csv/.xlsx/.graphml file to import",
    )
    parser.add_argument(
        "--no-import-preview",
        action="store_true",
        help="import a .csv/.xlsx FILE with its columns as detected, without showing the import preview",
    )
    parser.add_argument(
        "--autosave-seconds",
        type=_positive_seconds,
        metavar="S",
        help="how often unsaved changes are copied to the recovery folder (default 30)",
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        help="the language of the editor for this run (default: Edit > Preferences, else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"orgchart {__version__}")
    return parser


def _positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds < 24 * 3600:
        raise argparse.ArgumentTypeError(f"expected seconds between 0 and 86400, got {text!r}")
    return seconds


if __name__ == "__main__":
    sys.exit(main())
