"""New values for a role, a team or a dotted line. Typing into one field gives many updates
in a row; they merge into one undo step."""

from __future__ import annotations

from typing import Generic, TypeVar

from orgchart.commands.history import Command
from orgchart.model import Link, OrgChart, Role, Team

_V = TypeVar("_V", Role, Team, Link)

#: how a step's name calls a field whose name is no word (the others go by their names)
FIELD_WORDS = {"fte": "FTE", "email": "e-mail", "color": "colour"}


def field_word(field: str) -> str:
    return FIELD_WORDS.get(field, field)


class _Update(Generic[_V]):
    """Replace ``old`` by ``new`` (the same item). ``field`` names what changed; consecutive
    updates of the same field of the same item merge."""

    def __init__(self, old: _V, new: _V, field: str = "") -> None:
        if self._identity(old) != self._identity(new):
            raise ValueError("an update keeps what it updates: its id (or a dotted line's ends and kind)")
        self.old: _V = old
        self.new: _V = new
        self.field = field

    @staticmethod
    def _identity(value: _V) -> object:
        return value.key if isinstance(value, Link) else value.id

    @property
    def subject(self) -> str:
        """The role or team it is about (a dotted line's: the role it starts at)."""
        return self.new.source if isinstance(self.new, Link) else self.new.id

    @property
    def changes_nothing(self) -> bool:
        """After merging, the new value may be the old one again: the step can go."""
        return self.old == self.new

    def _apply(self, chart: OrgChart, value: _V) -> None:
        raise NotImplementedError

    def redo(self, chart: OrgChart) -> None:
        self._apply(chart, self.new)

    def undo(self, chart: OrgChart) -> None:
        self._apply(chart, self.old)

    def merge(self, later: Command) -> bool:
        if isinstance(later, type(self)) and later.field == self.field and later.old == self.new:
            self.new = later.new
            return True
        return False


class UpdateRole(_Update[Role]):
    """New values for a role's fields (title, holder, responsibilities, …)."""

    @property
    def text(self) -> str:
        return f"Change {field_word(self.field)}" if self.field else "Change role"

    def _apply(self, chart: OrgChart, value: Role) -> None:
        chart.update_role(value)

    def merge(self, later: Command) -> bool:
        return bool(self.field) and super().merge(later)


class UpdateTeam(_Update[Team]):
    """New values for a team's fields (name, colour, description, layout)."""

    @property
    def text(self) -> str:
        return f"Change team {field_word(self.field)}" if self.field else "Change team"

    def _apply(self, chart: OrgChart, value: Team) -> None:
        chart.update_team(value)

    def merge(self, later: Command) -> bool:
        return bool(self.field) and super().merge(later)


class UpdateLink(_Update[Link]):
    """A new label for a dotted line (its only field)."""

    text = "Change dotted line"

    def _apply(self, chart: OrgChart, value: Link) -> None:
        chart.update_link(value)
