"""Empty template workbooks: headers with an explanation each, drop-down lists, date formats.

Like the headers, the explanations are German in every UI language: the
templates are a file format the club's people fill in.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlmodel import col, select

from app.domain.models import Topic
from app.reports.xlsx_cells import DATE_FORMAT, CellFormat, print_setup, write_header
from app.reports.xlsx_memory import save_workbook as write_workbook
from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.i18n import translate
from app.services.spreadsheets.columns import SHEETS, Kind, Sheet
from app.storage.database import Database

TEMPLATE_ROWS = 2000


def column_comment(sheet: Sheet, key: str) -> str:
    column = sheet.column(key)
    if column.esf_only:
        parts = [
            "Nur bei ESF-Projekten, bei anderen Projekten leer lassen. "
            "Leer = noch nicht erfragt (fehlt im Bericht); „keine Angabe“ ist eine Antwort."
        ]
    else:
        parts = ["Pflichtfeld." if column.required else "Optional."]
    if column.choices:
        parts.append("Erlaubt: " + ", ".join(column.choices))
    if column.help:
        parts.append(column.help)
    return " ".join(parts)


def fill_template_sheet(worksheet: object, sheet: Sheet) -> None:
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(worksheet, Worksheet)
    write_header(
        worksheet,
        [c.header for c in sheet.columns],
        [column_comment(sheet, c.key) for c in sheet.columns],
    )
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        cells = f"{letter}2:{letter}{TEMPLATE_ROWS}"
        if column.choices:
            validation = DataValidation(
                type="list",
                formula1='"' + ",".join(column.choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
            )
            validation.error = "Bitte einen Wert aus der Liste wählen."
            validation.errorTitle = column.header
            worksheet.add_data_validation(validation)
            validation.add(cells)
        number_format = DATE_FORMAT if column.kind == Kind.DATE else None
        if column.is_text:
            number_format = CellFormat.TEXT.value
        if number_format is not None:
            for row in range(2, TEMPLATE_ROWS + 1):
                worksheet.cell(row=row, column=index).number_format = number_format
    print_setup(
        worksheet,
        f"Lotse – Vorlage {sheet.title}",
        len(sheet.columns),
        TEMPLATE_ROWS - 1,
    )


def write_template(database: Database, actor: Actor, kind: str, path: Path) -> None:
    """Everyone who may import a kind may have its template."""
    if kind not in SHEETS:
        raise ServiceError(
            translate("Import", "Unknown kind {kind}; allowed: {allowed}.").format(
                kind=kind, allowed=", ".join(SHEETS)
            )
        )
    from app.services.spreadsheets.importer import import_permission

    actor.require(import_permission(kind))
    sheet = SHEETS[kind]
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet.title
    fill_template_sheet(worksheet, sheet)
    if kind == "consultations":
        catalogue = workbook.create_sheet("Themen")
        with database.session() as session:
            names = [t.name for t in session.exec(select(Topic).order_by(col(Topic.position)))]
        catalogue["A1"] = "Themenkatalog"
        for row, name in enumerate(names, start=2):
            catalogue.cell(row=row, column=1, value=name)
        catalogue.column_dimensions["A"].width = 45
    save_workbook(workbook, path)


def save_workbook(workbook: Workbook, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Without openpyxl's temporary files: only the file asked for is written.
        write_workbook(workbook, path)
    except OSError as error:
        raise ServiceError(
            translate("Import", "The file {path} cannot be written: {reason}").format(
                path=path, reason=error.strerror or str(error)
            )
        ) from error
