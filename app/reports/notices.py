"""The Art. 13 information notice and the consent form as A4 PDFs: one section per
language (German first), each from the club's template, under the letterhead."""

from dataclasses import dataclass
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.interface_languages import is_right_to_left
from app.domain.notice_templates import Block, BlockKind
from app.reports.a4 import write_a4
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.letterhead import Letterhead, letterhead_flowables

MARGIN = 20 * mm


@dataclass(frozen=True)
class NoticeDocument:
    """One language's filled text; ``consents`` is empty for the notice."""

    language: str
    title: str
    version: str
    intro: tuple[Block, ...]
    consents: tuple[tuple[Block, ...], ...] = ()
    closing: tuple[Block, ...] = ()
    choice: str | None = None
    signature: str | None = None


def notice_styles(right_to_left: bool = False) -> dict[str, ParagraphStyle]:
    """The styles of one language's section; Arabic and Farsi are set right to left (lines
    broken in reading order, then each reordered) and aligned to the right."""
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=10, leading=14, shaping=1)
    if right_to_left:
        base.alignment = TA_RIGHT
        base.wordWrap = "RTL"
    indent = 5 * mm
    return {
        "base": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=15,
            leading=20,
            textColor=colors.HexColor("#1d4f73"),
            spaceAfter=4,
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=BOLD, spaceBefore=7, spaceAfter=2
        ),
        "paragraph": ParagraphStyle("paragraph", parent=base, spaceAfter=4),
        # Right to left the bullet is part of the text: reportlab draws a bullet at the left.
        "bullet": ParagraphStyle("bullet", parent=base, rightIndent=indent, spaceAfter=2)
        if right_to_left
        else ParagraphStyle(
            "bullet", parent=base, leftIndent=indent, bulletIndent=1 * mm, spaceAfter=2
        ),
        "choice": ParagraphStyle(
            "choice",
            parent=base,
            spaceAfter=8,
            rightIndent=indent if right_to_left else 0,
            leftIndent=0 if right_to_left else indent,
        ),
        "caption": ParagraphStyle("caption", parent=base, fontSize=8.5, leading=11),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=7.5, leading=10, textColor=colors.HexColor("#555555")
        ),
    }


def bullet(text: str, style: ParagraphStyle) -> Paragraph:
    """One bullet point (``text`` already escaped), on the side the language starts."""
    if style.wordWrap == "RTL":
        return Paragraph(f"• {text}", style)
    return Paragraph(text, style, bulletText="•")


def block_flowables(blocks: tuple[Block, ...], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        text = escape(block.text)
        if block.kind == BlockKind.HEADING:
            out.append(Paragraph(text, styles["heading"]))
        elif block.kind == BlockKind.BULLET:
            out.append(bullet(text, styles["bullet"]))
        else:
            out.append(Paragraph(text, styles["paragraph"]))
    return out


def _signature_line(caption: str, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    right_to_left = styles["caption"].wordWrap == "RTL"
    line = Table(
        [[""], [Paragraph(escape(caption), styles["caption"])]],
        colWidths=[width],
        hAlign="RIGHT" if right_to_left else "LEFT",
    )
    line.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return line


def write_notice_pdf(
    letterhead: Letterhead, documents: list[NoticeDocument], path: Path, title: str
) -> None:
    """Every document in turn, each on new pages, atomically written to ``path``."""
    width = 210 * mm - 2 * MARGIN
    story: list[Flowable] = []
    for number, document in enumerate(documents):
        styles = notice_styles(is_right_to_left(document.language))
        if number:
            story.append(PageBreak())
        story += letterhead_flowables(letterhead, styles["base"])
        story += [Spacer(1, 6 * mm), Paragraph(escape(document.title), styles["title"])]
        story += block_flowables(document.intro, styles)
        for consent in document.consents:
            item = block_flowables(consent, styles)
            if document.choice:
                item.append(Paragraph(escape(document.choice), styles["choice"]))
            story.append(KeepTogether(item))
        story += block_flowables(document.closing, styles)
        if document.signature is not None:
            story += [Spacer(1, 16 * mm), _signature_line(document.signature, width / 2, styles)]
        story += [Spacer(1, 6 * mm), Paragraph(escape(document.version), styles["small"])]
    write_a4(path, story, title, MARGIN)
