"""Opening a file large enough to take a while: read in a thread behind a progress dialog
(`orgchart.ui.progress`), so the window keeps repainting and the user can cancel. Smaller
files are read as before, at once; the size decides, so what is quick stays exactly as it was.

Cancel keeps the open chart as it is and says nothing more; a file that cannot be read gets
the same message as a small one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from orgchart.io import OrgFileError

if TYPE_CHECKING:
    from orgchart.io import Document
    from orgchart.ui.main_window import MainWindow
    from orgchart.ui.progress import LongWork

#: files larger than this open behind a progress dialog (a chart file of about 15,000 roles,
#: a CSV file of about 30,000 rows: a second or more, with the layout)
LARGE_FILE_BYTES = 2 * 2**20
#: a workbook is zipped: each of its bytes holds several of a CSV file's, and is slower to read
_SIZE_FACTOR = {".xlsx": 4}


def tr(text: str) -> str:
    return QCoreApplication.translate("Progress", text)


def laying_out() -> str:
    """What the dialog says while the chart that was read is laid out (in the GUI thread)."""
    return tr("Laying out the chart…")


def is_large(path: str | Path) -> bool:
    """Whether reading ``path`` takes long enough to show progress (by its size)."""
    try:
        size = Path(path).stat().st_size
    except (OSError, ValueError):  # the reader says what is wrong
        return False
    return size * _SIZE_FACTOR.get(Path(path).suffix.lower(), 1) > LARGE_FILE_BYTES


def long_work(parent: QWidget, path: Path, title: str = "", name: str = "") -> LongWork:
    """The progress dialog for opening ``path`` (or for what ``title`` says, %1 its name, or
    ``name`` if given: what the user calls the file)."""
    from orgchart.ui.progress import LongWork

    name = name or path.name
    return LongWork(parent, (title or tr("Opening %1")).replace("%1", name), name)


def read_large(parent: QWidget, path: Path, title: str) -> tuple[Document, list[str]] | None:
    """`read_chart` in a thread behind the progress dialog (for a file that `is_large`):
    what it read, or None if the user cancelled; an `OrgFileError` is raised, the dialog
    closed by then."""
    from orgchart.io import read_chart

    with long_work(parent, path, title) as work:
        return work.run(lambda progress: read_chart(path, progress=progress))


def open_large(window: MainWindow, path: Path) -> bool:
    """`MainWindow.open_path` for a large file: read in a thread, then shown. False if it
    cannot be read or the user cancels (the open chart stays)."""
    from orgchart.io import read_chart

    with long_work(window, path) as work:
        try:
            read = work.run(lambda progress: read_chart(path, progress=progress))
        except OrgFileError as error:
            work.close()
            cannot_open(window, error)
            return False
        if read is None:
            return False
        work.busy(laying_out())
        window.show_opened(path, *read)
    return True


def load_then(
    parent: QWidget, path: Path, title: str, show: Callable[[Document], None], name: str = ""
) -> bool:
    """Read the orgchart file ``path`` and hand it to ``show`` (reloading a file another
    program changed, restoring a recovery copy). A file that `is_large` is read in a thread
    behind the progress dialog titled ``title`` (%1: ``name``, by default the file's name),
    which says the chart is laid out while ``show`` runs. False if the user cancelled
    (``show`` is not called); an `OrgFileError` is raised, the dialog closed by then."""
    from orgchart.io import load

    if not is_large(path):
        show(load(path))
        return True
    with long_work(parent, path, title, name) as work:
        document = work.run(lambda progress: load(path, progress=progress))
        if document is None:
            return False
        work.busy(laying_out())
        show(document)
    return True


def cannot_open(parent: QWidget, error: OrgFileError) -> None:
    """The message for a file that cannot be opened (as for any file, large or not)."""
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("MainWindow", "Cannot open chart"),
        QCoreApplication.translate("MainWindow", "The chart could not be opened.") + "\n\n" + str(error),
    )
