"""Writing cells so that no spreadsheet program evaluates what users typed.

A text starting with =, +, -, @, a tab or a carriage return would be taken
as a formula by Excel or LibreOffice (CSV/formula injection). Such text is
stored as an explicit string cell: the value shown is exactly the user's
text, and nothing is evaluated.
"""

from datetime import date, datetime

from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"


def write_value(cell: Cell, value: object) -> None:
    if value is None or value == "":
        cell.value = None
        return
    if isinstance(value, datetime):
        value = value.replace(tzinfo=None)
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return
    if isinstance(value, bool | int | float):
        cell.value = value
        return
    text = str(value)
    cell.value = text
    if text.startswith(FORMULA_TRIGGERS):
        cell.data_type = "s"  # a string, never a formula


def write_header(sheet: Worksheet, headers: list[str], comments: list[str] | None = None) -> None:
    bold = Font(bold=True)
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.value = header
        cell.font = bold
        if comments and comments[index - 1]:
            cell.comment = Comment(comments[index - 1], "Lotse", width=260, height=110)
        sheet.column_dimensions[get_column_letter(index)].width = max(12, min(40, len(header) + 4))
    sheet.freeze_panes = "A2"


def write_rows(sheet: Worksheet, rows: list[list[object]]) -> None:
    for row_index, values in enumerate(rows, start=2):
        for column_index, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_index, column=column_index)
            assert isinstance(cell, Cell)  # fresh sheets have no merged cells
            write_value(cell, value)
