"""``orgchart matrix IN``: who does what, as a Markdown or CSV table (rows: responsibilities,
columns: roles, an ``x`` where a role holds one), for the whole chart or one team."""

from __future__ import annotations

import argparse
import sys

from orgchart.cli.chart_input import find_team, no_team, read_input, same_file


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart matrix",
        description="Print or write a 'who does what' table: one row per responsibility, one column "
        "per role, an x where the role holds it. Markdown by default; CSV with --format csv or an "
        "OUT ending in .csv.",
    )
    parser.add_argument("input", metavar="IN", help="an orgchart .json file or an HR export .csv")
    parser.add_argument("--team", metavar="NAME", help="only this team (name or id) and its sub-teams")
    parser.add_argument(
        "--format",
        choices=("md", "csv"),
        help="md or csv (default: from OUT, else md); an OUT ending in .md or .csv must agree",
    )
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
    named = format_of(ns.output) if ns.output is not None else None
    if ns.output is not None and fmt is None:
        fmt = named
        if fmt is None:
            parser.error(f"OUT must end in .md or .csv (or give --format), not {ns.output!r}")
    if named is not None and fmt != named:  # an OUT of another name (who.txt) takes any --format
        kinds = {"md": "Markdown", "csv": "CSV"}
        parser.error(
            f"--format {fmt} does not match OUT {ns.output!r}, a {kinds[named]} file's name "
            f"(leave out --format, or write to a .{fmt} file)"
        )
    fmt = fmt or "md"
    if ns.output is not None and same_file(ns.input, ns.output):
        parser.error(f"OUT is the input file {ns.input!r}: write to another file (IN would be replaced)")
    document = read_input("matrix", ns.input)
    if document is None:
        return 1
    chart = document.chart
    team_id = None
    if ns.team is not None:
        team_id = find_team(chart, ns.team)
        if team_id is None:
            print(f"orgchart matrix: {ns.input}: {no_team(chart, ns.team)}", file=sys.stderr)
            return 1
    matrix = responsibility_matrix(chart, team_id)
    if not matrix.duties:
        whose = "no role" if team_id is None else f"no role in the team {chart.team(team_id).name!r}"
        print(f"{ns.input}: note: {whose} has responsibilities; the matrix is empty", file=sys.stderr)
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
