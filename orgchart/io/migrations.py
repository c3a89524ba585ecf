"""Bring files of older format versions up to the current one.

Each entry of `MIGRATIONS` turns the raw JSON data of version ``n`` into version ``n + 1``;
`migrate` applies them in turn. Each format change adds a function here and a test with a
file of the version before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Data = dict[str, Any]

#: from-version -> function returning the data in from-version + 1
MIGRATIONS: dict[int, Callable[[Data], Data]] = {
    1: lambda data: data,  # version 2 only added roles[].parked, absent meaning "no"
}


class MigrationGap(Exception):
    """No migration is known from a version (the file is older than any this program reads)."""


def migrate(data: Data, version: int, current: int) -> Data:
    """Apply the registered migrations from ``version`` up to ``current``."""
    while version < current:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationGap(version)
        data = step(dict(data))
        version += 1
        data["version"] = version
    return data
