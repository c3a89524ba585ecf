"""Sketching at typing speed on the canvas: with a role selected, Tab adds a report, Enter a
sibling, F2 (or just typing) renames it in place, Del deletes it, the arrow keys walk the
tree. With a team selected, Tab adds a role to it, F2, Enter (or just typing) rename it in
its frame's header, Del deletes it (asking first whether what it holds goes too, see
`orgchart.ui.team_removal`). Every edit is one command on the history."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QMessageBox

from orgchart.commands import (
    AddRole,
    AddTeam,
    Branch,
    DeleteRole,
    Macro,
    ParkPasted,
    PasteBranch,
    Reports,
    UpdateRole,
    UpdateTeam,
    copy_branch,
    drop_role_on_role,
    drop_role_on_team,
    duplicate_team,
    park_role,
    place_of,
    subject,
    team_drop_manager,
)
from orgchart.commands.history import Command
from orgchart.model import OrgError, Role, Team
from orgchart.ui.refusals import push_or_say, refusal
from orgchart.ui.team_removal import Removal, ask_team_removal, holdings, remove_team

if TYPE_CHECKING:
    from orgchart.ui.canvas import ChartView


def tr(text: str) -> str:
    return QCoreApplication.translate("Sketching", text)


def ask_delete_mode(view: ChartView, role: Role, reports: int) -> Reports | None:
    """Ask what happens to the reports of a role being deleted; None: do not delete. The
    answers name where the reports go: up to the role's manager, or to the top."""
    manager = view.chart.manager_of(role.id)
    boss = view.chart.role(manager).title if manager is not None else ""
    box = QMessageBox(view)
    box.setWindowTitle(tr("Delete role"))
    if reports == 1:
        text = tr("%1 has one direct report. What should happen to it?")
        move = tr("Move it up to %1") if boss else tr("Make it a top role")
        delete = tr("Delete it too")
    else:
        text = tr("%1 has %2 direct reports. What should happen to them?")
        move = tr("Move them up to %1") if boss else tr("Make them top roles")
        delete = tr("Delete them too")
    box.setText(text.replace("%1", role.title).replace("%2", str(reports)))
    lines = len(view.chart.links_of(role.id))
    if lines:  # they go with it, whatever the answer: say so before, not after
        one, many = tr("Its dotted line is removed with it."), tr("Its %1 dotted lines are removed with it.")
        gone = one if lines == 1 else many
        box.setInformativeText(gone.replace("%1", str(lines)))
    up = box.addButton(move.replace("%1", boss), QMessageBox.ButtonRole.AcceptRole)
    along = box.addButton(delete, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(up)
    box.exec()
    clicked = box.clickedButton()
    return Reports.MOVE_UP if clicked is up else Reports.DELETE if clicked is along else None


class Sketcher(QObject):
    """The keyboard side of the canvas, and its in-place title editor."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self.view = view
        #: asked before deleting a role with reports; tests put an answer in its place
        self.ask_delete_mode = ask_delete_mode
        #: asked before deleting a team that holds roles or teams; tests answer in its place
        self.ask_team_removal = ask_team_removal
        self.editor: QLineEdit | None = None
        #: the role, or the team, whose name the editor holds
        self._editing = ""
        self._editing_team = ""
        #: a role just added, whose title typed on its card is part of adding it
        self._fresh = ""
        #: a team just added, whose name typed in its header is part of adding it
        self._fresh_team = ""
        #: the last copied (or cut) branch
        self.clipboard: Branch | None = None
        #: the role last cut (parked): the next paste moves it instead of copying
        self.cut_id = ""
        #: the role added last, and the role and the team selected when it was added
        self.added_from = ("", "", "")

    # Keys
    def key(self, event: QKeyEvent) -> bool:
        """Handle a key pressed on the canvas; False if it is not one of ours."""
        view, key = self.view, event.key()
        role_id = view.selected
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not role_id and view.selected_team:  # (in an empty chart too: Tab adds to that team)
            return self._team_key(view.selected_team, event, plain)
        if not role_id:
            first = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and not view.chart.role_count
            if first and plain:
                self.add_first()
            return first and plain
        if key == Qt.Key.Key_Tab and plain:
            self.add_report(role_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.add_sibling(role_id)
        elif key == Qt.Key.Key_F2:
            self.rename(role_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.delete(role_id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) and plain:
            self.walk(role_id, key)
        elif _typed(event, plain):
            self.rename(role_id, start=event.text())  # typing over a selected card renames it
        else:
            return False
        return True

    def _team_key(self, team_id: str, event: QKeyEvent, plain: bool) -> bool:
        """A key pressed with a team selected (see the module's text); False: not ours."""
        key = event.key()
        if key == Qt.Key.Key_Tab and plain:
            self.add_to_team(team_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and plain:
            self.rename_team(team_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.delete_team(team_id)
        elif _typed(event, plain):
            self.rename_team(team_id, start=event.text())
        else:
            return False
        return True

    def add_first(self) -> None:
        """The first role of an empty chart, in its first team (made too, if there is none)."""
        chart, history = self.view.chart, self.view.history
        teams = chart.team_ids()
        role = self._new_role()
        if teams:
            self._add(AddRole(role, teams[0]))
            return
        name = tr("New team")
        team = Team(chart.new_id(name, prefix="team-"), name)
        history.begin_macro("Add role")
        try:
            history.push(AddTeam(team))
            history.push(AddRole(role, team.id))
        finally:
            history.end_macro()
        self.view.refresh()
        self.view.select(role.id)
        self.rename(role.id, select_all=True)
        self._fresh = role.id  # its title joins the adding, as after Tab

    def edit_at(self, scene_pos: QPointF) -> bool:
        """A double click: rename the role whose card is at ``scene_pos``, or the team whose
        name is; False if neither is there."""
        view = self.view
        if view.links.connecting:
            return False
        role_id = view.role_at(scene_pos)
        if role_id:
            view.select(role_id)
            self.rename(role_id, select_all=True)
            return True
        team_id = view.header_at(scene_pos)
        if team_id:
            view.select_team(team_id)
            self.rename_team(team_id)
        return bool(team_id)

    def add_report(self, manager: str) -> None:
        chart = self.view.chart
        self._add(AddRole(self._new_role(), chart.team_of(manager), manager))

    def add_to_team(self, team_id: str) -> None:
        """A new role in ``team_id`` under whoever a role dropped on the team would report to."""
        role = self._new_role()
        self._add(AddRole(role, team_id, team_drop_manager(self.view.chart, role.id, team_id)))

    def add_sibling(self, role_id: str) -> None:
        place = place_of(self.view.chart, role_id)
        self._add(AddRole(self._new_role(), place.team, place.manager, place.index + 1))

    def _new_role(self) -> Role:
        title = tr("New role")
        return Role(self.view.chart.new_id(title), title)

    def came_from(self, role_id: str) -> tuple[str | None, str | None] | None:
        """The role and the team (None: none) selected when ``role_id`` was added by a key
        or menu here; None if it was not the last added so."""
        added, role, team = self.added_from
        return (role or None, team or None) if added == role_id else None

    def _add(self, command: AddRole) -> None:
        self.added_from = (command.role.id, self.view.selected, self.view.selected_team)
        self.view.history.push(command)
        self.view.refresh()
        self.view.select(command.role.id)
        if self.view.reveal(command.role.id):
            self.rename(command.role.id, select_all=True)
            self._fresh = command.role.id
        else:  # below a parked role: it waits with it in the holding area
            chart = self.view.chart
            top = chart.role(chart.held_by(command.role.id) or command.role.id).title
            self.view.message.emit(tr("The new role joins %1 in the holding area.").replace("%1", top))

    def delete(self, role_id: str) -> None:
        chart = self.view.chart
        reports = chart.reports_of(role_id)
        mode: Reports | None = Reports.MOVE_UP
        if reports:
            mode = self.ask_delete_mode(self.view, chart.role(role_id), len(reports))
        if mode is None:
            return
        next_selection = chart.manager_of(role_id) or ""
        try:
            self.view.history.push(DeleteRole(role_id, mode))
        except OrgError as error:
            self.view.message.emit(refusal(error))
            return
        self.view.refresh()
        self._select(next_selection)

    def delete_team(self, team_id: str, how: Removal | None = None) -> None:
        """Delete a team: an empty one at once; one that holds roles or teams as ``how``
        says, or as the user answers when asked (None). The team around it is selected, if
        this one was (or nothing was)."""
        view = self.view
        chart = view.chart
        if how is None and holdings(chart, team_id):
            how = self.ask_team_removal(view, chart, team_id)
            if how is None:
                return
        around, selected = chart.parent_of(team_id), view.selected_team == team_id or not view.selected
        if remove_team(view.history, team_id, how or Removal.DELETE, view.message.emit):
            view.refresh()
            if selected:  # (a role selected elsewhere stays selected)
                view.select_team(around or "")

    # Copy and paste whole branches
    def copy(self) -> bool:
        """Copy the selected role with everything below it (also as indented text, for
        pasting into a document)."""
        role_id = self.view.selected
        if not role_id:
            return False
        self.clipboard = copy_branch(self.view.chart, role_id)
        depth: list[int] = []
        lines = []
        for role, up, _ in self.clipboard.roles:
            depth.append(0 if up < 0 else depth[up] + 1)
            holder = f" ({role.holder})" if role.holder else ""
            lines.append("  " * depth[-1] + role.title + holder)
        QGuiApplication.clipboard().setText("\n".join(lines))
        return True

    def cut(self) -> None:
        """Copy the selected branch and park it in the holding area; the next paste puts
        it (not a copy) where the selection is then."""
        role_id = self.view.selected
        command = park_role(self.view.chart, role_id) if role_id else None
        if self.copy():
            self.cut_id = role_id
            if command is not None:
                self._push(Macro("Cut", [command]), select=self.view.chart.manager_of(role_id) or "")

    def paste(self) -> None:
        """The copied branch below the selected role (at the top of the first team if none
        is selected)."""
        if self.clipboard is None:
            self.view.message.emit(tr("Nothing to paste: copy or cut a role first."))
            return
        chart, target = self.view.chart, self.view.selected
        cut, self.cut_id = self.cut_id, ""
        if cut and chart.has_role(cut) and chart.is_parked(cut) and cut != target:
            # The branch that was cut comes out of the holding area (once; then copies).
            moved = (
                drop_role_on_role(chart, cut, target)
                if target
                else drop_role_on_team(chart, cut, chart.team_of(cut))
            )
            if moved is not None:
                self._push(Macro("Paste", [moved]), select=cut)
                return
        if target:
            command = PasteBranch(self.clipboard, chart.team_of(target), target)
        elif chart.team_ids():
            command = PasteBranch(self.clipboard, chart.team_ids()[0], None)
        else:
            return
        self._push(command, select=lambda: command.top)

    def duplicate(self) -> None:
        """A copy of the selected branch right after it, under the same manager (or of the
        selected team, see `duplicate_team`)."""
        if getattr(self.view.window(), "presenting", False):  # (Ctrl+D is a window shortcut)
            return
        self.close_editor(commit=True)  # a name being typed is the original's
        role_id = self.view.selected
        if not role_id:
            if self.view.selected_team:
                self.duplicate_team(self.view.selected_team)
            return
        place = place_of(self.view.chart, role_id)
        command = PasteBranch(
            copy_branch(self.view.chart, role_id), place.team, place.manager, place.index + 1
        )
        steps: list[Command] = [command]
        if self.view.chart.is_parked(role_id):  # the copy waits beside it
            steps.append(ParkPasted(command))
        self._push(Macro("Duplicate", steps), select=lambda: command.top)

    def duplicate_team(self, team_id: str) -> None:
        """A copy of the team, its sub-teams and its roles right after it, selected."""
        view = self.view
        name = tr("%1 (copy)").replace("%1", view.chart.team(team_id).name)
        command = duplicate_team(view.chart, team_id, name)
        if push_or_say(view.history, command, view.message.emit):
            view.refresh()
            copy = subject(command)
            view.select_team(copy)
            if view.has_frame(copy):
                view.ensureVisible(view.frame_rect(copy, header=True), 40, 40)

    def _push(self, command: Command, *, select: str | Callable[[], str]) -> None:
        try:
            self.view.history.push(command)
        except OrgError as error:
            self.view.message.emit(refusal(error))
            return
        self.view.refresh()
        self._select(select() if callable(select) else select)

    def _select(self, role_id: str) -> None:
        """Select the role an edit or an arrow key leads to, scrolled into view (a duplicate
        lands beside the original, a deleted role's manager may be far above it)."""
        view = self.view
        view.select(role_id)
        if role_id and view.has_card(role_id):
            view.ensureVisible(view.card_rect(role_id), 40, 40)

    def select_subject(self, node_id: str) -> None:
        """After an undo or redo: select the role or team the step was about, laid out again
        and scrolled into view (a team deleted and brought back is selected); nothing that
        cannot be seen is selected (Del would delete it unseen)."""
        view = self.view
        chart = view.chart
        if not node_id or not (chart.has_role(node_id) or chart.has_team(node_id)):
            return
        view.refresh()
        if chart.has_role(node_id):
            if view.reveal(node_id):  # a collapsed branch opens; inside a parked one: not selected
                self._select(node_id)
        elif view.has_frame(node_id):  # (a team whose roles are collapsed away: not selected)
            view.select_team(node_id)
            view.ensureVisible(view.frame_rect(node_id, header=True), 40, 40)

    def walk(self, role_id: str, key: int) -> None:
        """Up: the manager; Down: the first report; Left/Right: the siblings beside."""
        chart = self.view.chart
        place = place_of(chart, role_id)
        siblings = chart.reports_of(place.manager) if place.manager else chart.top_roles(place.team)
        target = ""
        if key == Qt.Key.Key_Up:
            target = place.manager or ""
        elif key == Qt.Key.Key_Down:
            target = next(iter(chart.reports_of(role_id)), "")
        elif key == Qt.Key.Key_Left and place.index > 0:
            target = siblings[place.index - 1]
        elif key == Qt.Key.Key_Right and place.index + 1 < len(siblings):
            target = siblings[place.index + 1]
        if target and self.view.has_card(target):  # not into a collapsed or parked branch
            self._select(target)

    # The in-place title editor
    def rename(self, role_id: str, *, start: str | None = None, select_all: bool = False) -> None:
        """Open a text field over the card's title (with ``start`` typed into it)."""
        view = self.view
        self.close_editor(commit=True)
        if not view.reveal(role_id):  # inside a parked branch: no card to type on
            return
        title = view.chart.role(role_id).title
        self._open_editor(view.card_rect(role_id), view.item.picture.fonts.title, title, start, select_all)
        self._editing = role_id

    def rename_team(self, team_id: str, *, start: str | None = None, fresh: bool = False) -> None:
        """Open a text field over the team's name in its frame's header (with ``start``
        typed into it); ``fresh``: the team was just added, its name selected to type over
        and, once given, part of adding it."""
        view = self.view
        self.close_editor(commit=True)
        if not view.has_frame(team_id):  # every role in it collapsed away: shown again
            members = view.chart.members_of(team_id)
            if not members or not view.reveal(members[0]) or not view.has_frame(team_id):
                name = view.chart.team(team_id).name
                view.message.emit(tr("“%1” is not drawn: rename it in its panel.").replace("%1", name))
                return
        picture = view.item.picture
        header = view.frame_rect(team_id, header=True)
        name = view.chart.team(team_id).name
        self._open_editor(header, picture.fonts.header, name, start, select_all=fresh)
        self._editing_team = team_id
        self._fresh_team = team_id if fresh else ""

    def _open_editor(self, rect: QRectF, font: QFont, text: str, start: str | None, select_all: bool) -> None:
        """A text field over ``rect`` (in the scene) holding ``text``, or ``start`` typed."""
        view = self.view
        view.ensureVisible(rect, 40, 40)
        shown = view.mapFromScene(rect).boundingRect()
        editor = QLineEdit(view.viewport())
        editor.setObjectName("title editor")
        font = QFont(font)
        font.setPixelSize(max(8, round(font.pixelSize() * view.zoom)))
        editor.setFont(font)
        height = editor.sizeHint().height()
        editor.setGeometry(shown.x() + 4, shown.y() + 4, max(shown.width() - 8, 120), height)
        editor.setText(text if start is None else start)
        if select_all or start is None:
            editor.selectAll()
        editor.installEventFilter(self)
        editor.show()
        editor.setFocus()
        self.editor = editor

    def close_editor(self, *, commit: bool) -> None:
        editor, role_id, team_id = self.editor, self._editing, self._editing_team
        if editor is None:
            return
        self.editor, self._editing, self._editing_team = None, "", ""
        fresh, self._fresh = self._fresh == role_id, ""  # (Esc too ends the adding's step)
        fresh_team, self._fresh_team = self._fresh_team == team_id, ""
        text = editor.text().strip()
        editor.removeEventFilter(self)
        editor.hide()
        editor.deleteLater()
        self.view.setFocus()
        chart = self.view.chart
        if team_id:
            if commit and text and chart.has_team(team_id) and chart.team(team_id).name != text:
                team = chart.team(team_id)
                renamed = UpdateTeam(team, dataclasses.replace(team, name=text), "name")
                self._push_step(renamed, join=fresh_team)
            return
        if not commit or not text or not chart.has_role(role_id) or chart.role(role_id).title == text:
            return
        old = chart.role(role_id)
        # One rename in place is one step: it takes in no earlier change of the title (an
        # earlier rename, typing in the properties panel), and nothing later merges into it;
        # but the first title of a role just added joins the adding (see AddRole.merge).
        self._push_step(UpdateRole(old, dataclasses.replace(old, title=text), "title"), join=fresh)

    def _push_step(self, command: Command, *, join: bool = False) -> None:
        """Push a rename in place as a step of its own (or, ``join``, as part of the last)."""
        history = self.view.history
        if not join:
            history.close_step()
        try:
            history.push(command, join=join)
        except OrgError as error:
            self.view.message.emit(refusal(error))
        history.close_step()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Escape:
                    self.close_editor(commit=False)
                    return True
                # Consumed here: QLineEdit would pass them on to the canvas, where Enter adds
                # a sibling and Tab a report.
                if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.close_editor(commit=True)
                    return True
            elif event.type() == QEvent.Type.FocusOut:
                self.close_editor(commit=True)
        return False


def _typed(event: QKeyEvent, plain: bool) -> bool:
    """Whether the key types a character (with or without Shift) that starts a rename."""
    shifted = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
    text = event.text()
    return (plain or shifted) and bool(text) and text.isprintable() and not text.isspace()
