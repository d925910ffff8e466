"""Two signature lines side by side, as on timesheets and tandem agreements."""

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, TableStyle

from app.reports.fonts import REGULAR

GAP = 20 * mm


def signature_lines(left: str, right: str, width: float) -> LongTable:
    """A line to sign on with its caption underneath, for two people, over ``width``."""
    column = (width - GAP) / 2
    lines = LongTable([["", "", ""], [left, "", right]], colWidths=[column, GAP, column])
    lines.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
                ("LINEABOVE", (2, 1), (2, 1), 0.6, colors.black),
            ]
        )
    )
    return lines
