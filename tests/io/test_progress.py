"""Reading reports its progress to a hook, and the hook can stop it (orgchart.io.progress)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from orgchart.io import OrgFileError, read_chart, save, write_csv, write_graphml, write_xlsx
from orgchart.io.progress import EVERY, PHASES, Cancelled, Phases, span
from orgchart.io.table_import import import_table, read_table
from orgchart.model import Link, OrgChart, Role, Team

#: more roles than two reports' worth of rows, so loops report on their way
ROLES = 2 * EVERY + 500


@pytest.fixture(scope="module")
def chart() -> OrgChart:
    chart = OrgChart("Groß")
    for t in range(12):
        chart.add_team(Team(f"t{t}", f"Team {t}"), None if t < 3 else f"t{t % 3}")
    for r in range(ROLES):
        manager = None if r == 0 else f"r{(r - 1) // 6}"
        chart.add_role(Role(f"r{r}", f"Stelle {r}", holder=f"Person {r}"), f"t{r % 12}", manager)
    for r in range(40, ROLES, 400):
        chart.add_link(Link(f"r{r}", f"r{r // 2}"))
    return chart


@pytest.fixture(scope="module")
def files(chart: OrgChart, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("large")
    made = {suffix: folder / f"chart{suffix}" for suffix in (".json", ".csv", ".xlsx", ".graphml")}
    save(chart, made[".json"])
    write_csv(chart, made[".csv"])
    write_xlsx(chart, made[".xlsx"])
    write_graphml(chart, made[".graphml"])
    return made


class Recorder:
    def __init__(self, stop_at: int | None = None) -> None:
        self.calls: list[tuple[str, float]] = []
        self.stop_at = stop_at

    def __call__(self, phase: str, done: float) -> None:
        if self.stop_at is not None and len(self.calls) == self.stop_at:
            raise Cancelled
        self.calls.append((phase, done))


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx", ".graphml"])
def test_reading_reports_rising_fractions_in_known_phases(files: dict[str, Path], suffix: str) -> None:
    hook = Recorder()
    document, warnings = read_chart(files[suffix], progress=hook)
    fractions = [done for _, done in hook.calls]
    assert fractions == sorted(fractions), hook.calls
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert {phase for phase, _ in hook.calls} <= set(PHASES)
    assert len({phase for phase, _ in hook.calls}) >= 3  # reading, …, building
    # a few reports per phase, not one per row
    assert 8 <= len(hook.calls) <= 4 * ROLES // EVERY + 150
    # the same chart as without a hook
    assert (document.chart, warnings) == (lambda d, w: (d.chart, w))(*read_chart(files[suffix]))


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_loops_report_on_their_way(files: dict[str, Path], suffix: str) -> None:
    hook = Recorder()
    read_chart(files[suffix], progress=hook)
    building = [done for phase, done in hook.calls if phase in ("building", "checking")]
    assert len(set(building)) >= 3  # more than the start and end of a phase


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx", ".graphml"])
def test_cancelling_at_any_report_stops_reading_and_returns_nothing(
    files: dict[str, Path], suffix: str
) -> None:
    reports = len(_calls(files[suffix]))
    for stop_at in sorted({0, 1, 2, reports // 2, reports - 1}):
        hook = Recorder(stop_at)
        result = None
        with pytest.raises(Cancelled):  # never taken for a broken file (OrgFileError)
            result = read_chart(files[suffix], progress=hook)
        assert result is None and len(hook.calls) == stop_at
        assert gc.isenabled()  # the collector's pause ended with the work


def test_cancelled_is_no_exception_a_reader_takes_for_a_broken_file() -> None:
    assert not issubclass(Cancelled, Exception) and not issubclass(Cancelled, OrgFileError)


def test_the_import_previews_steps_report_and_stop_too(files: dict[str, Path]) -> None:
    hook = Recorder()
    table = read_table(files[".csv"], progress=hook)
    assert hook.calls[0] == ("reading", 0.0) and hook.calls[-1][1] == 1.0
    hook = Recorder()
    imported = import_table(table, progress=hook)
    assert imported.document.chart.role_count == ROLES
    assert [phase for phase, _ in hook.calls][:1] == ["checking"] and hook.calls[-1] == ("building", 1.0)
    with pytest.raises(Cancelled):
        import_table(table, progress=Recorder(stop_at=3))


def test_a_bad_file_still_raises_its_error_with_a_hook(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "orgchart", "version": 1, "roles": [}', encoding="utf-8")
    with pytest.raises(OrgFileError) as raised:
        read_chart(broken, progress=Recorder())
    with pytest.raises(OrgFileError) as without:
        read_chart(broken)
    assert str(raised.value) == str(without.value)


def test_phases_split_the_whole_by_weight_and_span_maps_a_part() -> None:
    hook = Recorder()
    phases = Phases(hook, (("reading", 1.0), ("building", 3.0)))
    phases("reading")
    phases("building", 0.5)
    phases("building", 7.0)  # clamped
    phases.done()
    assert hook.calls == [("reading", 0.0), ("building", 0.625), ("building", 1.0), ("building", 1.0)]
    part = span(hook, 0.5, 0.7)
    assert part is not None
    part("drawing", 0.5)
    assert hook.calls[-1] == ("drawing", pytest.approx(0.6))
    assert span(None, 0.0, 1.0) is None and Phases(None, (("reading", 1.0),)).within("reading") is None


def _calls(path: Path) -> list[tuple[str, float]]:
    hook = Recorder()
    read_chart(path, progress=hook)
    return hook.calls
