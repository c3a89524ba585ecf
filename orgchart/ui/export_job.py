"""What File > Export writes, as work that may run in a thread (`orgchart.ui.progress`).

The Export dialog reads its options in the GUI thread and hands them over; the work then
lays the chart out, paints it into a buffer (a QImage, QSvgGenerator or QPdfWriter: devices
Qt paints on in any thread, with fonts of the work's own) and writes the file, touching no
widget. Each function takes an optional `orgchart.io.progress.Progress` hook: it reports the
steps (laying out, drawing, writing), and the hook's `Cancelled` stops the work before the
file is written. A data format is written into a temporary folder first and copied into
place at the writing step, so a cancelled export leaves no file behind.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from orgchart.io.atomic import write_file
from orgchart.io.errors import OrgFileError
from orgchart.io.progress import DRAWING, LAYING_OUT, PREPARING, WRITING, Progress
from orgchart.io.writing import write_data
from orgchart.layout import LayoutParams
from orgchart.model import OrgChart, ViewSettings
from orgchart.render.files import FileOptions, export_bytes
from orgchart.render.offscreen import CannotDraw
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import Theme

#: exports of more roles are made behind a progress dialog (a second or more)
LARGE_EXPORT_ROLES = 5_000


def is_large(chart: OrgChart, collapsed: Collection[str] = ()) -> bool:
    """Whether exporting ``chart`` takes long enough to show progress: more than
    `LARGE_EXPORT_ROLES` roles, not counting those in ``collapsed`` branches (a picture
    leaves them out; pass none for a data format, which writes them all)."""
    if chart.role_count <= LARGE_EXPORT_ROLES:
        return False
    hidden: set[str] = set()
    for role_id in collapsed:
        if chart.has_role(role_id) and role_id not in hidden:
            hidden.update(chart.descendants(role_id))
    return chart.role_count - len(hidden) > LARGE_EXPORT_ROLES


def export_picture(
    chart: OrgChart,
    path: Path,
    theme: Theme,
    params: LayoutParams,
    options: FileOptions,
    picture: Mapping[str, Any],
    progress: Progress | None = None,
) -> str:
    """Draw ``chart`` as SVG, PNG or PDF (by ``path``'s suffix) into ``path``; ``picture``:
    the keywords of `ChartPicture` (title, legend, the canvas's extras). Returns a warning
    ("" if none); `OrgFileError` if the picture cannot be drawn or the file cannot be written."""
    _report(progress, LAYING_OUT, 0.0)
    drawn = ChartPicture(chart, theme, params, **picture)
    _report(progress, DRAWING, 0.3)
    try:
        data, warning = export_bytes(drawn, path.suffix.lower(), options)
    except CannotDraw as error:
        raise OrgFileError(path, "", str(error)) from None
    _write(path, data, progress)
    return warning


def export_slides(
    chart: OrgChart,
    path: Path,
    theme: Theme,
    params: LayoutParams,
    *,
    title: bool,
    legend: bool,
    progress: Progress | None = None,
) -> str:
    """PowerPoint slides of ``chart`` into ``path`` (as `export_picture`)."""
    from orgchart.render.pptx_slides import pptx_bytes

    _report(progress, LAYING_OUT, 0.0)
    data = pptx_bytes(chart, theme, params, title=title, legend=legend)
    _write(path, data, progress)
    return ""


def export_data(
    chart: OrgChart, path: Path, view: ViewSettings, progress: Progress | None = None
) -> list[str]:
    """``chart`` in the data format of ``path``'s suffix; returns what the format cannot hold.
    With ``progress``, the file is made in a temporary folder first (see the module)."""
    if progress is None:
        return write_data(chart, path, view)
    _report(progress, PREPARING, 0.0)
    with tempfile.TemporaryDirectory(prefix="orgchart-export-") as folder:
        made = Path(folder) / f"export{path.suffix.lower()}"
        losses = write_data(chart, made, view)
        data = made.read_bytes()
    _write(path, data, progress)
    return losses


def _report(progress: Progress | None, phase: str, done: float) -> None:
    if progress is not None:
        progress(phase, done)


def _write(path: Path, data: bytes, progress: Progress | None) -> None:
    """Write atomically; from here on the work is no longer cancelled (see `WRITING`)."""
    _report(progress, WRITING, 0.97)
    write_file(path, data)
    _report(progress, WRITING, 1.0)
