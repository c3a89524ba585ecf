"""Each kind of bad file gives one OrgFileError that names the file, the place and the problem."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.io import Document, OrgFileError, document, dumps, load, loads, read_chart
from tests.conftest import SAMPLES
from tests.io.fuzzing import hostile_values, mutated, outcome

HEAD = '{"format": "orgchart", "version": 1, '
TEAM = '{"id": "t", "name": "Technik"}'


def _file(**parts: Any) -> str:
    return json.dumps({"format": "orgchart", "version": 1, **parts})


def _role(**fields: Any) -> dict[str, Any]:
    return {"id": "r", "title": "Datenanalyst", "team": "t", **fields}


CASES = [
    ("", "", "the file is empty"),
    ("   \n", "", "the file is empty"),
    ('{"format": "orgchart",\n "version": 1,\n "teams": [', "line 3, column 12", "ends too early"),
    ('{"format": "orgchart", "version": 1,}', "line 1, column 37", "not valid JSON"),
    ("[1, 2]", "", "not an orgchart file (it holds a list"),
    ('{"version": 1}', "format", 'should say "format": "orgchart"'),
    ('{"format": "orgchart"}', "version", "must be a whole number, not null"),
    ('{"format": "orgchart", "version": "1"}', "version", 'must be a whole number, not "1"'),
    ('{"format": "orgchart", "version": 9}', "version", "written by a newer orgchart"),
    ('{"format": "orgchart", "version": -1}', "version", "not a known orgchart file version"),
    (HEAD + '"teams": [' + TEAM + '],\n "name": NaN}', "line 2, column 10", "NaN is not a number"),
    (
        HEAD + '\n"teams": [{"id": "t", "name": "A", "name": "B"}]}',
        "line 2, column 11",
        "'name' appears twice",
    ),
    (_file(teams=[{"id": "t"}]), "teams[0]", "the required field 'name' is missing"),
    (_file(teams=[{"id": "t", "name": "T", "colour": "#fff"}]), "teams[0]", "unknown field 'colour'"),
    (_file(teams=[{"id": "t", "name": "T", "color": "teal"}]), "teams[0].color", '"teal" is not a colour'),
    (_file(teams=[{"id": "t", "name": " "}]), "teams[0].name", "must not be empty"),
    (_file(teams=[{"id": "t\n", "name": "T"}]), "teams[0].id", "is not a valid id"),
    (_file(teams=[{"id": "t", "name": "T", "parent": "x"}]), "teams[0].parent", "no team with the id 'x'"),
    (
        _file(teams=[{"id": "t", "name": "T"}, {"id": "t", "name": "U"}]),
        "teams[1].id",
        "'t' is already used by a team",
    ),
    (
        _file(teams=[{"id": "a", "name": "A", "parent": "b"}, {"id": "b", "name": "B", "parent": "a"}]),
        "teams[1].parent",
        "B cannot be nested in A: A is already part of B",
    ),
    (_file(teams=[json.loads(TEAM)], roles=[_role(team="x")]), "roles[0].team", "no team with the id 'x'"),
    (
        _file(teams=[json.loads(TEAM)], roles=[_role(manager="boss")]),
        "roles[0].manager",
        "no role with the id 'boss'",
    ),
    (_file(teams=[json.loads(TEAM)], roles=[_role(id="t")]), "roles[0].id", "'t' is already used by a team"),
    (_file(teams=[json.loads(TEAM)], roles=[_role(fte="1")]), "roles[0].fte", 'valid number, not "1"'),
    (_file(teams=[json.loads(TEAM)], roles=[_role(fte=-2)]), "roles[0].fte", "greater than or equal to 0"),
    (
        _file(teams=[json.loads(TEAM)], roles=[_role(sourcing="extern")]),
        "roles[0].sourcing",
        "'in-house', 'outsourced' or 'freelance'",
    ),
    (
        _file(teams=[json.loads(TEAM)], roles=[_role(responsibilities="Budget")]),
        "roles[0].responsibilities",
        "valid list",
    ),
    (
        _file(teams=[json.loads(TEAM)], roles=[_role(custom={"x": [1]})]),
        "roles[0].custom.x",
        "must hold text, a number, true/false or null, not [1]",
    ),
    (
        _file(
            teams=[json.loads(TEAM)],
            roles=[_role(id="a", manager="b"), _role(id="b", title="Finanzanalyst", manager="a")],
        ),
        "roles[1].manager",
        "Finanzanalyst cannot report to Datenanalyst: Datenanalyst already reports to Finanzanalyst",
    ),
    (
        _file(teams=[json.loads(TEAM)], roles=[_role()], links=[{"from": "r", "to": "q", "kind": "matrix"}]),
        "links[0].to",
        "no role with the id 'q'",
    ),
    (
        _file(teams=[json.loads(TEAM)], roles=[_role()], links=[{"from": "r", "to": "r", "kind": "matrix"}]),
        "links[0]",
        "same role",
    ),
    (
        _file(teams=[json.loads(TEAM)], roles=[_role()], links=[{"from": "r", "to": "r"}]),
        "links[0]",
        "'kind' is missing",
    ),
    (
        _file(
            teams=[json.loads(TEAM)],
            roles=[_role(id="a"), _role(id="b", title="Finanzanalyst", manager="a", parked=True)],
        ),
        "roles[1].parked",
        "Finanzanalyst cannot be parked while it reports to Datenanalyst",
    ),
    (_file(teams=[json.loads(TEAM)], roles=[_role(parked="ja")]), "roles[0].parked", "valid boolean"),
    (_file(teams=[{"id": "t", "name": "T"}, {"id": "u"}, {"id": "v"}]), "teams[1]", "(and 1 more problem)"),
    ('"' + "\ud800" + '"', "", "not an orgchart file"),
    (_file(teams=[{"id": "t", "name": "T\ud800"}]), "teams[0].name", "lone UTF-16 surrogate"),
]


@pytest.mark.parametrize(("text", "where", "what"), CASES)
def test_bad_file_gives_one_clear_error(text: str, where: str, what: str) -> None:
    with pytest.raises(OrgFileError) as caught:
        loads(text, source="plan.json")
    error = caught.value
    assert error.file == "plan.json"
    assert error.where == where
    assert what in error.what
    assert str(error) == f"plan.json: {where}: {error.what}" if where else f"plan.json: {error.what}"


def test_bytes_that_are_not_utf8_are_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(('{"format": "orgchart", "version": 1,\n "name": "Gesch\xe4ft"}').encode("latin-1"))
    with pytest.raises(OrgFileError) as caught:
        load(path)
    assert caught.value.where == "line 2, column 16"
    assert "not UTF-8 text (byte 52 is 0xe4)" in caught.value.what


def test_a_utf8_bom_is_accepted() -> None:
    assert loads(b"\xef\xbb\xbf" + _file(name="Ä").encode()).chart.name == "Ä"


def test_files_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OrgFileError, match="missing.json: the file cannot be read: No such file"):
        load(tmp_path / "missing.json")
    with pytest.raises(OrgFileError, match="this is a folder"):
        load(tmp_path)
    big = tmp_path / "big.json"
    big.write_text(_file(name="x" * 3000))
    monkeypatch.setattr(document, "MAX_FILE_BYTES", 1024)
    with pytest.raises(OrgFileError, match="orgchart reads files of at most"):
        load(big)


def test_deep_nesting_is_refused_not_crashed() -> None:
    with pytest.raises(OrgFileError, match="nested too deeply"):
        loads('{"format": "orgchart", "version": 1, "name": ' + "[" * 100_000 + "]" * 100_000 + "}")


@pytest.mark.parametrize("sample", SAMPLES[:1], ids=lambda p: p.name)
def test_every_truncation_of_a_valid_file_is_an_error_not_a_crash(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8").rstrip()
    for cut in range(0, len(text), 7):
        with pytest.raises(OrgFileError):
            loads(text[:cut], source=sample.name)


def accepted_is_valid(raw: bytes | str) -> None:
    """A chart or an `OrgFileError` with a message; a chart that keeps every invariant and
    saves and loads back the same."""
    document = outcome(lambda: loads(raw))
    if document is not None:
        assert isinstance(document, Document)
        document.chart.check()
        again = loads(dumps(document.chart, document.view))
        assert again.chart == document.chart and again.view == document.view


@settings(max_examples=200)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda s: HEAD + s))
def test_random_input_gives_a_chart_or_an_org_file_error(raw: bytes | str) -> None:
    accepted_is_valid(raw)


def test_a_file_cut_off_inside_a_text_says_so() -> None:
    with pytest.raises(OrgFileError, match="line 1, column 32: the file ends too early"):
        loads('{"format": "orgchart", "name": "E-Commerce-Te')


def test_a_number_too_long_to_read_is_an_error_not_a_crash() -> None:
    with pytest.raises(OrgFileError, match="a value JSON readers refuse"):
        loads('{"format": "orgchart", "version": ' + "9" * 5000 + "}")


def test_an_empty_name_and_a_pipe_are_refused(tmp_path: Path) -> None:
    with pytest.raises(OrgFileError, match="no file name was given"):
        load("")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(OrgFileError, match="not a regular file"):
        load(fifo)


def test_links_are_spelled_from_and_to_only() -> None:
    text = _file(
        teams=[json.loads(TEAM)],
        roles=[_role(id="a"), _role(id="b", title="Finanzanalyst")],
        links=[{"source": "a", "target": "b", "kind": "works-with"}],
    )
    with pytest.raises(OrgFileError, match="'from' is missing"):
        loads(text)


def test_a_chart_name_with_a_broken_character_is_refused() -> None:
    with pytest.raises(OrgFileError) as caught:
        loads(_file(name="Firma \ud800"))
    assert caught.value.where == "name" and "surrogate" in caught.value.what


def test_a_deep_hierarchy_loads_in_linear_time() -> None:
    roles = [_role(id=f"r{i}", manager=f"r{i - 1}" if i else None) for i in range(20_000)]
    for role in roles:
        if role["manager"] is None:
            del role["manager"]
    doc = loads(_file(teams=[json.loads(TEAM)], roles=roles))  # quadratic: minutes; linear: a second
    assert len(doc.chart.chain_of_command("r19999")) == 19_999


def test_a_trailing_comma_gets_a_hint() -> None:
    with pytest.raises(OrgFileError, match=r"JSON allows no comma before a closing \} or \]"):
        loads('{"format": "orgchart", "version": 1,}')


# ------------------------------------------------------------------------------- fuzzing
SAMPLE_BYTES = [path.read_bytes() for path in SAMPLES]


@settings(max_examples=500)
@given(mutated(SAMPLE_BYTES))
def test_samples_broken_byte_by_byte_give_a_chart_or_an_org_file_error(raw: bytes) -> None:
    accepted_is_valid(raw)


# Few ids, so that duplicates, self-references and cycles are common; a few invalid ones.
TEAM_IDS = st.sampled_from([*"tuvwxyz" * 2, "a", " t", ""])
ROLE_IDS = st.sampled_from([*"abcdef" * 3, "t", "a\n", "\ud800"])
IDS = TEAM_IDS | ROLE_IDS | st.just("nobody")
NAMES = st.text(min_size=1, max_size=5)


def chart_files(hostile: bool) -> st.SearchStrategy[dict[str, Any]]:
    """Chart files as JSON data; with ``hostile``, one value in eight is of any type."""

    def maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.sampled_from(range(8)).flatmap(lambda i: value if i or not hostile else hostile_values)

    def entries(required: dict[str, Any], optional: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        return st.fixed_dictionaries(
            {k: maybe(v) for k, v in required.items()}, optional={k: maybe(v) for k, v in optional.items()}
        )

    teams = entries(
        {"id": TEAM_IDS, "name": NAMES},
        {"parent": IDS, "color": st.sampled_from(["#00aa00", "#ABCDEF", "teal"]), "layout": st.just("row")},
    )
    roles = entries(
        {"id": ROLE_IDS, "title": NAMES, "team": TEAM_IDS},
        {
            "manager": ROLE_IDS,
            "parked": st.booleans(),
            "holder": NAMES,
            "fte": st.floats(0, 10),
            "kind": st.just("assistant"),
            "responsibilities": st.lists(NAMES, max_size=2),
            "custom": st.dictionaries(NAMES, hostile_values, max_size=2),
        },
    )
    links = entries({"from": ROLE_IDS, "to": IDS, "kind": st.sampled_from(["matrix", "works-with"])}, {})
    view = entries({}, {"collapsed": st.lists(IDS, max_size=2), "direction": st.just("left-right")})
    return st.fixed_dictionaries(
        {
            "format": maybe(st.just("orgchart")),
            "version": maybe(st.sampled_from([1, 2])),
            "teams": st.lists(teams, max_size=4),
            "roles": st.lists(roles, max_size=6),
        },
        optional={"name": maybe(NAMES), "links": st.lists(links, max_size=3), "view": view}
        | ({"extra": hostile_values} if hostile else {}),
    )


@settings(max_examples=200)
@given(chart_files(hostile=False))
def test_charts_breaking_the_rules_give_a_chart_or_an_org_file_error(data: dict[str, Any]) -> None:
    """Unknown and duplicate ids, reporting and nesting cycles, parked roles with managers,
    dotted lines to nowhere or doubled: a valid chart or a clear error, never a crash."""
    accepted_is_valid(json.dumps(data))


@settings(max_examples=200)
@given(chart_files(hostile=True))
def test_charts_with_values_of_any_type_give_a_chart_or_an_org_file_error(data: dict[str, Any]) -> None:
    """Wrong types, NaN and infinities, huge numbers, lone surrogates, control characters."""
    accepted_is_valid(json.dumps(data, allow_nan=True))


DEEP = 50_000
HOSTILE_FILES = {
    "deep list in a custom field": _file(teams=[json.loads(TEAM)])[:-1]
    + ', "roles": [{"id": "r", "title": "T", "team": "t", "custom": {"x": '
    + "[" * DEEP
    + "]" * DEEP
    + "}}]}",
    "deep objects": '{"format": "orgchart", "version": 1, "view": ' + '{"a": ' * DEEP + "1" + "}" * DEEP + "}",
    "deep teams list": '{"format": "orgchart", "version": 1, "teams": ' + "[" * DEEP + "]" * DEEP + "}",
    "a 5 MB title": _file(teams=[json.loads(TEAM)], roles=[_role(title="Ä" * 5_000_000)]),
    "a 1 MB id with a line break": _file(teams=[{"id": "t" * 1_000_000 + "\n", "name": "T"}]),
    "a huge number": _file(teams=[json.loads(TEAM)], roles=[_role(fte=10**4000)]),
    "Infinity as FTE": HEAD + '"teams": [' + TEAM + '], "roles": [{"id": "r", "title": "T", "team": "t", "fte": Infinity}]}',
    "-Infinity in a custom field": HEAD + '"teams": [' + TEAM + '], "roles": [{"id": "r", "title": "T", "team": "t", "custom": {"x": -Infinity}}]}',
    "invalid UTF-8 in a title": (HEAD + '"teams": [{"id": "t", "name": "\xff\xfe"}]}').encode("latin-1"),
    "UTF-16": _file(name="Ä").encode("utf-16"),
    "a lone surrogate as key": HEAD + '"teams": [{"id": "t", "name": "T", "\\udc80": 1}]}',
    "a lone surrogate as FTE": HEAD + '"teams": [' + TEAM + '], "roles": [{"id": "r", "title": "T", "team": "t", "fte": "\\ud800"}]}',
    "a lone surrogate as kind": HEAD + '"teams": [' + TEAM + '], "roles": [{"id": "r", "title": "T", "team": "t", "kind": "\\ud800"}]}',
}


@pytest.mark.parametrize("raw", HOSTILE_FILES.values(), ids=HOSTILE_FILES.keys())
def test_hostile_files_give_a_chart_or_a_short_printable_error(raw: str | bytes) -> None:
    accepted_is_valid(raw)


@settings(max_examples=40)
@given(
    st.sampled_from(["plan.json", "plan.csv", "PLAN.CSV", "plan", "plan.txt"]),
    mutated([*SAMPLE_BYTES[:1], (SAMPLES[0].parent / "hr-export.de.csv").read_bytes()]),
)
def test_read_chart_gives_a_chart_or_an_org_file_error(name: str, raw: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(raw)
        result = outcome(lambda: read_chart(path))
    if result is not None:
        document, warnings = result
        document.chart.check()
        assert all(isinstance(w, str) and w for w in warnings)
