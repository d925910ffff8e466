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
    SensitiveAnswer,
)
from app.services.actor import Actor
from app.services.cases import CaseInput, create_case
from app.services.enrollments import (
    EntryAnswers,
    ExitAnswers,
    enroll,
    record_exit,
    record_six_month_answers,
)
from app.services.errors import ValidationError
from app.services.projects import ProjectInput, add_project
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
    record_six_month_answers(database, admin, g, Answer.YES, Answer.YES, TODAY)
    # H: enters a day after the period. I: left the day before it.
    ph = person(database, admin, "H", Gender.MALE, date(1990, 1, 1), ("SY",))
    entry(database, admin, ph, a, date(2026, 7, 1), employment_status=U)
    pi = person(database, admin, "I", Gender.FEMALE, date(1990, 1, 1), ("SY",))
    i = entry(database, admin, pi, a, date(2025, 6, 1), employment_status=U)
    record_exit(database, admin, i, ExitAnswers(date(2025, 12, 31), ExitStatus.EMPLOYED), TODAY)
    return database


#            code      Gesamt  F  M  D  ohne
EXPECTED = [
    ("EECO01", 6, 2, 2, 1, 1),
    ("EECO02", 2, 1, 1, 0, 0),
    ("EECO03", 1, 0, 1, 0, 0),
    ("EECO04", 1, 0, 0, 1, 0),
    ("EECO05", 2, 1, 0, 0, 1),
    ("", 1, 0, 1, 0, 0),  # employment status unknown
    ("EECO06", 1, 1, 0, 0, 0),
    ("EECO07", 3, 1, 2, 0, 0),
    ("EECO08", 1, 0, 0, 0, 1),
    ("EECO09", 2, 2, 0, 0, 0),
    ("EECO10", 2, 0, 2, 0, 0),
    ("EECO11", 1, 0, 0, 1, 0),
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
    ("EECR05", 1, 1, 0, 0, 0),
    ("", 1, 0, 0, 0, 1),  # EECR05 unknown
    ("EECR06", 1, 1, 0, 0, 0),
    ("", 1, 0, 0, 0, 1),  # EECR06 unknown
]


def test_every_cell_of_the_indicator_sheet(
    esf_fixture: Database, admin: Actor, tmp_path: Path
) -> None:
    report = build_esf_report(esf_fixture, admin, "ESF-A", H1_START, H1_END)
    path = tmp_path / "esf.xlsx"
    write_report(report, "xlsx", path)
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
    assert labels["EECO13"] == "Drittstaatsangehörige"
    # EECO02 + EECO04 + EECO05 + unknown = EECO01, and every row adds up across genders.
    by_code = {r[0]: r for r in rows if r[0]}
    assert (
        by_code["EECO02"][2] + by_code["EECO04"][2] + by_code["EECO05"][2] + rows[5][2]
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
    assert any("Bildungsniveau" in row[1] for row in quality.values())  # D has no education
    assert all("Art. 13" in row[1] for row in quality.values())  # no notice recorded in the fixture
    notes = dict((row[0], row[1]) for row in report.table("Hinweise").rows[:6])
    assert notes["Projekt"] == "ESF-A – A" and notes["Zeitraum"] == "01.01.2026 – 30.06.2026"


def test_cumulative_and_the_second_project(esf_fixture: Database, admin: Actor) -> None:
    cumulative = build_esf_report(esf_fixture, admin, "ESF-A", H1_START, H1_END, cumulative=True)
    assert cumulative.table("ESF-Indikatoren").rows[0][2] == 8  # A–G and I; H enters after
    second = build_esf_report(esf_fixture, admin, "ESF-B", H1_START, H1_END)
    assert second.table("ESF-Indikatoren").rows[0][2:] == [1, 0, 1, 0, 0]  # F counts in both


def test_bad_report_requests(esf_fixture: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="no project with the code"):
        build_esf_report(esf_fixture, admin, "NOPE", H1_START, H1_END)
    with pytest.raises(ValidationError, match="must not be before"):
        build_esf_report(esf_fixture, admin, "ESF-A", H1_END, H1_START)
