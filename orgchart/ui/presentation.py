"""Presentation mode (View > Present, F5): the chart alone, full screen, in larger type.

Page Down / Page Up (and Space / Backspace, the arrow keys: what presenters' clickers send)
glide from one department to the next, Home shows the whole chart, a click on a card zooms
to its branch. The chart can still be changed with the mouse (every drop is one undo step,
Ctrl+Z works), but not with the typing keys, so a stray key press in front of a room cannot
rename or delete a role. Esc brings back the editor exactly as it was.

The larger type is a theme: the editor's, its letters 1.4 times as large on cards only 1.15
times as wide. Zooming alone would not do: a department fitted to the screen is already as
large as it can be, and it is its width that limits it (departments are wide rows of cards).
Larger letters on cards of about the same width wrap into taller cards instead, so the text
of a fitted department comes out about a fifth larger than zooming alone makes it. Only the
picture changes: the model, and so undo and the file, are the same as in the editor.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
)
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QTransform
from PySide6.QtWidgets import QDockWidget, QFrame, QToolBar, QWidget

from orgchart.render.theme import Theme
from orgchart.ui.branch_toggles import toggle_at
from orgchart.ui.canvas import ChartView
from orgchart.ui.chart_item import TEXT_FROM
from orgchart.ui.dragging import DRAG_START
from orgchart.ui.presentation_hint import Hint
from orgchart.ui.start_view import MIN_ZOOM

#: how long the glide to a department lasts (ms); 0 jumps (tests)
DURATION = 400
#: the presentation theme: type this much larger, cards this much wider
FONT_SCALE, CARD_SCALE = 1.4, 1.15
#: never closer than this (a department of one card would fill the screen)
MAX_ZOOM = 2.0
#: room around what is shown (scene units)
MARGIN = 28.0
#: while presenting, the view may centre anything (a department at the chart's edge too)
REACH = 1e6

Key, Modifier = Qt.Key, Qt.KeyboardModifier
NEXT = {Key.Key_PageDown, Key.Key_Space, Key.Key_Right, Key.Key_Down}
PREVIOUS = {Key.Key_PageUp, Key.Key_Backspace, Key.Key_Left, Key.Key_Up}
WATCHED = {
    QEvent.Type.ContextMenu,
    QEvent.Type.Resize,
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Close,
}
#: keys that edit on the canvas: eaten while presenting
EDITING = {Key.Key_Tab, Key.Key_Backtab, Key.Key_Return, Key.Key_Enter, Key.Key_F2, Key.Key_Delete}


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def presentation_theme(theme: Theme) -> Theme:
    """``theme`` in larger type, for a room."""
    return dataclasses.replace(
        theme,
        title_size=theme.title_size * FONT_SCALE,
        card_title_size=theme.card_title_size * FONT_SCALE,
        card_text_size=theme.card_text_size * FONT_SCALE,
        badge_size=theme.badge_size * FONT_SCALE,
        header_size=theme.header_size * FONT_SCALE,
        card_width=theme.card_width * CARD_SCALE,
    )


def departments(canvas: ChartView) -> list[str]:
    """The stops of a presentation, in the chart's order: the departments drawn (in a chart
    of one department, its teams, as the PDF's department pages do)."""
    framed = {frame.team_id for frame in canvas.item.picture.geometry.frames}
    chart = canvas.chart
    stops = [t for t in chart.subteams_of(None) if t in framed]
    if len(stops) == 1:
        stops = [t for t in chart.subteams_of(stops[0]) if t in framed] or stops
    return stops


@dataclass
class _Editor:
    """What the editor looked like before presenting, to bring it back exactly."""

    window_state: Qt.WindowState
    main_state: QByteArray
    docks: dict[QDockWidget, bool]
    toolbars: dict[QToolBar, bool]
    menu_bar: bool
    status_bar: bool
    find_bar: bool
    theme: Theme
    transform: QTransform
    scroll: tuple[int, int]
    bars: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]
    frame: QFrame.Shape
    viewport: QSize


class Presentation(QObject):
    """Presentation mode of a main window (its ``presentation``)."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        """``action`` is View > Present (`orgchart.ui.menus.install_presenting`), made with the
        window: this object is made when it is first used."""
        super().__init__(window)
        self.window = window
        self.canvas: ChartView = window.canvas  # type: ignore[attr-defined]
        self.active = False
        #: the department shown (its place in `departments`), -1: the whole chart
        self.index = -1
        #: what the view is fitted to (scene coordinates), kept fitted when the screen changes
        self.target = QRectF()
        self._start: tuple[float, QPointF] = (1.0, QPointF())
        self._editor: _Editor | None = None
        self._restoring = False
        self._press: tuple[QPointF, str, str] | None = None
        self.action = action
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(lambda t: self._show_at(float(t)))
        self.hint = Hint(self.canvas)
        self._settled = QTimer(self)  # the window manager has had time to restore the window
        self._settled.setSingleShot(True)
        self._settled.timeout.connect(self._stop_restoring)

    # Entering and leaving
    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        """Full screen, the chart alone in larger type, fitted whole."""
        if self.active:
            return
        window, canvas = self.window, self.canvas
        self._stop_restoring()
        docks = [d for d in window.findChildren(QDockWidget) if d.parentWidget() is window]
        toolbars = [t for t in window.findChildren(QToolBar) if t.parentWidget() is window]
        bars = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
        self._editor = _Editor(
            window_state=window.windowState(),
            main_state=window.saveState(),  # type: ignore[attr-defined]
            docks={d: not d.isHidden() for d in docks},
            toolbars={t: not t.isHidden() for t in toolbars},
            menu_bar=not window.menuBar().isHidden(),  # type: ignore[attr-defined]
            status_bar=not window.statusBar().isHidden(),  # type: ignore[attr-defined]
            find_bar=not window.find_bar.isHidden(),  # type: ignore[attr-defined]
            theme=canvas.theme,
            transform=canvas.transform(),
            scroll=(bars[0].value(), bars[1].value()),
            bars=(canvas.horizontalScrollBarPolicy(), canvas.verticalScrollBarPolicy()),
            frame=canvas.frameShape(),
            viewport=canvas.viewport().size(),
        )
        self.active = True
        self.action.setChecked(True)
        for widget in (*docks, *toolbars, window.menuBar(), window.statusBar(), window.find_bar):  # type: ignore[attr-defined]
            widget.hide()
        canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        canvas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        canvas.setFrameShape(QFrame.Shape.NoFrame)
        canvas.theme = presentation_theme(canvas.theme)
        canvas.holding.hide_empty = True  # an editing aid: shown only if roles wait there
        canvas.refresh()
        canvas.setSceneRect(QRectF(-REACH, -REACH, 2 * REACH, 2 * REACH))
        for watched in (canvas, canvas.viewport(), window):
            watched.installEventFilter(self)
        window.showFullScreen()
        canvas.setFocus()
        self.home(animate=False)
        self.hint.show_for(
            tr("Esc to leave · PgDn / PgUp: departments · Home: the whole chart · click a card: its branch")
        )

    def leave(self) -> None:
        """Back to the editor: its zoom, scroll, panels and window state as they were."""
        editor = self._editor
        if not self.active or editor is None:
            return
        window, canvas = self.window, self.canvas
        self.active = False
        self.action.setChecked(False)
        self.animation.stop()
        self.hint.stop()
        for watched in (canvas, window):
            watched.removeEventFilter(self)  # the viewport's stays: it restores the view
        canvas.theme = editor.theme
        canvas.holding.hide_empty = False
        canvas.refresh()
        canvas.setSceneRect(QRectF())  # the scene's again
        canvas.setHorizontalScrollBarPolicy(editor.bars[0])
        canvas.setVerticalScrollBarPolicy(editor.bars[1])
        canvas.setFrameShape(editor.frame)
        state = editor.window_state
        if state & Qt.WindowState.WindowFullScreen:
            pass  # it was full screen before, and stays so
        elif state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        else:
            window.showNormal()
        window.restoreState(editor.main_state)  # type: ignore[attr-defined]
        for widget, shown in (*editor.docks.items(), *editor.toolbars.items()):
            widget.setVisible(shown)  # also the panels restoreState does not know by name
        window.menuBar().setVisible(editor.menu_bar)  # type: ignore[attr-defined]
        window.statusBar().setVisible(editor.status_bar)  # type: ignore[attr-defined]
        window.find_bar.setVisible(editor.find_bar)  # type: ignore[attr-defined]
        self._restoring = True
        self._restore_view()
        self._settled.start(3000)

    def _restore_view(self) -> None:
        editor, canvas = self._editor, self.canvas
        if editor is None:
            return
        canvas.setTransform(editor.transform)
        canvas.horizontalScrollBar().setValue(editor.scroll[0])
        canvas.verticalScrollBar().setValue(editor.scroll[1])
        if canvas.viewport().size() == editor.viewport:
            self._stop_restoring()  # the window is back at its size: done

    def _stop_restoring(self) -> None:
        self._restoring = False
        self._settled.stop()
        if not self.active:
            self.canvas.viewport().removeEventFilter(self)

    # Moving around
    def stops(self) -> list[str]:
        return departments(self.canvas)

    def next(self) -> None:
        """The next department (the first, from the whole chart); the last one stays."""
        stops = self.stops()
        if self.index + 1 < len(stops):
            self.show_department(self.index + 1)

    def previous(self) -> None:
        """The department before; before the first one, the whole chart."""
        if self.index <= 0:
            self.home()
        else:
            self.show_department(min(self.index - 1, len(self.stops()) - 1))

    def home(self, *, animate: bool = True) -> None:
        self.index = -1
        self.go_to(self.canvas.content_rect(), animate=animate)

    def end(self) -> None:
        stops = self.stops()
        if stops:
            self.show_department(len(stops) - 1)

    def show_department(self, index: int) -> None:
        stops = self.stops()
        self.index = index
        self.go_to(self.canvas.frame_rect(stops[index]))

    def focus_branch(self, role_id: str) -> None:
        """Zoom to the role's card and everybody below it that is drawn."""
        canvas, chart = self.canvas, self.canvas.chart
        rect = canvas.card_rect(role_id)
        if role_id not in canvas.holding.cards:
            for report in chart.descendants(role_id):
                if report in canvas.item.picture.geometry.cards:
                    rect = rect.united(canvas.card_rect(report))
        self._follow(chart.team_of(role_id))
        self.go_to(rect)

    def focus_team(self, team_id: str) -> None:
        self._follow(team_id)
        self.go_to(self.canvas.frame_rect(team_id))

    def _follow(self, team_id: str) -> None:
        """Page Down goes on from the department that holds ``team_id``."""
        around = [team_id, *self.canvas.chart.team_path(team_id)]
        for k, stop in enumerate(self.stops()):
            if stop in around:
                self.index = k

    def go_to(self, rect: QRectF, *, animate: bool = True) -> None:
        """Glide (zoom and pan at once) until ``rect`` fills the screen."""
        canvas = self.canvas
        self.animation.stop()
        self.target = QRectF(rect)
        self._start = (canvas.zoom, self._center())
        if animate and DURATION > 0:
            self.animation.setDuration(DURATION)
            self.animation.start()
        else:
            self._show_at(1.0)

    def fitted(self, rect: QRectF) -> float:
        """The zoom at which ``rect`` (with a margin) fills the viewport."""
        size = self.canvas.viewport().size()
        zoom = min(
            size.width() / (rect.width() + 2 * MARGIN), size.height() / (rect.height() + 2 * MARGIN)
        )
        return max(MIN_ZOOM, min(MAX_ZOOM, zoom))

    def _center(self) -> QPointF:
        canvas = self.canvas
        return canvas.mapToScene(canvas.viewport().rect()).boundingRect().center()

    def _show_at(self, t: float) -> None:
        """The view ``t`` of the way (0 to 1, eased) from where it started to the target:
        the zoom changes by equal factors, so the glide feels even at every scale."""
        (zoom0, center0), target = self._start, self.target
        zoom1 = self.fitted(target)
        zoom = zoom0 * (zoom1 / zoom0) ** t
        center = center0 + (target.center() - center0) * t
        self.canvas.setTransform(QTransform.fromScale(zoom, zoom))
        self.canvas.centerOn(center)

    # Keys and clicks while presenting
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in WATCHED or not shiboken6.isValid(self.canvas):  # or the window is closing
            return False
        canvas = self.canvas
        if kind == QEvent.Type.Resize and watched is canvas.viewport():
            if self.active and self.animation.state() != QVariantAnimation.State.Running:
                self.go_to(self.target, animate=False)  # full screen came: fill it
            elif self._restoring:
                self._restore_view()
            return False
        if not self.active:
            return False
        if kind in (QEvent.Type.ContextMenu, QEvent.Type.MouseButtonDblClick):
            return True  # presenting is no place for editing menus, or names edited in place
        if kind == QEvent.Type.Close and watched is self.window:
            self.leave()  # the window closes as the editor: its panels and size are remembered
        elif kind == QEvent.Type.Resize and watched is canvas:
            self.hint.place()
        elif kind == QEvent.Type.KeyPress and watched in (canvas, self.window):
            return self._key(event)  # type: ignore[arg-type]
        elif watched is canvas.viewport() and isinstance(event, QMouseEvent):
            self._mouse(kind, event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        """True if the key was used (or eaten) here."""
        key, modifiers = event.key(), event.modifiers()
        canvas = self.canvas
        if key == Key.Key_Escape:
            if canvas._drag is not None or canvas.links.connecting:  # noqa: SLF001
                return False  # Esc cancels the drag first (the window does that)
            self.leave()
            return True
        if modifiers & (Modifier.ControlModifier | Modifier.AltModifier | Modifier.MetaModifier):
            return False  # shortcuts: undo, redo, zoom, …
        if key in NEXT:
            self.next()
        elif key in PREVIOUS:
            self.previous()
        elif key == Key.Key_Home:
            self.home()
        elif key == Key.Key_End:
            self.end()
        elif key in EDITING or (event.text() and event.text().isprintable()):
            pass  # no editing by keyboard while presenting (typing over a card renames it)
        else:
            return False
        return True

    def _mouse(self, kind: QEvent.Type, event: QMouseEvent) -> None:
        """A click (no drag) on a card zooms to its branch; in a team's frame, to the team."""
        canvas = self.canvas
        if kind == QEvent.Type.MouseMove:  # a drag (or a pan), even one that comes back: no click
            press = self._press
            if press is not None and (event.position() - press[0]).manhattanLength() >= DRAG_START:
                self._press = None
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        at = canvas.mapToScene(event.position().toPoint())
        if kind == QEvent.Type.MouseButtonPress:
            toggled = canvas.zoom >= TEXT_FROM and toggle_at(canvas.item.toggles, at)
            if toggled or canvas.links.connecting:
                self._press = None
            else:
                role = canvas.role_at(at)
                # a team's name, or anywhere else in its frame (a click there selects the team)
                team = "" if role else canvas.header_at(at) or canvas.team_at(at)
                self._press = (event.position(), role, team)
        elif kind == QEvent.Type.MouseButtonRelease and self._press is not None:
            start, role, team = self._press
            self._press = None
            if (event.position() - start).manhattanLength() >= DRAG_START:
                return  # a drag (or a pan), not a click
            if role and canvas.has_card(role):
                self.focus_branch(role)
            elif team:
                self.focus_team(team)
