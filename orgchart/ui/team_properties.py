"""The selected team's fields: name, where it sits, colour, description, layout of its
roles. Each edit is a command (typing a name is one undo step)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from orgchart.commands import History, NestTeam, UpdateTeam
from orgchart.model import LayoutPreference, OrgChart
from orgchart.ui.edit_panel import ProblemLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("Properties", text)


LAYOUT_NAMES = {
    LayoutPreference.AUTO: "as the chart says",
    LayoutPreference.ROW: "side by side",
    LayoutPreference.STACKED: "stacked in two columns",
    LayoutPreference.COLUMN: "one column",
}


def swatch_style(color: str) -> str:
    """The colour button in the team's colour, its text (the colour's name) readable on it."""
    text = "#ffffff" if QColor(color).lightnessF() < 0.55 else "#000000"
    return f"background: {color}; color: {text}"


class TeamProperties(QWidget):
    def __init__(self, chart: OrgChart, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.history, self.team_id = chart, history, ""
        self._loading = False
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.parent_team = QComboBox()
        self.color = ElidedButton()
        self.automatic = QPushButton(tr("Automatic"))
        colors = QHBoxLayout()
        colors.addWidget(self.color, 1)
        colors.addWidget(self.automatic)
        self.layout_choice = QComboBox()
        for preference, name in LAYOUT_NAMES.items():
            self.layout_choice.addItem(tr(name), preference.value)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Part of"), self.parent_team)
        form.addRow(tr("Colour"), colors)
        form.addRow(tr("Reports laid out"), self.layout_choice)
        form.addRow(tr("Description"), self.description)
        self.problem = ProblemLabel()
        form.addRow(self.problem)
        self.name.textEdited.connect(lambda text: self._set("name", text))
        self.name.editingFinished.connect(self.refresh)  # a refused (empty) name: the name kept
        self.description.textChanged.connect(lambda: self._set("description", self.description.toPlainText()))
        self.layout_choice.activated.connect(
            lambda _: self._set("layout", LayoutPreference(self.layout_choice.currentData()))
        )
        self.color.clicked.connect(self._pick_color)
        self.automatic.clicked.connect(lambda: self._set("color", None))
        self.parent_team.activated.connect(lambda _: self._nest(self.parent_team.currentData()))

    def show_team(self, chart: OrgChart, history: History, team_id: str) -> None:
        self.chart, self.history, self.team_id = chart, history, team_id
        self.refresh()

    def refresh(self) -> None:
        if not self.team_id or not self.chart.has_team(self.team_id):
            return
        self._loading = True
        try:
            chart, team = self.chart, self.chart.team(self.team_id)
            if self.name.text() != team.name:
                self.name.setText(team.name)
                if not self.name.hasFocus():
                    self.name.setCursorPosition(0)  # a long name from its start
            if self.description.toPlainText() != team.description:
                self.description.setPlainText(team.description)
            self.layout_choice.setCurrentIndex(self.layout_choice.findData(team.layout.value))
            # The theme's colour: the button offers to choose one; "Automatic" is what it is.
            self.color.set_words(team.color or tr("Choose a colour…"))
            self.color.setStyleSheet(swatch_style(team.color) if team.color else "")
            self.automatic.setEnabled(team.color is not None)
            self.automatic.setToolTip(
                tr("Back to the theme's colour") if team.color else tr("The theme gives this team its colour")
            )
            self.parent_team.clear()
            self.parent_team.addItem(tr("(nothing: a department)"), None)
            inside = set(chart.team_ids_under(self.team_id))
            for other in chart.team_ids():
                if other not in inside:  # no team can be nested in itself
                    self.parent_team.addItem(
                        "    " * len(chart.team_path(other)) + chart.team(other).name, other
                    )
            self.parent_team.setCurrentIndex(self.parent_team.findData(chart.parent_of(self.team_id)))
        finally:
            self._loading = False

    def _set(self, field: str, value: Any) -> None:
        if self._loading or not self.team_id:
            return
        old = self.chart.team(self.team_id)
        if getattr(old, field) == value:
            return
        self.problem.push(
            self.history, lambda: UpdateTeam(old, dataclasses.replace(old, **{field: value}), field)
        )

    def _pick_color(self) -> None:
        current = self.chart.team(self.team_id).color if self.team_id else None
        chosen = QColorDialog.getColor(QColor(current or "#4b7bec"), self, tr("Team colour"))
        if chosen.isValid():
            self._set("color", chosen.name())

    def _nest(self, parent: str | None) -> None:
        if self._loading or not self.team_id:
            return
        if not self.problem.push(self.history, lambda: NestTeam(self.team_id, parent)):
            self.refresh()


class ElidedButton(QPushButton):
    """A button as wide as its place, not as its words (long ones widened the panel, and the
    canvas lost the room): they are shortened with "…" to fit, as it is resized, and shown
    whole as its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.words = ""

    def set_words(self, words: str) -> None:
        self.words = words
        self.setToolTip(words)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(self.width() - 16, 40)
        self.setText(self.fontMetrics().elidedText(self.words, Qt.TextElideMode.ElideRight, room))

