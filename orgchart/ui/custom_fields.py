"""A role's custom fields as a small name | value table with add and remove buttons. Every
change (a name, a value, a field added or removed) is one `UpdateRole` of the role's
``custom`` mapping; a name or value the model cannot take is refused with a message."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgchart.commands import Command, History, Macro, UpdateRole
from orgchart.model import CustomValue, OrgChart
from orgchart.ui.edit_panel import ProblemLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("Properties", text)


NAME, VALUE = 0, 1
#: a value edit's step. Each edit of a cell is a step of its own: the cell's editor takes
#: the focus, and a move of the focus closes the step before it (`History.close_step`)
FIELD = "custom field %1"
_INT_RE = re.compile(r"[+-]?[0-9]+")
_FLOAT_RE = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


def value_text(value: CustomValue) -> str:
    """How a value is shown in its cell (and typed back in): numbers exactly, true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)  # str() of a float reads back as the same float


def parse_value(text: str, old: CustomValue) -> CustomValue:
    """What ``text`` typed over ``old`` means: a number stays a number and true/false stay
    true/false where the text reads as one; an empty cell stays empty; anything else is text."""
    word = text.strip()
    if isinstance(old, bool):
        if word.lower() in ("true", "false"):
            return word.lower() == "true"
    elif isinstance(old, (int, float)):
        if _INT_RE.fullmatch(word) and len(word) <= 300:  # longer: kept as text (Python's limits)
            return int(word) if isinstance(old, int) else float(word)
        if _FLOAT_RE.fullmatch(word) and math.isfinite(number := float(word)):
            return number
    elif old is None and not text:
        return None
    return text


def _same(a: CustomValue, b: CustomValue) -> bool:
    return type(a) is type(b) and a == b  # 1, 1.0 and True are equal, but not the same value


def _kind(value: CustomValue) -> str:
    if value is None:
        return tr("empty: whatever you type is kept as text")
    if isinstance(value, bool):
        return tr("true or false")
    if isinstance(value, (int, float)):
        return tr("a number: what you type stays a number if it reads as one")
    return tr("text")


class _Table(QTableWidget):
    """The table; Delete (while no cell is being edited) asks for the field to be removed."""

    def __init__(self, remove: Callable[[], None]) -> None:
        super().__init__(0, 2)
        self._remove = remove

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Delete and not editing and self.currentRow() >= 0:
            self._remove()
            return
        super().keyPressEvent(event)


class CustomFields(QWidget):
    """The selected role's custom fields; refused edits are explained in ``problem``."""

    def __init__(self, problem: ProblemLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.chart: OrgChart | None = None
        self.history: History | None = None
        self.role_id = ""
        self._names: list[str] = []  # row -> the field's name in the chart
        self._loading = False
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(tr("Add a custom field"))
        self.add_button.setAccessibleName(tr("Add a custom field"))
        self.remove_button = QToolButton()
        self.remove_button.setText("\N{MINUS SIGN}")
        self.remove_button.setToolTip(tr("Remove the selected custom field"))
        self.remove_button.setAccessibleName(tr("Remove the selected custom field"))
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(QLabel(tr("Custom fields")), 1)
        heading.addWidget(self.add_button)
        heading.addWidget(self.remove_button)
        self.table = _Table(self.remove_selected)
        table = self.table
        table.setHorizontalHeaderLabels([tr("Name"), tr("Value")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setHighlightSections(False)
        table.verticalHeader().hide()
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(
            triggers.DoubleClicked
            | triggers.SelectedClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
        )
        table.setTabKeyNavigation(False)  # Tab leaves the table (in a cell's editor: next cell)
        table.setWordWrap(False)
        # A header and four rows; more scroll.
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + 4 * rows.defaultSectionSize() + 2 * table.frameWidth())
        table.setToolTip(tr("Double-click a name or a value to change it"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(heading)
        column.addWidget(table)
        self.add_button.clicked.connect(self.add_field)
        self.remove_button.clicked.connect(self.remove_selected)
        table.itemChanged.connect(self._committed)
        table.itemSelectionChanged.connect(self._update_buttons)

    # Showing
    def show_role(self, chart: OrgChart, history: History, role_id: str) -> None:
        """Show ``role_id``'s fields (none for "" or a role that is gone)."""
        if role_id != self.role_id:
            self.table.clearSelection()
        self.chart, self.history, self.role_id = chart, history, role_id
        self.refresh()

    def _fields(self) -> Mapping[str, CustomValue]:
        chart, role_id = self.chart, self.role_id
        if chart is None or not role_id or not chart.has_role(role_id):
            return {}
        return chart.role(role_id).custom

    def refresh(self) -> None:
        """Show the chart's values; a cell that already shows its value is left alone, so an
        editor open on it stays open."""
        fields = self._fields()
        self._loading = True
        try:
            self._names = list(fields)
            self.table.setRowCount(len(fields))
            for row, (name, value) in enumerate(fields.items()):
                self._show_cell(row, NAME, name, tr("Double-click to rename"))
                self._show_cell(row, VALUE, value_text(value), _kind(value))
                number = isinstance(value, (int, float)) and not isinstance(value, bool)
                self._align(row, Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft)
        finally:
            self._loading = False
        self._update_buttons()

    def _show_cell(self, row: int, column: int, text: str, tip: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem(text)
            self.table.setItem(row, column, item)
        elif item.text() != text:
            item.setText(text)
        if item.toolTip() != tip:
            item.setToolTip(tip)

    def _align(self, row: int, horizontal: Qt.AlignmentFlag) -> None:
        item = self.table.item(row, VALUE)
        flags = horizontal | Qt.AlignmentFlag.AlignVCenter
        if item is not None and item.textAlignment() != flags:
            item.setTextAlignment(flags)

    def _update_buttons(self) -> None:
        known = bool(self._role())
        self.add_button.setEnabled(known)
        self.remove_button.setEnabled(known and self._selected_row() >= 0)

    def _role(self) -> str:
        chart = self.chart
        return self.role_id if chart is not None and self.role_id and chart.has_role(self.role_id) else ""

    def _selected_row(self) -> int:
        rows = {index.row() for index in self.table.selectedIndexes()}
        row = min(rows) if rows else -1
        return row if 0 <= row < len(self._names) else -1

    # Edits
    def add_field(self) -> None:
        """Add a field with a name no other field has and an empty text; its name is then
        ready to be typed over."""
        if not self._role():
            return
        fields = self._fields()
        name, n = tr("field"), 2
        while name in fields:
            name, n = f"{tr('field')} {n}", n + 1
        if not self._push({**fields, name: ""}, name, QT_TRANSLATE_NOOP("Commands", "Add custom field")):
            return
        self.table.setCurrentCell(self._names.index(name), NAME)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())
        self._reveal()

    def _reveal(self) -> None:
        """Scroll the panel (if it scrolls) so that the table is in sight."""
        outer = self.parentWidget()
        while outer is not None and not isinstance(outer, QScrollArea):
            outer = outer.parentWidget()
        if outer is not None:
            outer.ensureWidgetVisible(self.table, 0, 0)

    def remove_selected(self) -> None:
        """Remove the selected field (nothing happens while none is selected)."""
        row = self._selected_row()
        if not self._role() or row < 0:
            return
        name = self._names[row]
        remaining = {key: value for key, value in self._fields().items() if key != name}
        if self._push(remaining, name, QT_TRANSLATE_NOOP("Commands", "Remove custom field")):
            if self._names:
                self.table.selectRow(min(row, len(self._names) - 1))

    def _committed(self, item: QTableWidgetItem) -> None:
        """A cell was typed into: rename the field or give it the new value."""
        if self._loading or not self._role():
            return
        row, fields = item.row(), self._fields()
        name = self._names[row] if row < len(self._names) else None
        if name is None or name not in fields:  # the table was behind the chart
            self.refresh()
            return
        if item.column() == NAME:
            self._rename(name, item.text().strip(), fields)
        else:
            value = parse_value(item.text(), fields[name])
            if not _same(value, fields[name]):
                self._push({**fields, name: value}, name)
        self.refresh()  # shows the chart's value again (as it is now, or was if refused)

    def _rename(self, name: str, new: str, fields: Mapping[str, CustomValue]) -> None:
        if new == name:
            return
        if not new:
            message = tr('Custom field "%1": a name must not be empty; the field keeps its name.')
            self.problem.setText(message.replace("%1", name))
            return
        if new in fields:
            self.problem.setText(
                tr('Custom field "%1" cannot be renamed to "%2": another field has that name.')
                .replace("%1", name)
                .replace("%2", new)
            )
            return
        # Same place in the list, new name.
        self._push(
            {(new if key == name else key): value for key, value in fields.items()},
            new,
            QT_TRANSLATE_NOOP("Commands", "Rename custom field"),
        )

    def _push(self, custom: Mapping[str, CustomValue], name: str, step: str = "") -> bool:
        """One `UpdateRole` for the role's new ``custom`` mapping; False (and the model's
        words in the problem line) if refused. The table shows the result at once. A ``step``
        (adding, removing, renaming a field) is a step of its own that nothing merges into;
        so is each value edit (see `FIELD`)."""
        chart, history, role_id = self.chart, self.history, self._role()
        if chart is None or history is None or not role_id:
            return False
        old = chart.role(role_id)

        # Inside the lambda: a value the model refuses raises when the new role is made.
        def command() -> Command:
            update = UpdateRole(old, dataclasses.replace(old, custom=dict(custom)), FIELD.replace("%1", name))
            return Macro(step, [update]) if step else update

        done = self.problem.push(history, command)
        self.refresh()
        return done
