"""The Export dialog's side for data formats (CSV, GraphML, Mermaid, JSON, … as listed in
`orgchart.io.writing.DATA_WRITERS`): their names, and a preview of the file's first lines
with what the format cannot hold."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from orgchart.io import OrgFileError
from orgchart.io.writing import write_data
from orgchart.model import OrgChart, ViewSettings

#: How the format list names the data formats it knows; others by their suffix.
FORMAT_NAMES = {
    ".csv": QT_TRANSLATE_NOOP("Export", "CSV (table, a row per role)"),
    ".xlsx": QT_TRANSLATE_NOOP("Export", "Excel (workbook)"),
    ".pptx": QT_TRANSLATE_NOOP("Export", "PowerPoint (slides)"),
    ".graphml": QT_TRANSLATE_NOOP("Export", "GraphML (yEd, networkx)"),
    ".mmd": QT_TRANSLATE_NOOP("Export", "Mermaid (diagram as text)"),
    ".json": QT_TRANSLATE_NOOP("Export", "JSON (orgchart file)"),
}
PREVIEW_LINES = 40


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def format_name(suffix: str) -> str:
    name = FORMAT_NAMES.get(suffix)
    return tr(name) if name else f"{suffix[1:].upper()} ({suffix})"


def sample(chart: OrgChart, suffix: str, view: ViewSettings) -> tuple[str | None, list[str]]:
    """The first lines of the file the chart makes in this format (None for a binary file),
    and what the format cannot hold. Written to a temporary folder by the format's own writer,
    so the preview is what the file will hold."""
    with tempfile.TemporaryDirectory(prefix="orgchart-preview-") as folder:
        path = Path(folder) / f"preview{suffix}"
        losses = write_data(chart, path, view)
        data = path.read_bytes()[: 200 * PREVIEW_LINES]
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        if error.start < len(data) - 4:  # not just a character cut in half at the end
            return None, losses
        text = data[: error.start].decode("utf-8").removeprefix("\ufeff")
    lines = text.splitlines()[:PREVIEW_LINES]
    return "\n".join(line if len(line) <= 160 else line[:159] + "…" for line in lines), losses


class DataPreview(QWidget):
    """The first lines of a data file, and what the format leaves out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addStretch(0)  # the room of the text when there is none (a binary file)
        self.box = layout

    def show_sample(self, chart: OrgChart, suffix: str, view: ViewSettings) -> None:
        try:
            text, losses = sample(chart, suffix, view)
        except (OrgFileError, OSError) as error:
            text, losses = None, []
            self.caption.setText(tr("No preview: %1").replace("%1", str(error)))
        else:
            self.caption.setText(
                tr("The file begins like this:")
                if text is not None
                else tr("A binary file: no text to show.")
            )
        self.text.setPlainText(text or "")
        self.text.setVisible(text is not None)
        self.box.setStretch(3, 0 if text is not None else 1)
        if losses:
            items = "".join(f"<li>{_html(loss)}</li>" for loss in losses)
            self.note.setText(tr("This format cannot hold everything:") + f"<ul>{items}</ul>")
        else:
            self.note.setText(tr("This format holds everything the export includes."))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
