"""``orgchart diff OLD NEW``: what changed between two versions of a structure."""

from __future__ import annotations

import argparse
import sys

from orgchart.cli.chart_input import read_input

#: exit statuses; 1 and 2 mean what they mean for every orgchart command
SAME, INVALID, USAGE, DIFFERENT = 0, 1, 2, 3

EPILOG = """\
Roles and teams are matched by id; what is left is matched by team name, and roles by
title and team (casefolded), so an HR export with other ids lines up with a chart file.
Where several roles of one title in one team are left, those with the same holder are
paired first, then the rest in the order of the files. --ids-only turns that off.
Sibling order and view settings (collapsed branches, direction) are not compared.

Headcount counts the roles of a team and its sub-teams, vacant ones too, but not those
in the holding area (as the editor's team figures do).

Exit status: 0 the two are the same, 3 they differ, 1 a file cannot be read (the message
says which and where), 2 wrong usage. (Not diff's 1 for "different": 1 means invalid input
for every orgchart command, so a script can tell a changed chart from a broken file.)

--format json writes {"format": "orgchart-diff", "version": 1, ...}; its keys are listed in
the docstring of orgchart/cli/diff_report.py and only ever added to."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart diff",
        description="Show what changed from OLD to NEW: roles and teams added, removed, renamed or "
        "moved, changed fields, dotted lines, headcount and FTE per team. Any file orgchart "
        "reads (.json, .csv, …).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", metavar="OLD", help="the earlier version")
    parser.add_argument("new", metavar="NEW", help="the later version")
    parser.add_argument(
        "--format",
        choices=("text", "json", "md"),
        default="text",
        help="text for a terminal (default), json for scripts, md: a Markdown report for a wiki",
    )
    parser.add_argument(
        "--ids-only", action="store_true", help="match roles and teams by id only (no fallback on names)"
    )
    return parser


def diff_command(args: list[str]) -> int:
    ns = _parser().parse_args(args)
    from orgchart.cli.diff_report import json_report, markdown_report, text_report
    from orgchart.model.diff import diff_charts

    charts = []
    for name in (ns.old, ns.new):
        document = read_input("diff", name)
        if document is None:
            return INVALID
        charts.append(document.chart)
    diff = diff_charts(charts[0], charts[1], fallback=not ns.ids_only)
    report = {"text": text_report, "json": json_report, "md": markdown_report}[ns.format]
    sys.stdout.write(report(diff, ns.old, ns.new))
    sys.stdout.flush()
    return SAME if diff.same else DIFFERENT
