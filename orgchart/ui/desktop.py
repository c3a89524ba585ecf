"""What makes the editor a desktop application: its icon, and a window that opens where and
as it was left (size, position, which panels are shown and where)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

RESOURCES = Path(__file__).resolve().parents[1] / "resources"  # package data
ICON = RESOURCES / "icons" / "orgchart.svg"
#: the desktop file's name without ".desktop" (Wayland matches windows to it)
DESKTOP_ID = "orgchart"
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"


def app_icon() -> QIcon:
    """The orgchart icon (drawn as SVG: sharp at every size)."""
    return QIcon(str(ICON))


class WindowLayout(QObject):
    """Restores the last window's geometry and panels when ``window`` is first shown (by then
    every panel exists, whoever added it), and saves them on `save` (when it closes)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.restored = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and not self.restored:
            self.restored = True
            self.restore()
        return False

    def restore(self) -> None:
        settings = QSettings()
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.window.restoreState(state)

    def save(self) -> None:
        """Keep the window's geometry and panels; not while presenting (then the panels are
        hidden and the window full screen only for the show: the editor's layout stays)."""
        if getattr(self.window, "presenting", False):
            return
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        settings.setValue(STATE_KEY, self.window.saveState())


def show_tabs_whole(window: QMainWindow, dock: QDockWidget) -> int | None:
    """Widen the dock area of ``dock`` (tabbed with others) until the names on its tabs show
    whole, as far as the canvas keeps half the window: a fourth panel beside History, Team
    figures and Checks cut every name short ("His…", "Che…"). Returns the width it had, if
    it was widened (to give it back later)."""
    title = dock.windowTitle()
    for bar in window.findChildren(QTabBar):
        if any(bar.tabText(i) == title for i in range(bar.count())):
            central = window.centralWidget()
            spare = (central.width() if central is not None else 0) - window.width() // 2
            grow = min(bar.sizeHint().width() - bar.width() + 2, spare)
            if grow <= 2:
                return None
            before = dock.width()
            window.resizeDocks([dock], [before + grow], Qt.Orientation.Horizontal)
            return before
    return None
