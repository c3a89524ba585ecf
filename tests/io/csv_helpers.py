"""What the CSV import tests share: the samples, and short ways to import a text."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart.io import CsvImport, OrgFileError, parse_csv
from orgchart.model import OrgChart

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CSV = ROOT / "samples" / "hr-export.de.csv"
SAMPLE_JSON = ROOT / "samples" / "ecommerce-departments.de.json"


def imported(text: str) -> CsvImport:
    return parse_csv(text.encode("utf-8"), source="hr.csv")


def chart_of(text: str) -> OrgChart:
    return imported(text).document.chart


def refused(raw: str | bytes) -> OrgFileError:
    with pytest.raises(OrgFileError) as caught:
        parse_csv(raw.encode("utf-8") if isinstance(raw, str) else raw, source="hr.csv")
    assert caught.value.file == "hr.csv"
    return caught.value


def team_name(chart: OrgChart, role_id: str) -> str:
    return chart.team(chart.team_of(role_id)).name


def summary(chart: OrgChart) -> dict[str, tuple[str, str | None, str]]:
    """Role id -> (title, manager, team name)."""
    return {r: (chart.role(r).title, chart.manager_of(r), team_name(chart, r)) for r in chart.role_ids()}
