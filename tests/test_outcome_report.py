"""The outcome report per programme, against a hand-computed example with its rates."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.enums import (
    Answer,
    EmploymentStatus,
    ExitStatus,
    Gender,
    MeetingRhythm,
    MentorshipGoal,
    MentorshipStatus,
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
from app.services.mentorships import MentorshipInput, change_status, create_mentorship
from app.services.projects import ProjectInput, add_project, exit_reasons, list_projects
from app.services.reports import build_outcome_report, write_report
from app.services.volunteers import VolunteerInput, save_volunteer
from app.storage.database import Database

TODAY = date(2026, 11, 20)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def person(database: Database, admin: Actor, name: str, gender: Gender) -> int:
    created = create_case(database, admin, CaseInput(name, "Test", gender), today=TODAY)
    assert created.id is not None
    return created.id


def reason_ids(database: Database, project_id: int) -> dict[str, int]:
    return {r.name: r.id for r in exit_reasons(database, project_id) if r.id is not None}


@pytest.fixture
def outcomes(database: Database, admin: Actor) -> Database:
    project = next(p for p in list_projects(database, admin) if p.code == "WIR-2026")
    assert project.id is not None
    reasons = reason_ids(database, project.id)
    people = (
        # name, gender, entry, exit, reason, status after exit, qualification
        ("F1", Gender.FEMALE, date(2026, 1, 10), date(2026, 3, 1), "Ziel erreicht",
         ExitStatus.EMPLOYED, False),
        ("F2", Gender.FEMALE, date(2026, 1, 10), date(2026, 4, 1), "abgebrochen",
         ExitStatus.JOB_SEEKING, False),
        ("M1", Gender.MALE, date(2026, 2, 1), date(2026, 5, 1), "Teilnahme regulär beendet",
         ExitStatus.EDUCATION_TRAINING, False),
        ("M2", Gender.MALE, date(2026, 2, 1), date(2026, 6, 1), "verzogen",
         ExitStatus.NONE, True),
        ("D1", Gender.DIVERSE, date(2026, 3, 1), date(2026, 7, 1), None,
         ExitStatus.UNKNOWN, False),
        ("U1", Gender.UNSPECIFIED, date(2026, 3, 1), None, None, None, None),
    )  # fmt: skip
    six_months = {"F1": Answer.YES, "M1": Answer.NO}
    for name, gender, entry, left, reason, status, qualification in people:
        pid = person(database, admin, name, gender)
        enrollment = enroll(
            database,
            admin,
            pid,
            project.id,
            entry,
            EntryAnswers(employment_status=EmploymentStatus.UNEMPLOYED),
            today=TODAY,
        )
        assert enrollment.id is not None
        if left is not None:
            record_exit(
                database,
                admin,
                enrollment.id,
                ExitAnswers(left, status, qualification, reasons[reason] if reason else None),
                TODAY,
            )
        if name in six_months:
            record_six_month_answers(database, admin, enrollment.id, six_months[name], None, TODAY)
    return database


#                                              Gesamt  F      M      D     ohne
EXPECTED_OVERVIEW = [
    ["Eintritte im Zeitraum",                       6, 2, 2, 1, 1],
    ["Austritte im Zeitraum",                       5, 2, 2, 1, 0],
    ["davon regulär beendet",                       2, 1, 1, 0, 0],
    ["davon abgebrochen",                           1, 1, 0, 0, 0],
    ["davon aus anderen Gründen",                   1, 0, 1, 0, 0],
    ["davon ohne Austrittsgrund",                   1, 0, 0, 1, 0],
    ["erfolgreich",                                 3, 1, 2, 0, 0],  # F1 reason, M1 status, M2 qualification
    ["Erfolgsquote (%)",                         60.0, 50.0, 100.0, 0.0, ""],
    ["Quote regulär beendet (%)",                40.0, 50.0, 50.0, 0.0, ""],
    ["Abbruchquote (%)",                         20.0, 50.0, 0.0, 0.0, ""],
    ["6 Monate nach Austritt: Ergebnis bekannt",    2, 1, 1, 0, 0],
    ["6 Monate nach Austritt: erwerbstätig",        1, 1, 0, 0, 0],
    ["Quote erwerbstätig nach 6 Monaten (% der bekannten)", 50.0, 100.0, 0.0, "", ""],
]  # fmt: skip


def test_outcomes_of_a_project_with_rates_by_gender(
    outcomes: Database, admin: Actor, tmp_path: Path
) -> None:
    report = build_outcome_report(outcomes, admin, "WIR-2026", *YEAR)
    assert report.table("Überblick").rows == EXPECTED_OVERVIEW
    by_reason = [(r[0], r[3]) for r in report.table("Nach Austrittsgrund").rows]
    assert by_reason == [
        ("Teilnahme regulär beendet", 1),
        ("Ziel erreicht", 1),
        ("abgebrochen", 1),
        ("verzogen", 1),
        ("ohne Austrittsgrund", 1),
    ]
    status = dict((r[0], r[1]) for r in report.table("Verbleib nach Austritt").rows)
    assert status["erwerbstätig"] == 1 and status["Schule/Ausbildung"] == 1
    assert any("Ziel erreicht" in note for note in report.notes)
    path = tmp_path / "verbleib.xlsx"
    write_report(outcomes, admin, report, "xlsx", path)
    sheet = load_workbook(path)["Überblick"]
    assert sheet.cell(row=9, column=2).value == 60.0  # Erfolgsquote, Gesamt


def test_a_tandem_project_reports_ended_tandems_with_reasons_and_goals(
    database: Database, admin: Actor
) -> None:
    tandem = add_project(database, admin, ProjectInput("TANDEM", "Tandem", "KAUSA", "01.01.2026"))
    assert tandem.id is not None
    reasons = reason_ids(database, tandem.id)
    mentor = save_volunteer(
        database,
        admin,
        VolunteerInput(
            "Karl", "Meier", clearance_seen_on=date(2025, 6, 1), training_on=date(2025, 6, 1)
        ),
    )
    assert mentor.id is not None
    goals = (MentorshipGoal.GERMAN_LANGUAGE, MentorshipGoal.APPLICATIONS)
    tandems = []
    for name in ("T1", "T2", "T3"):
        mentee = person(database, admin, name, Gender.MALE)
        created = create_mentorship(
            database,
            admin,
            MentorshipInput(
                mentor.id,
                mentee,
                date(2026, 2, 1),
                goals=goals,
                project_id=tandem.id,
                rhythm=MeetingRhythm.WEEKLY,
            ),
        )
        assert created.id is not None
        tandems.append(created.id)
    change_status(database, admin, tandems[0], MentorshipStatus.ENDED, date(2026, 8, 1),
                  reasons["Ziel erreicht"],
                  {MentorshipGoal.GERMAN_LANGUAGE: True, MentorshipGoal.APPLICATIONS: False})  # fmt: skip
    change_status(database, admin, tandems[1], MentorshipStatus.ENDED, date(2026, 9, 1),
                  reasons["abgebrochen"], {MentorshipGoal.GERMAN_LANGUAGE: True})  # fmt: skip
    report = build_outcome_report(database, admin, "TANDEM", *YEAR)
    assert dict((r[0], r[1]) for r in report.table("Tandems").rows) == {
        "begonnen im Zeitraum": 3,
        "beendet im Zeitraum": 2,
        "davon erfolgreich (Grund zählt als Erfolg)": 1,
        "Erfolgsquote (%)": 50.0,
    }
    assert [r[:3] for r in report.table("Tandems nach Endgrund").rows] == [
        ["Ziel erreicht", "ja", 1],
        ["abgebrochen", "nein", 1],
    ]
    goals_rows = {r[0]: r[1:] for r in report.table("Tandemziele").rows}
    assert goals_rows["Deutsch lernen und üben"] == [2, 2, 0, 100.0]
    assert goals_rows["Bewerbungen um Ausbildung und Arbeit"] == [2, 0, 1, 0.0]
    # A project that is not ESF has no ESF situation after exit.
    assert "Verbleib nach Austritt" not in [t.title for t in report.tables]


def test_placements_by_sector_with_shares(outcomes: Database, admin: Actor) -> None:
    """F1 (linked to her exit into work), M1 (unlinked, 19 days after exit), U1 (still
    enrolled) and D1 (9 days after exit, no sector) count; M2's job 61 days after exit and
    an outsider's do not."""
    from app.domain.enums import ContractType, EconomicSector
    from app.services.case_file import read_case_file
    from app.services.case_list import CaseQuery, fetch_cases
    from app.services.errors import ValidationError
    from app.services.recognition import PlacementInput, save_placement

    ids = {row.first_name: row.id for row in fetch_cases(outcomes, admin, CaseQuery(), 0, 50)}
    outsider = person(outcomes, admin, "X1", Gender.FEMALE)

    def place(
        pid: int, start: date, sector: EconomicSector | None, link: int | None = None
    ) -> None:
        save_placement(
            outcomes,
            admin,
            pid,
            PlacementInput(
                "Firma",
                start,
                ContractType.SOCIAL_INSURANCE,
                sector=sector,
                weekly_hours="38,5",
                enrollment_id=link,
            ),
        )

    [f1] = read_case_file(outcomes, admin, ids["F1"]).enrollments
    place(ids["F1"], date(2026, 3, 1), EconomicSector.J, f1.enrollment.id)
    place(ids["M1"], date(2026, 5, 20), EconomicSector.J)
    place(ids["U1"], date(2026, 4, 1), EconomicSector.Q)
    place(ids["D1"], date(2026, 7, 10), None)
    place(ids["M2"], date(2026, 8, 1), EconomicSector.C)
    place(outsider, date(2026, 4, 1), EconomicSector.C)
    # Only an exit into work or self-employment is linked to a placement.
    [m1] = read_case_file(outcomes, admin, ids["M1"]).enrollments
    with pytest.raises(ValidationError) as raised:
        place(ids["M1"], date(2026, 5, 20), EconomicSector.J, m1.enrollment.id)
    assert raised.value.field == "enrollment_id"

    report = build_outcome_report(outcomes, admin, "WIR-2026", *YEAR)
    table = report.table("Nach Wirtschaftszweig")
    assert table.rows == [
        ["J Information und Kommunikation", 2, 2, 50.0],
        ["Q Gesundheits- und Sozialwesen", 1, 1, 25.0],
        ["ohne Angabe", 1, 1, 25.0],
        ["Summe", 4, "", 100.0],
    ]
    assert table.base is not None and table.base.value == 4
    # A period before any placement: an empty table that still adds up.
    early = build_outcome_report(outcomes, admin, "WIR-2026", date(2026, 1, 1), date(2026, 2, 1))
    assert early.table("Nach Wirtschaftszweig").rows == [["Summe", 0, "", ""]]
