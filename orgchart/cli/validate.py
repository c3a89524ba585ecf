"""``orgchart validate FILE...``: check files, one line per file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orgchart.io import Document
    from orgchart.model import OrgChart


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart validate",
        description='Check orgchart files. Prints "FILE: ok (T teams, R roles, L links)" or '
        '"FILE: error: WHERE: WHAT" for each; exits 0 if all are valid, else 1. With --stats, '
        "a table of team figures; with --lint, one line per structure finding "
        '("FILE: RULE: WHAT").',
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--stats", action="store_true", help="also print each team's roles, FTE, vacancies and external share"
    )
    parser.add_argument(
        "--lint",
        action="store_true",
        help="also print structure checks (advice: they do not change the exit code)",
    )
    parser.add_argument(
        "--max-reports",
        type=_count_arg,
        default=8,
        metavar="N",
        help="--lint: the span of control (default 8)",
    )
    parser.add_argument(
        "--require",
        action="append",
        default=[],
        metavar="TEXT",
        help="--lint: a responsibility some role must hold (repeat for more)",
    )
    from orgchart.cli.table_options import add_table_options

    add_table_options(parser)
    return parser


def validate_command(args: list[str]) -> int:
    from orgchart.cli.table_options import applies, table_options

    parser = _parser()
    ns = parser.parse_args(args)
    from orgchart.io import OrgFileError

    options = table_options(parser, ns, ns.files)

    status = 0
    for name in ns.files:
        try:
            document, warnings = _read(name, applies(options, name))
            chart = document.chart
        except OrgFileError as error:
            print(f"{name}: error: {error.place}", flush=True)
            status = 1
            continue
        for warning in warnings:
            print(f"{name}: warning: {warning}", file=sys.stderr)
        print(
            f"{name}: ok ({_count(chart.team_count, 'team')}, {_count(chart.role_count, 'role')}, "
            f"{_count(chart.link_count, 'link')}"
            + (f", {_count(chart.held_count(), 'role')} in the holding area" if chart.parked() else "")
            + ")",
            flush=True,
        )
        if ns.stats:
            print(stats_table(chart), flush=True)
        if ns.lint:
            from orgchart.model.checks import CheckOptions, structure_checks

            options = CheckOptions(max_reports=ns.max_reports, required=tuple(ns.require))
            for finding in structure_checks(chart, options):
                print(f"{name}: {finding.rule.value}: {finding.message}", flush=True)
    return status


def _read(name: str, options: dict[str, Any]) -> tuple[Document, list[str]]:
    """`read_chart`, with a progress line on a terminal while a large file is read (cleared
    before the file's line is printed)."""
    from orgchart.cli.progress_line import ProgressLine
    from orgchart.io.reading import read_chart

    with ProgressLine("orgchart validate") as line:
        return read_chart(name, progress=line.part(0.0, 1.0, Path(name).name), **options)


def stats_table(chart: OrgChart) -> str:
    """Each team's figures (with its sub-teams, which are indented under it) and the company's."""
    from orgchart.model.figures import chart_figures

    figures = chart_figures(chart)
    rows = [
        (("  " * len(chart.team_path(t))) + chart.team(t).name, figures.total[t]) for t in chart.team_ids()
    ]
    rows.append(("company", figures.company))
    width = max(len(label) for label, _ in rows)
    lines = [f"  {'team':<{width}}  {'roles':>6}  {'FTE':>8}  {'vacant':>6}  {'external':>8}"]
    for label, f in rows:
        lines.append(
            f"  {label:<{width}}  {f.roles:>6}  {f.fte:>8.2f}  {f.vacancies:>6}  {f.external_share:>8.0%}"
        )
    if figures.parked:
        lines.append(f"  ({_count(figures.parked, 'role')} in the holding area, not counted)")
    return "\n".join(lines)


def _count_arg(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    return int(text)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
