"""The ``orgchart`` command: the editor, and subcommands for work without a window.

    orgchart [FILE]             open the editor (on FILE if given)
    orgchart validate FILE...   check files; one line per file

Exit codes: 0 success, 1 invalid input, 2 usage. Qt is imported only when a window opens.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from orgchart import __version__

SUBCOMMANDS = ("validate",)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "validate":
            return _validate(args[1:])
        return _editor(args)
    except KeyboardInterrupt:
        return 130


def _editor(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="orgchart",
        description="Open the org-chart editor.",
        epilog="subcommands:\n  orgchart validate FILE...   check files without opening a window",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="an orgchart .json file to open")
    parser.add_argument("--version", action="version", version=f"orgchart {__version__}")
    ns = parser.parse_args(args)
    from orgchart.ui.app import run_editor  # Qt only from here on

    return run_editor(ns.file)


def _validate(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="orgchart validate",
        description='Check orgchart files. Prints "FILE: ok (T teams, R roles, L links)" or '
        '"FILE: error: WHERE: WHAT" for each; exits 0 if all are valid, else 1.',
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    ns = parser.parse_args(args)
    from orgchart.io import OrgFileError, load

    status = 0
    for name in ns.files:
        try:
            chart = load(name).chart
        except OrgFileError as error:
            print(f"{name}: error: {error.place}", flush=True)
            status = 1
            continue
        print(
            f"{name}: ok ({chart.team_count} teams, {chart.role_count} roles, "
            f"{chart.link_count} links)",
            flush=True,
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
