"""`orgchart export IN -o OUT` for data formats beyond CSV: .json (the editor's own bytes, no
.bak), .graphml (reads back as the chart) and .mmd (TD or LR from the view or --layout);
files in any of them read in again where orgchart reads them; no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from orgchart.cli import main
from orgchart.io import dumps, load, read_chart, read_csv, save
from orgchart.model import Direction, ViewSettings
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "ecommerce-departments.en.json"
HR_EXPORT = ROOT / "samples" / "hr-export.de.csv"


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["export", *args])
    return code, capsys.readouterr().err


def test_json_export_writes_the_editors_bytes_without_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = load(SAMPLE)
    source, out = tmp_path / "in.json", tmp_path / "out.json"
    view = ViewSettings(
        collapsed=frozenset({"operations-manager"}), direction=Direction.LEFT_RIGHT, compact=True
    )
    save(document.chart, source, view)
    assert run(str(source), "-o", str(out), capsys=capsys) == (0, "")
    assert out.read_bytes() == dumps(document.chart, view).encode("utf-8") == source.read_bytes()
    assert run(str(source), "-o", str(out), capsys=capsys) == (0, "")  # over an existing file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "out.json"]  # no .bak: an export


def test_csv_to_json_and_graphml_to_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hr.json"
    assert run(str(HR_EXPORT), "-o", str(out), capsys=capsys) == (0, "")
    chart = read_csv(HR_EXPORT).document.chart
    assert load(out).chart == chart and out.read_text(encoding="utf-8") == dumps(chart)
    graphml = tmp_path / "hr.graphml"
    assert run(str(out), "-o", str(graphml), capsys=capsys) == (0, "")
    again = tmp_path / "again.json"
    assert run(str(graphml), "-o", str(again), capsys=capsys) == (0, "")
    assert again.read_bytes() == out.read_bytes()


def test_graphml_export_reads_back_and_team_selects_a_department(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.graphml"
    assert run(str(SAMPLE), "-o", str(out), capsys=capsys) == (0, "")
    assert read_chart(out)[0].chart == load(SAMPLE).chart
    assert run(str(SAMPLE), "-o", str(out), "--team", "Marketing", capsys=capsys) == (0, "")
    assert [t.name for t in read_chart(out)[0].chart.teams()] == ["Marketing"]


def test_mermaid_follows_the_files_view_or_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, out = tmp_path / "in.json", tmp_path / "chart.mmd"
    save(load(SAMPLE).chart, source, ViewSettings(direction=Direction.LEFT_RIGHT))
    assert run(str(source), "-o", str(out), capsys=capsys) == (0, "")
    assert "flowchart LR" in out.read_text(encoding="utf-8").splitlines()
    assert run(str(source), "-o", str(out), "--layout", "top-down", capsys=capsys) == (0, "")
    assert "flowchart TD" in out.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(("suffix", "options"), [(".mmd", ["--theme", "dark"]), (".graphml", ["--depth", "2"]),
                                                 (".json", ["--scale", "2"]), (".csv", ["--layout", "left-right"])])  # fmt: skip
def test_picture_options_stay_usage_errors(
    suffix: str, options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", str(SAMPLE), "-o", f"x{suffix}", *options])
    assert caught.value.code == 2 and options[0] in capsys.readouterr().err


def test_data_exports_load_no_qt(tmp_path: Path) -> None:
    outs = [tmp_path / f"out{suffix}" for suffix in (".json", ".graphml", ".mmd")]
    code = (
        "import sys\nfrom orgchart.cli import main\n"
        + "".join(f"assert main(['export', {str(SAMPLE)!r}, '-o', {str(out)!r}]) == 0\n" for out in outs)
        + f"assert main(['export', {str(outs[1])!r}, '-o', {str(tmp_path / 'back.json')!r}]) == 0\n"
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]" and all(out.exists() for out in outs)


@pytest.mark.parametrize("target", ["same", "link", "dotted"])
def test_exporting_a_file_onto_itself_is_refused_and_the_file_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    # `export hr.csv -o hr.csv` rewrote a Windows-1252 HR export as orgchart's own CSV
    source = tmp_path / "hr.csv"
    source.write_bytes(HR_EXPORT.read_bytes())
    out = {"same": source, "link": tmp_path / "link.csv", "dotted": tmp_path / "." / "hr.csv"}[target]
    if target == "link":
        out.symlink_to(source)
    with pytest.raises(SystemExit) as usage:
        main(["export", str(source), "-o", str(out)])
    assert usage.value.code == 2
    assert "OUT is the input file" in capsys.readouterr().err
    assert source.read_bytes() == HR_EXPORT.read_bytes()
