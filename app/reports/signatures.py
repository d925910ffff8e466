"""Two signature lines side by side, as on timesheets and tandem agreements."""

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, TableStyle

from app.reports.fonts import REGULAR

GAP = 20 * mm


def signature_lines(left: str, right: str, width: float) -> LongTable:
    """A line to sign on with its caption underneath, for two people (or one, when
    ``right`` is empty), over ``width``."""
    column = (width - GAP) / 2
    lines = LongTable([["", "", ""], [left, "", right]], colWidths=[column, GAP, column])
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
    ]
    if right:  # an odd number of signers leaves the last right place empty
        style.append(("LINEABOVE", (2, 1), (2, 1), 0.6, colors.black))
    lines.setStyle(TableStyle(style))
    return lines
