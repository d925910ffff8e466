"""The organisation's letterhead on documents handed to people: logo, name, address."""

import io
from html import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from app.reports.model import Letterhead as Letterhead


def letterhead_flowables(letterhead: Letterhead, style: ParagraphStyle) -> list[Flowable]:
    """Name and address on the left, the logo (if any) on the right."""
    text = Paragraph(
        "<br/>".join(escape(line) for line in [letterhead.name, *letterhead.address_lines]),
        style,
    )
    if not letterhead.logo_png:
        return [text]
    logo = Image(
        io.BytesIO(letterhead.logo_png), width=40 * mm, height=18 * mm, kind="proportional"
    )
    logo.hAlign = "RIGHT"
    table = Table([[text, logo]], colWidths=["*", 45 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]
