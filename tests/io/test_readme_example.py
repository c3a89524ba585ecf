"""The file-format example in the README is a valid file and says what it shows."""

from __future__ import annotations

import re

from orgchart.io import loads
from orgchart.model import LinkKind, Sourcing
from tests.conftest import ROOT


def test_the_readme_example_loads() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", readme, re.S)
    assert block, "README.md lost its ```json example"
    doc = loads(block.group(1), source="README.md")
    chart = doc.chart
    assert chart.parent_of("team-seo") == "team-marketing"
    assert chart.manager_of("seo-specialist") == "digital-marketing-manager"
    assert chart.role("seo-specialist").sourcing is Sourcing.FREELANCE
    assert chart.links()[0].kind is LinkKind.WORKS_WITH
    assert doc.view.collapsed == {"digital-marketing-manager"}
