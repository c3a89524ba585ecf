"""The properties panel: every field of the selected role, editable; each edit a command
(typing into one field is one undo step). The custom fields have their own table
(`orgchart.ui.custom_fields`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orgchart.commands import Command, History, MoveRole, UpdateRole, unpark_first
from orgchart.model import OrgChart, Sourcing
from orgchart.ui.custom_fields import CustomFields
from orgchart.ui.edit_panel import ProblemLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("Properties", text)


SOURCING_NAMES = {
    Sourcing.IN_HOUSE: "in-house",
    Sourcing.OUTSOURCED: "outsourced",
    Sourcing.FREELANCE: "freelance",
}


class RoleProperties(QWidget):
    """Shows one role's fields; what the user changes becomes a command on the history."""

    def __init__(self, chart: OrgChart, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.history, self.role_id = chart, history, ""
        self._loading = False
        # The fields scroll when the dock is short, rather than making the window taller.
        self.body = QWidget()
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        form = QFormLayout(self.body)
        self.heading = QLabel(tr("Select a role or a team on the canvas to see and edit its fields."))
        self.heading.setWordWrap(True)
        form.addRow(self.heading)
        self.title = QLineEdit()
        self.holder = QLineEdit()
        self.vacant = QCheckBox(tr("vacant"))
        self.team = QComboBox()
        self.manager = LazyCombo(self._managers)
        self.responsibilities = QPlainTextEdit()
        self.skills = QPlainTextEdit()
        self.sourcing = QComboBox()
        for sourcing, name in SOURCING_NAMES.items():
            self.sourcing.addItem(tr(name), sourcing.value)
        self.fte = QDoubleSpinBox()
        self.fte.setRange(0.0, 100.0)
        self.fte.setSingleStep(0.1)
        self.fte.setDecimals(2)
        self.email, self.location = QLineEdit(), QLineEdit()
        self.notes = QPlainTextEdit()
        for box in (self.responsibilities, self.skills, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(72)
        for box in (self.responsibilities, self.skills):
            box.setPlaceholderText(tr("one per line"))
            # A long item scrolls sideways: wrapped, it would look like two items.
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        rows: list[tuple[str, QWidget]] = [
            (tr("Title"), self.title),
            (tr("Holder"), self.holder),
            ("", self.vacant),
            (tr("Team"), self.team),
            (tr("Reports to"), self.manager),
            (tr("Responsibilities"), self.responsibilities),
            (tr("Skills"), self.skills),
            (tr("Sourcing"), self.sourcing),
            (tr("FTE"), self.fte),
            (tr("E-mail"), self.email),
            (tr("Location"), self.location),
            (tr("Notes"), self.notes),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        self.problem = ProblemLabel()  # under the scrolling fields: always in sight
        self.problem.setContentsMargins(9, 0, 9, 6)
        outer.addWidget(self.problem)
        self.custom = CustomFields(self.problem)
        form.addRow(self.custom)

        self.title.textEdited.connect(lambda text: self._set("title", text))
        # a title the model refused (an empty one) gives way to the title kept, once left
        self.title.editingFinished.connect(self.refresh)
        self.holder.textEdited.connect(lambda text: self._set("holder", text if text.strip() else None))
        self.vacant.toggled.connect(self._vacant_toggled)
        self.email.textEdited.connect(lambda text: self._set("email", text))
        self.location.textEdited.connect(lambda text: self._set("location", text))
        self.notes.textChanged.connect(lambda: self._set("notes", self.notes.toPlainText()))
        self.responsibilities.textChanged.connect(
            lambda: self._set("responsibilities", _lines(self.responsibilities.toPlainText()))
        )
        self.skills.textChanged.connect(lambda: self._set("skills", _lines(self.skills.toPlainText())))
        self.sourcing.activated.connect(
            lambda _: self._set("sourcing", Sourcing(self.sourcing.currentData()))
        )
        self.fte.valueChanged.connect(lambda value: self._set("fte", float(value)))
        self.team.activated.connect(lambda _: self._move_to_team(self.team.currentData()))
        self.manager.activated.connect(lambda _: self._move_under(self.manager.currentData()))
        self.show_role(chart, history, "")

    def show_role(self, chart: OrgChart, history: History, role_id: str) -> None:
        """Show ``role_id`` (or nothing for ""), and follow edits of the chart from now on."""
        self.chart, self.history, self.role_id = chart, history, role_id
        self.refresh()

    def refresh(self) -> None:
        """Put the role's current values into the fields (leaving a field alone that already
        shows its value, so the cursor stays where the user is typing)."""
        chart, role_id = self.chart, self.role_id
        known = bool(role_id) and chart.has_role(role_id)
        for widget in (*self.body.findChildren(QWidget), self.problem):
            if widget is not self.heading:
                widget.setEnabled(known)
        self.heading.setVisible(not known)
        self.custom.show_role(chart, self.history, role_id)  # after the loop: it knows its buttons
        if not known:
            self._clear()
            return
        self._loading = True
        try:
            role = chart.role(role_id)
            _set_text(self.title, role.title)
            _set_text(self.holder, role.holder or "")  # empty: vacant (typing a name fills it)
            self.holder.setPlaceholderText(tr("vacant"))
            self.vacant.setChecked(role.holder is None)
            _set_lines(self.responsibilities, role.responsibilities)
            _set_lines(self.skills, role.skills)
            self.sourcing.setCurrentIndex(self.sourcing.findData(role.sourcing.value))
            if abs(self.fte.value() - role.fte) > 1e-9:
                self.fte.setValue(role.fte)
            _set_text(self.email, role.email)
            _set_text(self.location, role.location)
            if self.notes.toPlainText() != role.notes:
                self.notes.setPlainText(role.notes)
            self._fill_places(role_id)
        finally:
            self._loading = False

    def _clear(self) -> None:
        """No role: empty fields (not the last role's values, greyed) and the hint in view."""
        self._loading = True
        try:
            for edit in (self.title, self.holder, self.email, self.location):
                edit.clear()
            self.holder.setPlaceholderText("")
            for box in (self.responsibilities, self.skills, self.notes):
                box.clear()
            self.vacant.setChecked(False)
            self.fte.setValue(0.0)
            self.sourcing.setCurrentIndex(-1)
            self.team.clear()
            self.manager.clear()
        finally:
            self._loading = False
        self.scroll.verticalScrollBar().setValue(0)

    def _fill_places(self, role_id: str) -> None:
        chart = self.chart
        self.team.clear()
        for team_id in chart.team_ids():
            depth = len(chart.team_path(team_id))
            self.team.addItem("    " * depth + chart.team(team_id).name, team_id)
        self.team.setCurrentIndex(self.team.findData(chart.team_of(role_id)))
        manager = chart.manager_of(role_id)
        # Only the current choice until the list is opened: a chart may have 100,000 roles.
        self.manager.show_only(chart.role(manager).title if manager else self._nobody(role_id), manager)

    def _nobody(self, role_id: str) -> str:
        parked = self.chart.is_parked(role_id)
        return tr("(nobody: in the holding area)") if parked else tr("(nobody: a top role)")

    def _managers(self) -> list[tuple[str, str | None]]:
        """Whom the role may report to: nobody, or any role outside its own branch."""
        chart, role_id = self.chart, self.role_id
        if not role_id or not chart.has_role(role_id):
            return []
        below = set(chart.descendants(role_id)) | {role_id}
        return [(self._nobody(role_id), None)] + [
            (chart.role(other).title, other) for other in chart.role_ids() if other not in below
        ]

    # Edits
    def _set(self, field: str, value: Any) -> None:
        if self._loading or not self.role_id:
            return
        old = self.chart.role(self.role_id)
        if getattr(old, field) == value:
            return
        self.problem.push(
            self.history, lambda: UpdateRole(old, dataclasses.replace(old, **{field: value}), field)
        )

    def _vacant_toggled(self, vacant: bool) -> None:
        """Vacant: the holder goes (undo brings the name back). Not vacant: type the name."""
        if self._loading:
            return
        if vacant:
            self._set("holder", None)
            self.holder.clear()
        else:
            self.holder.setFocus()

    def _move_to_team(self, team: str) -> None:
        if not self._loading and self.role_id:
            self._move(team, self.chart.manager_of(self.role_id))

    def _move_under(self, manager: str | None) -> None:
        if not self._loading and self.role_id:
            self._move(self.chart.team_of(self.role_id), manager)

    def _move(self, team: str, manager: str | None) -> None:
        chart = self.chart
        if team == chart.team_of(self.role_id) and manager == chart.manager_of(self.role_id):
            return  # the current choice chosen again: nothing to do, nothing on the history

        def command() -> Command:
            move = MoveRole(self.role_id, team, manager)
            # A parked role given a manager leaves the holding area in the same step.
            return (unpark_first(self.chart, self.role_id, move) or move) if manager else move

        if not self.problem.push(self.history, command):
            self.refresh()  # the lists show where the role still is


class LazyCombo(QComboBox):
    """A drop-down that holds only its current choice until it is opened; then ``choices``
    gives the whole list ((text, data) pairs)."""

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]]) -> None:
        super().__init__()
        self._choices = choices

    def show_only(self, text: str, data: Any) -> None:
        self.clear()
        self.addItem(text, data)

    def fill(self) -> None:
        """Put every choice in the list, keeping the current one chosen."""
        current = self.currentData()
        self.clear()
        for text, data in self._choices():
            self.addItem(text, data)
        self.setCurrentIndex(max(self.findData(current), 0))

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # show a long title from its start


def _set_lines(edit: QPlainTextEdit, items: tuple[str, ...]) -> None:
    """One item per line; the text is left alone while it already says the same (an empty
    line being typed is not yet an item)."""
    if _lines(edit.toPlainText()) != items:
        edit.setPlainText("\n".join(items))
