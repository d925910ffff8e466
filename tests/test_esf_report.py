"""The ESF Plus indicator sheet, asserted cell by cell against a hand-computed fixture."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.enums import (
    Answer,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    Gender,
    LongTermUnemploymentRule,
    SensitiveAnswer,
    SupportedOrganisationKind,
)
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.enrollments import (
    EntryAnswers,
    ExitAnswers,
    enroll,
    record_exit,
    record_six_month_answers,
)
from app.services.errors import ValidationError
from app.services.projects import (
    ProjectInput,
    SupportedOrganisationInput,
    add_project,
    add_supported_organisation,
    list_projects,
    update_project,
)
from app.services.reports import build_esf_report, write_report
from app.storage.database import Database

TODAY = date(2026, 11, 20)
H1_START, H1_END = date(2026, 1, 1), date(2026, 6, 30)
E, U, I_, S = (EmploymentStatus.EMPLOYED, EmploymentStatus.UNEMPLOYED, EmploymentStatus.INACTIVE,
               EmploymentStatus.SELF_EMPLOYED)  # fmt: skip


def person(database: Database, admin: Actor, name: str, gender: Gender, birth: date,
           nationalities: tuple[str, ...]) -> int:  # fmt: skip
    created = create_case(database, admin, CaseInput(name, "Test", gender, birth_date=birth,
                                                    nationalities=nationalities), today=TODAY)  # fmt: skip
    assert created.id is not None
    return created.id


def entry(database: Database, admin: Actor, participant: int, project: int, day: date,
          **answers: object) -> int:  # fmt: skip
    enrollment = enroll(database, admin, participant, project, day, EntryAnswers(**answers),  # type: ignore[arg-type]
                        today=TODAY)  # fmt: skip
    assert enrollment.id is not None
    return enrollment.id


@pytest.fixture
def esf_fixture(database: Database, admin: Actor) -> Database:
    a = add_project(
        database, admin, ProjectInput("ESF-A", "A", "ESF Plus", "01.01.2025", esf=True)
    ).id
    b = add_project(
        database, admin, ProjectInput("ESF-B", "B", "ESF Plus", "01.01.2025", esf=True)
    ).id
    assert a is not None and b is not None
    yes = Answer.YES
    # A: 18 exactly on entry, unemployed exactly 12 months, Syrian, disability refused.
    pa = person(database, admin, "A", Gender.FEMALE, date(2008, 3, 1), ("SY",))
    entry(
        database,
        admin,
        pa,
        a,
        date(2026, 3, 1),
        employment_status=U,
        unemployed_months=12,
        education_level=EducationLevel.ISCED_0_2,
        disability=SensitiveAnswer.REFUSED,
        minority=SensitiveAnswer.NO,
        foreign_origin=yes,
    )
    # B: 29 (turns 30 the next day), 13 months unemployed, German-Syrian dual national.
    pb = person(database, admin, "B", Gender.MALE, date(1996, 2, 15), ("DE", "SY"))
    entry(
        database,
        admin,
        pb,
        a,
        date(2026, 2, 14),
        employment_status=U,
        unemployed_months=13,
        education_level=EducationLevel.ISCED_3_4,
        disability=SensitiveAnswer.YES,
        minority=SensitiveAnswer.REFUSED,
        foreign_origin=yes,
    )
    # C: 30 on entry, non-binary, stateless, inactive, homeless, minority.
    pc = person(database, admin, "C", Gender.DIVERSE, date(1996, 2, 14), ("staatenlos",))
    entry(
        database,
        admin,
        pc,
        a,
        date(2026, 2, 14),
        employment_status=I_,
        education_level=EducationLevel.ISCED_5_8,
        minority=SensitiveAnswer.YES,
        foreign_origin=yes,
        homeless=yes,
    )
    # D: 55 on entry, no gender given, Ukrainian, employed, rural; exits on 30.06.
    pd = person(database, admin, "D", Gender.UNSPECIFIED, date(1971, 6, 30), ("UA",))
    d = entry(
        database,
        admin,
        pd,
        a,
        date(2026, 6, 30),
        employment_status=E,
        foreign_origin=yes,
        rural_area=yes,
    )
    record_exit(
        database, admin, d, ExitAnswers(date(2026, 6, 30), ExitStatus.EMPLOYED, True), TODAY
    )
    # E: born 29.02.2008, entry 28.02.2026: still 17. Turkish, self-employed.
    pe = person(database, admin, "E", Gender.FEMALE, date(2008, 2, 29), ("TR",))
    entry(
        database,
        admin,
        pe,
        a,
        date(2026, 2, 28),
        employment_status=S,
        education_level=EducationLevel.ISCED_0_2,
        foreign_origin=yes,
    )
    # F: born 29.02.2004, entry 01.03.2026: 22. Polish (EU), status unknown, in both projects.
    pf = person(database, admin, "F", Gender.MALE, date(2004, 2, 29), ("PL",))
    entry(
        database,
        admin,
        pf,
        a,
        date(2026, 3, 1),
        education_level=EducationLevel.ISCED_3_4,
        foreign_origin=Answer.NO,
    )
    entry(database, admin, pf, b, date(2026, 3, 1))
    # G: entered a day before the period, left on its first day; employed 6 months later.
    pg = person(database, admin, "G", Gender.FEMALE, date(1990, 1, 1), ("SY",))
    g = entry(database, admin, pg, a, date(2025, 12, 31), employment_status=U)
    record_exit(database, admin, g, ExitAnswers(date(2026, 1, 1), ExitStatus.JOB_SEEKING), TODAY)
    # G was unemployed at entry: EECR06 is not asked of them.
    record_six_month_answers(database, admin, g, Answer.YES, None, TODAY)
    # H: enters a day after the period. I: left the day before it.
    ph = person(database, admin, "H", Gender.MALE, date(1990, 1, 1), ("SY",))
    entry(database, admin, ph, a, date(2026, 7, 1), employment_status=U)
    pi = person(database, admin, "I", Gender.FEMALE, date(1990, 1, 1), ("SY",))
    i = entry(database, admin, pi, a, date(2025, 6, 1), employment_status=U)
    record_exit(database, admin, i, ExitAnswers(date(2025, 12, 31), ExitStatus.EMPLOYED), TODAY)
    return database


#            code      Gesamt  F  M  D  ohne
EXPECTED = [
    ("EECO01", 5, 2, 1, 1, 1),  # F has no employment status: not reportable
    ("EECO02", 2, 1, 1, 0, 0),
    ("EECO03", 2, 1, 1, 0, 0),  # 12 and 13 months: one year or longer (§ 18 SGB III)
    ("EECO04", 1, 0, 0, 1, 0),
    ("EECO05", 2, 1, 0, 0, 1),
    ("", 1, 0, 1, 0, 0),  # not reportable: F
    ("EECO06", 1, 1, 0, 0, 0),
    ("EECO07", 2, 1, 1, 0, 0),  # F (22) is not counted
    ("EECO08", 1, 0, 0, 0, 1),
    ("EECO09", 2, 2, 0, 0, 0),
    ("EECO10", 1, 0, 1, 0, 0),
    ("EECO11", 1, 0, 0, 1, 0),
    ("", 1, 0, 0, 0, 1),  # education not asked: D
    ("EECO12", 1, 0, 1, 0, 0),
    ("", 1, 1, 0, 0, 0),  # disability refused
    ("EECO13", 4, 2, 0, 1, 1),
    ("EECO14", 5, 2, 1, 1, 1),
    ("EECO15", 1, 0, 0, 1, 0),
    ("", 1, 0, 1, 0, 0),  # minority refused
    ("EECO16", 1, 0, 0, 1, 0),
    ("EECO17", 1, 0, 0, 0, 1),
    ("", 2, 1, 0, 0, 1),  # exits in the period: G and D
    ("EECR01", 1, 1, 0, 0, 0),
    ("EECR02", 0, 0, 0, 0, 0),
    ("EECR03", 1, 0, 0, 0, 1),
    ("EECR04", 1, 0, 0, 0, 1),
    ("EECR05", 1, 1, 0, 0, 0),  # G answered although not yet due
    ("", 1, 0, 0, 0, 1),  # EECR05 not yet due: D left on 30.06.
    ("", 0, 0, 0, 0, 0),  # EECR05 unknown
    ("EECR06", 0, 0, 0, 0, 0),  # G was unemployed at entry
    ("", 1, 0, 0, 0, 1),  # EECR06 not yet due: D, employed at entry
    ("", 0, 0, 0, 0, 0),  # EECR06 unknown
    ("", 0, 0, 0, 0, 0),  # exits not reportable
]


def test_the_pdf_prints_the_lists_per_enrollment_as_summaries(
    esf_fixture: Database, admin: Actor, tmp_path: Path
) -> None:
    """On paper: indicators and the state of the data; the list per enrollment stays in
    the workbook (and the preview), where it can be filtered."""
    from pypdf import PdfReader

    report = build_esf_report(esf_fixture, admin, "ESF-A", H1_START, H1_END)
    listing = report.table("Teilnehmendenliste")
    case_numbers = [str(row[0]) for row in listing.rows]
    assert case_numbers
    write_report(esf_fixture, admin, report, "pdf", tmp_path / "esf.pdf")
    write_report(esf_fixture, admin, report, "xlsx", tmp_path / "esf.xlsx")
    pdf_text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "esf.pdf").pages)
    assert "EECO01" in pdf_text and "Im PDF als Übersicht" in pdf_text
    assert "Teilnahmen mit Eintritt oder Austritt im Zeitraum" in pdf_text
    assert "davon mit fehlenden Angaben" in pdf_text
    assert not [number for number in case_numbers if number in pdf_text]
    sheet = load_workbook(tmp_path / "esf.xlsx")["Teilnehmendenliste"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == case_numbers


def test_every_cell_of_the_indicator_sheet(
    esf_fixture: Database, admin: Actor, tmp_path: Path
) -> None:
    report = build_esf_report(esf_fixture, admin, "ESF-A", H1_START, H1_END)
    path = tmp_path / "esf.xlsx"
    write_report(esf_fixture, admin, report, "xlsx", path)
    sheet = load_workbook(path)["ESF-Indikatoren"]
    header = [c.value for c in sheet[1]]
    assert header == [
        "Indikator",
        "Bezeichnung",
        "Gesamt",
        "Frauen",
        "Männer",
        "Divers",
        "ohne Angabe",
    ]
    rows = [tuple(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [(r[0] or "", *r[2:]) for r in rows] == EXPECTED
    labels = {r[0]: r[1] for r in rows if r[0]}
    assert labels["EECO01"] == "Teilnehmende insgesamt"
    # Long labels wrap in their column instead of being cut off in print.
    eecr05 = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "EECR05")
    assert eecr05[1].alignment.wrap_text
    assert labels["EECO13"] == "Drittstaatsangehörige"
    assert "nicht meldefähig" in rows[5][1]
    # EECO02 + EECO04 + EECO05 = EECO01; EECO09–11 + "keine Angabe" = EECO01; and every
    # row adds up across genders.
    by_code = {r[0]: r for r in rows if r[0]}
    assert (
        by_code["EECO02"][2] + by_code["EECO04"][2] + by_code["EECO05"][2] == by_code["EECO01"][2]
    )
    assert (
        sum(by_code[code][2] for code in ("EECO09", "EECO10", "EECO11")) + rows[12][2]
        == by_code["EECO01"][2]
    )
    assert all(r[2] == sum(r[3:]) for r in rows)


def test_listing_is_pseudonymised_and_quality_sheet_names_gaps(
    esf_fixture: Database, admin: Actor
) -> None:
    report = build_esf_report(esf_fixture, admin, "ESF-A", H1_START, H1_END)
    listing = report.table("Teilnehmendenliste")
    assert len(listing.rows) == 7  # A–F entered, G left in the period
    assert all(str(row[0]).startswith("2026-") for row in listing.rows)
    assert "Vorname" not in listing.columns and "Nachname" not in listing.columns
    ages = {row[0]: row[2] for row in listing.rows}
    assert sorted(ages.values()) == [17, 18, 22, 29, 30, 35, 55]  # G: 35 on 31.12.2025
    quality = {row[0]: row for row in report.table("Datenqualität").rows}
    assert any("Bildungsniveau" in row[2] for row in quality.values())  # D has no education
    assert all("Art. 13" in row[2] for row in quality.values())  # no notice recorded in the fixture
    blocking = [row for row in quality.values() if row[1]]
    assert [row[1] for row in blocking] == ["Erwerbsstatus nicht erfragt – nicht meldefähig"]
    notes = dict((row[0], row[1]) for row in report.table("Hinweise").rows[:6])
    assert notes["Projekt"] == "ESF-A – A" and notes["Zeitraum"] == "01.01.2026 – 30.06.2026"


def test_cumulative_and_the_second_project(esf_fixture: Database, admin: Actor) -> None:
    cumulative = build_esf_report(esf_fixture, admin, "ESF-A", H1_START, H1_END, cumulative=True)
    # A–E, G and I are reportable; F has no employment status; H enters after the period.
    assert cumulative.table("ESF-Indikatoren").rows[0][2] == 7
    second = build_esf_report(esf_fixture, admin, "ESF-B", H1_START, H1_END)
    rows = second.table("ESF-Indikatoren").rows
    assert rows[0][2:] == [0, 0, 0, 0, 0]  # F entered B without answers
    assert rows[5][2:] == [1, 0, 1, 0, 0]


def test_bad_report_requests(esf_fixture: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="no project with the code"):
        build_esf_report(esf_fixture, admin, "NOPE", H1_START, H1_END)
    with pytest.raises(ValidationError, match="must not be before"):
        build_esf_report(esf_fixture, admin, "ESF-A", H1_END, H1_START)


# -- the corrected rules: long-term unemployment, unknown answers, 6-month results --------

YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)


def rules_project(database: Database, admin: Actor, code: str, **settings: object) -> int:
    project = add_project(
        database,
        admin,
        ProjectInput(code, code, "ESF Plus", "01.01.2025", esf=True, **settings),  # type: ignore[arg-type]
    )
    assert project.id is not None
    return project.id


@pytest.fixture
def rules_fixture(database: Database, admin: Actor) -> Database:
    r = rules_project(database, admin, "ESF-R", supports_organisations=True)
    adult = date(1990, 5, 5)
    for name, months in (("U11", 11), ("U12", 12), ("U13", 13)):
        entry(database, admin, person(database, admin, name, Gender.FEMALE, adult, ("SY",)), r,
              date(2026, 2, 1), employment_status=U, unemployed_months=months)  # fmt: skip
    # 20 years old and unemployed for 7 months: long-term only under the EU survey rule.
    entry(database, admin, person(database, admin, "Y7", Gender.MALE, date(2005, 6, 1), ("SY",)),
          r, date(2026, 2, 1), employment_status=U, unemployed_months=7)  # fmt: skip
    # Employment "keine Angabe": not reportable; education "keine Angabe": its own row.
    entry(database, admin, person(database, admin, "KA", Gender.FEMALE, adult, ("SY",)), r,
          date(2026, 3, 1), employment_status=EmploymentStatus.UNKNOWN)  # fmt: skip
    entry(database, admin, person(database, admin, "EDU", Gender.MALE, adult, ("SY",)), r,
          date(2026, 3, 1), employment_status=E,
          education_level=EducationLevel.UNKNOWN)  # fmt: skip
    exits = (
        # name, status at entry, exit date, employed after 6 months, improved
        ("X1", I_, date(2026, 3, 1), Answer.YES, None),  # not employed at entry: no EECR06
        ("X2", E, date(2026, 3, 15), None, None),  # due, no answer: unknown
        ("X3", E, date(2026, 9, 1), None, None),  # exit less than 6 months before 31.12.
        ("X4", S, date(2026, 4, 1), Answer.YES, Answer.YES),
    )
    for name, status, left, employed, improved in exits:
        pid = person(database, admin, name, Gender.FEMALE, adult, ("SY",))
        enrollment = entry(database, admin, pid, r, date(2025, 3, 1), employment_status=status)
        record_exit(database, admin, enrollment,
                    ExitAnswers(left, ExitStatus.JOB_SEEKING, False), TODAY)  # fmt: skip
        if employed is not None:
            record_six_month_answers(database, admin, enrollment, employed, improved, TODAY)
    for name, kind, day in (
        ("Stadtverwaltung Halle", SupportedOrganisationKind.PUBLIC_ADMINISTRATION,
         date(2026, 5, 1)),
        ("Bäckerei Yilmaz GmbH", SupportedOrganisationKind.SME, date(2026, 3, 1)),
        ("Pflegedienst Sonnenschein", SupportedOrganisationKind.SME, date(2026, 7, 1)),
        ("Autohaus Berger", SupportedOrganisationKind.SME, date(2025, 11, 30)),  # before
    ):  # fmt: skip
        add_supported_organisation(database, admin, r, SupportedOrganisationInput(name, kind, day))
    return database


def indicator(report_rows: list[list[object]], code_or_label: str) -> list[object]:
    for row in report_rows:
        if row[0] == code_or_label or (not row[0] and code_or_label in str(row[1])):
            return row[2:]
    raise AssertionError(code_or_label)


def test_corrected_rules_cell_by_cell(rules_fixture: Database, admin: Actor) -> None:
    report = build_esf_report(rules_fixture, admin, "ESF-R", YEAR_START, YEAR_END)
    rows = report.table("ESF-Indikatoren").rows
    #                                                      Gesamt F  M  D  ohne
    assert indicator(rows, "EECO01") == [5, 3, 2, 0, 0]  # U11 U12 U13 Y7 EDU (X1–X4 entered 2025)
    assert indicator(rows, "EECO02") == [4, 3, 1, 0, 0]
    assert indicator(rows, "EECO03") == [2, 2, 0, 0, 0]  # 12 and 13 months; not 11, not Y7
    assert indicator(rows, "EECO05") == [1, 0, 1, 0, 0]
    assert indicator(rows, "nicht meldefähig") == [1, 1, 0, 0, 0]  # KA
    assert indicator(rows, "Bildungsniveau: keine Angabe") == [5, 3, 2, 0, 0]  # EDU + not asked
    assert indicator(rows, "Austritte im Zeitraum") == [4, 4, 0, 0, 0]
    assert indicator(rows, "EECR05") == [2, 2, 0, 0, 0]  # X1, X4
    assert indicator(rows, "EECR05: noch nicht fällig") == [1, 1, 0, 0, 0]  # X3
    assert indicator(rows, "EECR05: unbekannt") == [1, 1, 0, 0, 0]  # X2
    assert indicator(rows, "EECR06") == [1, 1, 0, 0, 0]  # X4; X1 was not employed at entry
    assert indicator(rows, "EECR06: noch nicht fällig") == [1, 1, 0, 0, 0]  # X3
    assert indicator(rows, "EECR06: unbekannt") == [1, 1, 0, 0, 0]  # X2
    entities = report.table("Unterstützte Einrichtungen").rows
    assert [(row[0], row[2]) for row in entities] == [("EECO18", 1), ("EECO19", 2)]
    quality = report.table("Datenqualität").rows
    blocking = {row[1] for row in quality if row[1]}
    assert blocking == {"Erwerbsstatus: keine Angabe – nicht meldefähig"}
    hints = [str(row[1]) for row in report.table("Hinweise").rows]
    assert any("§ 18 SGB III" in hint for hint in hints)


def test_eu_survey_rule_is_a_project_setting(rules_fixture: Database, admin: Actor) -> None:
    project = next(p for p in list_projects(rules_fixture, admin) if p.code == "ESF-R")
    assert project.id is not None
    update_project(
        rules_fixture,
        admin,
        project.id,
        ProjectInput(
            "ESF-R",
            "ESF-R",
            "ESF Plus",
            "01.01.2025",
            esf=True,
            supports_organisations=True,
            long_term_rule=LongTermUnemploymentRule.EU_SURVEY,
        ),
    )
    report = build_esf_report(rules_fixture, admin, "ESF-R", YEAR_START, YEAR_END)
    # Over 12 months: U13; below 25 and over 6 months: Y7.
    assert indicator(report.table("ESF-Indikatoren").rows, "EECO03") == [2, 1, 1, 0, 0]
    assert any("EU-Erhebungsregel" in str(row[1]) for row in report.table("Hinweise").rows)


def test_people_below_the_minimum_support_count_in_no_indicator(
    database: Database, admin: Actor
) -> None:
    d = rules_project(database, admin, "ESF-D", min_support_hours="8")
    other = rules_project(database, admin, "ESF-O")
    people = {}
    for name in ("ENOUGH", "SHORT", "ELSEWHERE", "LATE"):
        pid = person(database, admin, name, Gender.FEMALE, date(1990, 1, 1), ("SY",))
        entry(database, admin, pid, d, date(2026, 2, 1), employment_status=U)
        people[name] = pid

    def consult(name: str, day: date, minutes: int, project: int) -> None:
        add_consultation(
            database,
            admin,
            ConsultationInput(people[name], day, minutes, project_id=project),
            today=TODAY,
        )

    consult("ENOUGH", date(2026, 2, 1), 240, d)
    consult("ENOUGH", date(2026, 3, 1), 240, d)  # 8 hours: a participant
    consult("SHORT", date(2026, 2, 1), 120, d)  # 2 hours: a counselling contact
    consult("ELSEWHERE", date(2026, 2, 1), 480, other)  # support of another project
    consult("LATE", date(2026, 6, 1), 240, d)
    consult("LATE", date(2026, 8, 1), 240, d)  # reaches 8 hours after the first half-year
    first_half = build_esf_report(database, admin, "ESF-D", YEAR_START, date(2026, 6, 30))
    rows = first_half.table("ESF-Indikatoren").rows
    assert indicator(rows, "EECO01") == [1, 1, 0, 0, 0]
    assert indicator(rows, "EECO02") == [1, 1, 0, 0, 0]
    assert indicator(rows, "unter der Mindestförderung von 8 Stunden") == [3, 3, 0, 0, 0]
    assert indicator(rows, "nicht meldefähig") == [0, 0, 0, 0, 0]
    assert any(
        "Mindestförderung: erst ab 8 Stunden" in str(row[1])
        for row in first_half.table("Hinweise").rows
    )
    whole_year = build_esf_report(database, admin, "ESF-D", YEAR_START, YEAR_END)
    assert indicator(whole_year.table("ESF-Indikatoren").rows, "EECO01") == [2, 2, 0, 0, 0]


def test_attended_course_hours_count_towards_the_minimum_support(
    database: Database, admin: Actor
) -> None:
    """COURSE reaches 8 hours only with the course sessions ticked present; excused and
    absent sessions, sessions after the period and courses of other projects count not."""
    from datetime import time

    from app.domain.enums import AttendanceState, CourseKind
    from app.services.courses import (
        CourseInput,
        SessionInput,
        add_session,
        enroll_participant,
        save_course,
        set_attendance,
    )

    d = rules_project(database, admin, "ESF-K", min_support_hours="8")
    other = rules_project(database, admin, "ESF-X")
    people = {}
    for name in ("COURSE", "EXCUSED", "NOCOURSE"):
        pid = person(database, admin, name, Gender.FEMALE, date(1990, 1, 1), ("SY",))
        entry(database, admin, pid, d, date(2026, 2, 1), employment_status=U)
        add_consultation(
            database,
            admin,
            ConsultationInput(pid, date(2026, 2, 1), 120, project_id=d),
            today=TODAY,
        )
        people[name] = pid

    def course(project: int) -> tuple[int, list[int]]:
        created = save_course(
            database,
            admin,
            CourseInput(
                "Deutsch B1",
                CourseKind.LANGUAGE_COURSE,
                date(2026, 3, 1),
                date(2026, 12, 31),
                project_id=project,
            ),
        )
        assert created.id is not None
        sessions = [
            add_session(database, admin, created.id, SessionInput(day, time(9), 180))
            for day in (date(2026, 3, 2), date(2026, 3, 9), date(2026, 9, 7))
        ]
        return created.id, sessions

    k, (s1, s2, late) = course(d)
    x, (x1, x2, _) = course(other)
    for name in people:
        enroll_participant(database, admin, k, people[name])
    enroll_participant(database, admin, x, people["NOCOURSE"])
    set_attendance(database, admin, s1, people["COURSE"], AttendanceState.PRESENT)
    set_attendance(database, admin, s2, people["COURSE"], AttendanceState.PRESENT)
    set_attendance(database, admin, s1, people["EXCUSED"], AttendanceState.PRESENT)
    set_attendance(database, admin, s2, people["EXCUSED"], AttendanceState.EXCUSED)
    set_attendance(database, admin, late, people["EXCUSED"], AttendanceState.PRESENT)
    set_attendance(database, admin, s1, people["NOCOURSE"], AttendanceState.ABSENT)
    set_attendance(database, admin, x1, people["NOCOURSE"], AttendanceState.PRESENT)
    set_attendance(database, admin, x2, people["NOCOURSE"], AttendanceState.PRESENT)

    first_half = build_esf_report(database, admin, "ESF-K", YEAR_START, date(2026, 6, 30))
    rows = first_half.table("ESF-Indikatoren").rows
    # 2 h counselling + 2 × 3 h attended = 8 h: COURSE alone is a participant.
    assert indicator(rows, "EECO01") == [1, 1, 0, 0, 0]
    assert indicator(rows, "unter der Mindestförderung von 8 Stunden") == [2, 2, 0, 0, 0]
    # By the year's end EXCUSED has 2 + 3 + 3 (September) = 8 hours too.
    whole_year = build_esf_report(database, admin, "ESF-K", YEAR_START, YEAR_END)
    assert indicator(whole_year.table("ESF-Indikatoren").rows, "EECO01") == [2, 2, 0, 0, 0]
    # Without the ticks, COURSE stays a counselling contact.
    set_attendance(database, admin, s2, people["COURSE"], None)
    again = build_esf_report(database, admin, "ESF-K", YEAR_START, date(2026, 6, 30))
    assert indicator(again.table("ESF-Indikatoren").rows, "EECO01") == [0, 0, 0, 0, 0]
