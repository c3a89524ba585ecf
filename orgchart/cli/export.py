"""``orgchart export IN -o OUT``: draw a chart file as SVG, PNG, PDF or PowerPoint slides, or
write it as JSON, CSV, Excel, GraphML or Mermaid, without a window (Qt is loaded only for
what is drawn)."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from orgchart.cli.chart_input import find_team, no_team, read_input, same_file
from orgchart.cli.interrupts import held
from orgchart.cli.progress_line import ProgressLine
from orgchart.cli.table_options import add_table_options, table_options
from orgchart.io import prefetch
from orgchart.io.reading import READERS

# Files written from the chart's data, not drawn, are in orgchart.io.writing's DATA_WRITERS
# (the editor's Export dialog offers the same formats): add a data format there.
from orgchart.io.writing import DATA_WRITERS, takes_view

PICTURES = (".svg", ".png", ".pdf")
#: drawn like the pictures (layout, theme) but as editable shapes, not painted: slides
SLIDES = (".pptx",)
FORMATS = (*PICTURES, *SLIDES, *DATA_WRITERS)
#: where each step of a drawn export starts on the progress line (measured at 100,000 roles:
#: reading a fifth, laying out a quarter, painting half); a data format reads, then writes
DRAWN_STEPS = {"reading": 0.0, "laying out": 0.2, "drawing": 0.45, "writing": 0.97}
DATA_STEPS = {"reading": 0.0, "writing": 0.5}
THEMES = ("light", "print", "dark")
PAGE_SIZES = ("a4", "a3", "a2", "a1", "a0", "letter", "legal", "tabloid")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgchart export",
        description="Draw a chart as .svg, .png or .pdf or as PowerPoint slides (.pptx), or write its "
        "data as "
        f"{', '.join(DATA_WRITERS)} (what a format cannot hold is said as a warning), "
        "chosen by OUT's extension.",
    )
    parser.add_argument(
        "input", metavar="IN", help=f"an orgchart .json file, or one to import ({', '.join(READERS)})"
    )
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
        "--lang",
        choices=("de", "en"),
        help="the language of the words the picture adds (vacant, the legend, page notes); "
        "default: the chart's own, as its titles and team names read",
    )
    parser.add_argument(
        "--pages",
        choices=("one", "department", "poster"),
        default="one",
        help="PDF: fit to one page; an overview and a page per department; or tiles at --scale",
    )
    parser.add_argument("--page-size", choices=PAGE_SIZES, type=str.lower, help="PDF page size (default a4)")
    parser.add_argument(
        "--orientation",
        choices=("auto", "portrait", "landscape"),
        help="PDF (default auto: each page turned the way its content fits)",
    )
    parser.add_argument("--no-legend", action="store_true", help="leave out the legend")
    parser.add_argument("--no-title", action="store_true", help="leave out the chart's name")
    parser.add_argument(
        "--details", action="store_true", help="cards list each role's responsibilities and skills"
    )
    parser.add_argument(
        "--figures", action="store_true", help="team headers show roles, FTE, vacancies and external share"
    )
    parser.add_argument(
        "--compare",
        metavar="OLD",
        help="mark what changed since OLD (any chart file): new roles green, moved orange, changed "
        "magenta, removed ones faded below the chart (see: orgchart diff)",
    )
    add_table_options(parser)
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
    if os.environ.get("SOURCE_DATE_EPOCH"):
        # A reproducible export: Qt dates a PDF in the local zone, written longer outside UTC
        # ("+01'00'" against "Z"), which would make files of different zones differ.
        os.environ["TZ"] = "UTC"
        if hasattr(time, "tzset"):  # (not on Windows, whose Qt reads the zone otherwise)
            time.tzset()
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
    if suffix in SLIDES:
        _refuse_painting_options(parser, ns, suffix)
    if suffix != ".pdf" and (ns.pages != "one" or ns.page_size or ns.orientation):
        parser.error("--pages, --page-size and --orientation are for PDF output")
    if (ns.scale is not None and ns.scale < 0.05) or (ns.dpi is not None and ns.dpi < 5):
        parser.error("--scale below 0.05 (or --dpi below 5) draws nothing readable")
    if (ns.scale is not None or ns.dpi is not None) and not (
        suffix == ".png" or (suffix == ".pdf" and ns.pages == "poster")
    ):
        parser.error("--scale and --dpi are for PNG output and poster PDFs")
    if same_file(ns.input, out):
        parser.error(f"OUT is the input file {ns.input!r}: export to another file (IN would be replaced)")
    options = table_options(parser, ns, [ns.input])

    # Drawing a picture makes hundreds of thousands of objects in a short-lived process and
    # frees few: the cyclic collector's passes over them would only cost time (about a tenth
    # of it). Slides and data files are written through libraries that do leave cycles behind
    # (a PowerPoint of 6,000 roles needed a quarter more memory without the collector).
    collecting = gc.isenabled()
    if suffix in PICTURES:
        gc.disable()
    try:
        with ProgressLine("orgchart export") as line:  # on a terminal only
            return _export(ns, out, suffix, options, line)
    finally:
        if collecting:
            gc.enable()


def _export(
    ns: argparse.Namespace, out: Path, suffix: str, options: dict[str, Any], line: ProgressLine
) -> int:
    from orgchart.io.atomic import atomic_write

    steps = DATA_STEPS if suffix in DATA_WRITERS else DRAWN_STEPS
    after_reading = min(start for start in steps.values() if start > 0)
    # A picture or slides: the file is read in a second process (where `prefetch` can) while
    # this one loads Qt and the painting code, which it would otherwise do after reading.
    try:
        if suffix not in DATA_WRITERS and not options and prefetch.start(ns.input):
            _load_drawing(suffix)
        document = read_input("export", ns.input, line=line, share=(0.0, after_reading), **options)
    finally:
        prefetch.discard()  # (a read not taken: the file was refused before it was read)
    if document is None:
        return 1
    chart = whole = document.chart
    if ns.team is not None:
        team_id = find_team(chart, ns.team)
        if team_id is None:
            line.clear()
            print(f"orgchart export: {ns.input}: {no_team(chart, ns.team)}", file=sys.stderr)
            return 1
        chart = chart.extract(team_id)
    if suffix in DATA_WRITERS:
        line.step("writing", steps["writing"], out.name)
        return _write_data(chart, out, _data_view(document.view, ns), line)
    parked = chart.parked()
    if parked:
        line.clear()
        held = chart.held_count()
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
    if ns.compact and params.direction is Direction.LEFT_RIGHT:
        line.clear()
        print(
            f"{ns.input}: note: --compact stacks leaf roles in top-down charts; left to right, "
            "siblings already run down the page (a team's layout preference still applies)",
            file=sys.stderr,
        )
    if ns.compare is not None:
        line.clear()  # reading OLD shows a line of its own
    old = _compared_chart(ns) if ns.compare is not None else None
    if isinstance(old, int):
        return old
    _load_drawing(suffix)  # (loaded already where the file was read beside it)
    from orgchart.render.offscreen import CannotDraw

    try:
        with _speaking(ns.lang, chart):
            data, warning = _render(chart, params, ns, out.suffix.lower(), old, line, whole)
    except CannotDraw as error:
        line.clear()
        print(f"orgchart export: {out}: {error}", file=sys.stderr)
        return 1
    line.step("writing", steps["writing"], out.name)
    try:
        atomic_write(out, data)
    except OSError as error:
        line.clear()
        if warning:
            print(f"{out}: warning: {warning}", file=sys.stderr)
        print(
            f"orgchart export: {out}: the file cannot be written: {error.strerror or error}", file=sys.stderr
        )
        return 1
    line.clear()
    if warning:
        print(f"{out}: warning: {warning}", file=sys.stderr)
    return 0


def _load_drawing(suffix: str) -> None:
    """What `_render` loads first: the painting code, and Qt's application (Ctrl+C held
    meanwhile: see `orgchart.cli.interrupts`)."""
    with held():
        import orgchart.render.files
        import orgchart.render.picture  # noqa: F401
        from orgchart.render.offscreen import ensure_gui_application

        ensure_gui_application()
        if suffix in SLIDES:
            import orgchart.render.pptx_slides  # noqa: F401


def _speaking(language: str | None, chart: object) -> AbstractContextManager[None]:
    """While painting: "vacant", the legend, page notes in ``language``, else in the chart's."""
    from orgchart.model import OrgChart
    from orgchart.render.language import chart_language
    from orgchart.render.offscreen import ensure_gui_application
    from orgchart.render.words import words_in

    ensure_gui_application()
    assert isinstance(chart, OrgChart)
    return words_in(language or chart_language(chart))


def _refuse_picture_options(parser: argparse.ArgumentParser, ns: argparse.Namespace, suffix: str) -> None:
    """A usage error (exit 2) for options that only change a picture, given with a data format."""
    given = [
        option
        for option, value in (
            ("--layout", None if takes_view(suffix) else ns.layout),  # e.g. Mermaid's TD or LR
            ("--compact", ns.compact),
            ("--scale", ns.scale),
            ("--dpi", ns.dpi),
            ("--depth", ns.depth),
            ("--theme", ns.theme),
            ("--lang", ns.lang),
            ("--no-legend", ns.no_legend),
            ("--no-title", ns.no_title),
            ("--details", ns.details),
            ("--figures", ns.figures),
            ("--compare", ns.compare),
        )
        if value not in (None, False)
    ]
    if given:
        parser.error(f"{', '.join(given)}: for pictures ({', '.join(PICTURES)}), not for {suffix}")


def _refuse_painting_options(parser: argparse.ArgumentParser, ns: argparse.Namespace, suffix: str) -> None:
    """A usage error (exit 2) for picture options that slides do not have (--scale, --dpi and
    the PDF's page options are refused for every format but theirs, further on)."""
    given = [
        option
        for option, value in (("--details", ns.details), ("--figures", ns.figures), ("--compare", ns.compare))
        if value not in (None, False)
    ]
    if given:
        parser.error(f"{', '.join(given)}: for {', '.join(PICTURES)}, not for {suffix}")


def _data_view(view: object, ns: argparse.Namespace) -> object:
    """The file's view settings, with --layout's direction if given (for writers that use it)."""
    import dataclasses

    from orgchart.model import Direction, ViewSettings

    assert isinstance(view, ViewSettings)
    return dataclasses.replace(view, direction=Direction(ns.layout)) if ns.layout else view


def _write_data(chart: object, out: Path, view: object, line: ProgressLine) -> int:
    """Write the chart in a data format (atomically, no .bak: an export); say what the format
    cannot hold."""
    from orgchart.io import OrgFileError
    from orgchart.io.writing import write_data
    from orgchart.model import OrgChart, ViewSettings

    assert isinstance(chart, OrgChart) and isinstance(view, ViewSettings)
    try:
        losses = write_data(chart, out, view)
    except OrgFileError as error:
        line.clear()
        print(f"orgchart export: {error}", file=sys.stderr)
        return 1
    line.clear()
    for loss in losses:
        print(f"{out}: warning: {loss}", file=sys.stderr)
    return 0


def _compared_chart(ns: argparse.Namespace) -> object:
    """The chart of --compare OLD (all of it, also with --team: a role that moved into the
    team is moved, not new), or the exit status when it cannot be read."""
    document = read_input("export: --compare", ns.compare)
    return 1 if document is None else document.chart


def _render(
    chart: object,
    params: object,
    ns: argparse.Namespace,
    suffix: str,
    old: object = None,
    line: ProgressLine | None = None,
    whole: object = None,
) -> tuple[bytes, str]:
    """Paint off-screen (with the changes since ``old`` marked, if given); returns the
    file's bytes and a warning (or ""). ``line`` shows each step begin; ``whole``: the chart
    ``chart`` is a team of (--team), whose dotted lines out of it the cards count."""
    from orgchart.render.files import FileOptions, export_bytes
    from orgchart.render.offscreen import ensure_gui_application
    from orgchart.render.picture import ChartPicture
    from orgchart.render.theme import THEMES as THEME_BY_NAME

    whole = chart if whole is None else whole
    ensure_gui_application()
    if line is not None:
        line.step("laying out", DRAWN_STEPS["laying out"])
    if suffix in SLIDES:
        from orgchart.layout import LayoutParams
        from orgchart.model import OrgChart
        from orgchart.render.pptx_slides import pptx_bytes

        assert isinstance(chart, OrgChart) and isinstance(params, LayoutParams)
        theme = THEME_BY_NAME[ns.theme or "light"]
        return pptx_bytes(chart, theme, params, title=not ns.no_title, legend=not ns.no_legend), ""
    picture = ChartPicture(
        chart,
        THEME_BY_NAME[ns.theme or "light"],
        params,
        title=not ns.no_title,
        legend=not ns.no_legend,  # type: ignore[arg-type]
        details=ns.details,
        figures=ns.figures,
        marks=None if old is None else _marks(old, whole, Path(ns.compare).name, chart),
        cut_from=whole if whole is not chart else None,  # type: ignore[arg-type]
    )
    if old is not None and not picture.marks:  # (a picture without marks says nothing)
        if line is not None:
            line.clear()
        where = " in this team" if whole is not chart else ""
        print(f"{ns.input}: note: nothing changed since {ns.compare}{where}: no marks", file=sys.stderr)
    if line is not None:
        line.step("drawing", DRAWN_STEPS["drawing"])
    # --dpi counts pixels per inch for PNG (96 per inch at scale 1) and points for PDF (72)
    per_inch = 96 if suffix == ".png" else 72
    scale = ns.scale if ns.scale is not None else (ns.dpi / per_inch if ns.dpi is not None else 1.0)
    options = FileOptions(
        scale=scale, pages=ns.pages, page_size=ns.page_size or "a4", orientation=ns.orientation or "auto"
    )
    return export_bytes(picture, suffix, options)


def _marks(old: object, new: object, source: str, shown: object) -> object:
    """What changed from ``old`` to ``new``, marked on ``shown`` (``new`` or one team of it)."""
    from orgchart.model import OrgChart
    from orgchart.model.diff import diff_charts
    from orgchart.render.marks import ChartMarks

    assert isinstance(old, OrgChart) and isinstance(new, OrgChart) and isinstance(shown, OrgChart)
    return ChartMarks.from_diff(diff_charts(old, new), source, None if shown is new else shown)
