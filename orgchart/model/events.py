"""Signals an `OrgChart` sends after each change, without Qt (psygnal), so the canvas,
panels and tests can follow the model."""

from __future__ import annotations

from psygnal import Signal, SignalGroup


class ChartEvents(SignalGroup):
    """One signal per kind of change; each carries the id (or dotted line) it is about."""

    renamed = Signal(str)
    team_added = Signal(str)
    team_changed = Signal(str)
    team_moved = Signal(str)
    team_removed = Signal(str)
    role_added = Signal(str)
    role_changed = Signal(str)
    role_moved = Signal(str)
    role_removed = Signal(str)
    link_added = Signal(object)
    link_changed = Signal(object, object)
    link_removed = Signal(object)
