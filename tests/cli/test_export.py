"""`orgchart export IN -o OUT`: real files other programs accept, nothing cropped, clear errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from orgchart.cli import main
from orgchart.io import load, save
from orgchart.model import OrgChart, Role, Team
from orgchart.render import export as export_module
from tests.conftest import ROOT, SAMPLES

SVG = "{http://www.w3.org/2000/svg}"
DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.de.json"


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """In-process exports share the test session's QApplication."""


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["export", *args])
    return code, capsys.readouterr().err


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sample_exports_to_svg_with_every_title_as_text(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.svg"
    assert run(str(sample), "-o", str(out), capsys=capsys) == (0, "")
    texts = svg_texts(out)
    chart = load(sample).chart
    joined = " ".join(texts)
    for role in chart.roles():
        for word in role.title.split():
            assert word.rstrip("-") in joined, f"{role.title!r} is missing from the SVG"
    for team in chart.teams():
        assert team.name in texts
    assert chart.name in texts


def test_png_is_as_large_as_the_chart_and_scales(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    assert run(str(DEPARTMENTS), "-o", str(one), capsys=capsys)[0] == 0
    assert run(str(DEPARTMENTS), "-o", str(two), "--scale", "2", capsys=capsys)[0] == 0
    a, b = QImage(str(one)), QImage(str(two))
    assert not a.isNull() and a.width() > 1000
    assert abs(b.width() - 2 * a.width()) <= 1 and abs(b.height() - 2 * a.height()) <= 1
    dpi = tmp_path / "dpi.png"
    assert run(str(DEPARTMENTS), "-o", str(dpi), "--dpi", "192", capsys=capsys)[0] == 0
    assert QImage(str(dpi)).width() == b.width()


def test_png_beyond_what_an_image_holds_is_scaled_down_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "MAX_PNG_SIDE", 500)
    out = tmp_path / "big.png"
    code, err = run(str(DEPARTMENTS), "-o", str(out), capsys=capsys)
    assert code == 0
    assert "warning: the chart is" in err and "scaled down" in err
    image = QImage(str(out))
    assert max(image.width(), image.height()) <= 500


def test_pdf_keeps_text_as_text_on_one_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "chart.pdf"
    assert run(str(DEPARTMENTS), "-o", str(out), "--page-size", "A3", "--compact", capsys=capsys)[0] == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())  # pypdf gives tabs for spaces
    for title in ["E-Commerce-Manager", "Datenanalyst", "Compliance Officer", "Geschäftsentwicklung"]:
        assert title in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape, points


def test_text_from_the_data_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = OrgChart('<script>alert("x")</script> & Co')
    chart.add_team(Team("t", "R&D <Forschung>"))
    chart.add_role(Role("r", '<img src=x onerror="alert(1)">', holder="Ä & Ö"), "t")
    source = tmp_path / "evil.json"
    save(chart, source)
    out = tmp_path / "evil.svg"
    assert run(str(source), "-o", str(out), capsys=capsys)[0] == 0
    root = ET.parse(out).getroot()
    assert not [e for e in root.iter() if e.tag in (f"{SVG}script", "script", f"{SVG}img")]
    texts = svg_texts(out)
    assert '<script>alert("x")</script> & Co' in texts
    assert "Ä & Ö" in texts and "R&D <Forschung>" in texts


def test_control_characters_in_the_data_keep_the_svg_well_formed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """XML 1.0 cannot hold C0 controls (not even as &#1;), nor U+FFFE/U+FFFF: they are drawn
    as spaces, and the text around them, quotes and ampersands included, stays text."""
    bad = "\x01\x08\x1b\x1f\x7f\ufffe\uffff"
    chart = OrgChart(f'Firma{bad}"&Co"')
    chart.add_team(Team("t", f"Team{bad}<A&B>"))
    chart.add_role(Role("r", f"<script>alert(1)</script>{bad}", holder=f"Max{bad}'Muster'"), "t")
    source, out = tmp_path / "control.json", tmp_path / "control.svg"
    save(chart, source)
    assert run(str(source), "-o", str(out), capsys=capsys)[0] == 0
    raw = out.read_bytes()
    assert not [c for c in raw.decode("utf-8") if c in bad]
    root = ET.fromstring(raw)  # well-formed
    assert not [e for e in root.iter() if e.tag in (f"{SVG}script", "script")]
    texts = " ".join(svg_texts(out))
    for visible in ['Firma', '"&Co"', "Team", "<A&B>", "<script>alert(1)</script>", "Max", "'Muster'"]:
        assert visible in texts
    assert run(str(source), "-o", str(out), capsys=capsys)[0] == 0  # over the old export
    assert sorted(p.name for p in tmp_path.iterdir()) == ["control.json", "control.svg"]  # no .bak


def test_team_depth_layout_and_theme_change_the_picture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def export(name: str, *options: str) -> Path:
        out = tmp_path / name
        assert run(str(DEPARTMENTS), "-o", str(out), *options, capsys=capsys)[0] == 0
        return out

    team = svg_texts(export("team.svg", "--team", "marketing"))
    joined = " ".join(team)  # titles wrap over several text lines
    assert (
        "Digital Marketing Manager" in joined
        and "Datenanalyst" not in joined
        and "E-Commerce-Manager" not in joined
    )
    by_id = svg_texts(export("team-id.svg", "--team", "team-marketing"))
    assert by_id == team
    # spaces around and between the words of a name typed or copied count as one
    assert svg_texts(export("spaced.svg", "--team", " betrieb  und\tLogistik ")) == svg_texts(
        export("named.svg", "--team", "Betrieb und Logistik")
    )
    # the manager's dotted line to the data analyst, outside the team, is counted on its card
    assert "⋯ 1" in team
    shallow = svg_texts(export("depth.svg", "--depth", "1"))
    assert "E-Commerce-Manager" in shallow and "Datenanalyst" not in shallow and "+20" in shallow
    wide, tall = QImage(str(export("td.png"))), QImage(str(export("lr.png", "--layout", "left-right")))
    assert wide.width() > wide.height() and tall.height() > tall.width()
    compact = QImage(str(export("compact.png", "--compact")))
    assert compact.width() < wide.width()
    printed = QImage(str(export("print.png", "--theme", "print")))
    colours = {
        printed.pixelColor(x, y).name()
        for x in range(0, printed.width(), 7)
        for y in range(0, printed.height(), 7)
    }
    assert all(_grey(c) for c in colours), "the print theme is black and white"


def _grey(name: str) -> bool:
    r, g, b = int(name[1:3], 16), int(name[3:5], 16), int(name[5:7], 16)
    return max(r, g, b) - min(r, g, b) <= 8


def test_csv_input_exports_and_reports_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "hr.csv"
    source.write_text(
        "id,title,manager_id,department\n1,Chefin,,Leitung\n2,Analyst,99,Daten\n", encoding="utf-8"
    )
    out = tmp_path / "hr.svg"
    code, err = run(str(source), "-o", str(out), capsys=capsys)
    assert code == 0
    assert "warning" in err and "99" in err
    assert {"Chefin", "Analyst"} <= set(svg_texts(out))


def test_bad_input_fails_cleanly_and_leaves_the_old_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.svg"
    out.write_text("previous export")
    broken = tmp_path / "broken.json"
    data = json.loads(DEPARTMENTS.read_text(encoding="utf-8"))
    data["roles"][2]["team"] = "nowhere"
    broken.write_text(json.dumps(data), encoding="utf-8")
    code, err = run(str(broken), "-o", str(out), capsys=capsys)
    assert code == 1
    assert f"{broken}: roles[2].team: there is no team with the id 'nowhere'" in err
    assert out.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "chart.svg"]


def test_unknown_team_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(str(DEPARTMENTS), "-o", str(tmp_path / "x.svg"), "--team", "Vertrieb", capsys=capsys)
    assert code == 1 and "there is no team 'Vertrieb'" in err and "'Marketing'" in err


def test_a_name_two_teams_share_is_refused_with_their_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two teams called Support (under Sales and under IT): --team support drew one of them
    # without a word. It names both, where they are, and their ids; an id still works.
    source = tmp_path / "dup.csv"
    source.write_text(
        "id,title,manager,department,team\n1,CEO,,Board,\n2,Head Sales,1,Sales,\n3,Agent,2,Sales,Support\n"
        "4,Head IT,1,IT,\n5,Agent,4,IT,Support\n",
        encoding="utf-8",
    )
    out = tmp_path / "s.svg"
    code, err = run(str(source), "-o", str(out), "--team", "support", capsys=capsys)
    assert code == 1 and not out.exists()
    assert (
        "2 teams are called 'Support': Sales › Support (id 'team-support'), "
        "IT › Support (id 'team-support-2'); give the id of one"
    ) in err
    assert main(["matrix", str(source), "--team", "Support"]) == 1
    assert "2 teams are called 'Support'" in capsys.readouterr().err
    assert run(str(source), "-o", str(out), "--team", "team-support-2", capsys=capsys)[0] == 0


@pytest.mark.parametrize(
    "args",
    [
        ["IN.json"],  # no -o
        ["IN.json", "-o", "x.gif"],
        ["IN.json", "-o", "x.png", "--scale", "0"],
        ["IN.json", "-o", "x.png", "--scale", "2", "--dpi", "300"],
        ["IN.json", "-o", "x.svg", "--depth", "zero"],
        ["IN.json", "-o", "x.svg", "--theme", "neon"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(DEPARTMENTS) if a == "IN.json" else a for a in args]
    with pytest.raises(SystemExit) as caught:
        main(["export", *args])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_unwritable_output_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(str(DEPARTMENTS), "-o", str(tmp_path / "missing" / "x.svg"), capsys=capsys)
    assert code == 1 and "cannot be written" in err


def test_the_command_runs_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [sys.executable, "-m", "orgchart", "export", str(DEPARTMENTS), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.skipif(
    not (shutil.which("xmllint") and shutil.which("rsvg-convert")),
    reason="xmllint/rsvg-convert not installed",
)
def test_other_programs_accept_the_svg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "chart.svg"
    assert run(str(DEPARTMENTS), "-o", str(out), capsys=capsys)[0] == 0
    subprocess.run(["xmllint", "--noout", str(out)], check=True)
    png = tmp_path / "rsvg.png"
    subprocess.run(["rsvg-convert", str(out), "-o", str(png)], check=True)
    ours = tmp_path / "ours.png"
    assert run(str(DEPARTMENTS), "-o", str(ours), capsys=capsys)[0] == 0
    a, b = QImage(str(png)), QImage(str(ours))
    assert abs(a.width() - b.width()) <= 1 and abs(a.height() - b.height()) <= 1


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed")
def test_poppler_accepts_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "chart.pdf"
    assert run(str(DEPARTMENTS), "-o", str(out), capsys=capsys)[0] == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Pages"].strip() == "1" and fields["Title"].strip() == "E-Commerce-Teamstruktur"


def test_pdf_with_a_page_per_department_marks_where_branches_continue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pages.pdf"
    assert run(str(DEPARTMENTS), "-o", str(out), "--pages", "department", capsys=capsys)[0] == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    total = len(pages)
    assert total >= 6  # the overview and five departments (a wide one over several pages)
    footers = [p.rsplit(" · ", 1)[-1] for p in pages[1:]]
    assert footers == [f"{n}/{total}" for n in range(2, total + 1)]
    marketing_page = next(i for i, p in enumerate(pages) if "Marketing · " in p[-40:])
    marketing = pages[marketing_page]
    assert "Digital Marketing Manager" in marketing
    # the data analyst's card is on a Technik page; here only the pill of the dotted line says so
    pill = re.search(r"⋯ Datenanalyst · Seite (\d+)", marketing)
    assert pill and "Technik" in pages[int(pill.group(1)) - 1][-40:]
    assert "Datenanalyst" not in marketing.replace(pill.group(0), "")
    # (the German sample exports its words in German: "page" reads "Seite")
    assert "↑ E-Commerce-Manager · Seite 2" in marketing  # its head reports to the E-Commerce-Manager
    assert marketing.count("↑ ") == 1  # one pill for that manager's reports on the page
    strategy = pages[1]
    assert "Geschäftsentwicklung und Strategie · 2/" in strategy
    assert f"↓ Fortsetzung auf Seite {marketing_page + 1}," in strategy


def test_a_department_too_big_for_one_readable_page_is_split(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pages.pdf"
    assert run(str(DEPARTMENTS), "-o", str(out), "--pages", "department", capsys=capsys)[0] == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    technik = [p for p in pages if "Technik · Teil" in p]  # "part 1 of 2" in the chart's German
    assert len(technik) >= 2
    joined = " ".join(technik)
    for title in ["Webentwickler", "Datenanalyst", "Mobile-App-Entwickler", "QA-Tester"]:
        assert title in joined


def test_a_chart_with_one_department_gets_a_page_per_team(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pages.pdf"
    source = ROOT / "samples" / "ecommerce-project-roles.de.json"
    assert run(str(source), "-o", str(out), "--pages", "department", capsys=capsys)[0] == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    for team in ["E-Commerce-Team", "Marketing", "Warehouse-Team", "Kundendienstteam"]:
        assert any(f"{team} · " in p[-50:] for p in pages[1:]), team


def test_poster_pdf_tiles_the_chart_at_full_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "poster.pdf"
    assert (
        run(str(DEPARTMENTS), "-o", str(out), "--pages", "poster", "--page-size", "a4", capsys=capsys)[0] == 0
    )
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    rows_cols = pages[0].split("Zeile 1 von ")[1].split(",")[0], pages[0].split("Spalte 1 von ")[1].split()[0]
    assert len(pages) == int(rows_cols[0]) * int(rows_cols[1]) > 1
    assert any("Compliance Officer" in p for p in pages)
    with pytest.raises(SystemExit):
        main(["export", str(DEPARTMENTS), "-o", str(tmp_path / "x.png"), "--pages", "poster"])


@pytest.mark.parametrize(
    "options",
    [
        ["-o", "x.svg", "--page-size", "a3"],
        ["-o", "x.png", "--orientation", "portrait"],
        ["-o", "x.svg", "--dpi", "300"],
    ],
)
def test_options_for_another_format_are_usage_errors(
    options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", str(DEPARTMENTS), *options])
    assert caught.value.code == 2 and "are for" in capsys.readouterr().err


def test_a_misspelled_command_is_named() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "orgchart", "exprot", "x.json", "-o", "x.png"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "unknown command 'exprot'; did you mean 'export'?" in result.stderr


def test_the_legend_explains_the_dotted_line_marker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.svg"
    assert run(str(DEPARTMENTS), "-o", str(out), capsys=capsys)[0] == 0
    assert any("(⋯ n auf einer Karte: ihre gepunkteten Linien)" in t for t in svg_texts(out))  # a German chart


def test_poster_tiles_all_show_part_of_the_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "poster.pdf"
    assert run(str(DEPARTMENTS), "-o", str(out), "--pages", "poster", capsys=capsys)[0] == 0
    for page in PdfReader(out).pages:
        words = page.extract_text().split()
        assert len(words) > 8, "a tile with only its footer is a wasted page"


def test_a_scale_too_small_to_read_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", str(DEPARTMENTS), "-o", "x.png", "--dpi", "0.001"])
    assert caught.value.code == 2


def test_roles_in_the_holding_area_are_left_out_and_the_export_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = load(DEPARTMENTS)
    chart = document.chart
    chart.set_manager("operations-manager", None)
    chart.park("operations-manager")
    source, out = tmp_path / "parked.json", tmp_path / "chart.svg"
    save(chart, source)
    code, err = run(str(source), "-o", str(out), capsys=capsys)
    held = 1 + len(chart.descendants("operations-manager"))
    assert code == 0
    title = chart.role("operations-manager").title
    assert f"note: {held} roles in the holding area ({title}) are not drawn" in err
    texts = svg_texts(out)
    for role_id in ["operations-manager", *chart.descendants("operations-manager")]:
        assert chart.role(role_id).title.split()[0] not in " ".join(texts)
    assert main(["validate", str(source)]) == 0
    # the roles waiting, as the note counts them (it said "1 parked", of a branch of 4)
    assert f", {held} roles in the holding area)" in capsys.readouterr().out
