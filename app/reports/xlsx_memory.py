"""Workbooks written without temporary files.

openpyxl writes the XML of every worksheet to a file of its own in the system's
temp folder (``NamedTemporaryFile(delete=False)``: in write-only mode from the
first row appended, otherwise while saving) and zips it into the workbook at the
end. That XML is every cell in plain text. A crash, a killed process or a full
disk leaves it behind in the temp folder, and even a removed file's blocks stay
on the disk, outside Lotse's encryption. Here each sheet's XML is kept in memory
instead (a few megabytes for the largest report), so the only file written is the
one the user asked for.

This relies on two internals of openpyxl (pinned in ``requirements.lock``):
``WorksheetWriter(ws, out=...)`` accepts a file object, and ``ExcelWriter``
takes each sheet from its writer. ``tests/test_temp_files.py`` fails if a new
version writes temporary files again.
"""

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any, cast
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from app.storage.atomic import replaced_when_complete


class _InMemoryWriteOnlyWorksheet(WriteOnlyWorksheet):
    """A streaming sheet whose rows go to memory instead of a temporary file."""

    def _get_writer(self) -> None:
        sheet: Any = self  # openpyxl's private attributes, untyped
        if sheet._writer is None:
            sheet._writer = WorksheetWriter(self, out=BytesIO())
            sheet._writer.write_top()


def create_sheet(workbook: Workbook, title: str) -> Any:
    """A new sheet of ``workbook``; in a write-only workbook, one that streams to memory.
    Use this instead of ``Workbook.create_sheet``."""
    if not workbook.write_only:
        return workbook.create_sheet(title)
    sheet = _InMemoryWriteOnlyWorksheet(parent=workbook, title=title)
    cast(Any, workbook)._add_sheet(sheet)
    return sheet


class _InMemoryExcelWriter(ExcelWriter):
    """openpyxl's writer, with each worksheet's XML taken from memory."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if self.workbook.write_only:
            if not ws.closed:
                ws.close()
            writer = ws._writer
            if not isinstance(writer.out, BytesIO):
                raise RuntimeError(f"sheet {ws.title!r} was not created with create_sheet()")
        else:
            writer = WorksheetWriter(ws, out=BytesIO())
            writer.write()
        ws._rels = writer._rels
        cast(ZipFile, cast(Any, self)._archive).writestr(ws.path[1:], writer.out.getvalue())
        self.manifest.append(ws)


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Save like ``Workbook.save``, with no file but ``path`` written."""
    if workbook.write_only and not workbook.worksheets:
        create_sheet(workbook, "Sheet")
    workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    # Atomic: a kill or a full disk leaves the previous file, never a truncated one.
    with (
        replaced_when_complete(path) as partial,
        ZipFile(partial, "w", ZIP_DEFLATED, allowZip64=True) as archive,
    ):
        _InMemoryExcelWriter(workbook, archive).write_data()
