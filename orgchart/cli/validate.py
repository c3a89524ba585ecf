"""``orgchart validate FILE...``: check files, one line per file."""

from __future__ import annotations

import argparse
import sys


def validate_command(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="orgchart validate",
        description='Check orgchart files. Prints "FILE: ok (T teams, R roles, L links)" or '
        '"FILE: error: WHERE: WHAT" for each; exits 0 if all are valid, else 1.',
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    ns = parser.parse_args(args)
    from orgchart.io import OrgFileError
    from orgchart.io.reading import read_chart

    status = 0
    for name in ns.files:
        try:
            document, warnings = read_chart(name)
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
            + (f", {len(chart.parked())} parked" if chart.parked() else "")
            + ")",
            flush=True,
        )
    return status


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
