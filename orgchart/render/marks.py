"""Changes marked on a chart (``orgchart export --compare``, the editor's Compare with…):
new roles outlined green, roles moved (other team or manager) orange, roles changed (title or
fields) magenta, each with a badge saying so; removed roles, which have no place in the new
chart, drawn faded in a "Removed" section below it, grouped by the team they were in (and,
where one team is shown, the roles that moved out of it, grouped by the team they went to)."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from orgchart.model import Role, RoleKind
from orgchart.render import words
from orgchart.render.card import BADGE_PAD, CardMeasure, PaintedCard, paint_cards
from orgchart.render.contrast import readable
from orgchart.render.text import printable
from orgchart.render.theme import Theme

if TYPE_CHECKING:  # a comparison's, loaded by whoever compares
    from orgchart.model import OrgChart
    from orgchart.model.diff import ChartDiff

#: space around the removed section's cards, between them, and above the section
PAD, GAP, ABOVE = 14.0, 14.0, 24.0
OUTLINE = 3.0


def tr(text: str) -> str:
    return words.translate("Marks", text)


class Mark(str, Enum):
    ADDED = "added"
    MOVED = "moved"
    CHANGED = "changed"
    REMOVED = "removed"


MARK_COLORS = {
    Mark.ADDED: "#1a9850",
    Mark.MOVED: "#e66100",
    Mark.CHANGED: "#c51b7d",
    Mark.REMOVED: "#6e7781",
}


def badge_text(mark: Mark) -> str:
    return {
        Mark.ADDED: tr("new"),
        Mark.MOVED: tr("moved"),
        Mark.CHANGED: tr("changed"),
        Mark.REMOVED: tr("removed"),
    }[mark]


def legend_text(mark: Mark) -> str:
    return {
        Mark.ADDED: tr("new role"),
        Mark.MOVED: tr("moved: other team or manager"),
        Mark.CHANGED: tr("changed: title or fields"),
        Mark.REMOVED: tr("removed (faded, below the chart)"),
    }[mark]


@dataclass(frozen=True)
class RemovedRole:
    """A role of the other version that this one no longer has, and the team it was in."""

    role: Role
    team: str  # its name
    team_id: str | None = None  # the same team in the new chart, if it is still there
    #: not removed but moved out of the team shown (`--team`): the name of the team it is in now
    moved_to: str = ""


@dataclass(frozen=True)
class ChartMarks:
    """What to mark: the new chart's role ids with their marks (the first gives the outline's
    colour), and the removed roles."""

    roles: Mapping[str, tuple[Mark, ...]] = field(default_factory=dict)
    removed: tuple[RemovedRole, ...] = ()
    #: what the chart was compared with (a file's name), for the removed section's title
    source: str = ""
    #: the comparison these marks come from, if known (see `for_part`)
    diff: ChartDiff | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_diff(cls, diff: ChartDiff, source: str = "", part: OrgChart | None = None) -> ChartMarks:
        """Marks for ``diff.new``, compared with ``source`` (``diff.old``'s file name).
        ``part``: one team of ``diff.new`` (`OrgChart.extract`), which is what is shown: its
        roles are marked, and of the roles its team had before, those removed and those now
        in another team are listed (a role that moved in is moved, not new)."""
        roles: dict[str, tuple[Mark, ...]] = {r: (Mark.ADDED,) for r in diff.roles_added}
        for change in diff.roles_changed:
            moved = change.moved or change.new_manager or change.changed("parked")
            changed = change.renamed or change.fields_changed
            roles[change.new_id] = (Mark.MOVED,) * moved + (Mark.CHANGED,) * changed
        old, new = diff.old, diff.new
        was_shown = None  # the old chart's teams that are the part's
        if part is not None:
            roles = {r: marks for r, marks in roles.items() if part.has_role(r)}
            # the team as it was, with every team then inside it (one since removed, or moved
            # to another department, too), and any team now in it
            old_of = {n: o for o, n in diff.team_matches.items()}
            tops = [old_of[t] for t in part.subteams_of(None) if t in old_of]
            was_shown = {u for t in tops for u in old.team_ids_under(t)}
            was_shown |= {o for o, n in diff.team_matches.items() if part.has_team(n)}
        removed = []
        for role_id in diff.roles_removed:
            team_id = old.team_of(role_id)
            if was_shown is None or team_id in was_shown:
                removed.append(
                    RemovedRole(old.role(role_id), old.team(team_id).name, diff.team_matches.get(team_id))
                )
        if part is not None and was_shown is not None:
            for old_id, new_id in diff.role_matches.items():
                team_id = old.team_of(old_id)
                if team_id in was_shown and not part.has_role(new_id):
                    now = new.team(new.team_of(new_id)).name
                    match = diff.team_matches.get(team_id)
                    removed.append(RemovedRole(old.role(old_id), old.team(team_id).name, match, now))
        return cls(roles, tuple(removed), source, diff)

    def for_part(self, part: OrgChart) -> ChartMarks:
        """These marks on ``part``, one team of the chart (see `from_diff`)."""
        return self if self.diff is None else ChartMarks.from_diff(self.diff, self.source, part)

    def count(self, mark: Mark) -> int:
        if mark is Mark.REMOVED:
            return sum(not item.moved_to for item in self.removed)
        moved_out = sum(bool(item.moved_to) for item in self.removed) if mark is Mark.MOVED else 0
        return moved_out + sum(mark in marks for marks in self.roles.values())

    def shown(self, drawn: Container[str]) -> list[Mark]:
        """The marks a picture drawing the roles ``drawn`` shows (its legend explains them):
        on those roles' cards, and in the section below the chart."""
        used = {mark for role_id, marks in self.roles.items() if role_id in drawn for mark in marks}
        used.update(Mark.MOVED if item.moved_to else Mark.REMOVED for item in self.removed)
        return [mark for mark in Mark if mark in used]

    def __bool__(self) -> bool:
        return bool(self.roles or self.removed)


def paint_outlines(painter: QPainter, cards: Sequence[tuple[QRectF, tuple[Mark, ...]]]) -> None:
    """The coloured outline around each marked card (under the cards' own corner markers)."""
    by_mark: dict[Mark, list[QRectF]] = {}
    for rect, marks in cards:
        by_mark.setdefault(marks[0], []).append(rect.adjusted(-2.5, -2.5, 2.5, 2.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for mark, rects in by_mark.items():
        painter.setPen(QPen(QColor(MARK_COLORS[mark]), OUTLINE))
        painter.drawRects(rects)


def paint_badges(
    painter: QPainter, cards: Sequence[tuple[QRectF, tuple[Mark, ...]]], measure: CardMeasure
) -> None:
    """A pill per mark on each card's top edge, left of the dotted-line marker's corner."""
    fonts = measure.fonts
    metrics = fonts.metrics(fonts.badge)
    h = metrics.height() + 2
    painter.setFont(fonts.badge)
    for rect, marks in cards:
        x = rect.x() + 8
        for mark in marks:
            label = printable(badge_text(mark))
            pill = QRectF(x, rect.y() - h / 2 - 1, metrics.horizontalAdvance(label) + 2 * BADGE_PAD, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(MARK_COLORS[mark]))
            painter.drawRoundedRect(pill, h / 2, h / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QPointF(pill.x() + BADGE_PAD, pill.y() + 1 + metrics.ascent()), label)
            x += pill.width() + 4


class RemovedSection:
    """The removed roles as faded cards in a dashed frame, in rows as wide as ``width``,
    one group per team they were in (in its colour where the chart still has it: ``colors``);
    `paint` draws it at (0, 0)."""

    def __init__(
        self,
        removed: Sequence[RemovedRole],
        measure: CardMeasure,
        width: float,
        colors: Mapping[str, QColor],
        source: str = "",
    ) -> None:
        self.measure, self.theme = measure, measure.theme
        fonts = measure.fonts
        header = fonts.metrics(fonts.header)
        if any(item.moved_to for item in removed):
            title = (
                tr("Removed or moved away (%1): in %2, not in this chart")
                if source
                else tr("Removed or moved away (%1)")
            )
        else:
            title = tr("Removed roles (%1): in %2, not in this chart") if source else tr("Removed roles (%1)")
        self.title = title.replace("%1", str(len(removed))).replace("%2", source)
        groups: dict[tuple[str, str], list[RemovedRole]] = {}
        for item in removed:  # the removed ones by the team they were in, the others by where they went
            groups.setdefault((item.moved_to, item.team if not item.moved_to else ""), []).append(item)
        contents = [(item, measure.content(item.role, 0)) for item in removed]
        widest = max((text.width for _, text in contents), default=0.0)
        inner = max(width - 2 * ABOVE - 2 * PAD, widest, header.horizontalAdvance(self.title))
        self.cards: list[tuple[RemovedRole, QRectF]] = []
        self.labels: list[tuple[str, QPointF, QColor]] = []
        self._painted: list[PaintedCard] = []
        left = ABOVE + PAD
        y = ABOVE + header.height() + 2 * PAD
        used = 0.0
        text_of = {id(item): text for item, text in contents}
        for (moved_to, team), items in groups.items():
            color = colors.get(items[0].team_id or "", QColor(self.theme.muted))
            if moved_to:
                label = tr("Moved to %1").replace("%1", moved_to)
                color = QColor(MARK_COLORS[Mark.MOVED])
            elif items[0].team_id in colors:
                label = team
            else:
                label = tr("%1 (a team no longer in the chart)").replace("%1", team)
            self.labels.append((label, QPointF(left, y + header.ascent()), color))
            y += header.height() + GAP / 2 + 6  # room for the badges on the cards' top edges
            x, row = left, 0.0
            for item in items:
                text = text_of[id(item)]
                if x > left and x + text.width > left + inner:
                    x, y, row = left, y + row + GAP + 6, 0.0
                rect = QRectF(x, y, text.width, text.height)
                self.cards.append((item, rect))
                self._painted.append(PaintedCard(rect, text, color, item.role.kind is RoleKind.ASSISTANT))
                x += text.width + GAP
                used = max(used, x - GAP - left)
                row = max(row, text.height)
            y += row + GAP
        used = max(used, header.horizontalAdvance(self.title))
        self.frame = QRectF(ABOVE, ABOVE, used + 2 * PAD, y - ABOVE)
        self.width = self.frame.right() + ABOVE
        self.height = self.frame.bottom() + 8

    def paint(self, painter: QPainter, *, text: bool = True) -> None:
        theme, fonts = self.theme, self.measure.fonts
        painter.save()
        pen = QPen(QColor(MARK_COLORS[Mark.REMOVED]), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(theme.muted)
        fill.setAlpha(18)
        painter.setBrush(fill)
        painter.drawRoundedRect(self.frame, 8, 8)
        header = fonts.metrics(fonts.header)
        if text:
            painter.setFont(fonts.header)
            painter.setPen(QColor(theme.text))
            painter.drawText(
                QPointF(self.frame.x() + PAD, self.frame.y() + PAD + header.ascent()), printable(self.title)
            )
            for label, at, color in self.labels:
                painter.setPen(readable(color, QColor(theme.background)))
                painter.drawText(at, printable(label))
        painter.setOpacity(0.45)
        paint_cards(painter, self._painted, theme, fonts, text=text)
        painter.setOpacity(1.0)
        if text:
            paint_badges(
                painter,
                [(rect, (Mark.MOVED if item.moved_to else Mark.REMOVED,)) for item, rect in self.cards],
                self.measure,
            )
        painter.restore()


def paint_legend_sample(painter: QPainter, rect: QRectF, mark: Mark, theme: Theme) -> None:
    """A small card outlined as ``mark`` marks one, for the legend."""
    painter.save()
    if mark is Mark.REMOVED:
        painter.setOpacity(0.45)
        painter.setPen(QPen(QColor(theme.card_border), 1.0))
    else:
        painter.setPen(QPen(QColor(MARK_COLORS[mark]), 2.5))
    painter.setBrush(QColor(theme.card))
    painter.drawRect(rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(MARK_COLORS[mark]))
    painter.drawRect(QRectF(rect.x() + 1.5, rect.y() + 1.5, 3, rect.height() - 3))
    painter.restore()
