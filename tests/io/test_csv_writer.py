"""CSV export: the columns the CSV import reads, so CSV -> chart -> CSV keeps every role,
manager and team; formulas neutralised; and a list of what a CSV file cannot hold."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgchart.io import OrgFileError, parse_csv, read_csv
from orgchart.io.csv_columns import guard, unguard
from orgchart.io.csv_writer import COLUMNS, csv_bytes, csv_text, write_csv
from orgchart.model import Link, OrgChart, Role, RoleKind, Sourcing, Team
from tests.conftest import ROOT
from tests.strategies import charts

HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"


def read_back(chart: OrgChart) -> OrgChart:
    return parse_csv(csv_bytes(chart)[0]).document.chart


def team_names(chart: OrgChart, role_id: str) -> tuple[str | None, str]:
    """(department, team) as CSV holds them: the top-level team's name for a nested team."""
    team = chart.team_of(role_id)
    path = chart.team_path(team)
    name = chart.team(team).name.strip()
    top = chart.team(path[-1]).name.strip() if path else None
    return (None if top == name else top), name


def name_path(chart: OrgChart, team_id: str) -> list[str]:
    """The names of the team and the teams it is in."""
    return [chart.team(t).name.strip() for t in [team_id, *chart.team_path(team_id)]]


@settings(max_examples=60)
@given(charts(max_teams=4, max_roles=12, park=True))
def test_a_chart_written_as_csv_keeps_roles_holders_managers_and_teams(chart: OrgChart) -> None:
    text, losses = csv_text(chart)
    back = parse_csv(text.encode("utf-8")).document.chart
    back.check()
    assert back.role_ids() and set(back.role_ids()) == set(chart.role_ids()) or not chart.role_count
    for role in chart.roles():
        again = back.role(role.id)
        assert again.title == role.title.strip()
        assert again.holder == (role.holder.strip() if role.holder else None)
        assert (again.sourcing, again.fte) == (role.sourcing, role.fte)
        assert (again.email, again.location, again.notes) == (role.email.strip(), role.location.strip(), role.notes.strip())
        if not any(";" in item for item in role.responsibilities):
            assert again.responsibilities == tuple(item.strip() for item in role.responsibilities)
        assert back.manager_of(role.id) == chart.manager_of(role.id)
        assert back.reports_of(role.id) == chart.reports_of(role.id)
        assert team_names(back, role.id) == team_names(chart, role.id)
        texts = {k.strip(): v for k, v in role.custom.items() if isinstance(v, str) and v.strip()}
        if not any("custom fields written under another" in loss for loss in losses):
            assert {k: again.custom[k] for k in texts} == texts
    team_losses = [loss for loss in losses if "team" in loss and "no columns" not in loss]
    if not team_losses:  # then the team tree comes back as it was, in its order
        tree = [(chart.team(t).name.strip(), len(chart.team_path(t))) for t in chart.team_ids()]
        assert [(back.team(t).name, len(back.team_path(t))) for t in back.team_ids()] == tree
        for team_id in chart.team_ids():  # teams of one name in two departments are two teams
            same = [t for t in back.team_ids() if name_path(back, t) == name_path(chart, team_id)]
            assert back.top_roles(same[0]) == [r for r in chart.top_roles(team_id)]


@settings(max_examples=50)
@given(charts(max_teams=4, max_roles=12, max_links=0))
def test_csv_to_chart_to_csv_is_exact(chart: OrgChart) -> None:
    """Once a chart has come from CSV, writing and reading it again changes nothing: not a
    role, a manager, a team, an order, a custom field, nor a byte of the CSV."""
    first = read_back(chart)  # a chart as read from a CSV file
    text, losses = csv_text(first)
    again = parse_csv(text.encode("utf-8")).document.chart
    assert csv_text(again)[0] == text
    if not [loss for loss in losses if "custom fields written under another" not in loss]:
        assert again == first


def test_the_hr_export_sample_goes_round_exactly() -> None:
    chart = read_csv(HR_EXPORT).document.chart
    data, losses = csv_bytes(chart)
    assert losses == []
    assert parse_csv(data).document.chart == chart
    assert csv_bytes(parse_csv(data).document.chart)[0] == data


def test_utf8_with_bom_crlf_and_the_canonical_columns(tmp_path: Path) -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "Geschäftsführung"))
    chart.add_team(Team("u", "Lager", color="#00aa00"), "t")
    chart.add_role(Role("gf", "Geschäftsführerin", holder="Erika Mustermann", custom={"Raum": "1.02"}), "t")
    chart.add_role(
        Role("lg", "Lagerleiter", responsibilities=("Bestand", "Versand"), sourcing=Sourcing.OUTSOURCED, fte=0.5),
        "u",
        "gf",
    )
    path = tmp_path / "plan.csv"
    losses = write_csv(chart, path)
    assert losses == ["the CSV has no columns for team colours, descriptions and layouts"]
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 3
    assert raw[3:].decode("utf-8").splitlines() == [
        ",".join([*COLUMNS, "Raum"]),
        "gf,Geschäftsführerin,,,Geschäftsführung,Erika Mustermann,,,in-house,1,,,,1.02",
        "lg,Lagerleiter,gf,Geschäftsführung,Lager,,Bestand; Versand,,outsourced,0.5,,,,",
    ]
    write_csv(chart, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.csv"]  # an export: no .bak
    with pytest.raises(OrgFileError, match="cannot be written"):
        write_csv(chart, tmp_path / "missing" / "plan.csv")


# ------------------------------------------------------------------------ formula injection
DANGEROUS = ["=HYPERLINK(\"http://x\";\"y\")", "+49 30 123", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]


def test_formulas_are_neutralised_and_read_back_as_they_were() -> None:
    chart = OrgChart()
    chart.add_team(Team("t", "=Team"))
    chart.add_team(Team("u", "@Sub"), "t")
    for i, text in enumerate(DANGEROUS):
        role = Role(f"-r{i}", text, holder=text.strip() or "x", responsibilities=(text.strip() or "x", "ok"),
                    notes=text, custom={text.strip() or "x": text})  # fmt: skip
        chart.add_role(role, "u" if i % 2 else "t", f"-r{i - 1}" if i else None)
    text, _ = csv_text(chart)
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x\";\"y\")" in cells and "'-r0" in cells and "'@Sub" in cells
    assert read_back(chart) == parse_csv(text.encode()).document.chart
    back = read_back(chart)
    for role in chart.roles():
        again = back.role(role.id)
        assert (again.title, again.notes, dict(again.custom)) == (
            role.title.strip(), role.notes.strip(),
            {k.strip(): v.replace("\r", "\n") for k, v in role.custom.items()})  # line breaks as \n  # fmt: skip
    assert {back.team(t).name for t in back.team_ids()} == {"=Team", "@Sub"}


@pytest.mark.parametrize(
    ("value", "written"),
    [("=1+1", "'=1+1"), ("'=1+1", "''=1+1"), ("''-x", "'''-x"), ("'plain", "'plain"), ("a=b", "a=b"), ("'", "'")],
)
def test_the_guard_is_one_apostrophe_before_a_formula_start_and_comes_off_again(value: str, written: str) -> None:
    assert guard(value) == written and unguard(written) == value


def test_the_reader_takes_off_only_a_guarding_apostrophe() -> None:
    chart = parse_csv("id,title,notes,Kürzel\n1,'=SUM(A1),'plain,''-x\n2,'@home,it's,'\n".encode()).document.chart
    assert (chart.role("1").title, chart.role("1").notes, chart.role("1").custom["Kürzel"]) == (
        "=SUM(A1)", "'plain", "'-x")  # fmt: skip
    assert (chart.role("2").title, chart.role("2").notes, chart.role("2").custom["Kürzel"]) == ("@home", "it's", "'")


@given(st.text(max_size=8))
def test_any_value_survives_guard_and_unguard(value: str) -> None:
    assert unguard(guard(value)) == value
    assert guard(value)[:1] not in ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------------- losses
def test_what_csv_cannot_hold_is_named() -> None:
    chart = OrgChart("Firma")
    chart.add_team(Team("a", "Technik"))
    chart.add_team(Team("b", "Online"), "a")
    chart.add_team(Team("c", "Shop"), "b")  # a third level: Technik / Online / Shop
    chart.add_team(Team("h", "Kasse"), "c")  # a fourth: written as Technik / Shop / Kasse
    chart.add_team(Team("d", "Online"))  # the same name as a/b? no: a key of its own
    chart.add_team(Team("e", "Leer"))  # no roles
    chart.add_team(Team("f", "Technik"), "d")  # named like... not its department: "Online"
    chart.add_team(Team("g", "Online"), "d")  # named like its department
    chart.add_role(Role("cto", "CTO"), "a")
    chart.add_role(Role("dev", "Entwickler", kind=RoleKind.ASSISTANT, responsibilities=("a;b",)), "c", "cto")
    chart.add_role(Role("ops", "Betrieb\x00", custom={"n": 3}), "d")
    chart.add_role(Role("web", "Web"), "g")
    chart.add_role(Role("till", "Kassierer"), "h", "cto")
    chart.add_role(Role("tmp", "Aushilfe"), "f")
    chart.park("tmp")
    chart.add_link(Link("dev", "ops"))
    _, losses = csv_text(chart)
    assert losses == [
        "the CSV has no columns for 1 dotted line, the chart's name",
        "1 role in the holding area written as top roles",
        "1 assistant role written as regular roles",
        "custom values that are not text (1) read back as text, or not at all",
        "1 team nested more than two levels deep read back two levels deep, under a new team named like "
        "the one it was in: Technik › Online › Shop › Kasse as Technik › Shop › Kasse",
        "1 team named like the team they are in read back as it",
        "teams that share a name read back as one team: Online",
        "1 team without roles of their own left out",
        "1 list item with a ';' or a line break in it will read back as several",
        "1 NUL character written as \ufffd (CSV readers refuse NUL)",
    ]
    back = read_back(chart)
    assert back.role("ops").title == "Betrieb\ufffd"
    # three levels come back as they were; the fourth inside the third's department
    assert [back.team(t).name for t in [back.team_of("dev"), *back.team_path(back.team_of("dev"))]] == [
        "Shop",
        "Online",
        "Technik",
    ]
    assert [back.team(t).name for t in [back.team_of("till"), *back.team_path(back.team_of("till"))]] == [
        "Kasse",
        "Shop",
        "Technik",
    ]


def test_teams_keep_their_order_when_a_manager_has_reports_in_a_later_team() -> None:
    chart = OrgChart()
    for team_id in "ABC":
        chart.add_team(Team(team_id, f"Team {team_id}"))
    chart.add_role(Role("a1", "Leitung"), "A")
    chart.add_role(Role("c1", "In C"), "C", "a1")  # reading order: a1, c1, b1 would put C before B
    chart.add_role(Role("b1", "In B"), "B")
    back, (_, losses) = read_back(chart), csv_text(chart)
    assert losses == []
    assert [back.team(t).name for t in back.team_ids()] == ["Team A", "Team B", "Team C"]
    assert back.role_ids() == chart.role_ids() == ["a1", "c1", "b1"]


def test_a_team_order_the_reporting_lines_forbid_is_named() -> None:
    chart = OrgChart()
    for team_id in "ABC":
        chart.add_team(Team(team_id, f"Team {team_id}"))
    chart.add_role(Role("m", "Leitung"), "A")
    chart.add_role(Role("x", "In C"), "C", "m")
    chart.add_role(Role("y", "In B"), "B", "m")  # B's only row comes after C's
    _, losses = csv_text(chart)
    assert losses == ["some teams will read back in another order (reporting lines across teams ask for it)"]
    back = read_back(chart)
    assert back.reports_of("m") == ["x", "y"]


def test_a_team_named_like_its_department_but_for_spaces_is_named_as_a_loss() -> None:
    # The reader strips its cells, so "Online " inside "Online" reads back as "Online" itself.
    chart = OrgChart()
    chart.add_team(Team("a", "Online"))
    chart.add_team(Team("g", "Online "), "a")
    chart.add_role(Role("r", "Redakteur"), "g")
    assert csv_text(chart)[1] == ["1 team named like the team they are in read back as it"]
    back = read_back(chart)
    assert [back.team(t).name for t in back.team_ids()] == ["Online"]
