"""``orgchart export IN -o OUT``: draw a chart file as SVG, PNG or PDF, or write it as CSV,
without a window (Qt is loaded only for pictures)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orgchart.io.reading import read_chart

#: files written from the chart's data, not drawn: suffix -> (module, function). The function
#: takes (chart, path), writes atomically, returns what the format could not hold (sentences)
#: and raises OrgFileError if the file cannot be written.
DATA_WRITERS = {
    ".csv": ("orgchart.io.csv_writer", "write_csv"),
}
PICTURES = (".svg", ".png", ".pdf")
FORMATS = (*PICTURES, *DATA_WRITERS)
THEMES = ("light", "print", "dark")
PAGE_SIZES = ("a4", "a3", "a2", "a1", "a0", "letter", "legal", "tabloid")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart export",
        description="Draw a chart (.json or .csv) as .svg, .png or .pdf, or write it as .csv "
        "(one row per role, the columns the CSV import reads), chosen by OUT's extension.",
    )
    parser.add_argument("input", metavar="IN", help="an orgchart .json file or an HR export .csv")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="the file to write")
    parser.add_argument(
        "--layout",
        choices=("top-down", "left-right"),
        help="direction (default: the file's view, else top-down)",
    )
    parser.add_argument(
        "--compact", action="store_true", help="stack leaf roles in columns (teams set to 'auto')"
    )
    parser.add_argument(
        "--scale", type=_positive, default=None, metavar="S", help="PNG: pixels per chart unit (default 1)"
    )
    parser.add_argument(
        "--dpi", type=_positive, default=None, metavar="D", help="PNG: resolution; 96 is scale 1"
    )
    parser.add_argument("--team", metavar="NAME", help="only this team (name or id) and its sub-teams")
    parser.add_argument("--depth", type=_depth, metavar="N", help="show N levels of roles, count the rest")
    parser.add_argument("--theme", choices=THEMES, help="colours of the picture (default light)")
    parser.add_argument(
        "--pages",
        choices=("one", "department", "poster"),
        default="one",
        help="PDF: fit to one page; an overview and a page per department; or tiles at --scale",
    )
    parser.add_argument("--page-size", choices=PAGE_SIZES, type=str.lower, help="PDF page size (default a4)")
    parser.add_argument("--orientation", choices=("auto", "portrait", "landscape"), help="PDF (default auto)")
    parser.add_argument("--no-legend", action="store_true", help="leave out the legend")
    parser.add_argument("--no-title", action="store_true", help="leave out the chart's name")
    return parser


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value < 1e6:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than 0")
    return value


def _depth(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be a whole number of at least 1")
    return int(text)


def export_command(args: list[str]) -> int:
    parser = _parser()
    ns = parser.parse_args(args)
    out = Path(ns.output)
    if out.suffix.lower() not in FORMATS:
        parser.error(f"OUT must end in {', '.join(FORMATS)}, not {out.suffix or 'no extension'!r}")
    if ns.scale is not None and ns.dpi is not None:
        parser.error("give --scale or --dpi, not both")
    suffix = out.suffix.lower()
    if suffix in DATA_WRITERS:
        _refuse_picture_options(parser, ns, suffix)
    if suffix != ".pdf" and (ns.pages != "one" or ns.page_size or ns.orientation):
        parser.error("--pages, --page-size and --orientation are for PDF output")
    if (ns.scale is not None and ns.scale < 0.05) or (ns.dpi is not None and ns.dpi < 5):
        parser.error("--scale below 0.05 (or --dpi below 5) draws nothing readable")
    if (ns.scale is not None or ns.dpi is not None) and not (
        suffix == ".png" or (suffix == ".pdf" and ns.pages == "poster")
    ):
        parser.error("--scale and --dpi are for PNG output and poster PDFs")

    from orgchart.io import OrgFileError
    from orgchart.io.atomic import atomic_write

    try:
        document, warnings = read_chart(ns.input)
    except OrgFileError as error:
        print(f"orgchart export: {error}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"{ns.input}: warning: {warning}", file=sys.stderr)
    chart = document.chart
    if ns.team is not None:
        team_id = _find_team(chart, ns.team)
        if team_id is None:
            names = [repr(chart.team(t).name) for t in chart.team_ids()]
            listed = ", ".join(names[:12]) + (f", … {len(names) - 12} more" if len(names) > 12 else "")
            what = f"there is no team {ns.team!r} (teams: {listed})"
            print(f"orgchart export: {ns.input}: {what}", file=sys.stderr)
            return 1
        chart = chart.extract(team_id)
    if suffix in DATA_WRITERS:
        return _write_data(chart, out, *DATA_WRITERS[suffix])
    parked = chart.parked()
    if parked:
        held = sum(1 + len(chart.descendants(r)) for r in parked)
        print(
            f"{ns.input}: note: {held} role{'s' if held != 1 else ''} in the holding area "
            f"({', '.join(chart.role(r).title for r in parked[:3])}{', …' if len(parked) > 3 else ''}) "
            f"{'is' if held == 1 else 'are'} not drawn",
            file=sys.stderr,
        )

    from orgchart.layout import LayoutParams
    from orgchart.model import Direction

    view = document.view
    params = LayoutParams(
        direction=Direction(ns.layout) if ns.layout else view.direction,
        compact=ns.compact or view.compact,
        collapsed=view.collapsed,
        max_depth=ns.depth,
    )
    data, warning = _render(chart, params, ns, out.suffix.lower())
    if warning:
        print(f"{out}: warning: {warning}", file=sys.stderr)
    try:
        atomic_write(out, data)
    except OSError as error:
        print(
            f"orgchart export: {out}: the file cannot be written: {error.strerror or error}", file=sys.stderr
        )
        return 1
    return 0


def _refuse_picture_options(parser: argparse.ArgumentParser, ns: argparse.Namespace, suffix: str) -> None:
    """A usage error (exit 2) for options that only change a picture, given with a data format."""
    given = [
        option
        for option, value in (
            ("--layout", ns.layout),
            ("--compact", ns.compact),
            ("--scale", ns.scale),
            ("--dpi", ns.dpi),
            ("--depth", ns.depth),
            ("--theme", ns.theme),
            ("--no-legend", ns.no_legend),
            ("--no-title", ns.no_title),
        )
        if value not in (None, False)
    ]
    if given:
        parser.error(f"{', '.join(given)}: for pictures ({', '.join(PICTURES)}), not for {suffix}")


def _write_data(chart: object, out: Path, module: str, function: str) -> int:
    """Write the chart in a data format (atomically, no .bak: an export); say what the format
    cannot hold."""
    import importlib

    from orgchart.io import OrgFileError
    from orgchart.model import OrgChart

    assert isinstance(chart, OrgChart)
    write = getattr(importlib.import_module(module), function)
    try:
        losses = write(chart, out)
    except OrgFileError as error:
        print(f"orgchart export: {error}", file=sys.stderr)
        return 1
    for loss in losses:
        print(f"{out}: warning: {loss}", file=sys.stderr)
    return 0


def _find_team(chart: object, wanted: str) -> str | None:
    from orgchart.model import OrgChart

    assert isinstance(chart, OrgChart)
    if chart.has_team(wanted):
        return wanted
    folded = wanted.casefold()
    return next((t for t in chart.team_ids() if chart.team(t).name.casefold() == folded), None)


def _render(chart: object, params: object, ns: argparse.Namespace, suffix: str) -> tuple[bytes, str]:
    """Paint off-screen; returns the file's bytes and a warning (or "")."""
    from orgchart.render.files import FileOptions, export_bytes
    from orgchart.render.offscreen import ensure_gui_application
    from orgchart.render.picture import ChartPicture
    from orgchart.render.theme import THEMES as THEME_BY_NAME

    ensure_gui_application()
    picture = ChartPicture(
        chart,
        THEME_BY_NAME[ns.theme or "light"],
        params,
        title=not ns.no_title,
        legend=not ns.no_legend,  # type: ignore[arg-type]
    )
    # --dpi counts pixels per inch for PNG (96 per inch at scale 1) and points for PDF (72)
    per_inch = 96 if suffix == ".png" else 72
    scale = ns.scale if ns.scale is not None else (ns.dpi / per_inch if ns.dpi is not None else 1.0)
    options = FileOptions(
        scale=scale, pages=ns.pages, page_size=ns.page_size or "a4", orientation=ns.orientation or "auto"
    )
    return export_bytes(picture, suffix, options)
