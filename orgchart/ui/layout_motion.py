"""After a drop, the cards that moved glide from where they were to where the new layout put
them, so the eye can follow what happened. Only the picture is animated: the model and the
layout have their final state at once, and clicks during the glide find the new places."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, QVariantAnimation
from PySide6.QtGui import QPainter

from orgchart.layout import Rect
from orgchart.render.card import paint_cards
from orgchart.render.picture import ChartPicture

#: how long the glide lasts (ms): long enough to follow, short enough not to wait for
DURATION = 260
#: above this many moving cards the new layout is shown at once (a glide would stutter)
MOST = 1500


class LayoutMotion(QObject):
    """Remembers card places before a re-layout and animates the cards that moved."""

    def __init__(
        self, on_frame: Callable[[], None], parent: QObject, bounds_changing: Callable[[], None]
    ) -> None:
        """``on_frame`` repaints; ``bounds_changing`` is called before `extent` changes (the
        painting item must grow to cover cards on their way, or they leave traces)."""
        super().__init__(parent)  # dies with the view, so no frame comes after the item is gone
        self._bounds_changing = bounds_changing
        #: what the moving cards cover from start to end (empty while nothing moves)
        self.extent = QRectF()
        self.paths: dict[str, tuple[QRectF, QRectF]] = {}  # role -> (from, to), scene coordinates
        self._before: tuple[Mapping[str, Rect], QPointF, Mapping[str, QRectF]] | None = None
        self._t = 1.0
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(DURATION)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._step)
        self._animation.finished.connect(self._done)
        self._on_frame = on_frame

    @property
    def running(self) -> bool:
        return bool(self.paths)

    def remember(self, cards: Mapping[str, Rect], offset: QPointF, extra: Mapping[str, QRectF]) -> None:
        """Where the cards are now (laid out ``cards`` drawn at ``offset``, and ``extra`` cards
        in scene coordinates); the next `start` animates from here."""
        self._before = (cards, offset, extra)

    def start(self, cards: Mapping[str, Rect], offset: QPointF) -> None:
        """The new layout: cards whose place changed glide there (if places were remembered)."""
        before, self._before = self._before, None
        self._animation.stop()
        self._set_paths({})
        if before is None:
            return
        old_cards, old_offset, extra = before
        ox, oy, nx, ny = old_offset.x(), old_offset.y(), offset.x(), offset.y()
        paths: dict[str, tuple[QRectF, QRectF]] = {}
        for role_id, new in cards.items():  # plain tuples compared: cheap for every card
            old = old_cards.get(role_id)
            if old is not None:
                if old.x + ox != new.x + nx or old.y + oy != new.y + ny:
                    paths[role_id] = (QRectF(old.x + ox, old.y + oy, old.w, old.h), _scene(new, offset))
            elif role_id in extra:
                paths[role_id] = (QRectF(extra[role_id]), _scene(new, offset))
            if len(paths) > MOST:
                return
        if paths:
            self._set_paths(paths)
            self._t = 0.0
            self._animation.start()

    def _set_paths(self, paths: dict[str, tuple[QRectF, QRectF]]) -> None:
        """The cards moving now, and what they cover (the item's bounds change with it)."""
        if not paths and not self.paths:
            return
        self._bounds_changing()
        self.paths = paths
        extent = QRectF()
        for a, b in paths.values():
            extent = extent.united(a).united(b)
        self.extent = extent

    def rect_now(self, role_id: str) -> QRectF | None:
        """Where the role's card is drawn at this moment of the glide (None: not moving)."""
        path = self.paths.get(role_id)
        if path is None:
            return None
        (a, b), t = path, self._t
        return QRectF(
            QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t),
            b.size(),
        )

    def paint(self, painter: QPainter, picture: ChartPicture, offset: QPointF, *, text: bool) -> None:
        """Paint the moving cards (picture coordinates are scene minus ``offset``)."""
        cards = []
        for role_id in self.paths:
            rect = self.rect_now(role_id)
            if rect is not None and role_id in picture.geometry.cards:
                cards.append(picture.painter.painted_card(role_id, rect.translated(-offset)))
        painter.save()
        painter.translate(offset)
        paint_cards(painter, cards, picture.theme, picture.fonts, text=text)
        painter.restore()

    def finish(self) -> None:
        """Jump to the end and forget remembered places (a new chart is shown)."""
        self._before = None
        self._animation.stop()
        self._done()

    def _step(self, value: object) -> None:
        self._t = float(value)  # type: ignore[arg-type]
        self._on_frame()

    def _done(self) -> None:
        self._set_paths({})
        self._t = 1.0
        self._on_frame()


def _scene(rect: Rect, offset: QPointF) -> QRectF:
    return QRectF(rect.x + offset.x(), rect.y + offset.y(), rect.w, rect.h)
