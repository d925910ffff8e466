"""Every rule of the template reference, through the import service."""

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text
from sqlmodel import col

from app.domain.enums import Gender, Role
from app.domain.models import Consultation, Participant
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.errors import PermissionDenied
from app.services.spreadsheets.importer import ImportResult, remember_header_mappings, run_import
from app.services.users import add_user
from app.storage.database import Database

HEADERS = [
    "Fallnummer",
    "Vorname",
    "Nachname",
    "Geschlecht",
    "Geburtsdatum",
    "PLZ",
    "Ort",
    "Staatsangehörigkeit",
    "Geburtsland",
    "Sprachen",
    "Projekt",
    "Eintrittsdatum",
    "Erwerbsstatus bei Eintritt",
    "Arbeitslos seit Monaten",
    "Bildungsniveau",
]


def person(first: str = "Omar", last: str = "Haddad", **overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "Vorname": first,
        "Nachname": last,
        "Geschlecht": "männlich",
        "Geburtsdatum": "17.05.1990",
        "PLZ": "30159",
        "Ort": "Hannover",
        "Staatsangehörigkeit": "Syrien; DE",
        "Sprachen": "ar; Kurdisch",
        "Projekt": "WIR-2026",
        "Eintrittsdatum": "2026-02-01",
        "Erwerbsstatus bei Eintritt": "arbeitslos",
        "Arbeitslos seit Monaten": "13",
        "Bildungsniveau": "ISCED 3-4",
    }
    row.update(overrides)
    return row


def xlsx(
    path: Path, headers: list[str], rows: list[dict[str, object]], title: str = "Teilnehmende"
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append([row.get(h.strip().rstrip("*").strip(), None) for h in headers])
    workbook.save(path)
    return path


def write_csv(
    path: Path, headers: list[str], rows: list[dict[str, object]], delimiter: str, encoding: str
) -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([row.get(h, "") for h in headers])
    return path


def count(database: Database, table: str) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())


def imported(
    database: Database, admin: Actor, path: Path, kind: str = "participants", dry_run: bool = False
) -> ImportResult:
    return run_import(database, admin, kind, path, dry_run=dry_run)


def test_participants_are_created_with_their_enrollment(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    result = imported(
        database,
        admin,
        xlsx(
            tmp_path / "t.xlsx",
            HEADERS,
            [person(), person("Ayşe", "Yılmaz", Geschlecht="WEIBLICH")],
        ),
    )
    assert result.ok, [e.text() for e in result.errors]
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    assert count(database, "participant") == 2 and count(database, "enrollment") == 2
    with database.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT p.gender, e.employment_status, e.unemployed_months, e.education_level, "
                "e.third_country_national FROM participant p JOIN enrollment e ON e.participant_id = p.id "
                "WHERE p.last_name = 'Haddad'"
            )
        ).one()
        codes = connection.execute(text("SELECT country_code FROM participant_nationality"))
        assert set(codes.scalars()) == {"SY", "DE"}
    assert tuple(row) == ("male", "unemployed", 13, "isced_3_4", "no")  # dual national with DE


def test_a_case_saved_after_an_import_takes_an_id_of_its_own(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    """Imported cases go in with ids of their own (bulk inserts): the next case saved,
    through the form or by the same import, gets the next free id. (PostgreSQL draws ids
    from a sequence that ids given by hand do not move: without the import reserving
    them there, the next case took id 1 again and was refused.)"""
    path = xlsx(tmp_path / "t.xlsx", HEADERS, [person(), person("Ayşe", "Yılmaz")])
    assert imported(database, admin, path).created == 2
    case = create_case(database, admin, CaseInput("Olena", "Koval", Gender.FEMALE))
    with database.engine.connect() as connection:
        ids = sorted(connection.execute(select(Participant.id)).scalars())
    assert len(ids) == 3 and case.id == ids[-1]


def test_headers_match_ignoring_case_spaces_and_a_trailing_star(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    headers = [f"  {h.upper()} *" if h in ("Vorname", "Projekt") else h.lower() for h in HEADERS]
    headers.append("Lieblingsfarbe")
    path = xlsx(tmp_path / "t.xlsx", headers, [])
    workbook = __import__("openpyxl").load_workbook(path)
    sheet = workbook.active
    values = person()
    sheet.append([values.get(h, None) for h in HEADERS] + ["blau"])
    workbook.save(path)
    result = imported(database, admin, path)
    assert result.ok, [e.text() for e in result.errors]
    assert result.ignored_columns == ["Lieblingsfarbe"]  # reported, not put into a note
    assert count(database, "participant") == 1


def test_a_missing_required_column_is_named(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    headers = [h for h in HEADERS if h != "Geburtsdatum"]
    result = imported(database, admin, xlsx(tmp_path / "t.xlsx", headers, [person()]))
    assert [(e.row, e.column) for e in result.errors] == [(1, "Geburtsdatum")]
    assert (
        "Pflichtspalte" in result.errors[0].message or "required column" in result.errors[0].message
    )


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("Geburtsdatum", "31.02.1990", "is not a date"),
        ("Geburtsdatum", "1990/05/17", "is not a date"),
        ("Geschlecht", "w", "allowed: weiblich, männlich, divers, keine Angabe"),
        ("PLZ", "301", "five digits"),
        ("Staatsangehörigkeit", "Atlantis", "is not a country"),
        ("Sprachen", "Klingonisch", "is not a language"),
        ("Arbeitslos seit Monaten", "zwölf", "is not a whole number"),
        ("Projekt", "GIBTSNICHT", "does not exist in Lotse"),
        ("Fallnummer", "42", "is not a case number"),
        ("Vorname", "", "this column is required"),
    ],
)
def test_bad_cells_give_row_and_column_and_change_nothing(
    database: Database, admin: Actor, tmp_path: Path, column: str, value: str, expected: str
) -> None:
    rows = [person(), person("Ayşe", "Yılmaz", **{column: value})]
    result = imported(database, admin, xlsx(tmp_path / "t.xlsx", HEADERS, rows))
    assert not result.ok
    assert [(e.row, e.column) for e in result.errors] == [(3, column)]
    assert expected in result.errors[0].message
    assert result.errors[0].text().startswith(f"row 3, column {column}: ")
    assert count(database, "participant") == 0  # all or nothing: the good row is not kept either


def test_dates_and_numbers_in_every_allowed_form(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    rows = [
        person(Geburtsdatum=datetime(1990, 5, 17)),
        person("Ayşe", "Yılmaz", Geburtsdatum="1990-05-18"),
        person("Olena", "Koval", Geburtsdatum="19.05.1990", **{"Arbeitslos seit Monaten": 7}),
    ]
    result = imported(database, admin, xlsx(tmp_path / "t.xlsx", HEADERS, rows))
    assert result.ok, [e.text() for e in result.errors]
    with database.engine.connect() as connection:
        births = sorted(connection.execute(select(Participant.birth_date)).scalars())
    assert births == [date(1990, 5, 17), date(1990, 5, 18), date(1990, 5, 19)]


def test_dry_run_reports_and_changes_nothing(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "t.xlsx", HEADERS, [person(), person("Ayşe", "Yılmaz")])
    dry = imported(database, admin, path, dry_run=True)
    assert (dry.created, dry.updated, dry.unchanged) == (2, 0, 0) and dry.ok
    assert count(database, "participant") == 0 and count(database, "audit_event") == 3
    real = imported(database, admin, path)
    assert (real.created, real.updated) == (dry.created, dry.updated)


def test_reimport_creates_no_duplicates_and_matches_without_case_number(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "t.xlsx", HEADERS, [person()])
    assert imported(database, admin, path).created == 1
    again = imported(database, admin, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    changed = imported(database, admin, xlsx(tmp_path / "u.xlsx", HEADERS, [person(Ort="Laatzen")]))
    assert (changed.created, changed.updated) == (0, 1)
    with database.engine.connect() as connection:
        number = connection.execute(text("SELECT case_number FROM participant")).scalar_one()
    by_number = imported(
        database,
        admin,
        xlsx(tmp_path / "v.xlsx", HEADERS, [person("Omar", "Haddad-Ali", Fallnummer=number)]),
    )
    assert (by_number.created, by_number.updated) == (0, 1)
    assert count(database, "participant") == 1 and count(database, "enrollment") == 1


def test_cells_are_read_as_text_never_evaluated(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    hostile = '=HYPERLINK("http://example.org","klick")'
    result = imported(database, admin, xlsx(tmp_path / "t.xlsx", HEADERS, [person(hostile)]))
    assert result.ok, [e.text() for e in result.errors]
    with database.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT first_name FROM participant")).scalar_one() == hostile
        )


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8"), (";", "utf-8-sig"), (";", "cp1252"), (",", "cp1252")],
)
def test_csv_in_utf8_or_windows_1252_with_comma_or_semicolon(
    database: Database, admin: Actor, tmp_path: Path, delimiter: str, encoding: str
) -> None:
    rows = [person("Jürgen", "Müller", Staatsangehörigkeit="Türkei")]
    path = write_csv(tmp_path / "t.csv", HEADERS, rows, delimiter, encoding)
    result = imported(database, admin, path)
    assert result.ok, [e.text() for e in result.errors]
    with database.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT last_name FROM participant")).scalar_one() == "Müller"
        )


def test_remembered_header_mapping(database: Database, admin: Actor, tmp_path: Path) -> None:
    headers = ["Vorname Person" if h == "Vorname" else h for h in HEADERS]
    path = xlsx(tmp_path / "t.xlsx", headers, [person(**{"Vorname Person": "Omar"})])
    assert not imported(database, admin, path).ok
    remember_header_mappings(database, admin, "participants", {"Vorname Person": "Vorname"})
    assert imported(database, admin, path).ok


def test_consultations_volunteers_and_hours(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    assert imported(database, admin, xlsx(tmp_path / "p.xlsx", HEADERS, [person()])).ok
    with database.engine.connect() as connection:
        number = connection.execute(text("SELECT case_number FROM participant")).scalar_one()
    consultation_headers = [
        "Fallnummer",
        "Datum",
        "Dauer Minuten",
        "Art",
        "Form",
        "Sprache",
        "Dolmetschung",
        "Themen",
        "Projekt",
        "Berater/in",
        "Notiz",
    ]
    rows = [
        {
            "Fallnummer": number,
            "Datum": "03.02.2026",
            "Dauer Minuten": 45,
            "Form": "Video",
            "Sprache": "Arabisch",
            "Dolmetschung": "ja",
            "Themen": "Wohnen; Arbeit und Arbeitssuche",
            "Berater/in": "admin",
            "Notiz": "=1+1",
        },
        {"Fallnummer": number, "Datum": "01.02.2026", "Dauer Minuten": "30"},
    ]
    path = xlsx(tmp_path / "c.xlsx", consultation_headers, rows, "Beratungen")
    result = imported(database, admin, path, "consultations")
    assert result.ok, [e.text() for e in result.errors]
    with database.engine.connect() as connection:
        kinds = connection.execute(
            select(Consultation.date, Consultation.kind).order_by(col(Consultation.date))
        ).all()
    assert [tuple(k) for k in kinds] == [
        (date(2026, 2, 1), "first"),
        (date(2026, 2, 3), "follow_up"),
    ]
    assert imported(database, admin, path, "consultations").unchanged == 2

    volunteer_headers = [
        "Nummer",
        "Vorname",
        "Nachname",
        "E-Mail",
        "Sprachen",
        "Eintritt",
        "Führungszeugnis vorgelegt am",
    ]
    volunteers = [
        {
            "Vorname": "Karl",
            "Nachname": "Meier",
            "Sprachen": "de; en",
            "Eintritt": "01.03.2025",
            "Führungszeugnis vorgelegt am": "15.02.2025",
        }
    ]
    path = xlsx(tmp_path / "v.xlsx", volunteer_headers, volunteers, "Ehrenamtliche")
    assert imported(database, admin, path, "volunteers").created == 1
    assert imported(database, admin, path, "volunteers").unchanged == 1

    hour_headers = ["Ehrenamtliche/r", "Datum", "Stunden", "Tätigkeit", "Projekt", "Fallnummer"]
    good = [
        {
            "Ehrenamtliche/r": "Karl Meier",
            "Datum": "02.03.2026",
            "Stunden": "1,5",
            "Tätigkeit": "mentoring",
            "Fallnummer": number,
        },
        {"Ehrenamtliche/r": "E-0001", "Datum": "03.03.2026", "Stunden": 2.25},
    ]
    path = xlsx(tmp_path / "h.xlsx", hour_headers, good, "Ehrenamtsstunden")
    result = imported(database, admin, path, "hours")
    assert result.ok, [e.text() for e in result.errors]
    with database.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT minutes, status FROM volunteer_hours ORDER BY date")
        ).all()
    assert [tuple(s) for s in stored] == [(90, "approved"), (135, "approved")]
    assert imported(database, admin, path, "hours").unchanged == 2


@pytest.mark.parametrize(
    ("hours", "day", "expected"),
    [
        ("0,1", "02.03.2026", "quarter hours"),
        ("11", "02.03.2026", "quarter hours"),
        ("6", "02.03.2026", "at most 10 hours a day"),
        ("1", "01.01.2099", "future"),
    ],
)
def test_hour_rules(
    database: Database, admin: Actor, tmp_path: Path, hours: str, day: str, expected: str
) -> None:
    volunteer_headers = ["Vorname", "Nachname"]
    path = xlsx(
        tmp_path / "v.xlsx",
        volunteer_headers,
        [{"Vorname": "Karl", "Nachname": "Meier"}],
        "Ehrenamtliche",
    )
    assert imported(database, admin, path, "volunteers").ok
    rows = [
        {"Ehrenamtliche/r": "Karl Meier", "Datum": "02.03.2026", "Stunden": "5"},
        {"Ehrenamtliche/r": "Karl Meier", "Datum": day, "Stunden": hours},
    ]
    result = imported(
        database,
        admin,
        xlsx(
            tmp_path / "h.xlsx", ["Ehrenamtliche/r", "Datum", "Stunden"], rows, "Ehrenamtsstunden"
        ),
        "hours",
    )
    assert not result.ok and expected in result.errors[0].message
    assert count(database, "volunteer_hours") == 0


def test_import_permissions(database: Database, admin: Actor, tmp_path: Path) -> None:
    user = add_user(database, admin, "kasse", "treasurer", "passwort-123-lang")
    assert user.id is not None
    treasurer = Actor(user.id, user.username, user.display_name, Role.TREASURER)
    path = xlsx(tmp_path / "t.xlsx", HEADERS, [person()])
    with pytest.raises(PermissionDenied):
        run_import(database, treasurer, "participants", path)
    assert count(database, "participant") == 0
