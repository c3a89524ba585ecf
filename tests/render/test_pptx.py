"""PowerPoint slides: native shapes people can edit, readable, nothing off the slide, lines
glued to the cards they join, departments too large for a slide paged by branch."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pptx import Presentation
from pptx.presentation import Presentation as Deck
from pptx.shapes.base import BaseShape
from pptx.shapes.group import GroupShape
from pptx.slide import Slide

from orgchart.io import load
from orgchart.layout import LayoutParams
from orgchart.model import Link, LinkKind, OrgChart, Role, Sourcing, Team
from orgchart.render.pptx_shapes import MIN_FONT_PT
from orgchart.render.pptx_slides import pptx_bytes
from orgchart.render.theme import DARK, LIGHT, PRINT
from tests.conftest import ROOT

DEPARTMENTS = ROOT / "samples" / "ecommerce-departments.en.json"
NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}


#: the smallest scale at which the theme's smallest text (a badge) is MIN_FONT_PT
READABLE_SCALE = MIN_FONT_PT / LIGHT.badge_size


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Cards are measured with the chart's fonts, which need the session's QApplication."""


def deck_of(chart: OrgChart, **options: object) -> Deck:
    theme = options.pop("theme", LIGHT)
    data = pptx_bytes(chart, theme, LayoutParams(), **options)  # type: ignore[arg-type]
    return Presentation(io.BytesIO(data))


@pytest.fixture(scope="module")
def sample() -> tuple[OrgChart, Deck]:
    chart = load(DEPARTMENTS).chart
    return chart, deck_of(chart)


def shapes(slide: Slide) -> Iterator[BaseShape]:
    """Every shape on the slide, those inside groups too."""

    def walk(items: object) -> Iterator[BaseShape]:
        for shape in items:  # type: ignore[attr-defined]
            yield shape
            if isinstance(shape, GroupShape):
                yield from walk(shape.shapes)

    yield from walk(slide.shapes)


def cards(slide: Slide, kind: str = "Card") -> dict[str, BaseShape]:
    """Title -> the box of each card (``kind``: "Card", or "Stand-in" for a manager shown
    above reports whose own card is on another slide)."""
    found = {}
    for shape in shapes(slide):
        if isinstance(shape, GroupShape) and shape.name.startswith(kind + " "):
            box = shape.shapes[0]
            found[box.text_frame.paragraphs[0].text] = box
    return found


def title(slide: Slide) -> str:
    return slide.shapes.title.text if slide.shapes.title is not None else ""


def connectors(slide: Slide, name: str) -> list[tuple[int, int]]:
    """(begin shape id, end shape id) of each connector called ``name`` on the slide."""
    out = []
    for element in slide.shapes._spTree.iter(f"{{{NS['p']}}}cxnSp"):
        if element.find("p:nvCxnSpPr/p:cNvPr", NS).get("name") != name:
            continue
        begin = element.find("p:nvCxnSpPr/p:cNvCxnSpPr/a:stCxn", NS)
        end = element.find("p:nvCxnSpPr/p:cNvCxnSpPr/a:endCxn", NS)
        assert begin is not None and end is not None, "a connector not glued at both ends"
        out.append((int(begin.get("id")), int(end.get("id"))))
    return out


def drawn_box(shape: BaseShape) -> tuple[int, int, int, int]:
    """Left, top, right, bottom as shown (a connector turned a quarter is stored unturned)."""
    x, y, w, h = shape.left, shape.top, shape.width, shape.height
    xfrm = shape._element.find(".//a:xfrm", NS)
    if xfrm is not None and int(xfrm.get("rot", "0")) % 10800000 == 5400000:
        cx, cy = x + w / 2, y + h / 2
        x, y, w, h = cx - h / 2, cy - w / 2, h, w
    return round(x), round(y), round(x + w), round(y + h)


def assert_on_the_slides(deck: Deck) -> None:
    for number, slide in enumerate(deck.slides, start=1):
        for shape in shapes(slide):
            left, top, right, bottom = drawn_box(shape)
            assert left >= 0 and top >= 0, (number, shape.name)
            assert right <= deck.slide_width and bottom <= deck.slide_height, (number, shape.name)


def assert_readable(deck: Deck) -> None:
    """No text below the minimum, and none made so by hand: the cards are drawn at a scale
    at which their own fonts reach it (a card is at least the theme's width)."""
    for number, slide in enumerate(deck.slides, start=1):
        widths = [box.width for box in cards(slide).values()]
        if widths:
            assert min(widths) / 12700 / LIGHT.card_width >= READABLE_SCALE - 1e-3, number
        sizes = [int(v) for v in re.findall(rb'<a:rPr[^>]* sz="(\d+)"', slide.part.blob)]
        assert sizes and min(sizes) >= MIN_FONT_PT * 100, (number, min(sizes))
        for shape in shapes(slide):  # and no text without a size (it would be the template's)
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    assert all(run.font.size is not None for run in paragraph.runs), (number, shape.name)


def test_an_overview_then_a_slide_per_department_titled_with_its_name(sample: tuple[OrgChart, Deck]) -> None:
    chart, deck = sample
    names = [chart.team(t).name for t in chart.subteams_of(None)]
    assert [title(s) for s in deck.slides] == [chart.name, *names]


def test_every_role_is_a_card_with_its_title_and_holder_on_its_departments_slide(
    sample: tuple[OrgChart, Deck],
) -> None:
    chart, deck = sample
    by_title = {title(s): s for s in list(deck.slides)[1:]}
    for role in chart.roles():
        department = chart.team_path(chart.team_of(role.id))[-1:] or [chart.team_of(role.id)]
        slide = by_title[chart.team(department[0]).name]
        box = cards(slide)[role.title]
        title_run = box.text_frame.paragraphs[0].runs[0]
        holder = box.text_frame.paragraphs[1]
        assert title_run.font.bold
        assert holder.text == "vacant" and holder.runs[0].font.italic  # the sample's are vacant
    mobile = cards(by_title["Technology"])["Mobile app developer"]
    assert mobile.text_frame.paragraphs[2].text == "outsourced"  # a badge, as small text


def test_reporting_lines_are_connectors_glued_to_the_cards_they_join(sample: tuple[OrgChart, Deck]) -> None:
    chart, deck = sample
    checked = 0
    for slide in deck.slides:
        ids = {t: b.shape_id for t, b in cards(slide).items()}
        ids.update({t: b.shape_id for t, b in cards(slide, "Stand-in").items()})
        expected = sorted(
            (ids[chart.role(m).title], ids[role.title])
            for role in chart.roles()
            if (m := chart.manager_of(role.id)) is not None
            and role.title in ids
            and chart.role(m).title in ids
        )
        assert sorted(connectors(slide, "Reports to")) == expected, title(slide)
        checked += len(expected)
    assert checked == 20  # every reporting line of the sample, on its department's slide


def test_dotted_lines_are_dashed_connectors_between_the_cards_on_one_slide(
    sample: tuple[OrgChart, Deck],
) -> None:
    chart, deck = sample
    technology = next(s for s in deck.slides if title(s) == "Technology")
    ids = {b.shape_id: t for t, b in [*cards(technology).items(), *cards(technology, "Stand-in").items()]}
    joined = {(ids[a], ids[b]) for a, b in connectors(technology, "Works with")}
    assert joined == {
        ("E-commerce operations specialist", "Web developer"),
        ("E-commerce operations specialist", "E-commerce manager"),  # the manager as stand-in
    }
    dashes = [e.get("val") for e in technology.shapes._spTree.iter(f"{{{NS['a']}}}prstDash")]
    assert "dash" in dashes


def test_nothing_lies_off_a_slide_and_no_text_is_below_the_minimum(sample: tuple[OrgChart, Deck]) -> None:
    _, deck = sample
    assert deck.slide_width * 9 == deck.slide_height * 16
    assert_on_the_slides(deck)
    assert_readable(deck)


def test_an_overview_too_large_to_read_maps_the_departments_with_links_to_their_slides(
    sample: tuple[OrgChart, Deck],
) -> None:
    chart, deck = sample
    overview = deck.slides[0]
    texts = [s.text_frame.text for s in shapes(overview) if s.has_text_frame]
    assert any("each follows on slides of its own" in t for t in texts)  # it says what it shows
    boxes = cards(overview)
    for number, team_id in enumerate(chart.subteams_of(None), start=2):
        assert chart.team(team_id).name in boxes
        pill = next(
            s for s in shapes(overview) if s.has_text_frame and s.text_frame.text == f"→ slide {number}"
        )
        assert pill.click_action.target_slide == deck.slides[number - 1]


def small_company(reports: int) -> OrgChart:
    """A managing director over two departments, each with a head and ``reports`` roles."""
    chart = OrgChart("Small company")
    chart.add_team(Team("board", "Board"))
    chart.add_role(Role("md", "Managing director", holder="Ada"), "board")
    for d in ("sales", "ops"):
        chart.add_team(Team(d, d.title()))
        chart.add_role(Role(f"{d}-head", f"Head of {d}"), d, "md")
        for k in range(reports):
            chart.add_role(Role(f"{d}-{k}", f"{d.title()} role {k}"), d, f"{d}-head")
    return chart


def test_an_overview_that_fits_shows_the_whole_chart_without_a_note() -> None:
    chart = small_company(1)
    overview = deck_of(chart).slides[0]
    assert set(cards(overview)) == {role.title for role in chart.roles()}
    assert not [s for s in shapes(overview) if s.name == "Subtitle"]


def test_an_overview_too_large_shows_the_top_levels_and_says_so() -> None:
    chart = small_company(5)
    deck = deck_of(chart)
    overview = deck.slides[0]
    assert set(cards(overview)) == {"Managing director", "Head of sales", "Head of ops"}
    note = next(s for s in shapes(overview) if s.name == "Subtitle").text_frame.text
    assert note.startswith("The top 2 levels")
    assert len(connectors(overview, "Reports to")) == 2
    assert [title(s) for s in deck.slides][1:] == ["Board", "Sales", "Ops"]
    assert_readable(deck)


def wide_department() -> OrgChart:
    """One department far too large for a slide: a head, 7 managers, each with 9 reports, two
    of which lead 4 roles each."""
    chart = OrgChart("Wide")
    chart.add_team(Team("dept", "Operations"))
    chart.add_role(Role("head", "Head of operations", holder="Grace"), "dept")
    for m in range(7):
        chart.add_role(Role(f"m{m}", f"Manager {m}", holder=f"Person {m}"), "dept", "head")
        for r in range(9):
            chart.add_role(Role(f"m{m}-r{r}", f"Specialist {m}.{r}"), "dept", f"m{m}")
            if r < 2:
                for k in range(4):
                    chart.add_role(Role(f"m{m}-r{r}-{k}", f"Assistant {m}.{r}.{k}"), "dept", f"m{m}-r{r}")
    return chart


def test_a_department_too_large_for_a_slide_is_paged_by_branch_with_links_between_the_pages() -> None:
    chart = wide_department()
    deck = deck_of(chart)
    slides = list(deck.slides)
    pages = [s for s in slides[1:] if title(s) == "Operations"]
    assert len(pages) >= 3 and len(pages) == len(slides) - 1
    # every role has its card (with its title) on exactly one of the department's slides
    shown = [t for page in pages for t in cards(page)]
    assert sorted(shown) == sorted(role.title for role in chart.roles())
    on_page = {t: n for n, page in enumerate(slides, start=1) for t in cards(page)}
    followed = 0
    for number, page in enumerate(slides, start=1):
        if page not in pages:
            continue
        # a manager whose reports are elsewhere: a pill on its slide that leads there, and
        # there it stands in above them, with the lines to them
        for shape in shapes(page):
            text = shape.text_frame.text if shape.has_text_frame else ""
            if text.startswith("↓ continues on slide"):
                target = shape.click_action.target_slide
                assert target is not None and target in pages
                standing = cards(target, "Stand-in")
                assert standing, text
                for stand_in in standing:
                    assert on_page[stand_in] == number or stand_in not in cards(page)
                followed += 1
        for stand_in, box in cards(page, "Stand-in").items():
            reports = [ids for ids in connectors(page, "Reports to") if ids[0] == box.shape_id]
            assert reports, f"{stand_in} stands in on slide {number} without its reports"
    assert followed >= 3
    assert_on_the_slides(deck)
    assert_readable(deck)


def test_a_hostile_title_round_trips_as_text() -> None:
    name = "<script>alert('x')</script> & Co\x00\x07\x1b"
    chart = OrgChart(name)
    chart.add_team(Team("t", "R&D <b>bold</b>"))
    chart.add_role(Role("r", 'A < B & "C"\x0b\x1f', holder="Ö\x08zil"), "t")
    data = pptx_bytes(chart, LIGHT)
    deck = Presentation(io.BytesIO(data))  # reopens: the XML is well formed
    assert title(deck.slides[0]).startswith("<script>alert('x')</script> & Co")
    texts = [s.text_frame.text for slide in deck.slides for s in shapes(slide) if s.has_text_frame]
    assert any(t.startswith('A < B & "C"') for t in texts)
    assert any("Ö zil" in t for t in texts)
    assert "R&D <b>bold</b>" in texts  # the frame's header (one department: the overview only)
    # (python-pptx reads a line break as "\v": a vertical tab breaks the line, as on the canvas)
    assert not any(re.search("[\x00-\x08\x0c-\x1f]", t) for t in texts)
    assert b"<script>" not in data  # escaped in the XML, never markup


@pytest.mark.parametrize("theme", [LIGHT, PRINT, DARK], ids=lambda t: t.name)
def test_the_theme_colours_the_slides(theme: object) -> None:
    chart = small_company(1)
    chart.update_role(Role("ops-0", "Ops role 0", sourcing=Sourcing.FREELANCE))
    deck = deck_of(chart, theme=theme)
    slide = deck.slides[0]
    background = slide.background.fill.fore_color.rgb
    assert str(background) == theme.background[1:].upper()  # type: ignore[attr-defined]
    box = cards(slide)["Ops role 0"]
    assert str(box.fill.fore_color.rgb) == theme.card[1:].upper()  # type: ignore[attr-defined]
    assert str(box.text_frame.paragraphs[0].runs[0].font.color.rgb) == theme.text[1:].upper()  # type: ignore[attr-defined]
    stripes = {str(s.fill.fore_color.rgb) for s in shapes(slide) if s.name == "Team colour"}
    if theme is PRINT:
        assert stripes == {"000000"}
    else:
        assert len(stripes) == 3  # a colour for each department


def test_options_leave_out_the_chart_name_and_the_legend() -> None:
    chart = small_company(1)
    chart.add_link(Link("sales-0", "ops-0", LinkKind.WORKS_WITH))
    with_all = deck_of(chart)
    assert title(with_all.slides[0]) == "Small company"
    assert [s for s in shapes(with_all.slides[0]) if s.name == "Legend"]
    bare = deck_of(chart, title=False, legend=False)
    assert bare.slides[0].shapes.title is None
    assert not [s for s in shapes(bare.slides[0]) if s.name == "Legend"]


def test_one_department_that_the_overview_shows_whole_is_not_shown_twice() -> None:
    # --team "E-commerce team" gave the overview and then the same chart again, as the PDF's
    # department pages did for one department (see test_pdf_pages).
    chart = load(DEPARTMENTS).chart
    marketing = deck_of(chart.extract("team-marketing"))
    assert len(marketing.slides) == 1
    assert set(cards(marketing.slides[0])) == {chart.role(r).title for r in chart.extract("team-marketing").role_ids()}
    assert len(deck_of(chart).slides) == 1 + 5  # the whole chart: the overview, then each department


def test_a_slide_with_a_collapsed_branch_says_what_its_count_means() -> None:
    # The exported pictures' legend explains "+n"; the slides showed "+3" without a word.
    chart = small_company(3)
    collapsed = Presentation(io.BytesIO(pptx_bytes(chart, LIGHT, LayoutParams(collapsed=frozenset({"sales-head"})))))
    said = ["+n on a card: the roles below it, not shown"]
    seen = 0
    for deck in (collapsed, deck_of(chart)):  # (a department's slide counts the roles on others)
        for slide in deck.slides:
            texts = [s.text_frame.text for s in shapes(slide) if s.has_text_frame and s.name != "Legend"]
            counts = any(re.search(r"\n\+\d+$", text) for text in texts)
            seen += counts
            legend = [s.text_frame.text for s in shapes(slide) if s.name == "Legend"]
            assert legend == (said if counts else []), (title(slide), texts)
    assert seen >= 3  # the Sales head on the overview and its slide, the director on the board's
