"""Notes an export gives besides its file: a PDF whose chart is shrunk too far to be read says so,
and what to try instead (charts that print readably, as the samples, export without a word);
--compact where it changes nothing says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from orgchart.cli import main
from orgchart.io import save
from orgchart.model import OrgChart, Role, Team
from tests.conftest import SAMPLES


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """In-process exports share the test session's QApplication."""


def wide_chart(reports: int) -> OrgChart:
    """Two departments; the first's lead has ``reports`` roles side by side below it."""
    chart = OrgChart("Wide")
    chart.add_team(Team("sales", "Sales"))
    chart.add_team(Team("ops", "Operations"))
    chart.add_role(Role("lead", "Head of sales"), "sales")
    for k in range(reports):
        chart.add_role(Role(f"r{k}", f"Account manager {k}"), "sales", "lead")
    chart.add_role(Role("ops-lead", "Head of operations"), "ops")
    return chart


def export(source: Path, out: Path, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["export", str(source), "-o", str(out), *options]) == 0
    assert len(PdfReader(out).pages) >= 1  # written all the same
    return capsys.readouterr().err


def test_a_chart_shrunk_too_far_for_one_page_says_how_small_and_what_to_try(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "wide.json"
    save(wide_chart(150), source)
    err = export(source, tmp_path / "wide.pdf", capsys)
    found = re.search(r"wide\.pdf: warning: the chart is shrunk to ([\d.]+) % to fit one page: its text prints at ([\d.]+) pt", err)
    assert found, err
    percent, points = (float(g) for g in found.groups())
    assert 0 < percent < 10 and points < 2
    assert "one department per page" in err and "poster" in err
    # on larger paper it is less small, and still too small: the figures follow the page
    err = export(source, tmp_path / "a0.pdf", capsys, "--page-size", "a0")
    larger = re.search(r"its text prints at ([\d.]+) pt", err)
    assert larger and points < float(larger.group(1))


def test_department_pages_still_too_small_say_how_many(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "wide.json"
    save(wide_chart(400), source)  # wider than four pages can show readably
    err = export(source, tmp_path / "pages.pdf", capsys, "--pages", "department")
    found = re.search(r"(\d+) department pages print their text at under 2 pt \(down to ([\d.]+) pt\)", err)
    assert found, err
    assert int(found.group(1)) >= 1 and float(found.group(2)) < 2
    assert "too small to read: Sales." in err  # named; the small department's page is fine


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("options", [[], ["--pages", "department"]], ids=["one page", "departments"])
def test_the_samples_print_readably_without_a_warning(
    sample: Path, options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(sample, tmp_path / "sample.pdf", capsys, *options) == ""


def test_the_warning_speaks_the_programs_language_with_its_numbers() -> None:
    # The editor's export dialog shows it: in German, with decimal commas; on the command
    # line (no translation) as the code writes numbers, whatever the system's locale.
    from PySide6.QtCore import QLocale

    from orgchart.render.export import pdf_bytes
    from orgchart.render.language import use_language
    from orgchart.render.picture import ChartPicture
    from orgchart.render.theme import LIGHT

    picture = ChartPicture(wide_chart(150), LIGHT)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        _, english = pdf_bytes(picture)
        use_language("de")
        _, german = pdf_bytes(picture)
    finally:
        use_language("en")
        QLocale.setDefault(before)
    assert re.search(r"shrunk to \d+(\.\d+)? % .* prints at 0\.\d+ pt", english), english
    assert re.search(r"auf \d+(,\d+)? % verkleinert.* 0,\d+ pt", german), german


def test_compact_with_a_left_to_right_chart_says_it_changes_nothing_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "wide.json"
    save(wide_chart(12), source)
    out = tmp_path / "chart.svg"
    assert main(["export", str(source), "-o", str(out), "--layout", "left-right", "--compact"]) == 0
    err = capsys.readouterr().err
    assert "note: --compact stacks leaf roles in top-down charts" in err
    assert main(["export", str(source), "-o", str(out), "--compact"]) == 0
    assert main(["export", str(source), "-o", str(out), "--layout", "left-right"]) == 0
    assert capsys.readouterr().err == ""


def test_one_department_page_too_small_is_said_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # One department only, and wide: it is split over its pages (the overview is not one of
    # them); make the split stop at one page, too small.
    import orgchart.render.pdf_pages as pdf_pages

    source = tmp_path / "wide.json"
    save(wide_chart(400), source)
    saved = pdf_pages.MAX_SPLIT
    pdf_pages.MAX_SPLIT = 1
    try:
        err = export(source, tmp_path / "pages.pdf", capsys, "--pages", "department")
    finally:
        pdf_pages.MAX_SPLIT = saved
    assert re.search(r"1 department page prints its text at [\d.]+ pt, under 2 pt and too small to read: Sales\.", err), err
