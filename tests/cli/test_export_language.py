"""The words an export adds ("vacant", the legend, page notes) are in the chart's language,
or in the one --lang names; the editor's language stays as it was."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from orgchart.cli import main
from tests.conftest import ROOT

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """In-process exports share the test session's QApplication."""


def words(path: Path) -> set[str]:
    return {"".join(t.itertext()) for t in ET.parse(path).getroot().iter(f"{SVG}text")}


@pytest.mark.parametrize(
    ("sample", "options", "vacant", "legend"),
    [
        ("ecommerce-departments.de.json", [], "unbesetzt", "berichtet an"),
        ("ecommerce-departments.en.json", [], "vacant", "reports to"),
        ("ecommerce-project-roles.de.json", [], "unbesetzt", "berichtet an"),
        ("ecommerce-departments.en.json", ["--lang", "de"], "unbesetzt", "berichtet an"),
        ("ecommerce-departments.de.json", ["--lang", "en"], "vacant", "reports to"),
    ],
)
def test_an_export_speaks_the_charts_language_or_langs(
    tmp_path: Path, sample: str, options: list[str], vacant: str, legend: str
) -> None:
    out = tmp_path / "chart.svg"
    assert main(["export", str(ROOT / "samples" / sample), "-o", str(out), *options]) == 0
    found = words(out)
    assert vacant in found and legend in found
    other = {"unbesetzt": "vacant", "vacant": "unbesetzt"}[vacant]
    assert other not in found


def test_an_export_leaves_the_language_in_use_as_it_was(tmp_path: Path) -> None:
    before = QLocale().name()
    out = tmp_path / "chart.svg"
    assert main(["export", str(ROOT / "samples" / "ecommerce-departments.de.json"), "-o", str(out)]) == 0
    assert QCoreApplication.translate("Card", "vacant") == "vacant" and QLocale().name() == before


def test_lang_is_for_pictures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = str(ROOT / "samples" / "ecommerce-departments.de.json")
    with pytest.raises(SystemExit) as exit_:
        main(["export", sample, "-o", str(tmp_path / "x.csv"), "--lang", "de"])
    assert exit_.value.code == 2 and "--lang" in capsys.readouterr().err
