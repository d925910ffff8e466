"""Recognition procedures and the recognition report: every figure against a
hand-computed example; the form's checks name their fields; people living abroad."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.enums import AdaptationKind, Answer, Gender, RecognitionResult
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case, update_case
from app.services.errors import ValidationError
from app.services.recognition import (
    ProcedureInput,
    delete_procedure,
    save_procedure,
    weekly_minutes,
)
from app.services.report_kinds import ReportRequest, build_report
from app.services.reports import Period, build_recognition_report, write_report
from app.storage.database import Database

TODAY = date(2027, 2, 1)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
FULL = RecognitionResult.FULL_EQUIVALENCE
PARTIAL = RecognitionResult.PARTIAL_EQUIVALENCE
REJECTED = RecognitionResult.REJECTED
WITHDRAWN = RecognitionResult.WITHDRAWN


def person(database: Database, admin: Actor, name: str) -> int:
    created = create_case(database, admin, CaseInput(name, "Test", Gender.FEMALE), today=TODAY)
    assert created.id is not None
    return created.id


@pytest.fixture
def procedures(database: Database, admin: Actor) -> Database:
    a, b, c, d = (person(database, admin, name) for name in "ABCD")
    rows = (
        # who, occupation, KldB, regulated, country, applied, decided, result
        (a, "Pflegefachfrau", "81302", Answer.YES, "SY", date(2026, 1, 10), date(2026, 4, 10), FULL),
        (b, "Ingenieurin", "27104", Answer.NO, "UA", date(2026, 2, 1), date(2026, 3, 3), PARTIAL),
        (a, "Ärztin", "81404", Answer.YES, "SY", date(2025, 11, 1), date(2026, 5, 1), REJECTED),
        (c, "Lehrerin", None, Answer.YES, "TR", date(2026, 6, 1), date(2026, 7, 1), WITHDRAWN),
        (b, "Elektronikerin", "26212", Answer.NO, "UA", date(2026, 9, 1), None, None),
        (d, "Buchhalterin", "72213", Answer.NO, None, date(2025, 5, 1), date(2025, 9, 1), FULL),
        (d, "Zahnärztin", "81424", Answer.YES, None, date(2026, 12, 1), date(2027, 1, 15), FULL),
    )  # fmt: skip
    for who, occupation, code, regulated, country, applied, decided, result in rows:
        adaptation = {}
        if occupation == "Ingenieurin":
            adaptation = {
                "adaptation_kind": AdaptationKind.QUALIFICATION,
                "adaptation_provider": "IQ Bildungswerk",
                "adaptation_from": date(2026, 3, 15),
                "adaptation_to": date(2026, 6, 30),
                "adaptation_completed": True,
            }
        save_procedure(
            database,
            admin,
            who,
            ProcedureInput(
                occupation,
                kldb_code=code,
                regulated=regulated,
                qualification_country=country,
                authority="Landesamt",
                applied_on=applied,
                decided_on=decided,
                result=result,
                **adaptation,  # type: ignore[arg-type]
            ),
            today=TODAY,
        )
    return database


def test_every_figure_of_the_recognition_report(procedures: Database, admin: Actor) -> None:
    report = build_recognition_report(procedures, admin, *YEAR)
    assert report.table("Überblick").rows == [
        ["Verfahren begonnen (Antrag im Zeitraum)", 5],
        ["davon reglementierte Berufe", 3],
        ["Verfahren entschieden oder zurückgezogen (Datum im Zeitraum)", 4],
        ["davon volle Gleichwertigkeit", 1],
        ["davon teilweise Gleichwertigkeit", 1],
        ["davon abgelehnt", 1],
        ["davon zurückgezogen", 1],
        ["offene Verfahren am Ende des Zeitraums", 2],  # Elektronikerin; Zahnärztin (2027)
        ["Anpassungsqualifizierungen begonnen", 1],
        ["Anpassungsqualifizierungen abgeschlossen", 1],
        ["Personen mit begonnenen oder entschiedenen Verfahren", 4],
    ]
    by_area = report.table("Nach Berufsbereich")
    #                                               begonnen entschieden voll teilw. abgel. zurück
    assert by_area.rows == [
        ["2 Rohstoffgewinnung, Produktion und Fertigung", 2, 1, 0, 1, 0, 0],
        ["8 Gesundheit, Soziales, Lehre und Erziehung", 2, 2, 1, 0, 1, 0],
        ["ohne KldB-Code", 1, 1, 0, 0, 0, 1],
        ["Summe", 5, 4, 1, 1, 1, 1],
    ]  # fmt: skip
    assert by_area.base is not None and by_area.base.value == 6
    assert report.table("Nach Land des Abschlusses").rows == [
        ["Syrien", 1, 2, 1, 0, 1, 0],
        ["Türkei", 1, 1, 0, 0, 0, 1],
        ["Ukraine", 2, 1, 0, 1, 0, 0],
        ["ohne Angabe", 1, 0, 0, 0, 0, 0],
        ["Summe", 5, 4, 1, 1, 1, 1],
    ]
    # Days: 90 (full), 30 (partial), 181 (rejected); the withdrawal is no decision.
    assert report.table("Dauer bis zur Entscheidung").rows == [
        ["alle Entscheidungen", 3, 90.0, 100.3],
        ["volle Gleichwertigkeit", 1, 90.0, 90.0],
        ["teilweise Gleichwertigkeit", 1, 30.0, 30.0],
        ["abgelehnt", 1, 181.0, 181.0],
        ["reglementierte Berufe", 2, 135.5, 135.5],
        ["nicht reglementierte Berufe", 1, 30.0, 30.0],
    ]


def test_the_registry_builds_and_writes_the_recognition_report(
    procedures: Database, admin: Actor, tmp_path: Path
) -> None:
    report = build_report(procedures, admin, "recognition", ReportRequest(Period(*YEAR)))
    path = tmp_path / "anerkennung.xlsx"
    write_report(procedures, admin, report, "xlsx", path)
    workbook = load_workbook(path)
    assert workbook["Überblick"].cell(row=2, column=2).value == 5  # begonnen
    durations = workbook["Dauer bis zur Entscheidung"]
    assert [c.value for c in durations[2]] == ["alle Entscheidungen", 3, 90, 100.3]
    write_report(procedures, admin, report, "pdf", tmp_path / "anerkennung.pdf")
    assert (tmp_path / "anerkennung.pdf").read_bytes().startswith(b"%PDF")


def _problems(error: ValidationError) -> dict[str, str]:
    return dict(error.problems)


def test_the_form_checks_name_each_field_at_once(database: Database, admin: Actor) -> None:
    pid = person(database, admin, "E")
    bad = ProcedureInput(
        "Pflegefachfrau",
        kldb_code="8130",
        applied_on=date(2026, 5, 1),
        decided_on=date(2026, 4, 1),
        result=FULL,
        adaptation_kind=AdaptationKind.ADAPTATION_COURSE,
        adaptation_from=date(2026, 6, 1),
        adaptation_to=date(2026, 5, 1),
    )
    with pytest.raises(ValidationError) as raised:
        save_procedure(database, admin, pid, bad, today=TODAY)
    problems = _problems(raised.value)
    assert set(problems) == {"kldb_code", "decided_on", "adaptation_to"}
    assert problems["kldb_code"] == (
        "KldB code: '8130' is not a KldB 2010 code (5 digits, the last 1-4)."
    )
    assert problems["decided_on"] == "Decision date: must not be before the application date."
    assert problems["adaptation_to"] == "Adaptation until: must not be before its start."
    assert read_case_file(database, admin, pid).procedures == []


@pytest.mark.parametrize("code", ["81305", "8130a", "813021", "00000"])
def test_a_kldb_code_has_five_digits_ending_in_a_level(
    database: Database, admin: Actor, code: str
) -> None:
    pid = person(database, admin, "F")
    with pytest.raises(ValidationError) as raised:
        save_procedure(database, admin, pid, ProcedureInput("Beruf", kldb_code=code))
    assert raised.value.field == "kldb_code"


def test_a_decision_needs_its_result_and_an_adaptation_its_kind(
    database: Database, admin: Actor
) -> None:
    pid = person(database, admin, "G")
    data = ProcedureInput(
        " ",
        applied_on=date(2026, 1, 1),
        decided_on=date(2026, 2, 1),
        adaptation_provider="Träger",
    )
    with pytest.raises(ValidationError) as raised:
        save_procedure(database, admin, pid, data, today=TODAY)
    assert _problems(raised.value) == {
        "occupation": "Reference occupation: this field is required.",
        "result": "Result: please choose the decision's result.",
        "adaptation_kind": "Adaptation qualification: please choose its kind, or leave the "
        "adaptation fields empty.",
    }


def test_a_procedure_is_changed_and_deleted_with_audit(database: Database, admin: Actor) -> None:
    pid = person(database, admin, "H")
    saved = save_procedure(
        database, admin, pid, ProcedureInput("Erzieherin", applied_on=date(2026, 1, 5)), today=TODAY
    )
    assert saved.id is not None
    changed = save_procedure(
        database,
        admin,
        pid,
        ProcedureInput(
            "Erzieherin",
            kldb_code="83112",
            applied_on=date(2026, 1, 5),
            decided_on=date(2026, 3, 1),
            result=FULL,
        ),
        saved.id,
        today=TODAY,
    )
    assert (changed.id, changed.kldb_code, changed.result) == (saved.id, "83112", FULL)
    [shown] = read_case_file(database, admin, pid).procedures
    assert shown.decided_on == date(2026, 3, 1)
    delete_procedure(database, admin, pid, saved.id)
    assert read_case_file(database, admin, pid).procedures == []
    with database.engine.connect() as connection:
        events = connection.exec_driver_sql(
            "SELECT action, fields FROM audit_event WHERE entity = 'recognition_procedure' "
            "ORDER BY id"
        ).fetchall()
    assert events == [
        ("create", "applied_on,occupation"),
        ("update", "decided_on,kldb_code,result"),
        ("delete", None),
    ]


def test_a_person_living_abroad_has_a_country_instead_of_a_postcode(
    database: Database, admin: Actor
) -> None:
    abroad = CaseInput("Olena", "K", Gender.FEMALE, city="Lviv 79000", residence_country="Ukraine")
    created = create_case(database, admin, abroad, today=TODAY)
    assert (created.residence_country, created.postcode) == ("UA", None)
    assert created.id is not None
    with pytest.raises(ValidationError) as raised:
        update_case(
            database,
            admin,
            created.id,
            CaseInput("Olena", "K", Gender.FEMALE, postcode="79000", residence_country="UA"),
            today=TODAY,
        )
    assert raised.value.field == "postcode"
    assert raised.value.message.startswith("Postcode: only for an address in Germany.")
    # Germany is where people ordinarily live: no country stored, the postcode rule as ever.
    home = create_case(
        database,
        admin,
        CaseInput("Jana", "M", Gender.FEMALE, postcode="30159", residence_country="Deutschland"),
        today=TODAY,
    )
    assert (home.residence_country, home.postcode) == (None, "30159")
    with pytest.raises(ValidationError) as raised:
        create_case(database, admin, CaseInput("X", "Y", Gender.MALE, postcode="1234"), today=TODAY)
    assert raised.value.field == "postcode"


def test_the_audit_trail_names_the_case_of_a_procedure_and_a_placement(
    database: Database, admin: Actor
) -> None:
    from app.domain.enums import ContractType
    from app.services.audit_trail import AuditFilter, entity_name, list_audit
    from app.services.recognition import PlacementInput, save_placement

    pid = person(database, admin, "J")
    save_procedure(database, admin, pid, ProcedureInput("Apothekerin"), today=TODAY)
    save_placement(
        database, admin, pid, PlacementInput("Apotheke", date(2026, 5, 1), ContractType.MARGINAL)
    )
    number = read_case_file(database, admin, pid).participant.case_number
    rows = list_audit(database, admin, AuditFilter(case_number=number))
    named = {(r.entity, r.case_number) for r in rows if r.action == "create"}
    assert {("recognition_procedure", number), ("placement", number)} <= named
    assert entity_name("recognition_procedure") == "recognition procedure"


def test_removing_an_enrollment_keeps_its_placement_unlinked(
    database: Database, admin: Actor
) -> None:
    from app.domain.enums import ContractType, EmploymentStatus, ExitStatus
    from app.services.case_merge import delete_enrollment
    from app.services.enrollments import EntryAnswers, ExitAnswers, enroll, record_exit
    from app.services.projects import list_projects
    from app.services.recognition import PlacementInput, save_placement

    pid = person(database, admin, "K")
    project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert project.id is not None
    enrollment = enroll(
        database,
        admin,
        pid,
        project.id,
        date(2026, 2, 1),
        EntryAnswers(employment_status=EmploymentStatus.UNEMPLOYED),
        today=TODAY,
    )
    assert enrollment.id is not None
    record_exit(
        database, admin, enrollment.id, ExitAnswers(date(2026, 6, 1), ExitStatus.EMPLOYED), TODAY
    )
    save_placement(
        database,
        admin,
        pid,
        PlacementInput(
            "Firma", date(2026, 6, 2), ContractType.INTERNSHIP, enrollment_id=enrollment.id
        ),
    )
    delete_enrollment(database, admin, enrollment.id, "versehentlich angelegt")
    [placement] = read_case_file(database, admin, pid).placements
    assert (placement.employer, placement.enrollment_id) == ("Firma", None)


def test_an_exit_corrected_away_from_work_unlinks_its_placement(
    database: Database, admin: Actor
) -> None:
    from app.domain.enums import ContractType, EmploymentStatus, ExitStatus
    from app.services.enrollments import EntryAnswers, ExitAnswers, enroll, record_exit
    from app.services.projects import list_projects
    from app.services.recognition import PlacementInput, save_placement

    pid = person(database, admin, "L")
    project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert project.id is not None
    enrollment = enroll(
        database,
        admin,
        pid,
        project.id,
        date(2026, 2, 1),
        EntryAnswers(employment_status=EmploymentStatus.UNEMPLOYED),
        today=TODAY,
    )
    assert enrollment.id is not None
    exit_ = ExitAnswers(date(2026, 6, 1), ExitStatus.SELF_EMPLOYED)
    record_exit(database, admin, enrollment.id, exit_, TODAY)
    data = PlacementInput("Eigenes Büro", date(2026, 6, 1), ContractType.SELF_EMPLOYED)
    save_placement(database, admin, pid, replace(data, enrollment_id=enrollment.id))
    record_exit(
        database, admin, enrollment.id, ExitAnswers(date(2026, 6, 1), ExitStatus.EMPLOYED), TODAY
    )
    assert read_case_file(database, admin, pid).placements[0].enrollment_id == enrollment.id
    record_exit(
        database, admin, enrollment.id, ExitAnswers(date(2026, 6, 1), ExitStatus.JOB_SEEKING), TODAY
    )
    assert read_case_file(database, admin, pid).placements[0].enrollment_id is None


@pytest.mark.parametrize(
    ("typed", "minutes"), [("38,5", 2310), ("0,5", 30), ("80", 4800), ("", None)]
)
def test_hours_per_week_take_what_the_message_allows(typed: str, minutes: int | None) -> None:
    assert weekly_minutes(typed) == minutes


@pytest.mark.parametrize("typed", ["0,1", "0", "80,5", "viel", "nan", "inf"])
def test_hours_per_week_outside_the_range_are_named(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"Hours per week: .* Use a number from 0\.5 to 80"):
        weekly_minutes(typed)
