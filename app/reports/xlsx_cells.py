"""Writing cells and sheets that open cleanly in Excel and LibreOffice.

A text starting with =, +, -, @, a tab or a carriage return would be taken
as a formula by Excel or LibreOffice (CSV/formula injection). Such text is
stored as an explicit string cell: the value shown is exactly the user's
text, and nothing is evaluated.

Every sheet Lotse writes prints its header row on each page, fits the page
width, has an autofilter on the header row and a page header naming the
organisation (with "&" escaped, as Excel reads "&" as a formatting code).
Codes with leading zeros (postcodes, phone numbers, case numbers) are text
cells, so Excel keeps 01067 as 01067; money has a € format, hours two places.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.domain import text_rules
from app.reports.model import CellFormat

# openpyxl loads with the first sheet written through it: the report writer takes only
# the constants and header_text from here, and importing openpyxl costs 0.2-0.3 s.
if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["DATE_FORMAT", "CellFormat", "print_setup", "write_header", "write_rows"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"
# What openpyxl refuses in a cell (XML 1.0 has no control characters but tab and breaks).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Excel allows 255 characters in a page header or footer, formatting codes included.
HEADER_LIMIT = 255


def header_text(text: str, limit: int = HEADER_LIMIT) -> str:
    """Page header text: "&" doubled (else Excel reads "&B" as "bold") and within ``limit``."""
    escaped = text.replace("&", "&&")
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - 1]
    if cut.endswith("&") and not cut.endswith("&&"):
        cut = cut[:-1]  # never leave half of an escaped "&&"
    return cut + "…"


def print_setup(sheet: Any, title: str, columns: int, rows: int, footer_left: str = "") -> None:
    """Landscape, one page wide, the header row on every page, autofilter, page header."""
    from openpyxl.utils import get_column_letter

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = header_text(title)
    sheet.oddFooter.right.text = "Seite &P von &N"
    if footer_left:
        sheet.oddFooter.left.text = header_text(footer_left)
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1) + 1}"
    sheet.freeze_panes = "A2"


def storable(text: str) -> str:
    """Text a workbook can hold. Forms and imports already store clean text
    (``domain/text_rules``); older records may still hold Word's manual line break
    (vertical tab), which openpyxl refuses for the whole file: it becomes the line
    break it stands for, and any other control character the visible U+FFFD."""
    if not _ILLEGAL.search(text):
        return text
    return _ILLEGAL.sub("\ufffd", text_rules.clean(text, multiline=True))


def write_value(cell: Cell, value: object, cell_format: CellFormat | None = None) -> None:
    if value is None or value == "":
        cell.value = None
        if cell_format is not None:
            cell.number_format = cell_format.value
        return
    if isinstance(value, datetime):
        value = value.replace(tzinfo=None)
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return
    if cell_format == CellFormat.TEXT:
        cell.value = str(value)
        cell.data_type = "s"
        cell.number_format = CellFormat.TEXT.value
        return
    if isinstance(value, bool | int | float):
        cell.value = value
        if cell_format is not None:
            cell.number_format = cell_format.value
        return
    text = storable(str(value))
    cell.value = text
    if text.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"  # a string, never a formula


def write_header(sheet: Worksheet, headers: list[str], comments: list[str] | None = None) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.value = header
        cell.font = bold
        if comments and comments[index - 1]:
            cell.comment = Comment(comments[index - 1], "Lotse", width=260, height=110)
        sheet.column_dimensions[get_column_letter(index)].width = max(12, min(40, len(header) + 4))
    sheet.freeze_panes = "A2"


def write_rows(
    sheet: Worksheet,
    rows: list[list[object]],
    formats: dict[int, CellFormat] | None = None,
) -> None:
    """Rows below the header; ``formats`` by column index (0-based)."""
    from openpyxl.cell.cell import Cell

    formats = formats or {}
    for row_index, values in enumerate(rows, start=2):
        for column_index, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_index, column=column_index)
            assert isinstance(cell, Cell)  # fresh sheets have no merged cells
            write_value(cell, value, formats.get(column_index - 1))
