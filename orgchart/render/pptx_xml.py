"""A card's shapes written as DrawingML directly: python-pptx builds a shape property by
property, which takes milliseconds a card; a chart has thousands of cards. The XML is the
same as python-pptx would write (a group of a rounded box with its text and a stripe)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from lxml.etree import _Element
from pptx.oxml import parse_xml

NAMESPACES = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)


@dataclass(frozen=True)
class Run:
    """A paragraph of one style: ``lines`` (kept apart by line breaks), size in points,
    colour as RRGGBB, points of space before it."""

    lines: Sequence[str]
    size: float
    color: str
    bold: bool = False
    italic: bool = False
    before: float = 0.0


def card_group(
    first_id: int,
    name: str,
    box: tuple[int, int, int, int],
    radius: float,
    fill: str,
    border: str,
    border_width: int,
    dashed: bool,
    text: Sequence[Run],
    margins: tuple[int, int, int, int],
    stripe: tuple[int, int, int, int],
    stripe_color: str,
    font: str,
    kind: str = "Card",
) -> _Element:
    """A card as a group (ids ``first_id`` .. + 2) named "``kind`` ``name``": the box (EMU:
    x, y, w, h) with its text (margins left, top, right, bottom in EMU) and the team colour's
    stripe on its left."""
    x, y, w, h = box
    sx, sy, sw, sh = stripe
    dash = '<a:prstDash val="dash"/>' if dashed else ""
    paragraphs = "".join(_paragraph(run, font) for run in text)
    left, top, right, bottom = margins
    xml = (
        f"<p:grpSp {NAMESPACES}>"
        f'<p:nvGrpSpPr><p:cNvPr id="{first_id}" name={quoteattr(f"{kind} {name}")}/><p:cNvGrpSpPr/><p:nvPr/>'
        "</p:nvGrpSpPr>"
        f'<p:grpSpPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/>'
        f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{w}" cy="{h}"/></a:xfrm></p:grpSpPr>'
        f'<p:sp><p:nvSpPr><p:cNvPr id="{first_id + 1}" name={quoteattr(name)}/>'
        "<p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
        f'<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {round(radius * 100000)}"/>'
        "</a:avLst></a:prstGeom>"
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="{border_width}"><a:solidFill><a:srgbClr val="{border}"/></a:solidFill>{dash}</a:ln>'
        "</p:spPr>"
        f'<p:txBody><a:bodyPr wrap="square" lIns="{left}" tIns="{top}" rIns="{right}" bIns="{bottom}" '
        f'anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs}</p:txBody></p:sp>'
        f'<p:sp><p:nvSpPr><p:cNvPr id="{first_id + 2}" name="Team colour"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{sx}" y="{sy}"/><a:ext cx="{sw}" cy="{sh}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{stripe_color}"/></a:solidFill>'
        "<a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
        "</p:grpSp>"
    )
    element: _Element = parse_xml(xml)
    return element


def _paragraph(run: Run, font: str) -> str:
    spacing = f'<a:spcBef><a:spcPts val="{round(run.before * 100)}"/></a:spcBef>' if run.before else ""
    style = (
        f'<a:rPr lang="en-US" sz="{round(run.size * 100)}" b="{int(run.bold)}" i="{int(run.italic)}">'
        f'<a:solidFill><a:srgbClr val="{run.color}"/></a:solidFill>'
        f"<a:latin typeface={quoteattr(font)}/><a:cs typeface={quoteattr(font)}/></a:rPr>"
    )
    body = f"<a:br>{style}</a:br>".join(f"<a:r>{style}<a:t>{escape(line)}</a:t></a:r>" for line in run.lines)
    return f'<a:p><a:pPr algn="l">{spacing}</a:pPr>{body}</a:p>'
