"""Two signature lines side by side, as on timesheets and tandem agreements."""

from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, TableStyle

from app.reports.fonts import REGULAR

GAP = 20 * mm


def signature_lines(
    left: str, right: str, width: float, caption: ParagraphStyle | None = None
) -> LongTable:
    """A line to sign on with its caption underneath, for two people (or one, when
    ``right`` is empty), over ``width``. With a ``caption`` style the captions are shaped
    paragraphs (Arabic script joins its letters; right to left the first signer is on
    the right)."""
    column = (width - GAP) / 2
    captions: list[Any] = [left, "", right]
    if caption is not None:
        captions = [Paragraph(escape(text), caption) if text else "" for text in captions]
        if caption.wordWrap == "RTL":
            captions.reverse()
    lines = LongTable([["", "", ""], captions], colWidths=[column, GAP, column])
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
    ]
    first, second = (2, 0) if caption is not None and caption.wordWrap == "RTL" else (0, 2)
    style[2] = ("LINEABOVE", (first, 1), (first, 1), 0.6, colors.black)
    if right:  # an odd number of signers leaves the last place empty
        style.append(("LINEABOVE", (second, 1), (second, 1), 0.6, colors.black))
    lines.setStyle(TableStyle(style))
    return lines
