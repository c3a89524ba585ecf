"""``orgchart matrix IN``: who does what, as a Markdown or CSV table (rows: responsibilities,
columns: roles, an ``x`` where a role holds one), for the whole chart or one team."""

from __future__ import annotations

import argparse
import sys

from orgchart.io.reading import read_chart


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart matrix",
        description="Print or write a 'who does what' table: one row per responsibility, one column "
        "per role, an x where the role holds it. Markdown by default; CSV with --format csv or an "
        "OUT ending in .csv.",
    )
    parser.add_argument("input", metavar="IN", help="an orgchart .json file or an HR export .csv")
    parser.add_argument("--team", metavar="NAME", help="only this team (name or id) and its sub-teams")
    parser.add_argument("--format", choices=("md", "csv"), help="md or csv (default: from OUT, else md)")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="the file to write (.md or .csv); without it, standard output"
    )
    return parser


def matrix_command(args: list[str]) -> int:
    parser = _parser()
    ns = parser.parse_args(args)
    from orgchart.io import OrgFileError
    from orgchart.io.matrix_text import format_of, matrix_csv, matrix_markdown, write_matrix
    from orgchart.model.duties import responsibility_matrix

    fmt = ns.format
    if ns.output is not None and fmt is None:
        fmt = format_of(ns.output)
        if fmt is None:
            parser.error(f"OUT must end in .md or .csv (or give --format), not {ns.output!r}")
    fmt = fmt or "md"
    try:
        document, warnings = read_chart(ns.input)
    except OrgFileError as error:
        print(f"orgchart matrix: {error}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"{ns.input}: warning: {warning}", file=sys.stderr)
    chart = document.chart
    team_id = None
    if ns.team is not None:
        folded = ns.team.casefold()
        team_id = ns.team if chart.has_team(ns.team) else None
        team_id = team_id or next(
            (t for t in chart.team_ids() if chart.team(t).name.casefold() == folded), None
        )
        if team_id is None:
            names = ", ".join(repr(chart.team(t).name) for t in chart.team_ids()[:12])
            more = f", … {chart.team_count - 12} more" if chart.team_count > 12 else ""
            print(
                f"orgchart matrix: {ns.input}: there is no team {ns.team!r} (teams: {names}{more})",
                file=sys.stderr,
            )
            return 1
    matrix = responsibility_matrix(chart, team_id)
    if ns.output is None:
        sys.stdout.write(matrix_csv(matrix) if fmt == "csv" else matrix_markdown(matrix))
        sys.stdout.flush()
        return 0
    try:
        write_matrix(matrix, ns.output, fmt)
    except OrgFileError as error:
        print(f"orgchart matrix: {error}", file=sys.stderr)
        return 1
    return 0
