"""The canvas's context menus: a card's (what the keyboard does to a role, its dotted lines,
parking it), a team frame's (a new role or sub-team in it, deleting or dissolving it) and
the empty canvas's (a new department, paste, fit). Each entry names its key, so the menus
also teach the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from orgchart.commands import drop_role_on_team, park_role
from orgchart.ui.team_removal import Removal, can_dissolve, dissolve_words, holdings, no_dissolving

if TYPE_CHECKING:
    from orgchart.ui.canvas import ChartView


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def key_text(key: str | QKeySequence.StandardKey) -> str:
    """A key as this system and language write it ("Del" / "Entf")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _item(menu: QMenu, text: str, key: str | QKeySequence.StandardKey, slot: Callable[[], None]) -> None:
    """An entry that shows its key but does not take it: the keys work on the canvas only
    (Tab and Del belong to the text fields elsewhere)."""
    menu.addAction(f"{text}\t{key_text(key)}", slot)


def menu_at(view: ChartView, scene_pos: QPointF | None) -> QMenu:
    """The menu for a right click at ``scene_pos``: on a card, a team frame or empty space
    (which is selected first, as a left click would); None (the menu key): for what is
    selected."""
    if scene_pos is None:
        role_id, team_id = view.selected, view.selected_team
    else:
        role_id = view.role_at(scene_pos)
        team_id = "" if role_id else view.header_at(scene_pos) or view.team_at(scene_pos)
    if role_id:
        view.select(role_id)
        return role_menu(view, role_id)
    if team_id:
        view.select_team(team_id)
        return team_menu(view, team_id)
    view.select("")
    view.select_team("")
    return space_menu(view)


def role_menu(view: ChartView, role_id: str) -> QMenu:
    """A card's menu (the role is selected when it opens)."""
    sketch, chart, keys = view.sketch, view.chart, QKeySequence.StandardKey
    menu = QMenu(view)
    parked = chart.is_parked(role_id)
    if not parked:
        _item(menu, tr("Add direct report"), "Tab", lambda: sketch.add_report(role_id))
        _item(menu, tr("Add sibling"), "Enter", lambda: sketch.add_sibling(role_id))
    _item(menu, tr("Rename"), "F2", lambda: sketch.rename(role_id, select_all=True))
    menu.addSeparator()
    _item(menu, tr("Cut"), keys.Cut, sketch.cut)
    _item(menu, tr("Copy"), keys.Copy, sketch.copy)
    if sketch.clipboard is not None:
        _item(menu, tr("Paste as its report"), keys.Paste, sketch.paste)
    _item(menu, tr("Duplicate"), "Ctrl+D", sketch.duplicate)
    _item(menu, tr("Delete…"), "Del", lambda: sketch.delete(role_id))
    menu.addSeparator()
    view.links.fill(menu, role_id)
    menu.addSeparator()
    if parked:
        text = tr("Place in its team")
        command = drop_role_on_team(chart, role_id, chart.team_of(role_id))
    else:
        text = tr("Move to the holding area")
        command = park_role(chart, role_id)
    if command is not None:
        menu.addAction(text, lambda: view.push_moving(command))
    return menu


def team_menu(view: ChartView, team_id: str) -> QMenu:
    """A team frame's menu (the team is selected when it opens)."""
    chart = view.chart
    menu = QMenu(view)
    _item(menu, tr("New role in this team"), "Tab", lambda: view.sketch.add_to_team(team_id))
    _item(menu, tr("New team inside it"), "Ctrl+Shift+T", lambda: _new_team(view, team_id))
    _item(menu, tr("Rename"), "F2", lambda: view.sketch.rename_team(team_id))
    _item(menu, tr("Duplicate team"), "Ctrl+D", lambda: view.sketch.duplicate_team(team_id))
    menu.addSeparator()
    held = bool(holdings(chart, team_id))
    # (with roles or teams in it, Del asks whether they go too)
    _item(menu, tr("Delete team…") if held else tr("Delete team"), "Del", lambda: delete_team(view, team_id))
    if held:
        dissolve = menu.addAction(
            tr("Dissolve team"), lambda: view.sketch.delete_team(team_id, Removal.DISSOLVE)
        )
        dissolvable = can_dissolve(chart, team_id)
        dissolve.setEnabled(dissolvable)
        dissolve.setToolTip(dissolve_words(chart, team_id) if dissolvable else no_dissolving())
        menu.setToolTipsVisible(True)
    return menu


def space_menu(view: ChartView) -> QMenu:
    """The menu of the canvas's empty space."""
    menu = QMenu(view)
    _item(menu, tr("New department"), "Ctrl+Shift+T", lambda: _new_team(view, None))
    if view.sketch.clipboard is not None:
        _item(menu, tr("Paste"), QKeySequence.StandardKey.Paste, view.sketch.paste)
    menu.addSeparator()
    _item(menu, tr("Fit the chart"), "Ctrl+0", view.fit)
    return menu


def delete_team(view: ChartView, team_id: str) -> None:
    """Delete a team (one undo step), asking first whether what it holds goes too."""
    view.sketch.delete_team(team_id)


def _new_team(view: ChartView, parent: str | None) -> None:
    from orgchart.ui.main_window import MainWindow  # the window names and places new teams

    window = view.window()
    if isinstance(window, MainWindow):
        window.new_team_in(parent)
