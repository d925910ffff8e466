"""Spreadsheets a treasurer never has to repair: text cells for codes, German labels
everywhere, escaped print headers, and every file format clubs bring (.xlsx, .xls,
.ods, CSV in UTF-8, UTF-16 or Windows-1252), also after a trip through LibreOffice."""

import codecs
import os
import shutil
import subprocess
from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from app.domain import enums
from app.domain.enums import AllowanceKind
from app.services.actor import Actor
from app.services.allowances import PaymentInput, add_payment
from app.services.demo import create_demo_data
from app.services.errors import ServiceError
from app.services.reports import (
    build_counselling_report,
    build_esf_report,
    build_outcome_report,
    build_volunteer_report,
    write_report,
)
from app.services.spreadsheets.columns import PARTICIPANTS, VOLUNTEERS
from app.services.spreadsheets.export import export_all
from app.services.spreadsheets.importer import run_import
from app.services.spreadsheets.templates import write_template
from app.storage.database import Database

FIXTURES = Path(__file__).with_name("fixtures")
TODAY = date(2026, 11, 20)
DRESDEN = {
    "Vorname": "محمد",
    "Nachname": "الحسن",
    "Geschlecht": "männlich",
    "Geburtsdatum": "17.05.1990",
    "PLZ": "01067",
    "Ort": "Dresden",
    "Staatsangehörigkeit": "Syrien",
    "Sprachen": "Arabisch; Kurdisch",
    "Projekt": "WIR-2026",
    "Eintrittsdatum": "01.02.2026",
    "Erwerbsstatus bei Eintritt": "arbeitslos",
    "Bildungsniveau": "ISCED 3-4",
}


def rows_of(database: Database, sql: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql))]


def participants_file(path: Path, values: dict[str, str]) -> Path:
    """The Teilnehmende template as Lotse writes it, with one row typed in as text."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = PARTICIPANTS.title
    headers = [c.header for c in PARTICIPANTS.columns]
    sheet.append(headers)
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(row=2, column=index, value=values.get(header))
        cell.number_format = "@"
    workbook.save(path)
    return path


def imported_person(database: Database) -> tuple[object, ...]:
    [row] = rows_of(
        database,
        "SELECT p.first_name, p.last_name, p.postcode, p.birth_date, "
        "(SELECT group_concat(language_code, ';') FROM (SELECT language_code FROM "
        "participant_language l WHERE l.participant_id = p.id ORDER BY 1)) FROM participant p",
    )
    return row


EXPECTED = ("محمد", "الحسن", "01067", "1990-05-17", "ar;ku")


# -- what Lotse writes --------------------------------------------------------------


def test_templates_keep_leading_zeros_and_print_well(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    for kind, sheet_def, code_headers in (
        ("participants", PARTICIPANTS, ("Fallnummer", "PLZ")),
        ("volunteers", VOLUNTEERS, ("Telefon",)),
    ):
        path = tmp_path / f"{kind}.xlsx"
        write_template(database, admin, kind, path)
        sheet = load_workbook(path)[sheet_def.title]
        headers = [c.value for c in sheet[1]]
        for header in code_headers:
            column = headers.index(header) + 1
            assert sheet.cell(row=2, column=column).number_format == "@", header
            assert sheet.cell(row=500, column=column).number_format == "@", header
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_an_ampersand_in_the_name_prints_and_long_headers_stay_within_excel_limits(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE organisation SET name = 'Kultur&Bildung – Frauen&Kinder e.V.'")
        )
        connection.execute(text("UPDATE project SET name = 'Frauen&Kinder'"))
    report = build_counselling_report(database, admin, [], date(2026, 1, 1), date(2026, 12, 31))
    write_report(database, admin, report, "xlsx", tmp_path / "report.xlsx")
    export_all(database, admin, tmp_path / "export.xlsx")
    for path in (tmp_path / "report.xlsx", tmp_path / "export.xlsx"):
        for sheet in load_workbook(path).worksheets:
            header = sheet.oddHeader.center.text
            # "&&" prints as "&"; a single "&B" would switch to bold and swallow the "B".
            assert header.startswith("Kultur&&Bildung – Frauen&&Kinder e.V. – "), header
            assert len(header) <= 255
            assert sheet.auto_filter.ref is not None
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE organisation SET name = :name"), {"name": "A&" * 200})
    report = build_counselling_report(database, admin, [], date(2026, 1, 1), date(2026, 12, 31))
    write_report(database, admin, report, "xlsx", tmp_path / "long.xlsx")
    header = load_workbook(tmp_path / "long.xlsx").worksheets[0].oddHeader.center.text
    assert len(header) <= 255 and header.endswith("…") and "&&…" not in header.replace("&&", "")


def _codes() -> set[str]:
    return {
        member.value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
        for member in value
    }


def test_no_sheet_shows_an_internal_code(database: Database, admin: Actor, tmp_path: Path) -> None:
    create_demo_data(database, admin, 300, seed=4, staff_password="passwort-1-lang", today=TODAY)
    export_all(database, admin, tmp_path / "export.xlsx")
    year = (date(2026, 1, 1), date(2026, 12, 31))
    reports = [
        build_esf_report(database, admin, "WIR-HANNOVER", *year),
        build_counselling_report(database, admin, [], *year),
        build_volunteer_report(database, admin, 2026),
        build_outcome_report(database, admin, "WIR-HANNOVER", *year),
        build_outcome_report(database, admin, "TANDEM", *year),
    ]
    for index, report in enumerate(reports):
        write_report(database, admin, report, "xlsx", tmp_path / f"report-{index}.xlsx")
    codes = _codes()
    found = []
    checked = 0
    for path in sorted(tmp_path.glob("*.xlsx")):
        workbook = load_workbook(path, read_only=True)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                for value in row:
                    if isinstance(value, str):
                        checked += 1
                        parts = {value, *(p.strip() for p in value.split(";"))}
                        found += [(path.name, sheet.title, value) for p in parts if p in codes]
        workbook.close()
    assert checked > 10_000
    assert found == []


def test_money_and_hours_carry_number_formats(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    create_demo_data(database, admin, 60, seed=2, staff_password="passwort-1-lang", today=TODAY)
    # At least one payment, whatever the demo drew: its amount is what is checked.
    with database.engine.connect() as connection:
        volunteer_id = connection.execute(text("SELECT min(id) FROM volunteer")).scalar_one()
    add_payment(
        database,
        admin,
        PaymentInput(
            volunteer_id,
            AllowanceKind.VOLUNTEER_ALLOWANCE,
            TODAY.replace(day=1),
            "40,00",
            covers_from=TODAY.replace(day=1),
            covers_to=TODAY.replace(day=1),
        ),
    )
    export_all(database, admin, tmp_path / "export.xlsx")
    workbook = load_workbook(tmp_path / "export.xlsx")
    money = workbook["Aufwandsentschädigungen"]["D2"]
    assert isinstance(money.value, int | float) and "€" in money.number_format
    assert workbook["Ehrenamtsstunden"]["C2"].number_format == "0.00"
    assert workbook["Teilnehmende"]["F2"].number_format == "@"  # PLZ stays text
    write_report(
        database, admin, build_volunteer_report(database, admin, 2026), "xlsx", tmp_path / "v.xlsx"
    )
    sheet = load_workbook(tmp_path / "v.xlsx")["Aufwandsentschädigungen"]
    assert "€" in sheet["E2"].number_format


# -- what Lotse reads ---------------------------------------------------------------


def test_a_four_digit_postcode_gets_its_leading_zero_back_and_the_preview_says_so(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = participants_file(tmp_path / "t.xlsx", {**DRESDEN, "PLZ": "1067"})
    checked = run_import(database, admin, "participants", path, dry_run=True)
    assert checked.ok, checked.errors
    assert [(c.row, c.column) for c in checked.corrections] == [(2, "PLZ")]
    assert "01067" in checked.corrections[0].message
    assert run_import(database, admin, "participants", path).ok
    assert imported_person(database)[2] == "01067"


def test_lists_take_commas_and_hours_take_minutes(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = participants_file(tmp_path / "t.xlsx", {**DRESDEN, "Sprachen": "ar, ku"})
    assert run_import(database, admin, "participants", path).ok
    assert imported_person(database)[4] == "ar;ku"
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO volunteer (id, number, first_name, last_name, status, search_text, "
                "created_at) VALUES (1, 'E-0001', 'Karl', 'Meier', 'active', '', '2026-01-01')"
            )
        )
    hours = tmp_path / "h.csv"
    hours.write_text(
        "Ehrenamtliche/r;Datum;Stunden\nE-0001;02.03.2026;1:30\nE-0001;03.03.2026;1,25\n"
        "E-0001;04.03.2026;2.5\n",
        encoding="utf-8",
    )
    result = run_import(database, admin, "hours", hours)
    assert result.ok, [e.text() for e in result.errors]
    assert rows_of(database, "SELECT minutes FROM volunteer_hours ORDER BY date") == [
        (90,),
        (75,),
        (150,),
    ]


@pytest.mark.parametrize("name", ["teilnehmende.ods", "teilnehmende.xls"])
def test_libreoffice_and_old_excel_files_import(
    database: Database, admin: Actor, name: str
) -> None:
    result = run_import(database, admin, "participants", FIXTURES / name)
    assert result.ok, [e.text() for e in result.errors]
    assert imported_person(database) == EXPECTED


CSV_TEXT = (
    "Vorname;Nachname;Geschlecht;Geburtsdatum;PLZ;Sprachen;Projekt;Eintrittsdatum;"
    "Erwerbsstatus bei Eintritt;Bildungsniveau\n"
    "Jürgen;Müller;männlich;17.05.1990;01067;Deutsch;WIR-2026;01.02.2026;arbeitslos;ISCED 3-4\n"
)


@pytest.mark.parametrize(
    ("encoding", "note"),
    [("utf-8", False), ("utf-8-sig", False), ("cp1252", True)],
)
def test_csv_encodings_are_detected_and_a_fallback_is_said(
    database: Database, admin: Actor, tmp_path: Path, encoding: str, note: bool
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    result = run_import(database, admin, "participants", path)
    assert result.ok, [e.text() for e in result.errors]
    assert rows_of(database, "SELECT first_name, last_name FROM participant") == [
        ("Jürgen", "Müller")
    ]
    assert bool(result.notes) == note
    if note:
        assert "Windows-1252" in result.notes[0]


def test_excels_unicode_text_utf16_with_tabs_imports(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + CSV_TEXT.replace(";", "\t").encode("utf-16-le"))
    result = run_import(database, admin, "participants", path)
    assert result.ok, [e.text() for e in result.errors]
    assert rows_of(database, "SELECT postcode FROM participant") == [("01067",)]


def test_a_utf8_file_with_one_broken_byte_is_refused_not_garbled(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    broken = CSV_TEXT.encode("utf-8") + "Ayşe;Öztürk;weiblich;".encode() + b"\xff\n"
    path.write_bytes(broken)
    with pytest.raises(ServiceError, match="line 3"):
        run_import(database, admin, "participants", path)
    assert rows_of(database, "SELECT count(*) FROM participant") == [(0,)]


# -- through LibreOffice --------------------------------------------------------------


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed (make test installs it where it can)")
    return found


def convert(source: Path, target_format: str, out_dir: Path) -> Path:
    profile = out_dir / "profile"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(out_dir)},
    )
    converted = out_dir / f"{source.stem}.{target_format}"
    assert converted.exists(), target_format
    return converted


@pytest.mark.slow
@pytest.mark.parametrize("target", ["xlsx", "ods"])
def test_a_sheet_saved_again_by_libreoffice_imports_unchanged(
    database: Database, admin: Actor, tmp_path: Path, target: str
) -> None:
    original = participants_file(tmp_path / "original.xlsx", DRESDEN)
    out = tmp_path / "out"
    out.mkdir()
    converted = convert(original, target, out)
    result = run_import(database, admin, "participants", converted)
    assert result.ok, [e.text() for e in result.errors]
    assert imported_person(database) == EXPECTED


@pytest.mark.slow
def test_an_export_opened_and_saved_in_libreoffice_keeps_money_and_postcodes(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    from app.domain.enums import AllowanceKind
    from app.services.allowances import PaymentInput, add_payment
    from app.services.volunteers import list_volunteers

    create_demo_data(database, admin, 40, seed=2, staff_password="passwort-1-lang", today=TODAY)
    with database.engine.begin() as connection:
        connection.execute(  # someone in a project: they are listed on "Teilnehmende"
            text(
                "UPDATE participant SET postcode = '01067' "
                "WHERE id = (SELECT min(participant_id) FROM enrollment)"
            )
        )
    # A payment of its own: what the demo pays depends on its random numbers.
    volunteer = list_volunteers(database, admin)[0]
    add_payment(
        database,
        admin,
        PaymentInput(volunteer.id, AllowanceKind.EXPENSE_REFUND, TODAY, "1.234,50"),
    )
    export_all(database, admin, tmp_path / "export.xlsx")
    out = tmp_path / "out"
    out.mkdir()
    again = load_workbook(convert(tmp_path / "export.xlsx", "xlsx", out))
    participants = again["Teilnehmende"]
    postcodes = {str(row[5]) for row in participants.iter_rows(min_row=2, values_only=True)}
    assert "01067" in postcodes
    money = again["Aufwandsentschädigungen"]
    amounts = [row[3] for row in money.iter_rows(min_row=2, values_only=True)]
    assert 1234.5 in amounts
    assert "€" in money["D2"].number_format
