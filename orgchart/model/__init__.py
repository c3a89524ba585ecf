"""The org model: teams, roles, reporting and dotted lines over NetworkX. No Qt here."""

from orgchart.model.chart import OrgChart
from orgchart.model.entities import (
    CustomValue,
    LayoutPreference,
    Link,
    LinkKind,
    Role,
    RoleKind,
    Sourcing,
    Team,
)
from orgchart.model.errors import (
    CycleError,
    DuplicateIdError,
    InvalidValueError,
    OrgError,
    StructureError,
    UnknownIdError,
)
from orgchart.model.store import KEEP
from orgchart.model.view import Direction, ViewSettings

__all__ = [
    "KEEP",
    "CustomValue",
    "CycleError",
    "Direction",
    "DuplicateIdError",
    "InvalidValueError",
    "LayoutPreference",
    "Link",
    "LinkKind",
    "OrgChart",
    "OrgError",
    "Role",
    "RoleKind",
    "Sourcing",
    "StructureError",
    "Team",
    "UnknownIdError",
    "ViewSettings",
]
