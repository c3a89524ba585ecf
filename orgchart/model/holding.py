"""The holding area: roles kept with the chart that have no place in it yet (cut while
restructuring, imported without a manager, parked for later).

A parked role has no manager; its reports stay with it, so a whole branch can be parked and
brought back. Parked branches are not drawn in the chart; the editor shows them beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgchart.model.errors import StructureError, said
from orgchart.model.links import DottedLines
from orgchart.model.store import MEMBER_OF, REPORTS_TO, ROLE


class HoldingArea(DottedLines):
    """The holding-area part of `OrgChart`."""

    def parked(self) -> list[str]:
        """The parked roles in reading order: team by team, each team's in sibling order
        (so a file written and read again lists them the same way)."""
        if not self._parked:
            return []
        team_index = {t: i for i, t in enumerate(self.team_ids())}
        pos = self._positions()
        return sorted(self._parked, key=lambda r: (team_index[self._out(r, MEMBER_OF) or ""], pos[r]))

    if TYPE_CHECKING:

        def team_ids(self) -> list[str]: ...  # `OrgChart` has it

        def descendants(self, role_id: str) -> list[str]: ...  # `OrgChart` has it

    def is_parked(self, role_id: str) -> bool:
        return role_id in self._parked

    def held_count(self) -> int:
        """How many roles wait in the holding area: the parked ones and their branches."""
        return sum(1 + len(self.descendants(r)) for r in self._parked)

    def held_by(self, role_id: str) -> str | None:
        """The parked role at the top of ``role_id``'s branch (itself if parked), or None when
        the role is placed in the chart."""
        self._require(role_id, ROLE)
        if not self._parked:
            return None
        current: str | None = role_id
        while current is not None:
            if current in self._parked:
                return current
            current = self._out(current, REPORTS_TO)
        return None

    def park(self, role_id: str) -> None:
        """Put a role without a manager (and the branch below it) into the holding area."""
        role = self._role(role_id)
        manager = self._out(role_id, REPORTS_TO)
        if manager is not None:
            raise StructureError.of(
                said("%1 cannot be parked while it reports to %2; take it out of the hierarchy first"),
                role.title,
                self._role(manager).title,
            )
        if role_id not in self._parked:
            self._parked.add(role_id)
            self._emit(self.events.role_moved, role_id)

    def unpark(self, role_id: str) -> None:
        """Take a role out of the holding area: it is a top role of its team again."""
        self._require(role_id, ROLE)
        if role_id in self._parked:
            self._parked.discard(role_id)
            self._emit(self.events.role_moved, role_id)

    def _refuse_if_parked(self, role_id: str) -> None:
        if role_id in self._parked:
            title = self._role(role_id).title
            text = said("%1 is in the holding area; take it out before giving it a manager")
            raise StructureError.of(text, title)
