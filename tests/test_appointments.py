"""Appointments: the form's checks (double booking, past, duration), who sees which
appointments, the consultation an appointment becomes, erasure, and the letter's text in
German and English."""

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.domain.appointments import next_slot
from app.domain.enums import AppointmentStatus, Gender, Role
from app.services.access_request import write_access_export
from app.services.actor import Actor
from app.services.appointments import (
    AppointmentInput,
    case_appointments,
    create_appointment,
    get_appointment,
    list_appointments,
    my_coming_appointments,
    update_appointment,
    write_letter,
)
from app.services.cases import CaseInput, create_case
from app.services.consultations import ConsultationInput, add_consultation
from app.services.enrollments import close_case
from app.services.errors import PermissionDenied, ValidationError
from app.services.privacy import anonymise_due, erase_case
from app.services.settings import RESTRICT_ADVISORS_TO_OWN_CASES, set_setting
from app.services.users import add_user
from app.storage.database import Database

PASSWORD = "passwort-1234-lang"
NOW = dt.datetime(2026, 11, 23, 7, 30)
MONDAY = dt.date(2026, 11, 23)


def _actor(database: Database, admin: Actor, name: str, role: Role = Role.ADVISOR) -> Actor:
    user = add_user(database, admin, name, role.value, PASSWORD, name.title())
    assert user.id is not None
    return Actor(user.id, user.username, user.display_name, role)


def _case(
    database: Database, actor: Actor, first: str = "Amina", languages: tuple[str, ...] = ()
) -> int:
    case = create_case(
        database,
        actor,
        CaseInput(
            first, "Haddad", Gender.FEMALE, birth_date=dt.date(1990, 5, 1), languages=languages
        ),
        today=MONDAY,
    )
    assert case.id is not None
    return case.id


def _book(
    database: Database,
    actor: Actor,
    start: dt.time = dt.time(10, 0),
    minutes: int = 45,
    day: dt.date = MONDAY,
    **values: object,
) -> int:
    data = AppointmentInput(
        values.pop("advisor_id", actor.user_id),
        day,
        start,
        minutes,
        **values,  # type: ignore[arg-type]
    )
    return create_appointment(database, actor, data, moment=NOW)


def test_an_advisor_is_not_double_booked(database: Database, admin: Actor) -> None:
    case = _case(database, admin)
    first = _book(database, admin, participant_id=case, subject="Anerkennung")
    with pytest.raises(ValidationError) as caught:
        _book(database, admin, dt.time(10, 30), 30, name="Sprechstunde")
    assert caught.value.field == "start_time"
    # The message names the field and the other appointment: advisor, day, time, person.
    assert caught.value.message.startswith("Time: ")
    assert "23.11.2026" in caught.value.message and "10:00–10:45" in caught.value.message
    assert "Amina Haddad" in caught.value.message
    # Back to back is fine; another advisor at the same time too; a cancelled one frees it.
    _book(database, admin, dt.time(10, 45), 15)
    other = _actor(database, admin, "berater")
    _book(database, admin, dt.time(10, 0), 30, advisor_id=other.user_id)
    update_appointment(
        database,
        admin,
        first,
        AppointmentInput(
            admin.user_id,
            MONDAY,
            dt.time(10),
            45,
            participant_id=case,
            status=AppointmentStatus.CANCELLED,
        ),
        moment=NOW,
    )
    _book(database, admin, dt.time(10, 0), 30)
    # Moving an appointment onto another is refused the same way.
    late = _book(database, admin, dt.time(14, 0), 30)
    with pytest.raises(ValidationError, match=r"^Time: .*10:00–10:30"):
        update_appointment(
            database,
            admin,
            late,
            AppointmentInput(admin.user_id, MONDAY, dt.time(10, 15), 30),
            moment=NOW,
        )


def test_a_new_appointment_is_not_in_the_past_and_lasts_5_to_480_minutes(
    database: Database, admin: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        _book(database, admin, dt.time(7, 0), 4)
    assert [f for f, _ in caught.value.problems] == ["date", "duration"]
    assert "Date: a new appointment must not lie in the past." in caught.value.message
    assert "Duration: from 5 to 480 minutes are allowed." in caught.value.message
    with pytest.raises(ValidationError, match=r"^Duration: from 5 to 480"):
        _book(database, admin, minutes=481)
    with pytest.raises(ValidationError, match=r"^Date: "):
        _book(database, admin, day=MONDAY - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match=r"^Advisor: "):
        _book(database, admin, advisor_id=None)
    booked = _book(database, admin, minutes=480)
    # A correction of status later is fine, long after the day.
    later = dt.datetime(2026, 12, 1, 9, 0)
    row = get_appointment(database, admin, booked)
    update_appointment(
        database,
        admin,
        booked,
        AppointmentInput(
            admin.user_id, row.date, row.start_time, 480, status=AppointmentStatus.NOT_ATTENDED
        ),
        moment=later,
    )
    assert get_appointment(database, admin, booked).status == AppointmentStatus.NOT_ATTENDED
    # The database refuses a duration out of range whatever path writes it.
    # SQLite says "CHECK constraint failed", PostgreSQL "violates check constraint".
    with (
        pytest.raises(IntegrityError, match=r"(?i)check constraint.*ck_appointment_duration_range"),
        database.session() as session,
    ):
        session.execute(text("UPDATE appointment SET duration_minutes = 4"))


def test_a_new_appointment_is_suggested_at_the_next_free_half_hour() -> None:
    assert next_slot(dt.datetime(2026, 11, 23, 7, 10)) == (MONDAY, dt.time(8, 0))
    assert next_slot(dt.datetime(2026, 11, 23, 10, 0)) == (MONDAY, dt.time(10, 0))
    assert next_slot(dt.datetime(2026, 11, 23, 10, 1)) == (MONDAY, dt.time(10, 30))
    assert next_slot(dt.datetime(2026, 11, 23, 17, 45)) == (
        MONDAY + dt.timedelta(days=1), dt.time(8, 0),
    )  # fmt: skip
    assert next_slot(dt.datetime(2026, 11, 23, 23, 50)) == (
        MONDAY + dt.timedelta(days=1), dt.time(8, 0),
    )  # fmt: skip


def test_the_new_appointment_is_planned_and_nothing_else_is_assumed(
    database: Database, admin: Actor
) -> None:
    booked = _book(database, admin, name="Herr K.")
    row = get_appointment(database, admin, booked)
    assert row.status == AppointmentStatus.PLANNED
    assert (row.place, row.subject, row.participant_id, row.consultation_id) == (
        None,
        None,
        None,
        None,
    )
    assert row.label == "Herr K."
    # The audit trail names what was given, never the values.
    with database.session() as session:
        fields = session.execute(
            text("SELECT fields FROM audit_event WHERE entity = 'appointment' AND entity_id = :i"),
            {"i": booked},
        ).scalar_one()
    assert fields == "advisor_id,date,duration_minutes,name,start_time,status"


def test_an_appointment_becomes_a_consultation(database: Database, admin: Actor) -> None:
    case = _case(database, admin)
    booked = _book(database, admin, dt.time(9, 30), 40, participant_id=case)
    consultation = add_consultation(
        database,
        admin,
        ConsultationInput(case, MONDAY, 40, start_time=dt.time(9, 30), appointment_id=booked),
        today=MONDAY,
    )
    row = get_appointment(database, admin, booked)
    assert row.status == AppointmentStatus.HELD
    assert row.consultation_id == consultation.id
    # Only once.
    with pytest.raises(ValidationError, match="already became a consultation"):
        add_consultation(
            database,
            admin,
            ConsultationInput(case, MONDAY, 40, appointment_id=booked),
            today=MONDAY,
        )
    assert case_appointments(database, admin, case, today=MONDAY) == []
    # What its consultation says stays: a held and linked appointment is not reopened.
    with pytest.raises(ValidationError, match=r"^Status: this appointment became"):
        update_appointment(
            database,
            admin,
            booked,
            AppointmentInput(admin.user_id, MONDAY, dt.time(9, 30), 40, participant_id=case),
            moment=NOW,
        )


def test_advisors_limited_to_their_cases_see_their_appointments_only(
    database: Database, admin: Actor
) -> None:
    anna, ben = _actor(database, admin, "anna"), _actor(database, admin, "ben")
    set_setting(database, admin, RESTRICT_ADVISORS_TO_OWN_CASES, True)
    own = _book(database, anna, name="Sprechstunde")
    others = _book(database, ben, name="Sprechstunde")
    admins = _book(database, admin, dt.time(12, 0))
    week = [r.id for r in list_appointments(database, anna, MONDAY, MONDAY)]
    assert own in week and others not in week and admins not in week
    with pytest.raises(PermissionDenied):
        get_appointment(database, anna, others)
    with pytest.raises(PermissionDenied):
        _book(database, anna, dt.time(16, 0), advisor_id=ben.user_id)
    assert [r.id for r in my_coming_appointments(database, anna, MONDAY)] == [own]


def test_erasure_removes_the_persons_appointments(database: Database, admin: Actor) -> None:
    case = _case(database, admin)
    _book(database, admin, participant_id=case)
    erase_case(database, admin, case, "consent_withdrawn", today=MONDAY)
    with database.session() as session:
        assert session.execute(text("SELECT count(*) FROM appointment")).scalar() == 0


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_letter_is_german_and_in_the_persons_language(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    case = _case(database, admin, languages=("en", "ar"))
    booked = _book(
        database, admin, dt.time(14, 30), 60, participant_id=case, place="Beratungsstelle, Raum 3"
    )
    path = write_letter(database, admin, booked, tmp_path / "termin.pdf")
    german, arabic, english = _text(path)  # the person's languages by code
    assert "Terminbestätigung" in german and "Guten Tag Amina Haddad" in german
    assert "23.11.2026" in german and "14:30 Uhr" in german
    assert "Beratungsstelle, Raum 3" in german and admin.display_name in german
    assert "of your appointment" in english and "Dear Amina Haddad" in english
    assert "Time: 14:30" in english and "Place: Beratungsstelle, Raum 3" in english
    assert "23 Nov 2026" in english  # each section writes the date in its language
    assert "2026-11-ar" in arabic and "Beratungsstelle, Raum 3" in arabic
    # Without a translation of the person's language (Kurdish): German only.
    other = _case(database, admin, "Omid", languages=("ku",))
    alone = _book(database, admin, dt.time(16, 0), 30, participant_id=other)
    assert len(_text(write_letter(database, admin, alone, tmp_path / "b.pdf"))) == 1


def test_the_access_export_holds_the_persons_appointments(
    database: Database, admin: Actor, tmp_path: Path
) -> None:
    case = _case(database, admin)
    booked = _book(database, admin, participant_id=case, subject="Anerkennung")
    _book(database, admin, dt.time(12, 0), name="Sprechstunde")  # nobody's case
    _, data = write_access_export(database, admin, case, tmp_path / "auskunft", MONDAY)
    exported = json.loads(data.read_text(encoding="utf-8"))
    rows = exported["tables"]["appointment"]
    assert [(r["id"], r["subject"]) for r in rows] == [(booked, "Anerkennung")]
    assert any(e["entity"] == "appointment" for e in exported["audit_trail"])


def test_anonymisation_removes_the_persons_appointments(database: Database, admin: Actor) -> None:
    case = _case(database, admin)
    _book(database, admin, participant_id=case, subject="Anerkennung")
    slot = _book(database, admin, dt.time(12, 0), name="Sprechstunde")
    close_case(database, admin, case, MONDAY + dt.timedelta(days=1), {},
               today=MONDAY + dt.timedelta(days=1))  # fmt: skip
    later = dt.date(2040, 1, 1)
    assert anonymise_due(database, admin, later).cases == 1
    with database.session() as session:
        left = session.execute(text("SELECT id, participant_id FROM appointment")).all()
    assert [tuple(r) for r in left] == [(slot, None)]  # the office hours stay


def test_a_broken_translation_stops_the_letter_before_anything_is_recorded(
    database: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from app import resources
    from app.services import notices
    from app.services.notices import TemplateProblem

    copy = tmp_path / "notices"
    shutil.copytree(resources.path("notices"), copy)
    letter = copy / "tr" / "appointment.txt"
    letter.write_text(letter.read_text(encoding="utf-8").replace("$advisor", "$adviser"), "utf-8")
    monkeypatch.setattr(notices.resources, "path", lambda *parts: copy.joinpath(*parts[1:]))
    booked = _book(database, admin, participant_id=_case(database, admin, languages=("tr",)))

    def exports() -> int:
        with database.session() as session:
            return int(
                session.execute(
                    text("SELECT count(*) FROM audit_event WHERE action = 'export'")
                ).scalar_one()
            )

    before = exports()
    with pytest.raises(TemplateProblem) as refused:
        write_letter(database, admin, booked, tmp_path / "termin.pdf")
    assert "notices/tr/appointment.txt" in refused.value.message
    assert "missing $advisor; unknown $adviser" in refused.value.message
    assert exports() == before  # no export recorded for a letter never written
    assert not (tmp_path / "termin.pdf").exists()
