"""Hostile and broken CSV never crashes the import: every input gives a valid chart (which
the CSV writer writes and the reader reads back the same) or an `OrgFileError` with a short,
printable message naming the place."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.io import CsvWarning, OrgFileError, load, parse_csv, read_chart, table_import
from orgchart.io.csv_writer import csv_bytes, csv_text
from orgchart.model import OrgChart
from tests.conftest import ROOT
from tests.io.fuzzing import mutated, outcome


def shape(chart: OrgChart) -> tuple[Any, ...]:
    """The chart as CSV knows it: teams by their names' path, roles with team and manager."""

    def path(team_id: str) -> tuple[str, ...]:
        return tuple(chart.team(t).name for t in reversed([team_id, *chart.team_path(team_id)]))

    teams = tuple(path(t) for t in chart.team_ids())
    roles = tuple((chart.role(r), path(chart.team_of(r)), chart.manager_of(r)) for r in chart.role_ids())
    return teams, roles, tuple(chart.parked())


def accepted_is_valid(raw: bytes) -> None:
    """A chart or a clear error; a chart keeps every invariant, and written as CSV (when the
    writer reports nothing it cannot hold) reads back with the same shape."""
    result = outcome(lambda: parse_csv(raw, source="hr.csv"))
    if result is None:
        return
    chart = result.document.chart
    chart.check()
    assert all(isinstance(w, CsvWarning) and w.message for w in result.warnings)
    text, losses = csv_text(chart)
    back = parse_csv(text.encode("utf-8")).document.chart
    if not losses:
        assert shape(back) == shape(chart)


ORIGINALS = [
    (ROOT / "samples" / "hr-export.de.csv").read_bytes(),
    csv_bytes(load(ROOT / "samples" / "ecommerce-project-roles.de.json").chart)[0],
    csv_bytes(load(ROOT / "samples" / "ecommerce-departments.en.json").chart)[0],
]


@settings(max_examples=500)
@given(mutated(ORIGINALS))
def test_csv_files_broken_byte_by_byte_give_a_chart_or_an_org_file_error(raw: bytes) -> None:
    accepted_is_valid(raw)


HEADERS = [
    "id", "ID", "employee_id", "title", "Stelle", "manager_id", "Vorgesetzter", "parentId",
    "team", "department", "Abteilung", "Bereich", "name", "fte", "sourcing", "responsibilities",
    "skills", "notes", "email", "Kostenstelle", " Raum ", "", "=HYPERLINK()", "title",
]  # fmt: skip
CELLS = [
    "", " ", "1", "2", "3", "4", "1", "2", "A", "Team A", "Marketing", "0,5", "1.5", "1e999", "nan",
    "-1", "٣", "intern", "extern", "=1+1", "'=1+1", "''-x", "@SUM(A1)", "+49 30", "a;b", 'x"y',
    "zwei\nZeilen", "\r", "\t=", "Ä", "\x85", "\u2028", "\x1f", "\ufeff", "x" * 140_000,
]  # fmt: skip


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """Headers from the aliases (doubled too), rows of awkward cells with few distinct ids
    (so duplicates, unknown managers and cycles are common), any delimiter, quoting,
    preamble and encoding."""
    header = ["id", "title", *draw(st.lists(st.sampled_from(HEADERS), max_size=5))]
    header = draw(st.permutations(header))
    rows = draw(st.lists(st.lists(st.sampled_from(CELLS), min_size=len(header), max_size=len(header) + 1), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, None]))
    out = io.StringIO(newline="")
    if quoting is None:  # joined by hand: quotes and delimiters inside cells break rows
        out.write("\n".join(delimiter.join(row) for row in [header, *rows]))
    else:
        csv.writer(out, delimiter=delimiter, quoting=quoting).writerows([header, *rows])
    text = draw(st.sampled_from(["", "sep=;\n", "# draw.io\n", "\n\n"])) + out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


@settings(max_examples=500)
@given(csv_files())
def test_hostile_rows_give_a_chart_or_an_org_file_error(raw: bytes) -> None:
    accepted_is_valid(raw)


HOSTILE_FILES = {
    "a cell over the field limit": b"id,title\n1,A\n2," + b"x" * 200_000 + b"\n",
    "an unclosed quote over the field limit": b'id,title\n1,"A\n' + b"x\n" * 100_000,
    "10,000 columns": (",".join(["id", "title", *(f"c{i}" for i in range(10_000))]) + "\n1,A\n").encode(),
    "a 100,000 character id with a tab": b"id,title\n" + b"x" * 100_000 + b"\tx,A\n",
    "a 100,000 character header": b"id,title," + b"h" * 100_000 + b"\n1,A,B\n",
    "only quotes": b'"' * 100_000,
    "UTF-16 cut in half": "id,title\n1,Ä\n".encode("utf-16")[:-1],
    "invalid UTF-8 after a BOM": b"\xef\xbb\xbfid,title\n1,\xff\n",
    "a reporting chain 5,000 deep": (  # deeper than Python's recursion limit
        "id,title,manager_id\n" + "".join(f"{i},T,{i + 1 if i < 4_999 else ''}\n" for i in range(5_000))
    ).encode(),
    "a 20,000-role reporting cycle": (
        "id,title,manager_id\n" + "".join(f"{i},T,{(i + 1) % 20_000}\n" for i in range(20_000))
    ).encode(),
}


@pytest.mark.parametrize("raw", HOSTILE_FILES.values(), ids=HOSTILE_FILES.keys())
def test_hostile_csv_files_give_a_chart_or_a_short_printable_error(raw: bytes) -> None:
    accepted_is_valid(raw)


def test_the_delimiter_guess_reads_only_a_few_kilobytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """csv.Sniffer takes quadratic time: 64 KB of quotes took 20 s. A header that does not
    settle the delimiter (here 1 comma, 1 semicolon) hands it only the first 4 KB."""
    seen: list[int] = []
    sniff = csv.Sniffer.sniff
    monkeypatch.setattr(csv.Sniffer, "sniff", lambda self, sample, delimiters=None: (
        seen.append(len(sample)), sniff(self, sample, delimiters))[1])  # fmt: skip
    with pytest.raises(OrgFileError):
        parse_csv(('id;title,x\n' + '"a;"b,' * 20_000).encode())
    assert seen and max(seen) <= 4096


class CountingSet(set[str]):
    lookups = 0

    def __contains__(self, item: object) -> bool:
        CountingSet.lookups += 1
        return super().__contains__(item)


def test_team_ids_for_many_names_with_one_slug_take_linear_time() -> None:
    """``x!``, ``x?``, ``x#``… all make ``team-x``: each new team must not try every number
    from 2 again (8,000 such teams took 10 s)."""
    CountingSet.lookups = 0
    ids = table_import._TeamIds(CountingSet({"team-x-3"}))  # a role may hold a would-be team id
    made = [ids.new(f"x{'!' * i}") for i in range(2_000)]
    assert made[:4] == ["team-x", "team-x-2", "team-x-4", "team-x-5"] and len(set(made)) == 2_000
    assert CountingSet.lookups < 3 * 2_000


def test_read_chart_refuses_a_name_with_a_nul_character() -> None:
    with pytest.raises(OrgFileError, match="not a usable file name"):
        read_chart("plan\x00.csv")
    with pytest.raises(OrgFileError, match="not a usable file name"):
        read_chart(Path("plan\x00.json"))
