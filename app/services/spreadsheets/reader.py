"""Reading a club's sheet from .xlsx, .xls, .ods or .csv as plain text cells.

Every cell becomes text, with the same rules for every format: formulas are
never evaluated (in .xlsx the formula stays the text the user typed –
"=HYPERLINK(…)" is a name like any other; .xls and .ods files keep only the
value the spreadsheet program last showed, which is read as that text),
real dates become ISO dates, numbers their shortest decimal form.

Text files are decoded strictly: UTF-8 with or without BOM, UTF-16 by its BOM
(Excel's "Unicode text"), and Windows-1252 only when the file is no UTF-8 at
all – which the import then says. A UTF-8 file with a broken byte is refused
with the line, never read as garbled text. Columns may be separated by
semicolons, commas or tabs.
"""

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.services.errors import ServiceError
from app.services.i18n import translate
from app.services.spreadsheets import limits

MAX_ROWS = 200_000
WORKBOOKS = (".xlsx", ".xlsm")
OTHER_SPREADSHEETS = (".xls", ".ods")
TEXT_FILES = (".csv", ".txt", ".tsv")
ACCEPTED = (*WORKBOOKS, *OTHER_SPREADSHEETS, *TEXT_FILES)
# A valid UTF-8 sequence of two to four bytes: a file with any of these is UTF-8.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@dataclass(frozen=True)
class RawTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the file, cells)
    # What reading had to assume, for the preview (e.g. the encoding of a text file).
    notes: list[str] = field(default_factory=list)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M") if not value.second else value.isoformat()
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
    if suffix in ACCEPTED:
        limits.check_file(path)  # before any parser sees the file
    if suffix in WORKBOOKS:
        return _read_xlsx(path, sheet_title, limit)
    if suffix in OTHER_SPREADSHEETS:
        return _read_calamine(path, sheet_title, limit)
    if suffix in TEXT_FILES:
        return _read_csv(path, limit)
    raise _unreadable(
        path,
        translate(
            "Import", "only Excel (.xlsx, .xls), LibreOffice (.ods) and .csv files can be imported"
        ),
    )


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (none for text files and unreadable files)."""
    suffix = path.suffix.lower()
    try:
        limits.check_file(path)
        if suffix in WORKBOOKS:
            workbook = load_workbook(path, read_only=True)
            try:
                return list(workbook.sheetnames)
            finally:
                workbook.close()
        if suffix in OTHER_SPREADSHEETS:
            from python_calamine import CalamineWorkbook

            return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception:  # unreadable files are reported by read_table
        return []
    return []


def _split(rows: list[tuple[int, list[str]]], notes: list[str] | None = None) -> RawTable:
    non_empty = [(number, cells) for number, cells in rows if any(c.strip() for c in cells)]
    if not non_empty:
        return RawTable([], [], notes or [])
    _, headers = non_empty[0]
    return RawTable([h.strip() for h in headers], non_empty[1:], notes or [])


def _collect(path: Path, values: Any, limit: int) -> list[tuple[int, list[str]]]:
    rows: list[tuple[int, list[str]]] = []
    for number, row in enumerate(values, start=1):
        if number > MAX_ROWS:
            raise _unreadable(path, translate("Import", "more than 200,000 rows"))
        rows.append((number, [cell_text(value) for value in row]))
        if number > limit:
            break
    return rows


# A formula cell in a worksheet's XML: <f>, <f t="shared" ...>, <x:f>; not <filterColumn>.
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_SCAN_CHUNK = 1 << 20


def _has_formulas(path: Path) -> bool:
    """True when any worksheet of the .xlsx holds a formula (read in chunks, the sizes
    were checked before: ``limits.check_file``)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                    continue
                with archive.open(name) as member:
                    tail = b""
                    while chunk := member.read(_SCAN_CHUNK):
                        if _FORMULA.search(tail + chunk):
                            return True
                        tail = chunk[-16:]
    except (zipfile.BadZipFile, OSError, KeyError):
        return True  # let openpyxl explain what is wrong with the file
    return False


def _read_xlsx(path: Path, sheet_title: str | None, limit: int) -> RawTable:
    # calamine reads several times faster, but gives a formula's cached result; a sheet
    # with formulas is read by openpyxl, which keeps the formula text as typed (never
    # evaluated).
    if not _has_formulas(path):
        return _read_calamine(path, sheet_title, limit)
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
        return _split(_collect(path, sheet.iter_rows(values_only=True), limit))
    finally:
        workbook.close()


def _read_calamine(path: Path, sheet_title: str | None, limit: int) -> RawTable:
    """Old Excel (.xls), LibreOffice (.ods) and .xlsx without formulas, read with calamine."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = workbook.sheet_names
        sheet = (
            workbook.get_sheet_by_name(sheet_title)
            if sheet_title and sheet_title in names
            else workbook.get_sheet_by_index(0)
        )
        values = sheet.to_python(skip_empty_area=False)
    except Exception as error:  # calamine reports every broken file as its own error type
        raise _unreadable(path, str(error) or type(error).__name__) from error
    return _split(_collect(path, values, limit))


def _decode(path: Path, raw: bytes) -> tuple[str, list[str]]:
    """The text of a file and, if one had to be assumed, a note about its encoding."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), []
            except UnicodeDecodeError as error:
                raise _broken_byte(path, raw, error) from error
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        if _UTF8_SEQUENCE.search(raw):
            # UTF-8 umlauts elsewhere in the file: this is UTF-8 with a broken byte.
            raise _broken_byte(path, raw, error) from error
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _broken_byte(path, raw, error) from error
    return text, [
        translate(
            "Import",
            "The file is not UTF-8; it was read as Windows-1252 (ANSI). Check that umlauts "
            "and names look right in the preview.",
        )
    ]


def _broken_byte(path: Path, raw: bytes, error: UnicodeDecodeError) -> ServiceError:
    line = raw[: error.start].count(b"\n") + 1
    return _unreadable(
        path,
        translate(
            "Import",
            "line {line} contains a byte that is not valid in the file's encoding; save the "
            "file again as UTF-8 (\u201cCSV UTF-8\u201d in Excel) and import it again",
        ).format(line=line),
    )


def _read_csv(path: Path, limit: int) -> RawTable:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from error
    text, notes = _decode(path, raw)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = _collect(path, reader, limit)
    except csv.Error as error:
        raise _unreadable(path, str(error)) from error
    return _split(rows, notes)
