"""Department pages split a large department between its cards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from orgchart.io import load
from orgchart.model import OrgChart
from orgchart.render.export import PdfOptions, pdf_writer
from orgchart.render.pdf_pages import _cuts, _markers, _plan, marker_boxes, page_numbers, team_scales
from orgchart.render.picture import ChartPicture
from orgchart.render.theme import LIGHT

DEPARTMENTS = Path(__file__).resolve().parents[2] / "samples" / "ecommerce-departments.de.json"
PROJECT = DEPARTMENTS.with_name("ecommerce-project-roles.de.json")


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts need the session's QApplication."""


def test_cuts_fall_in_the_gap_nearest_to_an_even_split() -> None:
    cards = [(0.0, 100.0), (120.0, 220.0), (240.0, 340.0), (360.0, 460.0)]
    assert _cuts(0.0, 460.0, 2, cards) == [(0.0, 230.0), (230.0, 460.0)]


def test_without_a_gap_nearby_two_parts_overlap_by_a_card() -> None:
    cards = [(0.0, 300.0), (310.0, 600.0)]  # the only gap is far from the middle of 0..900
    assert _cuts(0.0, 900.0, 3, cards) == [(0.0, 305.0), (305.0, 750.0), (450.0, 900.0)]


def test_a_split_department_shows_each_card_whole_on_a_page_and_cuts_none() -> None:
    picture = ChartPicture(load(DEPARTMENTS).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(), True)
    technik = [p for p in _plan(picture, page) if p.team_id == "team-technology"]
    assert len(technik) >= 2
    offset = picture.chart_offset
    cards = [
        QRectF(c.rect.x, c.rect.y, c.rect.w, c.rect.h).translated(offset)
        for c in picture.geometry.cards.values()
        if c.team_id == "team-technology"
    ]
    for card in cards:
        touching = [p.region for p in technik if p.region.intersects(card)]
        assert touching and all(region.contains(card) for region in touching)


def test_continuation_pills_cover_no_label_and_no_other_pill() -> None:
    # The project sample at A3 put "continues on page 1" over a dotted line's label.
    picture = ChartPicture(load(PROJECT).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(page_size="a3"), True)
    pages = _plan(picture, page)
    on_page, page_of_role = page_numbers(picture, pages)
    labels = [box for _, box in picture.painter.label_places()]
    cards = [QRectF(c.rect.x, c.rect.y, c.rect.w, c.rect.h) for c in picture.geometry.cards.values()]
    checked = 0
    for number in range(2, len(pages) + 2):
        markers = _markers(picture, number, on_page[number], page_of_role)
        boxes = marker_boxes(picture, markers)
        for k, box in enumerate(boxes):
            assert not any(box.intersects(label) for label in labels), markers[k].text
            assert not any(box.intersects(card) for card in cards), markers[k].text
            assert not any(box.intersects(other) for other in boxes[:k])
            checked += 1
    assert checked >= 3


def test_a_department_page_leaves_out_a_label_its_edge_would_cut() -> None:
    from PySide6.QtGui import QImage, QPainter

    picture = ChartPicture(load(PROJECT).chart, LIGHT)
    _, box = picture.painter.label_places()[0]
    # a page whose left edge runs through the middle of that label
    region = QRectF(box.center().x(), -5000, 10000, 10000).translated(picture.chart_offset)

    def labels_drawn(whole: bool) -> list[QRectF]:
        drawn: list[QRectF] = []
        picture.painter._label = lambda _p, _line, b: drawn.append(b)  # type: ignore[method-assign]
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        picture.paint(painter, clip=region, whole_labels=whole)
        painter.end()
        return drawn

    assert box in labels_drawn(whole=False)  # a screen repaints the part it shows
    assert box not in labels_drawn(whole=True)  # a page does not print half a label


def test_the_parts_of_a_split_department_are_printed_at_one_scale() -> None:
    picture = ChartPicture(load(DEPARTMENTS).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(), True)
    pages = _plan(picture, page)
    scales = team_scales(pages)
    technik = [p for p in pages if p.team_id == "team-technology"]
    assert len(technik) >= 2
    fits = [min(page.width() / p.region.width(), (page.height() - 16) / p.region.height()) for p in technik]
    assert len({round(f, 6) for f in fits}) > 1  # each part alone would print at its own size
    assert scales["team-technology"] == min(fits)  # one size for all, at which every part fits


def test_one_pill_names_the_manager_of_all_the_roles_that_report_to_another_page() -> None:
    # The project sample's e-commerce team: seven roles on its page all report to the head
    # of Digital on page 1; one pill says so (seven said "continues on page 1" before).
    picture = ChartPicture(load(PROJECT).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(page_size="a3"), True)
    pages = _plan(picture, page)
    on_page, page_of_role = page_numbers(picture, pages)
    (number,) = [n for n, p in enumerate(pages, start=2) if p.team_id == "team-ecommerce"]
    incoming = [m for m in _markers(picture, number, on_page[number], page_of_role) if m.above]
    chart = picture.chart
    here = [r for r in chart.reports_of("head-of-digital") if page_of_role[r] == number]
    assert len(here) >= 5 and len(incoming) == 1
    (marker,) = incoming
    assert marker.text == f"↑ {chart.role('head-of-digital').title} · page 1"
    cards = picture.geometry.cards
    assert all(marker.rect.contains(cards[r].rect) for r in here)  # above them all


def test_the_parts_of_a_split_department_are_pages_of_their_own_in_every_marker() -> None:
    # The departments sample splits Technology over two A4 pages: its lead's pill listed the
    # first part only ("continues on page 3, 4, 6, 7", not 5), and the second part's pill for
    # the e-commerce manager was drawn on the first part's page, outside what it shows.
    picture = ChartPicture(load(DEPARTMENTS).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(), True)
    pages = _plan(picture, page)
    on_page, page_of_role = page_numbers(picture, pages)
    numbers = {n: p for n, p in enumerate(pages, start=2)}
    parts = [n for n, p in numbers.items() if p.team_id == "team-technology"]
    assert len(parts) >= 2
    chart, cards = picture.chart, picture.geometry.cards
    offset = picture.chart_offset
    for number, planned in numbers.items():
        for role_id in on_page[number]:  # whole on the page that is named for it
            rect = cards[role_id].rect
            assert planned.region.contains(QRectF(rect.x, rect.y, rect.w, rect.h).translated(offset))
    for role_id in chart.role_ids():
        assert page_of_role[role_id] == 1 or role_id in on_page[page_of_role[role_id]]
    # every part shows roles of its own, and each is named where it is
    for number in parts:
        assert any(page_of_role[r] == number for r in on_page[number])
    # the pills: below a manager, the pages its reports are on; above the reports, the page of
    # their manager; and a pill only ever about a role on the page
    for number in numbers:
        for marker in _markers(picture, number, on_page[number], page_of_role):
            if marker.dotted:
                continue  # see the next test
            shown = [r for r in on_page[number] if marker.rect.contains(cards[r].rect)]
            assert shown, marker.text
            if marker.above:
                (manager,) = {chart.manager_of(r) for r in shown if chart.manager_of(r) not in on_page[number]}
                assert marker.text.endswith(f"· page {page_of_role[manager]}")
            else:
                (lead,) = [r for r in shown if cards[r].rect == marker.rect]
                away = {page_of_role[r] for r in chart.reports_of(lead) if r not in on_page[number]}
                listed = marker.text.split("page ")[1]
                assert listed == ", ".join(str(p) for p in sorted(away - {number}))
    # the e-commerce manager leads roles on both parts: its pill names both
    lead = "ecommerce-manager"
    assert {page_of_role[r] for r in chart.reports_of(lead)} >= set(parts)
    number = page_of_role[lead]
    (pill,) = [m for m in _markers(picture, number, on_page[number], page_of_role) if not m.above and not m.dotted]
    assert pill.rect == cards[lead].rect
    assert all(str(n) in pill.text.split("page ")[1].split(", ") for n in parts), pill.text


def test_a_dotted_line_to_another_page_gets_a_pill_saying_where_it_goes() -> None:
    # A dotted line cut at a department page's edge used to stop there without a word.
    picture = ChartPicture(load(PROJECT).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(page_size="a3"), True)
    pages = _plan(picture, page)
    on_page, page_of_role = page_numbers(picture, pages)
    chart, cards = picture.chart, picture.geometry.cards
    checked = 0
    for number in range(2, len(pages) + 2):
        here = on_page[number]
        dotted = {m.rect: m.text for m in _markers(picture, number, here, page_of_role) if m.dotted}
        for role_id in here:
            others = [
                (link.target if link.source == role_id else link.source)
                for link in chart.links()
                if role_id in (link.source, link.target)
            ]
            away = [r for r in others if r not in here and page_of_role[r] != number]
            text = dotted.get(cards[role_id].rect)
            if not away:
                assert text is None, (number, role_id, text)
                continue
            pages_listed = ", ".join(str(p) for p in sorted({page_of_role[r] for r in away}))
            if len(away) == 1:
                assert text == f"⋯ {chart.role(away[0]).title} · page {pages_listed}"
            else:
                assert text == f"⋯ {len(away)} dotted lines · page {pages_listed}"
            checked += 1
    assert checked >= 4


def test_a_department_page_draws_only_the_lines_of_its_own_roles() -> None:
    # The data analyst's dotted line to the financial analyst crossed the Operations page
    # from edge to edge, neither of its roles on it.
    from PySide6.QtGui import QImage, QPainter

    from orgchart.layout import Line

    picture = ChartPicture(load(DEPARTMENTS.with_name("ecommerce-departments.en.json")).chart, LIGHT)
    _, _, page = pdf_writer(picture, PdfOptions(), True)

    def drawn(region: QRectF, ends: set[str] | None) -> tuple[list[Line], list[Line]]:
        lines: list[Line] = []
        labelled: list[Line] = []
        painter_of = picture.painter
        painter_of._lines = lambda _p, _kind, some: lines.extend(some)  # type: ignore[method-assign]
        painter_of._label = lambda _p, line, _box: labelled.append(line)  # type: ignore[method-assign]
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        picture.paint(painter, clip=region, whole_labels=True, ends=ends)
        painter.end()
        return lines, labelled

    foreign_lines = 0
    for planned in _plan(picture, page):
        teams = set(picture.chart.team_ids_under(planned.team_id))
        own = {r for r, c in picture.geometry.cards.items() if c.team_id in teams}
        passing, passing_labels = drawn(planned.region, None)
        foreign_lines += sum(line.source not in own and line.target not in own for line in passing)
        lines, labels = drawn(planned.region, own)
        assert {(line.source, line.target) for line in lines + labels} == {
            (line.source, line.target)
            for line in passing + passing_labels
            if line.source in own or line.target in own
        }
    assert foreign_lines  # there were some to leave out
    whole = QRectF(0, 0, picture.width, picture.height)
    everything = drawn(whole, None)[1]
    analysts = {"data-analyst"}
    assert len(everything) > 1 and drawn(whole, analysts)[1] == [
        line for line in everything if analysts & {line.source, line.target}
    ] != []


@pytest.mark.parametrize(("direction", "up", "down"), [("top-down", "↑", "↓"), ("left-right", "←", "→")])
def test_page_markers_point_the_way_the_lines_run(direction: str, up: str, down: str) -> None:
    # Left to right, the manager is to the left and the reports to the right: the pills said
    # "↑ E-commerce manager" and "↓ continues on page 3, 4…" all the same.
    from orgchart.layout import LayoutParams
    from orgchart.model import Direction

    params = LayoutParams(direction=Direction(direction))
    picture = ChartPicture(load(DEPARTMENTS.with_name("ecommerce-departments.en.json")).chart, LIGHT, params)
    _, _, page = pdf_writer(picture, PdfOptions(), picture.width >= picture.height)
    pages = _plan(picture, page)
    on_page, page_of_role = page_numbers(picture, pages)
    texts = [
        m.text
        for number in range(2, len(pages) + 2)
        for m in _markers(picture, number, on_page[number], page_of_role)
        if not m.dotted
    ]
    assert any(t.startswith(f"{up} E-commerce manager · page ") for t in texts)
    assert any(t.startswith(f"{down} continues on page ") for t in texts)
    assert not any(t[0] in "↑↓←→".replace(up, "").replace(down, "") for t in texts)


def test_one_department_that_fits_a_page_is_not_printed_twice() -> None:
    # `--pages department --team Marketing` gave the overview and the same chart again
    import io

    from pypdf import PdfReader

    from orgchart.render.pdf_pages import department_pages_pdf

    chart = load(DEPARTMENTS.with_name("ecommerce-departments.en.json")).chart

    def pages(team: str) -> int:
        data, _ = department_pages_pdf(ChartPicture(chart.extract(team), LIGHT), PdfOptions())
        return len(PdfReader(io.BytesIO(data)).pages)

    assert pages("team-marketing") == 1
    assert pages("team-technology") >= 3  # too wide to read on one: the overview and its parts
    # one section that the overview shows far smaller than its own page would (the project's
    # e-commerce team: its IT team and its own roles, at 0.49 against 0.87) keeps its page
    project = load(PROJECT.with_name("ecommerce-project-roles.en.json")).chart.extract("team-ecommerce")
    data, _ = department_pages_pdf(ChartPicture(project, LIGHT), PdfOptions())
    assert len(PdfReader(io.BytesIO(data)).pages) == 2


def test_a_page_shows_no_card_cut_by_its_edge() -> None:
    # The HR export's Marketing, split over two portrait pages, showed "Content-Mark…" cut at
    # the first page's edge and "…ngspezialist" at the second's.
    from orgchart.io import read_csv
    from orgchart.render.pdf_pages import department_pages_pdf

    chart = read_csv(DEPARTMENTS.with_name("hr-export.de.csv")).document.chart
    picture = ChartPicture(chart, LIGHT)
    painted: list[tuple[QRectF, set[str]]] = []
    paint = picture.painter.paint
    cards = picture.geometry.cards

    def recording(painter: object, clip: QRectF | None = None, **kwargs: object) -> None:
        if clip is not None:
            painted.append((clip, set(kwargs.get("skip", ()))))  # type: ignore[call-overload]
            # and only the lines of the page's department (those of one team, at least)
            ends = set(kwargs["ends"])  # type: ignore[call-overload]
            assert ends and len({cards[r].team_id for r in ends}) < len({c.team_id for c in cards.values()})
        paint(painter, clip, **kwargs)  # type: ignore[arg-type]

    picture.painter.paint = recording  # type: ignore[method-assign]
    department_pages_pdf(picture, PdfOptions(orientation="portrait"))
    assert len(painted) >= 6 and any(skipped for _, skipped in painted)
    for clip, skipped in painted:  # (the painter's clip is in chart coordinates)
        for role_id, card in picture.geometry.cards.items():
            rect = QRectF(card.rect.x, card.rect.y, card.rect.w, card.rect.h)
            if role_id not in skipped and clip.intersects(rect):
                assert clip.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(rect), role_id


def test_auto_orientation_turns_each_department_page_the_way_it_prints_larger() -> None:
    # Left to right, the departments sample is tall (a portrait overview), but Marketing and
    # Operations are wide: every page was portrait, where a landscape one prints them larger
    # (Marketing at 1.42 instead of 1.14).
    import io

    from pypdf import PdfReader

    from orgchart.layout import LayoutParams
    from orgchart.model import Direction
    from orgchart.render.pdf_pages import department_pages_pdf

    chart = load(DEPARTMENTS.with_name("ecommerce-departments.en.json")).chart
    picture = ChartPicture(chart, LIGHT, LayoutParams(direction=Direction.LEFT_RIGHT))
    _, _, page = pdf_writer(picture, PdfOptions(orientation="portrait"), False)
    sideways = QRectF(0, 0, page.height(), page.width()).size()
    plan = _plan(picture, page, sideways)
    landscape = {p.team_id: p.landscape for p in plan}
    assert landscape == {
        "team-business-development": False,
        "team-marketing": True,
        "team-technology": False,  # deep and narrow: portrait, as the overview
        "team-operations": True,
        "team-finance": False,
    }

    def turned(orientation: str) -> list[bool]:
        """Whether each page of the PDF is landscape."""
        data, _ = department_pages_pdf(picture, PdfOptions(orientation=orientation))
        return [p.mediabox.width > p.mediabox.height for p in PdfReader(io.BytesIO(data)).pages]

    assert turned("auto") == [False] + [p.landscape for p in plan]  # the overview, then each
    assert not any(turned("portrait"))
    assert all(turned("landscape"))
    # the turn is for a larger print: no department prints smaller than on either alone
    both = team_scales(plan)
    for alone in (team_scales(_plan(picture, page)), team_scales(_plan(picture, sideways))):
        assert all(both[t] >= scale / 1.1 for t, scale in alone.items())
    assert both["team-marketing"] > 1.2 * team_scales(_plan(picture, page))["team-marketing"]


def _split_notes(picture: ChartPicture, options: PdfOptions, team: str) -> dict[int, list[str]]:
    """Page number -> the texts of the pills at its cuts, for the pages of ``team``."""
    from orgchart.render.split_notes import edge_notes

    _, _, page = pdf_writer(picture, options, picture.width >= picture.height)
    pages = _plan(picture, page)
    notes = {}
    for k, planned in enumerate(pages):
        if planned.team_id == team:
            found = edge_notes(picture, pages, k)
            for box, _ in found:  # on the page, inside what it shows
                assert planned.region.contains(box)
            notes[k + 2] = [text for _, text in found]
    return notes


def test_each_cut_of_a_split_department_names_the_page_beyond_it() -> None:
    # Technology over pages 4 and 5: page 4's frame ended at the paper's edge without a word.
    picture = ChartPicture(load(DEPARTMENTS.with_name("ecommerce-departments.en.json")).chart, LIGHT)
    notes = _split_notes(picture, PdfOptions(orientation="landscape"), "team-technology")
    (first, second) = sorted(notes)
    assert notes == {first: [f"→ continues on page {second}"], second: [f"← Technology · page {first}"]}
    # the pills of the lines leaving the page keep clear of them
    from orgchart.render.split_notes import edge_notes

    _, _, page = pdf_writer(picture, PdfOptions(orientation="landscape"), True)
    pages = _plan(picture, page)
    on_page, page_of_role = page_numbers(picture, pages)
    for number in (first, second):
        placed = [box.translated(-picture.chart_offset) for box, _ in edge_notes(picture, pages, number - 2)]
        boxes = marker_boxes(picture, _markers(picture, number, on_page[number], page_of_role), placed)
        assert boxes and not any(b.intersects(p) for b in boxes for p in placed)


def _operations(name: str, grow: Callable[[OrgChart], None]) -> ChartPicture:
    """Left to right: a managing director, and a department ``name`` (id "ops") whose lead
    ("lead") has the roles ``grow`` adds below it."""
    from orgchart.layout import LayoutParams
    from orgchart.model import Direction, Role, Team

    chart = OrgChart("Firma")
    chart.add_team(Team("top", "Leitung"))
    chart.add_role(Role("ceo", "Geschäftsführung"), "top")
    chart.add_team(Team("ops", name), "top")
    chart.add_role(Role("lead", "Betriebsleitung"), "ops", "ceo")
    grow(chart)
    return ChartPicture(chart, LIGHT, LayoutParams(direction=Direction.LEFT_RIGHT))


def test_a_department_cut_across_says_so_at_the_bottom_and_the_top() -> None:
    from orgchart.model import Role

    def forty(chart: OrgChart) -> None:
        for k in range(40):
            chart.add_role(Role(f"r{k}", f"Fachkraft {k}"), "ops", "lead")

    picture = _operations("Betrieb", forty)
    notes = _split_notes(picture, PdfOptions(orientation="landscape"), "ops")
    numbers = sorted(notes)
    assert len(numbers) >= 2
    assert notes[numbers[0]] == [f"↓ continues on page {numbers[1]}"]
    assert notes[numbers[-1]] == [f"↑ Betrieb · page {numbers[-2]}"]


def test_a_department_cut_both_ways_has_every_pill_on_its_page() -> None:
    # Cut into rows and columns, the pages below the first row put their ← and → pills at
    # the header's height, on no page at all; and a team called "Q%2 Ops" read "← Q5 Ops".
    from orgchart.model import Role

    def grow(chart: OrgChart, parent: str = "lead", depth: int = 5) -> None:  # three reports each
        for k in range(3 if depth else 0):
            role_id = f"{parent}.{k}"
            chart.add_role(Role(role_id, f"Rolle {role_id}"), "ops", parent)
            grow(chart, role_id, depth - 1)

    picture = _operations("Q%2 Ops", grow)
    notes = _split_notes(picture, PdfOptions(orientation="landscape"), "ops")  # (asserts they are on their pages)
    _, _, page = pdf_writer(picture, PdfOptions(orientation="landscape"), True)
    parts = [p for p in _plan(picture, page) if p.team_id == "ops"]
    assert max(p.row for p in parts) >= 1 and max(p.col for p in parts) >= 1  # cut both ways
    texts = [text for found in notes.values() for text in found]
    assert any(text.startswith("← Q%2 Ops · page ") for text in texts)
    assert not any("Q5" in text or "Q%2 Ops · page %2" in text for text in texts)
