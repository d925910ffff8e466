"""Writing a report as an Excel workbook that opens cleanly in Excel and LibreOffice."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from app.reports.model import Report
from app.reports.xlsx_cells import write_header, write_value

MAX_WIDTH = 60


def write_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    for table in report.tables:
        sheet = workbook.create_sheet(table.title[:31])
        write_header(sheet, table.columns)
        widths = [len(c) + 2 for c in table.columns]
        for row_index, values in enumerate(table.rows, start=2):
            for column_index, value in enumerate(values, start=1):
                cell = sheet.cell(row=row_index, column=column_index)
                assert isinstance(cell, Cell)
                write_value(cell, value)
                if column_index - 1 in table.number_columns:
                    cell.alignment = Alignment(horizontal="right")
                shown = 10 if hasattr(value, "strftime") else len(str(value or ""))
                widths[column_index - 1] = max(widths[column_index - 1], shown + 2)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        sheet.oddHeader.center.text = f"{report.organisation} – {report.title}"
        sheet.oddFooter.right.text = "Seite &P von &N"
        sheet.oddFooter.left.text = report.generated_at.strftime("%d.%m.%Y %H:%M")
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
