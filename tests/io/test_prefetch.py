"""Reading the start's file in a second process (`orgchart.io.prefetch`): what comes back is
exactly what reading the file gives, or nothing, and then the file is read as before."""

from __future__ import annotations

import dataclasses
import io
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from orgchart.io import Document, dumps
from orgchart.io.prefetch import ChartPickler, forks_here
from orgchart.model import OrgChart, Role, Team, ViewSettings
from tests.conftest import ROOT
from tests.strategies import documents

SAMPLE = ROOT / "samples" / "ecommerce-departments.en.json"

needs_fork = pytest.mark.skipif(
    not forks_here(), reason="reading beside the start forks, on Linux with two processors or more"
)


def pickled(document: Document) -> Document:
    stream = io.BytesIO()
    ChartPickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump(document)
    back = pickle.loads(stream.getvalue())
    assert isinstance(back, Document)
    return back


@settings(max_examples=80)
@given(documents())
def test_any_chart_comes_back_from_a_pickle_equal_and_alive(doc: tuple[OrgChart, ViewSettings]) -> None:
    chart, view = doc
    back = pickled(Document(chart, view))
    assert back.chart == chart and back.view == view
    assert dumps(back.chart, back.view) == dumps(chart, view)
    back.chart.check()
    # its signals are its own, and work
    seen: list[object] = []
    back.chart.events.renamed.connect(seen.append)
    name = chart.name
    back.chart.set_name(f"{name} 2")
    assert seen == [f"{name} 2"] and chart.name == name


def test_custom_fields_stay_read_only_and_the_empty_ones_shared() -> None:
    chart = OrgChart("c")
    chart.add_team(Team("t", "T"))
    chart.add_role(Role("a", "A", custom={"cost centre": 4711}), "t")
    chart.add_role(Role("b", "B"), "t")
    chart.add_role(Role("c", "C"), "t")
    back = pickled(Document(chart)).chart
    assert dict(back.role("a").custom) == {"cost centre": 4711}
    with pytest.raises(TypeError):
        back.role("a").custom["cost centre"] = 1  # type: ignore[index]
    assert back.role("b").custom is back.role("c").custom is Role("x", "X").custom


_CHILD = """
import json, os, select, sys
from tests.processes import children_left
from pathlib import Path
from orgchart.io import prefetch
from orgchart.io.errors import OrgFileError
from orgchart.io.reading import read_chart

path, case = Path(sys.argv[1]), sys.argv[2]
seen = {}
if case == "qt":
    import PySide6.QtCore
if case == "large":
    prefetch.PREFETCH_BYTES = path.stat().st_size - 1
seen["started"] = prefetch.start(path)
seen["reader imported"] = "orgchart.io.jsonfile" in sys.modules
if seen["started"] and case not in ("plain", "discard"):
    select.select([prefetch._pending.fd], [], [], 60)  # the child has read the file: it is sending
    text = path.read_text(encoding="utf-8")
if case == "changed":
    path.write_text(text.replace("E-commerce manager", "Head of online trade"), encoding="utf-8")
if case == "same size, same time":  # as on a clock that ticks once in a while (FAT, SMB)
    stat = path.stat()
    path.write_text(text.replace("E-commerce manager", "E-COMMERCE MANAGER"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
if case == "replaced":
    path.with_suffix(".new").write_text(text.replace("E-commerce manager", "E-COMMERCE MANAGER"), encoding="utf-8")
    os.replace(path.with_suffix(".new"), path)
if case == "relinked":
    os.remove(path)
    os.symlink(path.with_name("other.json"), path)
if case == "discard":
    prefetch.discard()
take = prefetch.take

def taking(path):
    taken = take(path)
    seen.setdefault("taken", taken is not None)  # the first read's
    return taken

prefetch.take = taking
try:
    document, warnings = read_chart(path)  # takes what the child read, if it may
    seen["titles"] = sorted({document.chart.role(r).title for r in document.chart.role_ids()})
    here, warned_here = read_chart(path)  # the second: read here
    seen["equal"] = document.chart == here.chart and document.view == here.view
    seen["warnings"] = warnings
    seen["same warnings"] = warnings == warned_here
except OrgFileError as error:
    seen["error"] = str(error)
seen["children left"] = children_left()
print(json.dumps(seen))
"""


def run(path: Path, case: str = "plain") -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), case],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stderr == ""
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def a_copy(tmp_path: Path) -> Path:
    path = tmp_path / "chart.json"
    path.write_bytes(SAMPLE.read_bytes())
    return path


@needs_fork
def test_the_child_reads_the_file_and_the_reader_never_loads_here(tmp_path: Path) -> None:
    seen = run(a_copy(tmp_path))
    assert seen["started"] is True and seen["taken"] is True
    assert seen["reader imported"] is False  # pydantic and the schema stay in the child
    assert "E-commerce manager" in seen["titles"] and seen["equal"] is True
    assert seen["children left"] is False


@needs_fork
def test_what_the_child_sends_is_the_whole_document(tmp_path: Path) -> None:
    """View settings, custom fields, dotted lines, parked roles: all as read here."""
    from orgchart.io import load, save
    from orgchart.model import Direction, Link, LinkKind

    chart = load(SAMPLE).chart
    role = chart.role("qa-tester")
    chart.update_role(dataclasses.replace(role, custom={"cost centre": 4711, "remote": True}))
    chart.add_link(Link("qa-tester", "accountant", LinkKind.MATRIX, "audits"))
    chart.set_manager("seo-specialist", None)
    chart.park("seo-specialist")
    view = ViewSettings(frozenset({"digital-marketing-manager"}), Direction.LEFT_RIGHT, compact=True)
    path = tmp_path / "chart.json"
    save(chart, path, view)
    seen = run(path)
    assert seen["taken"] is True and seen["equal"] is True and seen["children left"] is False


@needs_fork
def test_the_readers_warnings_come_along(tmp_path: Path) -> None:
    path = tmp_path / "chart.graphml"
    nodes = "".join(f'<node id="{n}"/>' for n in "abcde")
    edges = "".join(f'<edge source="{s}" target="{t}"/>' for s, t in ("ac", "ab", "bc", "bd", "be"))
    path.write_text(
        f'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
        f"{nodes}{edges}</graph></graphml>",
        encoding="utf-8",
    )
    seen = run(path)
    assert seen["taken"] is True and seen["warnings"] and seen["same warnings"] is True


@needs_fork
@pytest.mark.parametrize("case", ["changed", "same size, same time", "replaced"])
def test_a_file_changed_after_the_child_read_it_is_read_again(tmp_path: Path, case: str) -> None:
    seen = run(a_copy(tmp_path), case)
    assert seen["started"] is True and seen["taken"] is False
    assert "E-commerce manager" not in seen["titles"]
    assert seen["children left"] is False


@needs_fork
def test_a_link_pointed_elsewhere_meanwhile_reads_where_it_points_now(tmp_path: Path) -> None:
    real = a_copy(tmp_path).rename(tmp_path / "real.json")
    other = tmp_path / "other.json"
    other.write_text(real.read_text(encoding="utf-8").replace("E-commerce manager", "Shop lead"), encoding="utf-8")
    link = tmp_path / "chart.json"
    link.symlink_to(real)
    seen = run(link, "relinked")
    assert seen["started"] is True and seen["taken"] is False
    assert "Shop lead" in seen["titles"] and "E-commerce manager" not in seen["titles"]


@needs_fork
def test_a_bad_file_is_reported_as_without_the_child(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "orgchart", "version": 1, "teams": [', encoding="utf-8")
    seen = run(path)
    assert seen["started"] is True and seen["taken"] is False
    from orgchart.io import OrgFileError
    from orgchart.io.reading import read_chart

    with pytest.raises(OrgFileError) as direct:
        read_chart(path)
    assert seen["error"] == str(direct.value)
    assert seen["children left"] is False


@needs_fork
def test_a_read_nobody_takes_is_ended(tmp_path: Path) -> None:
    seen = run(a_copy(tmp_path), "discard")
    assert seen["started"] is True and seen["taken"] is False and "E-commerce manager" in seen["titles"]
    assert seen["children left"] is False


@needs_fork
@pytest.mark.parametrize("case", ["qt", "large"])
def test_no_child_once_qt_is_loaded_nor_for_a_file_above_the_limit(tmp_path: Path, case: str) -> None:
    seen = run(a_copy(tmp_path), case)
    assert seen["started"] is False and seen["taken"] is False and "E-commerce manager" in seen["titles"]


@needs_fork
def test_no_child_for_a_file_orgchart_only_writes(tmp_path: Path) -> None:
    path = tmp_path / "chart.svg"
    path.write_text("<svg/>", encoding="utf-8")
    seen = run(path)
    assert seen["started"] is False and "cannot read" in seen["error"]


@needs_fork
def test_a_link_whose_target_another_reader_reads_is_read_here(tmp_path: Path) -> None:
    """``link.json`` leading to a CSV file is read as JSON, as the name given says."""
    table = tmp_path / "people.csv"
    table.write_text("id,title,manager_id\n1,CEO,\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(table)
    seen = run(link)
    assert seen["started"] is False and "JSON" in seen["error"]
