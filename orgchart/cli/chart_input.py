"""What the subcommands share to read their input: a chart file with its warnings reported,
a team named by id or name, and a check that an output file is not the input."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orgchart.cli.progress_line import ProgressLine
    from orgchart.io import Document
    from orgchart.model import OrgChart


def read_input(
    command: str,
    name: str | Path,
    *,
    line: ProgressLine | None = None,
    share: tuple[float, float] = (0.0, 1.0),
    **options: Any,
) -> Document | None:
    """The document in ``name`` (``options``: those of `read_chart`), its warnings printed
    to stderr; None when it cannot be read, after printing why ("orgchart COMMAND: …").
    On a terminal, reading a large file shows a progress line: ``line``'s, over its
    ``share`` of the bar (a command that does more after reading), else one of its own."""
    from orgchart.cli.progress_line import ProgressLine
    from orgchart.io import OrgFileError
    from orgchart.io.reading import read_chart

    own = ProgressLine(f"orgchart {command}") if line is None else None
    shown = line or own
    assert shown is not None
    try:
        document, warnings = read_chart(name, progress=shown.part(*share, Path(name).name), **options)
    except OrgFileError as error:
        shown.clear()
        print(f"orgchart {command}: {error}", file=sys.stderr)
        return None
    finally:
        if own is not None:
            own.clear()
    if warnings:
        shown.clear()
    for warning in warnings:
        print(f"{name}: warning: {warning}", file=sys.stderr)
    return document


def find_team(chart: OrgChart, wanted: str) -> str | None:
    """The team whose id is ``wanted``, else the one whose name is, ignoring case and
    spaces around and between words (as a name typed in a shell or copied from a PDF has);
    None if none is, or several are (`no_team` says which)."""
    if chart.has_team(wanted):
        return wanted
    named = _named(chart, wanted)
    return named[0] if len(named) == 1 else None


def _named(chart: OrgChart, wanted: str) -> list[str]:
    folded = _folded(wanted)
    return [t for t in chart.team_ids() if _folded(chart.team(t).name) == folded]


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def no_team(chart: OrgChart, wanted: str) -> str:
    """Why ``wanted`` names no one team: several have that name (listed with where they are
    and their ids, to give instead), or none has (with the names that would, the first 12)."""
    named = _named(chart, wanted)
    if len(named) > 1:
        listed = ", ".join(f"{_place(chart, t)} (id {t!r})" for t in named)
        return f"{len(named)} teams are called {chart.team(named[0]).name!r}: {listed}; give the id of one"
    names = [repr(chart.team(t).name) for t in chart.team_ids()]
    listed = ", ".join(names[:12]) + (f", … {len(names) - 12} more" if len(names) > 12 else "")
    return f"there is no team {wanted!r} (teams: {listed})"


def _place(chart: OrgChart, team_id: str) -> str:
    """The team's name with those of the teams it is in: "IT › Support"."""
    path = [team_id]
    while (parent := chart.parent_of(path[-1])) is not None:
        path.append(parent)
    return " › ".join(chart.team(t).name for t in reversed(path))


def same_file(source: str | Path, out: str | Path) -> bool:
    """Whether ``out`` names the file ``source`` does (by another name or a link too)."""
    try:
        return os.path.samefile(source, out)
    except (OSError, ValueError):  # either does not exist (yet)
        return False
