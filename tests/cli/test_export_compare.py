"""`orgchart export NEW --compare OLD`: the new chart with its changes marked."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from orgchart.cli import main
from orgchart.io import save
from tests.cli.test_diff import after, before

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """In-process exports share the test session's QApplication."""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    save(before(), old)
    save(after(), new)
    return old, new


def texts(path: Path) -> list[str]:
    return ["".join(t.itertext()) for t in ET.parse(path).getroot().iter(f"{SVG}text")]


def test_svg_marks_new_moved_and_removed_roles_and_explains_them(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = files
    out = tmp_path / "diff.svg"
    assert main(["export", str(new), "--compare", str(old), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    found = texts(out)
    assert "Operations manager" in found  # the new role
    assert "Accountant" in found  # the removed one, which the new chart no longer has
    assert "Removed roles (1): in old.json, not in this chart" in found
    assert found.count("new") == 1 and found.count("removed") == 1
    assert found.count("moved") == 1 and found.count("changed") == 2  # the analyst; the developer
    for legend in ("new role", "moved: other team or manager", "changed: title or fields",
                   "removed (faded, below the chart)"):
        assert legend in found, legend
    plain = tmp_path / "plain.svg"
    assert main(["export", str(new), "-o", str(plain)]) == 0
    assert "Accountant" not in texts(plain) and "new role" not in texts(plain)


def test_png_and_pdf_with_compare(files: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = files
    assert main(["export", str(new), "--compare", str(old), "-o", str(tmp_path / "diff.png")]) == 0
    assert main(["export", str(new), "-o", str(tmp_path / "plain.png")]) == 0
    marked, plain = QImage(str(tmp_path / "diff.png")), QImage(str(tmp_path / "plain.png"))
    assert marked.height() > plain.height()  # the removed section below the chart
    assert main(["export", str(new), "--compare", str(old), "-o", str(tmp_path / "diff.pdf")]) == 0
    assert (tmp_path / "diff.pdf").read_bytes().startswith(b"%PDF")


def test_compare_with_a_team_compares_that_team(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = files
    out = tmp_path / "fin.svg"
    assert main(["export", str(new), "--team", "Finance", "--compare", str(old), "-o", str(out)]) == 0
    found = texts(out)
    assert "Accountant" in found  # removed from Finance
    assert "Operations manager" not in found  # in another team


def test_compare_errors(files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = files
    code = main(["export", str(new), "--compare", str(tmp_path / "nothing.json"), "-o", str(tmp_path / "a.svg")])
    err = capsys.readouterr().err
    assert code == 1 and "--compare" in err and "nothing.json" in err
    assert not (tmp_path / "a.svg").exists()
    with pytest.raises(SystemExit) as raised:
        main(["export", str(new), "--compare", str(old), "-o", str(tmp_path / "a.csv")])
    assert raised.value.code == 2
    assert "--compare: for pictures" in capsys.readouterr().err


def _analyst_moved_to_finance(tmp_path: Path) -> tuple[Path, Path]:
    """The English departments sample, and a version of it (in ``tmp_path``) whose data
    analyst moved from Technology to Finance, under the financial analyst."""
    import json

    from tests.conftest import ROOT

    sample = ROOT / "samples" / "ecommerce-departments.en.json"
    data = json.loads(sample.read_text(encoding="utf-8"))
    for role in data["roles"]:
        if role["id"] == "data-analyst":
            role.update(team="team-finance", manager="financial-analyst")
    new = tmp_path / "new.json"
    new.write_text(json.dumps(data), encoding="utf-8")
    return sample, new


def test_a_role_moved_between_teams_is_moved_in_either_team_alone(tmp_path: Path) -> None:
    # With --team, the data analyst moved from Technology to Finance was "new" on the
    # Finance chart and "removed" below the Technology one: only the team was compared.
    sample, new = _analyst_moved_to_finance(tmp_path)

    def export(team: str) -> list[str]:
        out = tmp_path / f"{team}.svg"
        assert main(["export", str(new), "--compare", str(sample), "--team", team, "-o", str(out)]) == 0
        return texts(out)

    finance = export("Finance and administration")
    assert "Data analyst" in finance and finance.count("moved") == 1 and "new" not in finance
    assert "moved: other team or manager" in finance and "new role" not in finance
    technology = export("Technology")
    assert "Removed or moved away (1): in ecommerce-departments.en.json, not in this chart" in technology
    assert "Moved to Finance and administration" in technology and "Data analyst" in technology
    assert technology.count("moved") == 1 and "removed" not in technology
    assert "removed (faded, below the chart)" not in technology
    assert "moved: other team or manager" in technology
    marketing = export("Marketing")  # nothing of it changed
    assert not any(word in marketing for word in ("new", "moved", "removed", "changed"))


def test_the_legend_explains_only_the_marks_drawn_and_no_change_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --depth 1 hides the moved data analyst: the legend listed "moved" all the same. A file
    # compared with itself gave an unmarked picture without a word.
    sample, new = _analyst_moved_to_finance(tmp_path)
    deep, shallow = tmp_path / "deep.svg", tmp_path / "shallow.svg"
    assert main(["export", str(new), "--compare", str(sample), "-o", str(deep)]) == 0
    assert main(["export", str(new), "--compare", str(sample), "--depth", "1", "-o", str(shallow)]) == 0
    assert "moved: other team or manager" in texts(deep)
    assert "moved: other team or manager" not in texts(shallow)
    assert "nothing changed" not in capsys.readouterr().err
    same = tmp_path / "same.svg"
    assert main(["export", str(sample), "--compare", str(sample), "-o", str(same)]) == 0
    assert f"note: nothing changed since {sample}: no marks" in capsys.readouterr().err


def test_a_team_alone_lists_the_roles_of_its_sub_teams_removed_since(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # IT had a sub-team QA with a tester; the new version has no QA. With --team IT the
    # tester was dropped without a word ("nothing changed ... in this team").
    from orgchart.model import OrgChart, Role, Team

    def it(with_qa: bool) -> OrgChart:
        chart = OrgChart("Firma")
        chart.add_team(Team("it", "IT"))
        chart.add_role(Role("cio", "CIO"), "it")
        if with_qa:
            chart.add_team(Team("qa", "QA"), "it")
            chart.add_role(Role("tester", "Tester"), "qa", "cio")
        return chart

    old, new, out = tmp_path / "old.json", tmp_path / "new.json", tmp_path / "it.svg"
    save(it(True), old)
    save(it(False), new)
    assert main(["export", str(new), "--compare", str(old), "--team", "IT", "-o", str(out)]) == 0
    found = texts(out)
    assert "Tester" in found and "Removed roles (1): in old.json, not in this chart" in found
    assert "QA (a team no longer in the chart)" in found
    assert "nothing changed" not in capsys.readouterr().err
