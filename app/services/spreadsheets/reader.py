"""Reading a club's sheet from .xlsx or .csv as plain text cells.

Every cell becomes text: formulas stay the text the user typed ("=HYPERLINK(…)"
is a name like any other, never evaluated), real Excel dates become ISO
dates, numbers their shortest decimal form. CSV files may be UTF-8 or
Windows-1252 and use commas or semicolons; both are detected.
"""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.services.errors import ServiceError
from app.services.i18n import translate

MAX_ROWS = 200_000


@dataclass(frozen=True)
class RawTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the file, cells)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _unreadable(path: Path, reason: str) -> ServiceError:
    return ServiceError(
        translate("Import", "The file {name} cannot be read: {reason}").format(
            name=path.name, reason=reason
        )
    )


def read_table(path: Path, sheet_title: str | None = None, limit: int = MAX_ROWS) -> RawTable:
    """The header row and up to ``limit`` further rows (more than MAX_ROWS is an error)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet_title, limit)
    if suffix in (".csv", ".txt"):
        return _read_csv(path, limit)
    raise _unreadable(path, translate("Import", "only .xlsx and .csv files can be imported"))


def _split(rows: list[tuple[int, list[str]]]) -> RawTable:
    non_empty = [(number, cells) for number, cells in rows if any(c.strip() for c in cells)]
    if not non_empty:
        return RawTable([], [])
    _, headers = non_empty[0]
    return RawTable([h.strip() for h in headers], non_empty[1:])


def _read_xlsx(path: Path, sheet_title: str | None, limit: int) -> RawTable:
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _unreadable(path, str(error) or type(error).__name__) from error
    try:
        sheet: Any = (
            workbook[sheet_title]
            if sheet_title and sheet_title in workbook.sheetnames
            else workbook.worksheets[0]
        )
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise _unreadable(path, translate("Import", "more than 200,000 rows"))
            rows.append((number, [cell_text(value) for value in values]))
            if number > limit:
                break
    finally:
        workbook.close()
    return _split(rows)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_csv(path: Path, limit: int) -> RawTable:
    try:
        text = _decode(path.read_bytes())
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise _unreadable(path, translate("Import", "more than 200,000 rows"))
            rows.append((number, cells))
            if number > limit:
                break
    except csv.Error as error:
        raise _unreadable(path, str(error)) from error
    return _split(rows)
