"""A file of a format orgchart only writes (Mermaid, a picture, slides, a Markdown matrix) is
refused with what orgchart reads instead, not read as JSON; odd other names are still JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgchart.io import OrgFileError, read_chart
from orgchart.io.reading import WRITTEN_ONLY
from orgchart.io.writing import write_data
from tests.conftest import ROOT

CHART = ROOT / "samples" / "ecommerce-departments.en.json"


def test_a_mermaid_file_is_refused_by_name(tmp_path: Path) -> None:
    out = tmp_path / "out.mmd"
    document, _ = read_chart(CHART)
    write_data(document.chart, out)
    with pytest.raises(OrgFileError) as error:
        read_chart(out)
    assert str(error.value) == (
        f"{out}: orgchart writes Mermaid (.mmd) files but cannot read them; "
        "it reads .json, .csv, .tsv, .txt, .xlsx and .graphml"
    )


@pytest.mark.parametrize("suffix", sorted(WRITTEN_ONLY))
def test_every_written_only_suffix_is_refused_whatever_its_case(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"chart{suffix.upper()}"
    path.write_bytes(CHART.read_bytes())  # even JSON inside: the name says what the file is
    with pytest.raises(OrgFileError, match=r"cannot read them; it reads \.json"):
        read_chart(path)


@pytest.mark.parametrize("name", ["chart.txt", "chart", "chart.JSON", "chart.bak"])
def test_other_names_are_still_read_as_orgchart_json(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(CHART.read_bytes())
    document, warnings = read_chart(path)
    assert document.chart.role_ids() and warnings == []


def test_a_txt_file_is_a_table_unless_it_holds_an_orgchart_file(tmp_path: Path) -> None:
    from orgchart.io.reading import is_table

    table, chart = tmp_path / "hr.txt", tmp_path / "chart.txt"
    table.write_text("id\ttitle\tmanager\n1\tCEO\t\n", encoding="utf-16")  # Excel's "Unicode Text"
    chart.write_bytes(CHART.read_bytes())
    assert is_table(table) and not is_table(chart)
    assert is_table(tmp_path / "hr.csv") and not is_table(tmp_path / "hr.json")
    assert read_chart(table)[0].chart.role(read_chart(table)[0].chart.role_ids()[0]).title == "CEO"
