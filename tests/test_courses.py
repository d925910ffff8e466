"""Courses: the checks of the forms, the attendance grid's rules, the papers' text and
which case files each role reaches (the role matrix has the paths per role too)."""

from collections.abc import Callable
from datetime import date, time
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.domain.enums import AttendanceState, CourseKind, Gender, Role
from app.services.actor import Actor
from app.services.case_file import read_case_file
from app.services.cases import CaseInput, create_case
from app.services.courses import (
    CourseInput,
    SessionInput,
    add_session,
    enroll_participant,
    list_courses,
    read_course,
    remove_participant,
    remove_session,
    save_course,
    set_attendance,
    write_attendance_list,
    write_certificate,
)
from app.services.errors import PermissionDenied, ValidationError
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, set_setting
from app.services.users import add_user
from app.storage.database import Database

PASSWORD = "passwort-1234-lang"
START, END = date(2026, 3, 2), date(2026, 4, 30)


def _course(database: Database, actor: Actor, title: str = "Deutsch B1") -> int:
    course = save_course(
        database,
        actor,
        CourseInput(
            title,
            CourseKind.LANGUAGE_COURSE,
            START,
            END,
            provider="Sprachschule Linden",
            location="Raum 2",
        ),
    )
    assert course.id is not None
    return course.id


def _person(
    database: Database, actor: Actor, first: str, last: str, languages: tuple[str, ...] = ()
) -> int:
    case = create_case(
        database,
        actor,
        CaseInput(first, last, Gender.FEMALE, birth_date=date(1990, 5, 1), languages=languages),
        today=date(2026, 3, 1),
    )
    assert case.id is not None
    return case.id


def _actor(database: Database, admin: Actor, name: str, role: Role) -> Actor:
    user = add_user(database, admin, name, role.value, PASSWORD, name.title())
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, role)


def test_the_course_form_names_every_bad_field_at_once(database: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        save_course(database, admin, CourseInput("  ", None, date(2026, 5, 1), date(2026, 4, 1)))
    fields = [field for field, _ in caught.value.problems]
    assert fields == ["title", "kind", "end_date"]
    assert "Title: this field is required." in caught.value.message
    assert "Kind: please choose the kind of course from the list." in caught.value.message
    assert "Last day: 01.04.2026 lies before the first day 01.05.2026." in caught.value.message
    with pytest.raises(ValidationError) as missing:
        save_course(database, admin, CourseInput("Kurs", CourseKind.OTHER, None, None))
    assert [f for f, _ in missing.value.problems] == ["start_date", "end_date"]


def test_sessions_lie_within_the_course_and_last_a_sensible_time(
    database: Database, admin: Actor
) -> None:
    course = _course(database, admin)
    with pytest.raises(ValidationError) as caught:
        add_session(database, admin, course, SessionInput(date(2026, 5, 4), time(9), 10))
    assert [f for f, _ in caught.value.problems] == ["date", "duration_minutes"]
    assert "Date: 04.05.2026 lies outside the course (02.03.2026 – 30.04.2026)" in (
        caught.value.message
    )
    assert "Duration: 10 minutes is not allowed; a session lasts 15 to 600 minutes." in (
        caught.value.message
    )
    with pytest.raises(ValidationError) as long:
        add_session(database, admin, course, SessionInput(START, time(9), 601))
    assert long.value.field == "duration_minutes"
    with pytest.raises(ValidationError) as no_time:
        add_session(database, admin, course, SessionInput(START, None, 90))
    assert no_time.value.field == "start_time"
    assert "Start time: this field is required." in no_time.value.message
    first = add_session(database, admin, course, SessionInput(START, time(9), 180))
    with pytest.raises(ValidationError) as twice:
        add_session(database, admin, course, SessionInput(START, time(9), 90))
    assert twice.value.field == "start_time"
    # The course's days cannot shrink past a session.
    with pytest.raises(ValidationError) as shrink:
        save_course(
            database,
            admin,
            CourseInput("Deutsch B1", CourseKind.LANGUAGE_COURSE, date(2026, 3, 3), END),
            course,
        )
    assert shrink.value.field == "start_date"
    assert "02.03.2026" in shrink.value.message
    # The database refuses what the service refuses.
    with database.engine.begin() as connection, pytest.raises(IntegrityError):
        connection.execute(
            text("UPDATE course_session SET duration_minutes = 5 WHERE id = :id"), {"id": first}
        )


def test_a_person_is_enrolled_once_and_ticked_only_when_enrolled(
    database: Database, admin: Actor
) -> None:
    course = _course(database, admin)
    session_id = add_session(database, admin, course, SessionInput(START, time(9), 180))
    omar = _person(database, admin, "Omar", "Haddad")
    lina = _person(database, admin, "Lina", "Koval")
    enroll_participant(database, admin, course, omar)
    with pytest.raises(ValidationError) as twice:
        enroll_participant(database, admin, course, omar)
    assert twice.value.field == "participant_id"
    assert "Participant: Omar Haddad" in twice.value.message
    assert "is already enrolled in Deutsch B1." in twice.value.message
    with pytest.raises(ValidationError) as stranger:
        set_attendance(database, admin, session_id, lina, AttendanceState.PRESENT)
    assert stranger.value.field == "participant_id"
    assert "Attendance: Lina Koval" in stranger.value.message
    assert "is not enrolled in this course" in stranger.value.message
    # Cells start empty and stay empty until ticked; clearing removes the answer again.
    view = read_course(database, admin, course)
    assert [m.attendance for m in view.members] == [{}]
    set_attendance(database, admin, session_id, omar, AttendanceState.EXCUSED)
    assert read_course(database, admin, course).members[0].attendance == {
        session_id: AttendanceState.EXCUSED
    }
    assert read_course(database, admin, course).members[0].attended_minutes == 0
    set_attendance(database, admin, session_id, omar, AttendanceState.PRESENT)
    assert read_course(database, admin, course).members[0].attended_minutes == 180
    with pytest.raises(ValidationError) as ticked:
        remove_session(database, admin, session_id)
    assert ticked.value.field == "session"
    set_attendance(database, admin, session_id, omar, None)
    assert read_course(database, admin, course).members[0].attendance == {}
    remove_session(database, admin, session_id)
    assert read_course(database, admin, course).sessions == []


def test_a_ticked_cell_belongs_to_one_course_in_the_database(
    database: Database, admin: Actor
) -> None:
    first, second = _course(database, admin, "A"), _course(database, admin, "B")
    other_session = add_session(database, admin, second, SessionInput(START, time(9), 60))
    member = enroll_participant(database, admin, first, _person(database, admin, "Omar", "H"))
    with database.engine.begin() as connection, pytest.raises(IntegrityError):
        connection.execute(
            text(
                "INSERT INTO attendance (session_id, course_participant_id, state, recorded_at) "
                "VALUES (:s, :m, 'present', '2026-03-02 10:00:00')"
            ),
            {"s": other_session, "m": member},
        )


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_attendance_list_and_the_certificate(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    course = _course(database, admin)
    first = add_session(database, admin, course, SessionInput(START, time(9), 180))
    second = add_session(database, admin, course, SessionInput(date(2026, 3, 9), time(9), 150))
    omar = _person(database, admin, "Omar", "Haddad", ("uk",))
    ayse = _person(database, admin, "Ayşe", "Yılmaz")
    member = enroll_participant(database, admin, course, omar)
    enroll_participant(database, admin, course, ayse)
    set_attendance(database, admin, first, omar, AttendanceState.PRESENT)
    set_attendance(database, admin, second, omar, AttendanceState.PRESENT)
    set_attendance(database, admin, first, ayse, AttendanceState.ABSENT)

    listing = write_attendance_list(database, admin, first, tmp_path / "liste.pdf")
    words = _text(listing)
    for expected in (
        "Unterschriftenliste",
        "Deutsch B1",
        "Kursart: Sprachkurs",
        "Träger: Sprachschule Linden",
        "Ort: Raum 2",
        "Termin: Montag, 02.03.2026, 09:00–12:00 Uhr (3,00 Stunden)",
        "Haddad, Omar",
        "Yılmaz, Ayşe",
        "Unterschrift",
        "Unterschrift Kursleitung",
        "Unterschriftenliste Deutsch B1 · Termin 02.03.2026",
        "Seite 1",
    ):
        assert expected in words, expected
    assert words.index("Haddad, Omar") < words.index("Yılmaz, Ayşe")

    ayse_member = read_course(database, admin, course).members[1]
    assert ayse_member.name == "Yılmaz, Ayşe"
    with pytest.raises(ValidationError) as absent:  # absent is not attended
        write_certificate(database, admin, ayse_member.id, tmp_path / "none.pdf")
    assert absent.value.field == "certificate"
    assert "Certificate: Ayşe Yılmaz" in absent.value.message
    assert "has attended no session of Deutsch B1 yet" in absent.value.message
    assert not (tmp_path / "none.pdf").exists()
    certificate = write_certificate(
        database, admin, member, tmp_path / "bescheinigung.pdf", date(2026, 4, 30)
    )
    assert "Weitere Teilnehmende" not in words
    words = _text(certificate)
    for expected in (
        "Teilnahmebescheinigung",
        "Omar Haddad, geboren am 01.05.1990,",
        "Deutsch B1",
        "Kurszeitraum: 02.03.2026 – 30.04.2026",
        "Besuchte Termine: 2",
        "Teilnahmestunden: 5,50 Stunden",
        "am 30.04.2026",
        "Ort, Datum",
        # Then the same in the person's language, its dates as Ukrainian writes them.
        "Довідка про участь",
        "Omar Haddad, дата народження 1 трав. 1990 р.,",
        "Години участі: 5,50 год",
        "Вид курсу: Мовний курс",  # the type of course in the person's language too
        "2026-11-uk",
    ):
        assert expected in words, expected
    assert words.index("Teilnahmebescheinigung") < words.index("Довідка про участь")
    # The case file shows the same hours and the certificate's date.
    (course_row,) = read_case_file(database, admin, omar).courses
    assert (course_row.attended_sessions, course_row.attended_minutes) == (2, 330)
    assert course_row.certificate_issued_on == date(2026, 4, 30)
    assert course_row.sessions == 2


def test_scope_advisors_own_cases_and_roles_without_case_access(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    anna = _actor(database, admin, "anna", Role.ADVISOR)
    samir = _actor(database, admin, "samir", Role.ADVISOR)
    course = _course(database, admin)
    session_id = add_session(database, admin, course, SessionInput(START, time(9), 90))
    own = _person(database, anna, "Omar", "Haddad")
    foreign = _person(database, samir, "Ayşe", "Yılmaz")
    enroll_participant(database, admin, course, own)
    foreign_member = enroll_participant(database, admin, course, foreign)

    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, True)
    view = read_course(database, anna, course)
    assert [m.participant_id for m in view.members] == [own]
    assert view.hidden_members == 1
    assert list_courses(database, anna)[0].participants == 1
    assert list_courses(database, admin)[0].participants == 2
    set_attendance(database, anna, session_id, own, AttendanceState.PRESENT)
    with pytest.raises(PermissionDenied):
        set_attendance(database, anna, session_id, foreign, AttendanceState.PRESENT)
    with pytest.raises(PermissionDenied):
        enroll_participant(database, anna, _course(database, admin, "C"), foreign)
    with pytest.raises(PermissionDenied):
        write_certificate(database, anna, foreign_member, tmp_path / "x.pdf")
    with pytest.raises(PermissionDenied):
        remove_participant(database, anna, foreign_member)
    listing = _text(write_attendance_list(database, anna, session_id, tmp_path / "anna.pdf"))
    assert "Haddad" in listing and "Yılmaz" not in listing
    assert "Weitere Teilnehmende (1) aus Fällen anderer Berater*innen" in listing
    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, False)
    assert len(read_course(database, anna, course).members) == 2

    for role in (Role.COORDINATOR, Role.TREASURER, Role.VOLUNTEER):
        other = _actor(database, admin, f"user-{role.value}", role)
        attempts: list[Callable[[Actor], object]] = [
            lambda who: list_courses(database, who),
            lambda who: read_course(database, who, course),
            lambda who: _course(database, who, "X"),
            lambda who: set_attendance(database, who, session_id, own, AttendanceState.ABSENT),
            lambda who: write_attendance_list(database, who, session_id, tmp_path / "o.pdf"),
        ]
        for attempt in attempts:
            with pytest.raises(PermissionDenied):
                attempt(other)


def test_readings_and_papers_are_audited(database: Database, admin: Actor, tmp_path: Path) -> None:
    course = _course(database, admin)
    session_id = add_session(database, admin, course, SessionInput(START, time(9), 90))
    omar = _person(database, admin, "Omar", "H")
    member = enroll_participant(database, admin, course, omar)
    set_attendance(database, admin, session_id, omar, AttendanceState.PRESENT)

    def events() -> list[tuple[str, str]]:
        with database.engine.connect() as connection:
            return [
                (str(a), str(e))
                for a, e in connection.execute(
                    text("SELECT action, entity FROM audit_event WHERE entity LIKE 'course%'")
                )
            ]

    before = len(events())
    read_course(database, admin, course)
    write_attendance_list(database, admin, session_id, tmp_path / "l.pdf")
    write_certificate(database, admin, member, tmp_path / "c.pdf")
    assert events()[before:] == [
        ("view", "course"),
        ("export", "course"),
        ("export", "course_participant"),
    ]


def test_the_full_export_keeps_courses_and_ticked_attendance(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from app.services.spreadsheets.export import export_all

    course = _course(database, admin)
    first = add_session(database, admin, course, SessionInput(START, time(9), 180))
    add_session(database, admin, course, SessionInput(date(2026, 3, 9), time(9, 30), 90))
    omar = _person(database, admin, "Omar", "Haddad")
    enroll_participant(database, admin, course, omar, date(2026, 3, 1))
    set_attendance(database, admin, first, omar, AttendanceState.EXCUSED)
    counts = export_all(database, admin, tmp_path / "export.xlsx")
    assert (counts["Kurse"], counts["Kurstermine"], counts["Kursteilnahmen"]) == (1, 2, 1)
    assert counts["Anwesenheit"] == 1  # the unticked cell has no line
    book = load_workbook(tmp_path / "export.xlsx")
    rows = [list(r) for r in book["Anwesenheit"].iter_rows(values_only=True)]
    assert rows[1][2:] == ["09:00", "2026-0001", "entschuldigt"]
    kurse = [list(r) for r in book["Kurse"].iter_rows(values_only=True)]
    assert kurse[1][1:4] == ["Deutsch B1", "Sprachkurs", "Sprachschule Linden"]


def test_future_sessions_take_only_excuses_and_courses_with_attendance_stay(
    database: Database, admin: Actor
) -> None:
    from app.services.courses import delete_course

    course = _course(database, admin)
    later = add_session(database, admin, course, SessionInput(date(2026, 4, 20), time(9), 90))
    omar = _person(database, admin, "Omar", "Haddad")
    enroll_participant(database, admin, course, omar)
    with pytest.raises(ValidationError) as early:
        set_attendance(
            database, admin, later, omar, AttendanceState.PRESENT, today=date(2026, 4, 19)
        )
    assert early.value.field == "state"
    assert "Attendance: the session on 20.04.2026 has not taken place yet" in early.value.message
    set_attendance(database, admin, later, omar, AttendanceState.EXCUSED, today=date(2026, 4, 19))
    set_attendance(database, admin, later, omar, AttendanceState.PRESENT, today=date(2026, 4, 20))
    with pytest.raises(ValidationError) as kept:
        delete_course(database, admin, course)
    assert kept.value.field == "course"
    assert "Course Deutsch B1: attendance is recorded in 1 cells" in kept.value.message
    set_attendance(database, admin, later, omar, None)
    delete_course(database, admin, course)
    assert list_courses(database, admin) == []
    assert read_case_file(database, admin, omar).courses == []


def test_the_demo_has_courses_with_attendance_only_for_past_sessions(
    database: Database, admin: Actor
) -> None:
    from app.services.demo import create_demo_data

    today = date(2026, 11, 20)
    create_demo_data(database, admin, 60, seed=5, staff_password="passwort-1-lang", today=today)
    courses = {row.title: row for row in list_courses(database, admin)}
    assert set(courses) == {
        "Deutsch B1 – Vormittagskurs",
        "Bewerbungstraining",
        "Berufsorientierung Pflege",
    }
    running = read_course(database, admin, courses["Deutsch B1 – Vormittagskurs"].id)
    future = {s.id for s in running.sessions if s.date > today}
    assert future and running.members
    assert any(m.attended_minutes for m in running.members)
    assert not any(set(m.attendance) & future for m in running.members)
    finished = read_course(database, admin, courses["Bewerbungstraining"].id)
    assert all(m.certificate_issued_on for m in finished.members)
    upcoming = read_course(database, admin, courses["Berufsorientierung Pflege"].id)
    assert not any(m.attendance for m in upcoming.members)


def test_the_audit_trail_names_the_case_and_the_course(database: Database, admin: Actor) -> None:
    from app.services.audit_trail import AuditFilter, list_audit

    course = _course(database, admin)
    session_id = add_session(database, admin, course, SessionInput(START, time(9), 90))
    omar = _person(database, admin, "Omar", "Haddad")
    enroll_participant(database, admin, course, omar)
    set_attendance(database, admin, session_id, omar, AttendanceState.PRESENT)
    rows = list_audit(database, admin, AuditFilter(case_number="2026-0001"))
    ticks = [r for r in rows if r.entity == "course_participant"]
    assert [(r.action, r.fields) for r in ticks] == [
        ("update", "attendance"),
        ("create", "course_id"),
    ]
    assert all(r.case_number == "2026-0001" for r in ticks)
    planned = [r for r in list_audit(database, admin, AuditFilter()) if r.entity == "course"]
    assert planned and all(r.subject == "Deutsch B1" for r in planned)


def test_merging_case_files_moves_course_participation_once(
    database: Database, admin: Actor
) -> None:
    from app.services.case_merge import merge_cases

    course = _course(database, admin)
    other_course = _course(database, admin, "Bewerbungstraining")
    session_id = add_session(database, admin, course, SessionInput(START, time(9), 120))
    keep = _person(database, admin, "Omar", "Haddad")
    twin = _person(database, admin, "Omar", "Hadad")
    third = _person(database, admin, "Omar", "Hadat")
    enroll_participant(database, admin, course, keep)
    enroll_participant(database, admin, course, twin)
    with pytest.raises(ValidationError) as both:
        merge_cases(database, admin, keep, twin, "doppelt angelegt")
    assert both.value.field == "other"
    assert "Both case files are enrolled in the course Deutsch B1" in both.value.message
    enroll_participant(database, admin, other_course, third)
    set_attendance(database, admin, session_id, keep, AttendanceState.PRESENT)
    merge_cases(database, admin, keep, third, "doppelt angelegt")
    titles = {c.title: c.attended_minutes for c in read_case_file(database, admin, keep).courses}
    assert titles == {"Deutsch B1": 120, "Bewerbungstraining": 0}


def test_weekly_sessions_up_to_the_last_day_all_or_none(database: Database, admin: Actor) -> None:
    from app.services.courses import add_sessions

    course = _course(database, admin)  # 02.03. – 30.04.2026
    add_session(database, admin, course, SessionInput(date(2026, 3, 23), time(9), 90))
    with pytest.raises(ValidationError) as clash:
        add_sessions(database, admin, course, SessionInput(START, time(9), 90), weekly=True)
    assert clash.value.field == "start_time"
    assert "already has a session on 23.03.2026 at 09:00" in clash.value.message
    assert len(read_course(database, admin, course).sessions) == 1  # none of the series
    added = add_sessions(database, admin, course, SessionInput(START, time(14), 90), weekly=True)
    days = [s.date for s in read_course(database, admin, course).sessions if s.id in added]
    assert days[0] == START and days[-1] == date(2026, 4, 27) and len(days) == 9
    assert all((b - a).days == 7 for a, b in pairwise(days))
