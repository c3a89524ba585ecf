"""Opening an HR export (.csv, .xlsx): a preview of its first rows, which column holds which
field (as detected, for the user to change), how the file was read, and what the import
warns about; "Import" makes it the open chart, "Cancel" leaves the open chart as it is.

A large file is read, and a table of many rows checked, behind a progress dialog with Cancel
(`orgchart.ui.progress`); cancelling the first reading or check cancels the import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart.io import OrgFileError, TableImport
from orgchart.io.csv_columns import CUSTOM, FIELDS, LEAVE_OUT, column_fields
from orgchart.io.table_import import Table, import_table, read_table
from orgchart.ui import opening

if TYPE_CHECKING:
    from orgchart.ui.main_window import MainWindow
    from orgchart.ui.progress import LongWork

#: how many of the file's rows the preview shows
PREVIEW_ROWS = 50
#: tables of more rows are checked behind a progress dialog (about half a second)
LARGE_TABLE_ROWS = 30_000
_ERROR = "#b42318"


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def field_labels() -> dict[str, str]:
    """What the combo boxes call each choice (in the order they list them)."""
    labels = {
        "id": tr("ID"),
        "title": tr("Title"),
        "manager": tr("Manager (ID)"),
        "team": tr("Team"),
        "division": tr("Division"),
        "department": tr("Department"),
        "holder": tr("Holder (name)"),
        "responsibilities": tr("Responsibilities"),
        "skills": tr("Skills"),
        "sourcing": tr("Sourcing"),
        "fte": tr("FTE"),
        "email": tr("E-mail"),
        "location": tr("Location"),
        "notes": tr("Notes"),
        CUSTOM: tr("Custom field"),
        LEAVE_OUT: tr("Leave out"),
    }
    assert set(labels) == {*FIELDS, CUSTOM, LEAVE_OUT}
    return labels


def import_with_preview(window: MainWindow, path: Path) -> bool:
    """Show the preview of ``path``; if the user imports, the chart becomes the window's open
    one (unsaved). False if the file cannot be read or the user cancels."""
    large = opening.is_large(path)
    work = opening.long_work(window, path) if large else None
    try:
        table = read_table(path) if work is None else work.run(lambda p: read_table(path, progress=p))
    except OrgFileError as error:
        if work is not None:
            work.close()
        opening.cannot_open(window, error)
        return False
    dialog = ImportPreview(path, table, window, work=work) if table is not None else None
    if work is not None:
        work.close()
    if dialog is None or dialog.cancelled:  # the reading or the first check was cancelled
        return False
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.imported is not None
    if accepted and dialog.imported is not None:
        imported = dialog.imported
        with opening.long_work(window, path) if large else _NoWork() as shown:
            shown.busy(opening.laying_out())
            window.show_opened(path, imported.document, [str(w) for w in imported.warnings])
    dialog.deleteLater()
    return accepted


class _NoWork:
    """Where a small file needs no progress dialog."""

    def __enter__(self) -> _NoWork:
        return self

    def __exit__(self, *_: object) -> None:
        pass

    def busy(self, text: str) -> None:
        pass


class ImportPreview(QDialog):
    """The rows of a table file, a field chooser above each column, and the outcome of
    importing it with the chosen fields (``imported``, None while it cannot be imported)."""

    def __init__(
        self, path: Path, table: Table, parent: QWidget | None = None, *, work: LongWork | None = None
    ) -> None:
        """``work``: the progress dialog the file was read behind, for the first check."""
        super().__init__(parent)
        self.path, self.table = path, table
        self.imported: TableImport | None = None
        #: the last check was cancelled (before the dialog is shown: the import is)
        self.cancelled = False
        self._work = work
        self.setWindowTitle(tr("Import %1").replace("%1", path.name))
        self.sheet = QComboBox()
        self.sheet.addItems(table.sheets)
        self.sheet.currentTextChanged.connect(self._read_sheet)
        self.how_read = QLabel()
        self.rows = QTableWidget()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows.setWordWrap(False)
        self.fields: list[QComboBox] = []
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(110)
        self.warnings.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        self.sheet_label = QLabel(tr("Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        top.addWidget(self.how_read, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        hint = QLabel(tr("Choose what each column holds; columns without a field are kept as custom fields."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        self.resize(960, 620)
        self._show_table(table)
        self._work = None  # further checks, after a change, show a dialog of their own
        (self.import_button if self.imported is not None else self.rows).setFocus()

    # What the user chose
    def chosen(self) -> dict[str, str]:
        """Header -> the field chosen for its column (every column with a header)."""
        header = [name.strip() for name in self.table.header]
        return {
            header[i]: str(combo.currentData()) for i, combo in enumerate(self.fields) if combo.isEnabled()
        }

    def choose(self, header: str, field: str) -> None:
        """Set the field of the column ``header`` (as the user does with its combo box)."""
        i = [name.strip() for name in self.table.header].index(header)
        combo = self.fields[i]
        combo.setCurrentIndex(combo.findData(field))

    # Showing the file
    def _show_table(self, table: Table) -> None:
        self.table = table
        is_sheet = table.sheet is not None
        for widget in (self.sheet_label, self.sheet):
            widget.setVisible(is_sheet)
        if is_sheet:
            self.sheet.blockSignals(True)
            self.sheet.setCurrentText(table.sheet or "")
            self.sheet.blockSignals(False)
            self.how_read.setText(tr("Header in row %1").replace("%1", str(table.header_line)))
        else:
            self.how_read.setText(
                tr("Read as %1 text, separated by %2; header in line %3")
                .replace("%1", _encoding_name(table.encoding))
                .replace("%2", _delimiter_name(table.delimiter))
                .replace("%3", str(table.header_line))
            )
        shown = table.rows[:PREVIEW_ROWS]
        width = max([len(table.header), *(len(cells) for _, cells in shown)])
        self.rows.clear()
        self.rows.setColumnCount(width)
        self.rows.setRowCount(1 + len(shown))
        self.rows.setHorizontalHeaderLabels([*table.header, *[""] * (width - len(table.header))])
        self.rows.setVerticalHeaderLabels([tr("Field"), *(str(line) for line, _ in shown)])
        for r, (_, cells) in enumerate(shown, start=1):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell.replace("\n", " ⏎ "))
                item.setToolTip(cell if len(cell) > 40 or "\n" in cell else "")
                self.rows.setItem(r, c, item)
        labels = field_labels()
        self.fields = []
        for c, kind in enumerate(column_fields(table.header) + [""] * (width - len(table.header))):
            combo = QComboBox()
            for key, label in labels.items():
                combo.addItem(label, key)
            if kind:
                combo.setCurrentIndex(combo.findData(kind))
            else:  # a column without a header: its cells are not read
                combo.insertItem(0, tr("(no header)"), "")
                combo.setCurrentIndex(0)
                combo.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _=0, column=c: self._field_changed(column))
            self.rows.setCellWidget(0, c, combo)
            self.fields.append(combo)
        self.rows.resizeColumnsToContents()
        self.rows.verticalHeader().setDefaultSectionSize(self.rows.fontMetrics().height() + 8)
        if self.fields:
            self.rows.setRowHeight(0, self.fields[0].sizeHint().height() + 4)
        for c in range(width):
            self.rows.setColumnWidth(c, min(max(self.rows.columnWidth(c), 110), 260))
        self._check()

    def _read_sheet(self, name: str) -> None:
        try:
            if opening.is_large(self.path):
                with opening.long_work(self, self.path) as work:
                    read = work.run(lambda p: read_table(self.path, sheet=name, progress=p))
            else:
                read = read_table(self.path, sheet=name)
        except OrgFileError as error:  # the sheet holds no table: nothing to choose from
            self.rows.clear()
            self.rows.setRowCount(0)
            self.rows.setColumnCount(0)
            self.fields = []
            self._show_outcome(None, tr("This sheet cannot be imported: %1").replace("%1", error.what))
            return
        if read is None:  # cancelled: the sheet shown stays
            self.sheet.blockSignals(True)
            self.sheet.setCurrentText(self.table.sheet or "")
            self.sheet.blockSignals(False)
            return
        self._show_table(read)

    def _field_changed(self, column: int) -> None:
        """One column per field: the column that held the field before becomes a custom field."""
        field = self.fields[column].currentData()
        if field not in (CUSTOM, LEAVE_OUT):
            for c, combo in enumerate(self.fields):
                if c != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(combo.findData(CUSTOM))
                    combo.blockSignals(False)
        self._check()

    def _check(self) -> None:
        """Import with the chosen fields, and say how that went."""
        chosen = set(self.chosen().values())
        missing = [name for name in ("id", "title") if name not in chosen]
        if missing:
            labels = field_labels()
            what = tr("Choose the column that holds each role's %1.").replace(
                "%1", " / ".join(labels[name] for name in missing)
            )
            self._show_outcome(None, what)
            return
        try:
            imported = self._import(self.chosen())
        except OrgFileError as error:
            self._show_outcome(None, tr("This cannot be imported: %1").replace("%1", error.place))
            return
        self.cancelled = imported is None
        if imported is None:
            self._show_outcome(None, tr("The check was cancelled. Choose a column's field to check again."))
            return
        chart, warned = imported.document.chart, len(imported.warnings)
        roles, teams = chart.role_count, chart.team_count
        text = (
            tr("%1 in %2 will be imported.")
            .replace("%1", tr("1 role") if roles == 1 else tr("%1 roles").replace("%1", str(roles)))
            .replace("%2", tr("1 team") if teams == 1 else tr("%1 teams").replace("%1", str(teams)))
        )
        if warned:
            text += " " + (tr("1 warning:") if warned == 1 else tr("%1 warnings:").replace("%1", str(warned)))
        self._show_outcome(imported, text)

    def _import(self, chosen: dict[str, str]) -> TableImport | None:
        """The import with the chosen fields; a table of many rows behind a progress
        dialog (None: cancelled)."""
        table = self.table
        if self._work is None and len(table.rows) <= LARGE_TABLE_ROWS:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return import_table(table, chosen)
            finally:
                QGuiApplication.restoreOverrideCursor()
        if self._work is not None:
            return self._work.run(lambda p: import_table(table, chosen, progress=p))
        # over the preview; before it is shown, over the window it opens from
        over = self if self.isVisible() or self.parentWidget() is None else self.parentWidget()
        with opening.long_work(over, self.path) as work:
            return work.run(lambda p: import_table(table, chosen, progress=p))

    def _show_outcome(self, imported: TableImport | None, text: str) -> None:
        self.imported = imported
        self.import_button.setEnabled(imported is not None)
        self.status.setText(text)
        self.status.setStyleSheet("" if imported is not None else f"color: {_ERROR}")
        self.warnings.clear()
        for warning in imported.warnings if imported is not None else []:
            self.warnings.addItem(str(warning))
        self.warnings.setVisible(self.warnings.count() > 0)
        for c, combo in enumerate(self.fields):  # the columns that are read stand out
            kind = combo.currentData()
            brush = QBrush(QColor("#9aa0a6")) if kind in (LEAVE_OUT, "") else QBrush()
            for r in range(1, self.rows.rowCount()):
                item = self.rows.item(r, c)
                if item is not None:
                    item.setForeground(brush)


def _encoding_name(encoding: str) -> str:
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": tr("UTF-8 (with BOM)"),
        "utf-16": "UTF-16",
        "cp1252": "Windows-1252",
    }
    return names.get(encoding, encoding)


def _delimiter_name(delimiter: str) -> str:
    return {",": tr("commas"), ";": tr("semicolons"), "\t": tr("tabs")}.get(delimiter, repr(delimiter))
