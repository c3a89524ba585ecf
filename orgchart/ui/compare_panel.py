"""The panel of File > Compare with… (see `orgchart.ui.compare`): the counts of a comparison,
its roles by kind of change (a click shows the card), and a button to end it. Loaded with the
first comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgchart.model.diff import ChartDiff, RoleDiff
from orgchart.render.marks import MARK_COLORS, ChartMarks, Mark

#: an item's data: the new chart's role id, or "removed:<index>" for a removed role
ROLE = Qt.ItemDataRole.UserRole


class ComparePanel(QWidget):
    """The counts of a comparison, its roles by kind of change, and a button to end it."""

    #: a listed role was clicked: the new chart's id, or "removed:<n>"
    chosen = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Role"), self.tr("What changed")])
        self.tree.setRootIsDecorated(True)
        self.tree.setColumnWidth(0, 190)
        self.tree.itemClicked.connect(self._clicked)
        layout.addWidget(self.tree, 1)
        self.clear_button = QPushButton(self.tr("Clear comparison"))
        self.clear_button.clicked.connect(self.clear_requested)
        layout.addWidget(self.clear_button)

    def show_diff(self, diff: ChartDiff, marks: ChartMarks, source: str) -> None:
        self.heading.setText(
            self.tr("Compared with %1: the marks show what this chart changed since then.").replace(
                "%1", source
            )
        )
        self.counts.setText(self.summary(diff, marks))
        expanded = {
            self.tree.topLevelItem(k).data(0, ROLE)
            for k in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(k).isExpanded()
        }
        self.tree.clear()
        new, old = diff.new, diff.old
        changed = {r.new_id: r for r in diff.roles_changed}
        groups = [
            (Mark.ADDED, self.tr("New (%1)"), list(diff.roles_added)),
            (Mark.MOVED, self.tr("Moved (%1)"), []),
            (Mark.CHANGED, self.tr("Changed (%1)"), []),
        ]
        for role_id, role_marks in marks.roles.items():  # a role moved and changed is in both
            for mark, _, ids in groups[1:]:
                if mark in role_marks:
                    ids.append(role_id)
        for mark, title, ids in groups:
            group = self._group(mark, title, len(ids), expanded)
            for role_id in ids:
                role_diff = changed.get(role_id)
                what = self._what(diff, role_diff, mark) if role_diff else new.team(new.team_of(role_id)).name
                self._item(group, role_id, new.role(role_id).title, what)
        group = self._group(Mark.REMOVED, self.tr("Removed (%1)"), len(diff.roles_removed), expanded)
        for k, role_id in enumerate(diff.roles_removed):
            where = self.tr("was in %1").replace("%1", old.team(old.team_of(role_id)).name)
            self._item(group, f"removed:{k}", old.role(role_id).title, where)

    def summary(self, diff: ChartDiff, marks: ChartMarks, *, rich: bool = True) -> str:
        """The counts ("2 new, 1 moved, …"); ``rich``: each after a square in its mark's colour."""
        if diff.same:
            return self.tr("No differences.")
        parts = []
        for mark, text in (
            (Mark.ADDED, self.tr("%1 new")),
            (Mark.MOVED, self.tr("%1 moved")),
            (Mark.CHANGED, self.tr("%1 changed")),
            (Mark.REMOVED, self.tr("%1 removed")),
        ):
            text = text.replace("%1", str(marks.count(mark)))
            if rich:  # a coloured square before each count, kept on one line with it
                text = f"<span style='color:{MARK_COLORS[mark]}'>■</span>&nbsp;" + text.replace(" ", "&nbsp;")
            parts.append(text)
        teams = len(diff.teams_added) + len(diff.teams_removed) + len(diff.teams_changed)
        links = len(diff.links_added) + len(diff.links_removed) + len(diff.links_relabelled)
        if teams:
            text = self.tr("1 team changed") if teams == 1 else self.tr("%1 teams changed")
            parts.append(text.replace("%1", str(teams)))
        if links:
            text = self.tr("1 dotted line changed") if links == 1 else self.tr("%1 dotted lines changed")
            parts.append(text.replace("%1", str(links)))
        return (" &nbsp; " if rich else ", ").join(parts)

    def _what(self, diff: ChartDiff, role: RoleDiff, mark: Mark) -> str:
        """What moved (team, manager, holding area) or what changed (the rest), in short."""
        old, new = diff.old, diff.new
        words = []
        moves = ("team", "manager", "parked")
        for change in role.changes:
            if (change.field in moves) != (mark is Mark.MOVED):
                continue
            if change.field == "team":
                words.append(
                    self.tr("team: %1 → %2")
                    .replace("%1", old.team(str(change.old)).name)
                    .replace("%2", new.team(str(change.new)).name)
                )
            elif change.field == "manager":
                was = old.role(str(change.old)).title if change.old else self.tr("nobody")
                now = new.role(str(change.new)).title if change.new else self.tr("nobody")
                words.append(self.tr("manager: %1 → %2").replace("%1", was).replace("%2", now))
            elif change.field == "title":
                words.append(self.tr("was “%1”").replace("%1", str(change.old)))
            else:
                words.append(self.field_name(change.field, change.name))
        return "; ".join(dict.fromkeys(words))

    def field_name(self, field: str, custom: str = "") -> str:
        names = {
            "parked": self.tr("holding area"),
            "holder": self.tr("holder"),
            "kind": self.tr("kind"),
            "responsibilities": self.tr("responsibilities"),
            "skills": self.tr("skills"),
            "sourcing": self.tr("sourcing"),
            "fte": self.tr("FTE"),
            "email": self.tr("e-mail"),
            "location": self.tr("location"),
            "notes": self.tr("notes"),
        }
        return custom if field == "custom" else names.get(field, field)

    def _group(self, mark: Mark, title: str, count: int, expanded: set[object]) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title.replace("%1", str(count))])
        group.setData(0, ROLE, mark.value)
        group.setForeground(0, QBrush(QColor(MARK_COLORS[mark])))
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setExpanded(mark.value in expanded or not expanded)
        return group

    def _item(self, group: QTreeWidgetItem, key: str, title: str, what: str) -> None:
        item = QTreeWidgetItem(group, [title, what])
        item.setData(0, ROLE, key)
        item.setToolTip(1, what)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        if item.parent() is not None:
            self.chosen.emit(str(item.data(0, ROLE)))


class CompareDock(QDockWidget):
    """Closing the panel ends the comparison (marks without their panel would puzzle)."""

    closed = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
