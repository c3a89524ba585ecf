"""`orgchart diff OLD NEW`: the text, JSON and Markdown reports, and the exit statuses."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from orgchart.cli import main
from orgchart.io import save
from orgchart.model import Link, LinkKind, OrgChart, Role, Team
from tests.conftest import ROOT

EN = ROOT / "samples" / "ecommerce-departments.en.json"


def before() -> OrgChart:
    chart = OrgChart("Shop")
    chart.add_team(Team("biz", "Business"))
    chart.add_team(Team("tech", "Technology"))
    chart.add_team(Team("fin", "Finance"))
    chart.add_role(Role("boss", "E-commerce manager", holder="Erika"), "biz")
    chart.add_role(Role("dev", "Web developer"), "tech", "boss")
    chart.add_role(Role("data", "Data analyst"), "tech", "boss")
    chart.add_role(Role("acc", "Accountant"), "fin", "boss")
    chart.add_role(Role("fa", "Financial analyst"), "fin", "boss")
    chart.add_link(Link("data", "fa", LinkKind.WORKS_WITH, "Sales trends"))
    return chart


def after() -> OrgChart:
    chart = before()
    chart.rename_role("data", "Senior data analyst")
    chart.move_role("data", "fin", manager="fa")
    chart.update_role(dataclasses.replace(chart.role("dev"), holder="Jana", fte=0.8))
    chart.remove_role("acc")
    chart.add_team(Team("ops", "Operations"))
    chart.add_role(Role("ops-lead", "Operations manager"), "ops", "boss")
    chart.rename_team("biz", "Strategy")
    chart.nest_team("tech", "biz")
    chart.add_link(Link("ops-lead", "dev", LinkKind.MATRIX))
    return chart


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    save(before(), old)
    save(after(), new)
    return str(old), str(new)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["diff", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_report_lists_every_kind_of_change(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *files)
    assert (code, err) == (3, "")
    lines = out.splitlines()
    assert "Matched: 4 roles by id; 3 teams by id" in lines
    for line in (
        "  + Operations (a department)",
        "  ~ Strategy",
        '      name: "Business" -> "Strategy"',
        "      nested in: top level -> Strategy",
        "  + Operations manager (Operations), reports to E-commerce manager, vacant",
        "  - Accountant (Finance), reported to E-commerce manager, vacant",
        "  ~ Senior data analyst (Finance)",
        '      title: "Data analyst" -> "Senior data analyst"',
        "      team: Technology -> Finance",
        "      manager: E-commerce manager -> Financial analyst",
        '      holder: vacant -> "Jana"',
        "      FTE: 1 -> 0.8",
        "  + Operations manager -> Web developer: secondary manager",
    ):
        assert line in lines, f"{line!r} is missing from:\n{out}"
    summary = out[out.index("Changes:") : out.index("\n\n")].replace("\n  ", " ")
    for phrase in ("1 role added", "1 role removed", "1 role renamed", "1 role moved to another team",
                   "1 team renamed", "1 team nested elsewhere", "1 dotted line added"):
        assert phrase in summary, phrase
    # headcount: Strategy now holds Technology (less the analyst who moved); Finance lost the
    # accountant and gained the analyst
    table = out[out.index("Headcount and FTE"):].splitlines()
    strategy = next(line for line in table if line.strip().startswith("Strategy"))
    assert strategy.split()[1:] == ["1", "->", "2", "1", "->", "1.8"]
    total = next(line for line in table if line.strip().startswith("Total"))
    assert total.split()[1:] == ["5", "->", "5", "5", "->", "4.8"]
    assert not any(line.strip().startswith("Finance ") for line in table)  # 2 -> 2, 2 -> 2


def test_the_same_chart_twice_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(EN), str(EN))
    assert code == 0
    assert out.splitlines()[-1] == "No differences."


def test_an_unreadable_file_exits_1_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "orgchart", "version": 1, "teams": [}', encoding="utf-8")
    code, out, err = run(capsys, str(EN), str(broken))
    assert (code, out) == (1, "")
    assert err.startswith("orgchart diff: ") and "broken.json" in err and "line 1" in err
    code, _, err = run(capsys, str(tmp_path / "missing.csv"), str(EN))
    assert code == 1 and "missing.csv" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["diff", str(EN)])
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        main(["diff", str(EN), str(EN), "--format", "html"])
    assert raised.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_help_documents_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "0 the two are the same, 3 they differ, 1 a file cannot be read" in text


JSON_KEYS = {"format", "version", "old", "new", "same", "matching", "summary", "chart_name", "teams", "roles", "links", "headcount"}
SUMMARY_KEYS = {
    "roles_added", "roles_removed", "roles_renamed", "roles_moved", "roles_new_manager",
    "roles_parked_or_unparked", "roles_fields_changed", "teams_added", "teams_removed",
    "teams_renamed", "teams_nested_elsewhere", "teams_fields_changed", "links_added",
    "links_removed", "links_relabelled",
}


def test_json_report_has_stable_keys(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *files, "--format", "json")
    assert code == 3
    report = json.loads(out)
    assert set(report) == JSON_KEYS
    assert (report["format"], report["version"], report["same"]) == ("orgchart-diff", 1, False)
    assert set(report["old"]) == {"file", "name", "teams", "roles", "links"} and report["old"]["roles"] == 5
    assert report["matching"] == {
        "roles_by_id": 4, "roles_by_title_and_team": 0, "ambiguous": 0, "teams_by_id": 3, "teams_by_name": 0
    }
    assert set(report["summary"]) == SUMMARY_KEYS
    assert report["summary"]["roles_moved"] == 1 and report["summary"]["teams_nested_elsewhere"] == 1
    assert report["roles"]["added"] == [
        {"id": "ops-lead", "title": "Operations manager", "holder": None,
         "team": {"id": "ops", "name": "Operations"}, "manager": {"id": "boss", "title": "E-commerce manager"}}
    ]
    assert [r["id"] for r in report["roles"]["removed"]] == ["acc"]
    data = next(r for r in report["roles"]["changed"] if r["id"] == "data")
    assert set(data) == {"id", "old_id", "title", "team", "matched_by", "changes"}
    assert data["changes"] == [
        {"field": "title", "old": "Data analyst", "new": "Senior data analyst"},
        {"field": "team", "old": {"id": "tech", "name": "Technology"}, "new": {"id": "fin", "name": "Finance"}},
        {"field": "manager", "old": {"id": "boss", "title": "E-commerce manager"},
         "new": {"id": "fa", "title": "Financial analyst"}},
    ]
    tech = next(t for t in report["teams"]["changed"] if t["id"] == "tech")
    assert tech["changes"] == [{"field": "parent", "old": None, "new": {"id": "biz", "name": "Strategy"}}]
    assert report["links"]["added"] == [
        {"source": {"id": "ops-lead", "title": "Operations manager"},
         "target": {"id": "dev", "title": "Web developer"}, "kind": "matrix", "label": ""}
    ]
    assert set(report["headcount"]) == {"teams", "total"}
    assert report["headcount"]["total"] == {"old": {"roles": 5, "fte": 5.0}, "new": {"roles": 5, "fte": 4.8}}
    assert {"id", "name", "old", "new"} == set(report["headcount"]["teams"][0])


def test_json_of_the_same_chart_says_same(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(EN), str(EN), "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["same"] is True
    assert report["roles"] == {"added": [], "removed": [], "changed": []}


def test_markdown_report(files: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *files, "--format", "md")
    assert code == 3
    lines = out.splitlines()
    assert lines[0].startswith("# Changes from `") and lines[0].endswith("new.json`")
    for heading in ("## Summary", "## Teams", "## Roles", "### Added (1)", "### Removed (1)", "## Dotted lines",
                    "## Headcount and FTE (each team with its sub-teams)"):
        assert heading in lines, heading
    assert "- ~~Accountant (Finance)~~, reported to E-commerce manager, vacant" in lines
    assert '  - title: "Data analyst" → "Senior data analyst"' in lines
    assert "| **Total** | 5 → 5 | 5 → 4.8 |" in lines


def test_markdown_escapes_what_it_would_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = before(), before()
    new.rename_role("dev", "Dev *lead* | [web]")
    save(old, tmp_path / "a.json")
    save(new, tmp_path / "b.json")
    _, out, _ = run(capsys, str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--format", "md")
    assert r"- **Dev \*lead\* \| \[web\] (Technology)**" in out.splitlines()


def test_an_hr_export_with_other_ids_matches_by_title_and_team(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "hr.csv"
    csv.write_text(
        "employee_id;position;reports_to;department;name\n"
        "E1;E-commerce manager;;Business;Erika\n"
        "E2;Web developer;E1;Technology;\n"
        "E3;Data analyst;E1;Technology;Mo\n"
        "E4;Accountant;E1;Finance;\n"
        "E5;Financial analyst;E1;Finance;\n",
        encoding="utf-8",
    )
    save(before(), tmp_path / "chart.json")
    code, out, _ = run(capsys, str(tmp_path / "chart.json"), str(csv))
    assert code == 3
    assert "Matched: 0 roles by id, 5 by title and team; 0 teams by id, 3 by name" in out.splitlines()
    assert "  ~ Data analyst (Technology)  [matched by title and team]" in out.splitlines()
    assert '      holder: vacant -> "Mo"' in out.splitlines()
    assert "Roles added" not in out and "Roles removed" not in out
    code, out, _ = run(capsys, str(tmp_path / "chart.json"), str(csv), "--ids-only")
    assert "Roles added (5)" in out and "Roles removed (5)" in out
