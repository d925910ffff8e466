"""The case file's own columns of Teilnehmende and "Fälle ohne Projekt"."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlmodel import col

from app.domain.enums import Role
from app.domain.models import Consent, FollowUp, Participant, User
from app.services.actor import Actor
from app.services.spreadsheets.importer import run_import
from app.services.users import add_user
from app.storage.database import Database
from tests.test_spreadsheet_import import HEADERS, count, person, xlsx

CASE_HEADERS = [
    *HEADERS,
    "Straße",
    "Telefon",
    "E-Mail",
    "Aufenthaltsstatus",
    "Einreisejahr",
    "Schulabschluss",
    "Schulabschluss erworben in",
    "Berufsabschluss",
    "Berufsabschluss erworben in",
    "Referenzberuf",
    "Reglementierter Beruf",
    "Anerkennungsstatus",
    "Deutschkenntnisse",
    "Zugang über",
    "Berater/in",
    "Fallstatus",
    "Abgeschlossen am",
    "Bemerkungen",
]
FULL_CASE = {
    "Straße": "Limmerstraße 12",
    "Telefon": "0511 123456",
    "E-Mail": "omar@example.org",
    "Aufenthaltsstatus": "Aufenthaltserlaubnis § 25 (humanitär)",
    "Einreisejahr": "2016",
    "Schulabschluss": "Abitur / Fachhochschulreife",
    "Schulabschluss erworben in": "Syrien",
    "Berufsabschluss": "Bachelor",
    "Berufsabschluss erworben in": "SY",
    "Referenzberuf": "Ingenieur/in",
    "Reglementierter Beruf": "ja",
    "Anerkennungsstatus": "beantragt",
    "Deutschkenntnisse": "B1",
    "Zugang über": "Internet",
    "Berater/in": "leyla",
    "Fallstatus": "abgeschlossen",
    "Abgeschlossen am": "30.06.2026",
    "Bemerkungen": "Zeile eins\nZeile zwei",
}


@pytest.fixture
def advisor(database: Database, admin: Actor) -> Actor:
    user = add_user(database, admin, "leyla", "advisor", "passwort-1234-lang")
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, Role.ADVISOR)


def case_row(database: Database) -> tuple[object, ...]:
    p = Participant
    columns = (
        p.street, p.phone, p.email, p.residence_status, p.arrival_year,
        p.school_qualification, p.school_qualification_country,
        p.vocational_qualification, p.vocational_qualification_country,
        p.reference_occupation, p.regulated_profession, p.recognition_status,
        p.german_level, p.referral_source, User.username, p.status, p.closed_on, p.remarks,
        p.search_text,
    )  # fmt: skip
    with database.engine.connect() as connection:
        return tuple(
            connection.execute(
                select(*columns).outerjoin(User, col(User.id) == col(p.advisor_id))
            ).one()
        )


EXPECTED = (
    "Limmerstraße 12",
    "0511 123456",
    "omar@example.org",
    "humanitarian",
    2016,
    "upper_secondary",
    "SY",
    "bachelor",
    "SY",
    "Ingenieur/in",
    "yes",
    "applied",
    "b1",
    "internet",
    "leyla",
    "closed",
    date(2026, 6, 30),
    "Zeile eins\nZeile zwei",
)


def test_every_case_field_is_read_and_updated(
    database: Database, admin: Actor, advisor: Actor, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "t.xlsx", CASE_HEADERS, [person(**FULL_CASE)])
    result = run_import(database, admin, "participants", path)
    assert result.ok, [e.text() for e in result.errors]
    row = case_row(database)
    assert row[:-1] == EXPECTED
    assert "0511123456" in str(row[-1]).replace(" ", "")  # the phone is searchable
    # Again with a new phone and an open case: the case is updated, empty cells keep values.
    update = {**FULL_CASE, "Telefon": "0176 5555", "Fallstatus": "offen", "Abgeschlossen am": ""}
    update["Straße"] = ""
    path = xlsx(tmp_path / "u.xlsx", CASE_HEADERS, [person(**update)])
    result = run_import(database, admin, "participants", path)
    assert result.ok and result.updated == 1, [e.text() for e in result.errors]
    row = case_row(database)
    assert (row[0], row[1], row[15], row[16]) == ("Limmerstraße 12", "0176 5555", "open", None)


def test_a_case_without_project_carries_its_case_fields(
    database: Database, admin: Actor, advisor: Actor, tmp_path: Path
) -> None:
    headers = [h for h in CASE_HEADERS if h not in HEADERS[10:]]
    path = xlsx(tmp_path / "t.xlsx", HEADERS, [])
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.create_sheet("Fälle ohne Projekt")
    values = {**person(**FULL_CASE), "Fallnummer": "2026-0007"}
    sheet.append(headers)
    sheet.append([values.get(h) for h in headers])
    workbook.save(path)
    result = run_import(database, admin, "participants", path)
    assert result.ok, [e.text() for e in result.errors]
    assert case_row(database)[:-1] == EXPECTED
    assert count(database, "enrollment") == 0


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("E-Mail", "omar at example.org", "is not an e-mail address"),
        ("Einreisejahr", "2099", "a year from 1900 to"),
        ("Einreisejahr", "1850", "outside 1900 to 2100"),
        ("Schulabschluss", "kein Schulabschluss", None),  # then its country is refused
        ("Berater/in", "niemand", "user \u201cniemand\u201d does not exist"),
        ("Fallstatus", "offen", None),  # a closing date only for a closed case
        ("Aufenthaltsstatus", "geduldet", "is not allowed; allowed: Aufenthaltsgestattung"),
    ],
)
def test_case_field_errors_name_row_and_column(
    database: Database,
    admin: Actor,
    advisor: Actor,
    tmp_path: Path,
    column: str,
    value: str,
    expected: str | None,
) -> None:
    row = person(**{**FULL_CASE, column: value})
    result = run_import(
        database, admin, "participants", xlsx(tmp_path / "t.xlsx", CASE_HEADERS, [row])
    )
    assert not result.ok
    messages = {(e.row, e.column): e.message for e in result.errors}
    if column == "Schulabschluss":
        assert "only for a qualification" in messages[(2, "Schulabschluss erworben in")]
    elif column == "Fallstatus":
        assert "only for a closed case" in messages[(2, "Abgeschlossen am")]
    else:
        assert expected is not None and expected in messages[(2, column)], messages
    assert count(database, "participant") == 0


def test_an_advisor_may_not_hand_an_imported_case_to_someone_else(
    database: Database, admin: Actor, advisor: Actor, tmp_path: Path
) -> None:
    add_user(database, admin, "samir", "advisor", "passwort-1234-lang")
    row = person(**{**FULL_CASE, "Berater/in": "samir"})
    path = xlsx(tmp_path / "t.xlsx", CASE_HEADERS, [row])
    result = run_import(database, advisor, "participants", path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Berater/in")]
    assert "only an administrator" in result.errors[0].message
    # Their own name is fine.
    path = xlsx(tmp_path / "u.xlsx", CASE_HEADERS, [person(**FULL_CASE)])
    assert run_import(database, advisor, "participants", path).ok


def with_case_sheets(
    path: Path, follow_ups: list[list[object]], consents: list[list[object]]
) -> Path:
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.create_sheet("Wiedervorlagen")
    sheet.append(["Fallnummer", "Fällig am", "Betreff", "Zuständig", "Erledigt am"])
    for row in follow_ups:
        sheet.append(row)
    sheet = workbook.create_sheet("Einwilligungen")
    sheet.append(["Fallnummer", "Art", "Erteilt am", "Fassung", "Widerrufen am"])
    for row in consents:
        sheet.append(row)
    workbook.save(path)
    return path


DATA_PROCESSING = "Einwilligung in die Datenverarbeitung"


def test_follow_ups_and_consents_come_with_the_cases_and_not_twice(
    database: Database, admin: Actor, advisor: Actor, tmp_path: Path
) -> None:
    path = with_case_sheets(
        xlsx(tmp_path / "t.xlsx", HEADERS, [person(Fallnummer="2026-0042")]),
        [["2026-0042", "01.12.2026", "Bescheid prüfen", "leyla", "02.12.2026"]],
        [["2026-0042", DATA_PROCESSING, "01.02.2026", "2025-1", "03.03.2026"]],
    )
    result = run_import(database, admin, "participants", path)
    assert result.ok, [e.text() for e in result.errors]
    assert result.created == 3
    with database.engine.connect() as connection:
        due, subject, assignee, done_at = connection.execute(
            select(FollowUp.due_date, FollowUp.subject, User.username, FollowUp.done_at).join(
                User, col(User.id) == col(FollowUp.assignee_id)
            )
        ).one()
        consent = connection.execute(
            select(Consent.kind, Consent.given_on, Consent.version, Consent.withdrawn_on)
        ).one()
    assert (due, subject, assignee) == (date(2026, 12, 1), "Bescheid prüfen", "leyla")
    assert done_at is not None and done_at.date() == date(2026, 12, 2)
    assert tuple(consent) == ("data_processing", date(2026, 2, 1), "2025-1", date(2026, 3, 3))
    again = run_import(database, admin, "participants", path)
    assert again.ok and again.created == again.updated == 0
    assert count(database, "follow_up") == 1 and count(database, "consent") == 1


def test_follow_up_and_consent_errors_name_sheet_row_and_column(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    path = with_case_sheets(
        xlsx(tmp_path / "t.xlsx", HEADERS, [person(Fallnummer="2026-0042")]),
        [
            ["2026-0042", "01.12.2026", "Bescheid prüfen", "niemand", None],
            ["2026-0099", "01.12.2026", "Anruf", None, None],
        ],
        [
            ["2026-0042", DATA_PROCESSING, "01.02.2099", None, None],
            ["2026-0042", DATA_PROCESSING, "01.02.2026", None, "01.01.2026"],
        ],
    )
    result = run_import(database, admin, "participants", path)
    found = {(e.row, e.column): e.message for e in result.errors}
    assert "does not exist in Lotse" in found[(2, "Zuständig (Wiedervorlagen)")]
    assert "2026-0099 does not exist" in found[(3, "Fallnummer (Wiedervorlagen)")]
    assert "future" in found[(2, "Erteilt am (Einwilligungen)")]
    assert "before the date it was given" in found[(3, "Widerrufen am (Einwilligungen)")]
    assert count(database, "participant") == 0  # nothing is kept
    path = with_case_sheets(
        xlsx(tmp_path / "u.xlsx", HEADERS, [person(Fallnummer="2026-0042")]),
        [],
        [["2026-0042", "Einverstanden", "01.02.2026", None, None]],
    )
    result = run_import(database, admin, "participants", path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Art (Einwilligungen)")]
    assert "is not allowed" in result.errors[0].message


def test_consents_carry_how_they_were_given_and_the_partner_by_name(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from app.services.consents import add_partner

    partner = add_partner(database, admin, "Jobcenter Nord", None)
    headers = ["Fallnummer", "Art", "Erteilt am", "Fassung", "Widerrufen am", "Form", "Partner"]
    transfer = "Einwilligung in die Weitergabe an einen Partner"

    def workbook(name: str, rows: list[list[object]]) -> Path:
        path = xlsx(tmp_path / name, HEADERS, [person(Fallnummer="2026-0042")])
        book = load_workbook(path)
        sheet = book.create_sheet("Einwilligungen")
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
        book.save(path)
        return path

    bad = workbook("bad.xlsx", [
        ["2026-0042", transfer, "01.02.2026", None, None, "mündlich", "Unbekannt e.V."],
        ["2026-0042", transfer, "01.02.2026", None, None, "mündlich", None],
        ["2026-0042", DATA_PROCESSING, "01.02.2026", None, None, "per Brief", "Jobcenter Nord"],
    ])  # fmt: skip
    result = run_import(database, admin, "participants", bad)
    found = {(e.row, e.column): e.message for e in result.errors}
    assert "no partner of this name" in found[(2, "Partner (Einwilligungen)")]
    assert "names the partner" in found[(3, "Partner (Einwilligungen)")]
    assert "is not allowed" in found[(4, "Form (Einwilligungen)")]
    assert count(database, "consent") == 0

    good = workbook("good.xlsx", [
        ["2026-0042", transfer, "01.02.2026", "C-1", "03.03.2026", "schriftlich", "jobcenter nord"],
        ["2026-0042", DATA_PROCESSING, "01.02.2026", "C-1", None, None, None],
    ])  # fmt: skip
    result = run_import(database, admin, "participants", good)
    assert result.ok, [e.text() for e in result.errors]
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(
                Consent.kind, Consent.given_as, Consent.partner_id, Consent.withdrawn_on
            ).order_by(col(Consent.kind))
        ).all()
    assert [tuple(r) for r in rows] == [
        ("data_processing", None, None, None),
        ("partner_transfer", "written", partner, date(2026, 3, 3)),
    ]


def test_a_person_living_abroad_has_no_german_postcode(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    headers = [*HEADERS, "Wohnsitz im Ausland"]
    both = xlsx(tmp_path / "b.xlsx", headers, [person(**{"Wohnsitz im Ausland": "Ukraine"})])
    result = run_import(database, admin, "participants", both)
    assert not result.ok
    [error] = result.errors
    assert (error.column, error.row) == ("PLZ", 2)
    assert error.message.startswith("only for an address in Germany; the person lives abroad")
    assert count(database, "participant") == 0
    # A case at home, then moved abroad by a later import: its postcode goes.
    home = xlsx(tmp_path / "h.xlsx", headers, [person(**{"Wohnsitz im Ausland": "Deutschland"})])
    assert run_import(database, admin, "participants", home).ok
    moved = xlsx(tmp_path / "m.xlsx", headers, [person(PLZ="", **{"Wohnsitz im Ausland": "UA"})])
    result = run_import(database, admin, "participants", moved)
    assert result.ok and result.updated == 1, [e.text() for e in result.errors]
    with database.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT residence_country, postcode, city FROM participant")
        ).one()
    assert tuple(stored) == ("UA", None, "Hannover")
