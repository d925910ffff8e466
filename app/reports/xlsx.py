"""Writing a report as an Excel workbook that opens cleanly in Excel and LibreOffice.

The workbook is written in openpyxl's streaming mode: a 7,000-row participant
list takes well under a second instead of several. The sheets stream to memory,
never to temporary files (``xlsx_memory.py``).
"""

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.reports.model import CellFormat, Report, Table
from app.reports.xlsx_cells import DATE_FORMAT, FORMULA_TRIGGERS, print_setup
from app.reports.xlsx_memory import create_sheet, save_workbook

MAX_WIDTH = 60
BOLD = Font(bold=True)
RIGHT = Alignment(horizontal="right")
# Text longer than a column may be wide wraps inside it: printed, nothing is cut off.
WRAP = Alignment(wrap_text=True, vertical="top")


def _cell(
    sheet: WriteOnlyWorksheet, value: Any, right: bool, cell_format: CellFormat | None
) -> Cell:
    if isinstance(value, datetime):
        value = value.replace(tzinfo=None)
    if cell_format == CellFormat.TEXT and value not in (None, ""):
        value = str(value)
    cell = WriteOnlyCell(sheet, value=value if value != "" else None)
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, str):
        if value.startswith(FORMULA_TRIGGERS) or cell_format == CellFormat.TEXT:
            cell.data_type = "s"  # user text, never a formula
    elif isinstance(value, float) and cell_format is None:
        cell.number_format = CellFormat.NUMBER.value
    if cell_format is not None and not isinstance(value, date):
        cell.number_format = cell_format.value
    if right:
        cell.alignment = RIGHT
    elif isinstance(value, str) and len(value) > MAX_WIDTH - 2:
        cell.alignment = WRAP
    return cell


def _write_table(workbook: Workbook, table: Table, report: Report) -> None:
    sheet = create_sheet(workbook, table.title[:31])
    widths = [len(c) + 2 for c in table.columns]
    for row in table.rows:
        for index, value in enumerate(row):
            shown = 10 if isinstance(value, date) else len(str(value if value is not None else ""))
            widths[index] = max(widths[index], shown + 2)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
    print_setup(
        sheet,
        f"{report.organisation} – {report.title}",
        len(table.columns),
        len(table.rows),
        report.generated_at.strftime("%d.%m.%Y %H:%M"),
    )
    header = []
    for title in table.columns:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = BOLD
        header.append(cell)
    sheet.append(header)
    numbers = table.number_columns
    last = len(table.rows) - 1
    for position, row in enumerate(table.rows):
        cells = [
            _cell(sheet, value, index in numbers, table.formats.get(index))
            for index, value in enumerate(row)
        ]
        if table.total_row and position == last:
            for cell in cells:
                cell.font = BOLD
        sheet.append(cells)


def _explanations(report: Report) -> Table | None:
    """What each sheet counts and its notes, on a sheet of their own: data sheets hold
    only their table, so they can be filtered and sorted."""
    rows: list[list[object]] = []
    for table in report.tables:
        if table.base is not None:
            rows.append([table.title, table.base.text()])
        rows += [[table.title, note] for note in table.notes]
    rows += [["Hinweise", note] for note in report.notes]
    if not rows or any(t.title == "Hinweise" for t in report.tables):
        return None
    return Table("Hinweise", ["Blatt", "Hinweis"], rows)


def write_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook(write_only=True)
    for table in report.tables:
        _write_table(workbook, table, report)
    explanations = _explanations(report)
    if explanations is not None:
        _write_table(workbook, explanations, report)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_workbook(workbook, path)
