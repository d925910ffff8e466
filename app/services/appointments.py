"""Appointments (Termine) of the advisors: the week view, the case file's coming
appointments, the start page's reminder, the appointment letter, and the one click that
turns a held appointment into a consultation (``consultations.add_consultation`` with
``appointment_id`` marks it held and links it in the same transaction).

Who sees what: appointments are case work (``CASES_READ`` through ``scope.case_scope``;
writing needs ``CONSULTATIONS_WRITE``). With "advisors see only their own cases" an advisor
sees their own appointments and those of their cases, and books only for themselves.
An advisor is never double-booked; a new appointment never lies in the past.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.domain.appointments import (
    MAX_APPOINTMENT_MINUTES,
    MIN_APPOINTMENT_MINUTES,
    ends_at,
    overlaps,
    starts_at,
)
from app.domain.enums import AppointmentStatus, AuditAction, Role
from app.domain.formatting import format_date
from app.domain.models import (
    Appointment,
    Enrollment,
    Participant,
    ParticipantLanguage,
    User,
)
from app.domain.models.tables import table
from app.domain.notice_templates import fill_blocks, fill_text
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.errors import NotFound, PermissionDenied, Problems, ValidationError
from app.services.i18n import translate
from app.services.notices import (
    NoticeKind,
    in_language,
    organisation_values,
    templates_for,
)
from app.services.organisation import get_organisation, letterhead
from app.services.scope import case_scope
from app.storage.database import Database

ENTITY = "appointment"
# The columns a form writes (the audit trail names those given or changed).
FIELDS = (
    "advisor_id", "date", "start_time", "duration_minutes", "participant_id", "name",
    "place", "subject", "status",
)  # fmt: skip


def now() -> dt.datetime:
    """The local wall-clock time appointments are compared with (tests replace it)."""
    return dt.datetime.now()


@dataclass(frozen=True)
class AppointmentInput:
    advisor_id: int | None  # None: not chosen, which the form reports
    date: dt.date
    start_time: dt.time
    duration_minutes: int
    participant_id: int | None = None  # None: an anonymous slot
    name: str | None = None  # whom an anonymous slot is for (optional)
    place: str | None = None
    subject: str | None = None
    status: AppointmentStatus = AppointmentStatus.PLANNED


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    advisor_id: int
    advisor: str
    date: dt.date
    start_time: dt.time
    duration_minutes: int
    place: str | None
    participant_id: int | None
    case_number: str | None
    person: str | None  # the case's person, or the anonymous slot's name
    subject: str | None
    status: AppointmentStatus
    consultation_id: int | None

    @property
    def end_time(self) -> dt.time:
        return ends_at(self.date, self.start_time, self.duration_minutes).time()

    @property
    def time_range(self) -> str:
        return f"{self.start_time:%H:%M}–{self.end_time:%H:%M}"

    @property
    def label(self) -> str:
        """Who it is for, in one line: the person and case number, or the slot's name."""
        if self.case_number:
            return f"{self.person} ({self.case_number})"
        return self.person or translate("Appointments", "Open slot")


@dataclass(frozen=True)
class ConsultationPrefill:
    """What the consultation form takes from an appointment that took place."""

    appointment_id: int
    participant_id: int | None
    title: str  # the person and case number, or the slot's name
    date: dt.date
    start_time: dt.time
    duration_minutes: int
    languages: list[str]
    project_ids: list[int]  # the projects the person is enrolled in now


def _restricted(session: Session, actor: Actor) -> bool:
    return not case_scope(session, actor).everything


def _visible(session: Session, actor: Actor) -> list[sa.ColumnElement[bool]]:
    """Conditions over the appointment table: everything, or with the restriction the
    actor's own appointments and those of their cases."""
    scope = case_scope(session, actor)
    if scope.everything:
        return []
    # An alias of its own: the listing itself joins the participant table.
    a, p = table(Appointment).c, table(Participant).alias("scoped_case").c
    return [
        sa.or_(
            a.advisor_id == actor.user_id,
            sa.exists(sa.select(1).where(p.id == a.participant_id, p.advisor_id == actor.user_id)),
        )
    ]


def _rows(session: Session, conditions: list[sa.ColumnElement[bool]]) -> list[AppointmentRow]:
    a, p, u = table(Appointment), table(Participant), table(User)
    query = (
        sa.select(
            a.c.id,
            a.c.advisor_id,
            u.c.display_name,
            a.c.date,
            a.c.start_time,
            a.c.duration_minutes,
            a.c.place,
            a.c.participant_id,
            p.c.case_number,
            p.c.first_name,
            p.c.last_name,
            a.c.name,
            a.c.subject,
            a.c.status,
            a.c.consultation_id,
        )
        .select_from(a)
        .join(u, u.c.id == a.c.advisor_id)
        .outerjoin(p, p.c.id == a.c.participant_id)
        .where(*conditions)
        .order_by(a.c.date, a.c.start_time, u.c.display_name, a.c.id)
    )
    rows = []
    for r in session.execute(query):
        person = f"{r.first_name} {r.last_name}" if r.participant_id is not None else r.name
        rows.append(
            AppointmentRow(
                id=r.id,
                advisor_id=r.advisor_id,
                advisor=r.display_name,
                date=r.date,
                start_time=r.start_time,
                duration_minutes=r.duration_minutes,
                place=r.place,
                participant_id=r.participant_id,
                case_number=r.case_number,
                person=person,
                subject=r.subject,
                status=AppointmentStatus(r.status),
                consultation_id=r.consultation_id,
            )
        )
    return rows


def _problem(field: str, label: str, message: str, **values: object) -> ValidationError:
    """``message`` translated by the caller (a literal for lupdate), ``label`` too."""
    return ValidationError(field, message.format(label=label, **values))


def _advisor_label() -> str:
    return translate("Fields", "Advisor")


def check_appointment(
    data: AppointmentInput, moment: dt.datetime | None = None, new: bool = True
) -> tuple[str | None, str | None, str | None]:
    """Checks the fields without the database; returns place, name and subject cleaned.
    Raises one ValidationError naming every field in error. ``new``: it must not start
    in the past (a correction of an existing one may)."""
    moment = moment or now()
    problems = Problems()
    if data.advisor_id is None:
        problems.add(
            _problem(
                "advisor",
                _advisor_label(),
                translate("Errors", "{label}: please choose an advisor."),
            )
        )
    if new and starts_at(data.date, data.start_time) < moment.replace(second=0, microsecond=0):
        problems.add(
            _problem(
                "date",
                translate("Fields", "Date"),
                translate("Errors", "{label}: a new appointment must not lie in the past."),
            )
        )
    if not MIN_APPOINTMENT_MINUTES <= data.duration_minutes <= MAX_APPOINTMENT_MINUTES:
        problems.add(
            _problem(
                "duration",
                translate("Fields", "Duration"),
                translate("Errors", "{label}: from {low} to {high} minutes are allowed."),
                low=MIN_APPOINTMENT_MINUTES,
                high=MAX_APPOINTMENT_MINUTES,
            )
        )
    name_label = translate("Fields", "Name")
    if data.participant_id is not None and (data.name or "").strip():
        problems.add(
            _problem(
                "name",
                name_label,
                translate(
                    "Errors", "{label}: an appointment with a case file takes no other name."
                ),
            )
        )
    place = problems.check(
        lambda: validation.optional_text("place", translate("Fields", "Place"), data.place)
    )
    name = problems.check(lambda: validation.optional_text("name", name_label, data.name))
    subject = problems.check(
        lambda: validation.optional_text("subject", translate("Fields", "Subject"), data.subject)
    )
    problems.raise_any()
    return place, name, subject


def _check_advisor(session: Session, actor: Actor, advisor_id: int) -> None:
    advisor = session.get(User, advisor_id)
    if advisor is None or not advisor.active or advisor.role not in (Role.ADVISOR, Role.ADMIN):
        raise _problem(
            "advisor",
            _advisor_label(),
            translate("Errors", "{label}: please choose an active advisor."),
        )
    if advisor_id != actor.user_id and _restricted(session, actor):
        raise PermissionDenied(
            translate("Errors", "Advisor: you may only book appointments for yourself.")
        )


def _refuse_double_booking(
    session: Session, data: AppointmentInput, advisor_id: int, own_id: int | None
) -> None:
    a = table(Appointment).c
    others = _rows(
        session,
        [
            a.advisor_id == advisor_id,
            a.date.between(data.date - dt.timedelta(days=1), data.date),
            a.status != AppointmentStatus.CANCELLED.value,
            *([a.id != own_id] if own_id is not None else []),
        ],
    )
    for other in others:
        if overlaps(
            (data.date, data.start_time, data.duration_minutes),
            (other.date, other.start_time, other.duration_minutes),
        ):
            raise _problem(
                "start_time",
                translate("Fields", "Time"),
                translate(
                    "Errors",
                    "{label}: {advisor} already has an appointment on {date} at {time} ({whom}).",
                ),
                advisor=other.advisor,
                date=format_date(other.date),
                time=other.time_range,
                whom=other.label,
            )


def _store(
    session: Session,
    actor: Actor,
    appointment: Appointment,
    data: AppointmentInput,
    moment: dt.datetime,
    new: bool,
) -> list[str]:
    place, name, subject = check_appointment(data, moment, new)
    assert data.advisor_id is not None
    _check_advisor(session, actor, data.advisor_id)
    if data.participant_id is not None:
        load_participant(session, actor, data.participant_id, for_change=True)
    if data.status != AppointmentStatus.CANCELLED:
        _refuse_double_booking(session, data, data.advisor_id, appointment.id)
    values = dict(
        zip(
            FIELDS,
            (
                data.advisor_id, data.date, data.start_time, data.duration_minutes,
                data.participant_id, name, place, subject, data.status,
            ),
            strict=True,
        )
    )  # fmt: skip
    changed = [k for k, v in values.items() if getattr(appointment, k) != v]
    for key, value in values.items():
        setattr(appointment, key, value)
    session.add(appointment)
    session.flush()
    return changed


def create_appointment(
    database: Database, actor: Actor, data: AppointmentInput, moment: dt.datetime | None = None
) -> int:
    actor.require(Permission.CONSULTATIONS_WRITE)
    moment = moment or now()
    with database.session() as session:
        appointment = Appointment(
            advisor_id=data.advisor_id or 0,
            date=data.date,
            start_time=data.start_time,
            duration_minutes=data.duration_minutes,
        )
        _store(session, actor, appointment, data, moment, new=True)
        assert appointment.id is not None
        fields = [k for k in FIELDS if getattr(appointment, k) is not None]
        record(session, actor, AuditAction.CREATE, ENTITY, appointment.id, fields)
        session.commit()
        return appointment.id


def _load(session: Session, actor: Actor, appointment_id: int) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(translate("Errors", "This appointment no longer exists."))
    if not session.execute(
        sa.select(1).where(
            table(Appointment).c.id == appointment_id,
            *_visible(session, actor),
        )
    ).first():
        raise PermissionDenied(
            translate("Errors", "This appointment belongs to another advisor's case.")
        )
    return appointment


def update_appointment(
    database: Database,
    actor: Actor,
    appointment_id: int,
    data: AppointmentInput,
    moment: dt.datetime | None = None,
) -> None:
    """Correct an appointment; only a moved one must not lie in the past."""
    actor.require(Permission.CONSULTATIONS_WRITE)
    moment = moment or now()
    with database.session() as session:
        appointment = _load(session, actor, appointment_id)
        moved = (appointment.date, appointment.start_time) != (data.date, data.start_time)
        if appointment.consultation_id is not None and data.status != AppointmentStatus.HELD:
            # Its consultation says it took place; that is corrected in the consultation.
            raise _problem(
                "status",
                translate("Fields", "Status"),
                translate(
                    "Errors",
                    "{label}: this appointment became a consultation; it stays held.",
                ),
            )
        fields = _store(session, actor, appointment, data, moment, new=moved)
        if fields:
            record(session, actor, AuditAction.UPDATE, ENTITY, appointment_id, fields)
        session.commit()


def delete_appointment(database: Database, actor: Actor, appointment_id: int) -> None:
    actor.require(Permission.CONSULTATIONS_WRITE)
    with database.session() as session:
        appointment = _load(session, actor, appointment_id)
        session.delete(appointment)
        record(session, actor, AuditAction.DELETE, ENTITY, appointment_id)
        session.commit()


def mark_held(session: Session, actor: Actor, appointment_id: int, consultation_id: int) -> None:
    """In the consultation's transaction: the appointment took place and became it."""
    appointment = _load(session, actor, appointment_id)
    if appointment.consultation_id is not None:
        raise ValidationError(
            "appointment",
            translate("Errors", "This appointment already became a consultation."),
        )
    appointment.status = AppointmentStatus.HELD
    appointment.consultation_id = consultation_id
    session.add(appointment)
    record(
        session,
        actor,
        AuditAction.UPDATE,
        ENTITY,
        appointment_id,
        ["status", "consultation_id"],
    )


def get_appointment(database: Database, actor: Actor, appointment_id: int) -> AppointmentRow:
    with database.read_session() as session:
        _load(session, actor, appointment_id)
        a = table(Appointment).c
        return _rows(session, [a.id == appointment_id])[0]


def case_for_number(database: Database, actor: Actor, case_number: str) -> tuple[int, str]:
    """The case file a typed case number names (in the actor's scope), and its label."""
    number = case_number.strip()
    with database.read_session() as session:
        participant = session.exec(
            select(Participant).where(Participant.case_number == number)
        ).first()
        if participant is None or participant.id is None:
            raise ValidationError(
                "case",
                translate("Errors", "Case number: there is no case {number}.").format(
                    number=number
                ),
            )
        load_participant(session, actor, participant.id, for_change=True)
        return participant.id, (
            f"{participant.first_name} {participant.last_name} ({participant.case_number})"
        )


def consultation_prefill(
    database: Database, actor: Actor, appointment_id: int
) -> ConsultationPrefill:
    """The consultation form's values from an appointment not yet recorded."""
    actor.require(Permission.CONSULTATIONS_WRITE)
    row = get_appointment(database, actor, appointment_id)
    if row.consultation_id is not None:
        raise ValidationError(
            "appointment",
            translate("Errors", "This appointment already became a consultation."),
        )
    languages: list[str] = []
    projects: list[int] = []
    if row.participant_id is not None:
        with database.read_session() as session:
            load_participant(session, actor, row.participant_id, for_change=True)
            languages = list(
                session.exec(
                    select(ParticipantLanguage.language_code)
                    .where(ParticipantLanguage.participant_id == row.participant_id)
                    .order_by(col(ParticipantLanguage.language_code))
                )
            )
            projects = list(
                session.exec(
                    select(Enrollment.project_id).where(
                        Enrollment.participant_id == row.participant_id,
                        col(Enrollment.exit_date).is_(None),
                    )
                )
            )
    return ConsultationPrefill(
        appointment_id=appointment_id,
        participant_id=row.participant_id,
        title=row.label,
        date=row.date,
        start_time=row.start_time,
        duration_minutes=row.duration_minutes,
        languages=languages,
        project_ids=projects,
    )


def list_appointments(
    database: Database,
    actor: Actor,
    first: dt.date,
    last: dt.date,
    advisor_id: int | None = None,
) -> list[AppointmentRow]:
    """The visible appointments from ``first`` to ``last``; of one advisor or of all.
    The list names people: its reading is audited."""
    a = table(Appointment).c
    with database.session() as session:
        conditions = [a.date.between(first, last), *_visible(session, actor)]
        if advisor_id is not None:
            conditions.append(a.advisor_id == advisor_id)
        rows = _rows(session, conditions)
        record(session, actor, AuditAction.VIEW, ENTITY, None, ["week"], reason=first.isoformat())
        session.commit()
        return rows


def case_appointments(
    database: Database, actor: Actor, participant_id: int, today: dt.date | None = None
) -> list[AppointmentRow]:
    """A case file's planned appointments from today on (read with the case file)."""
    today = today or now().date()
    a = table(Appointment).c
    with database.read_session() as session:
        load_participant(session, actor, participant_id)
        return _rows(
            session,
            [
                a.participant_id == participant_id,
                a.date >= today,
                a.status == AppointmentStatus.PLANNED.value,
                *_visible(session, actor),
            ],
        )


def my_coming_appointments(
    database: Database, actor: Actor, today: dt.date | None = None
) -> list[AppointmentRow]:
    """The start page's reminder: the actor's planned appointments today and tomorrow."""
    if not actor.can(Permission.CASES_READ):
        return []
    today = today or now().date()
    a = table(Appointment).c
    with database.read_session() as session:
        return _rows(
            session,
            [
                a.advisor_id == actor.user_id,
                a.date.between(today, today + dt.timedelta(days=1)),
                a.status == AppointmentStatus.PLANNED.value,
            ],
        )


def delete_case_appointments(session: Session, participant_id: int) -> int:
    """Erasure and anonymisation: the person's appointments go (in their transaction)."""
    appointments = session.exec(
        select(Appointment).where(Appointment.participant_id == participant_id)
    ).all()
    for appointment in appointments:
        session.delete(appointment)
    session.flush()
    return len(appointments)


def write_letter(database: Database, actor: Actor, appointment_id: int, path: Path) -> Path:
    """The appointment letter (Terminbestätigung) in German and in each of the person's
    languages with a translation of ``notices/<language>/appointment.txt``."""
    # reportlab loads when a letter is written, not with the case window.
    from app.reports.notices import NoticeDocument, write_notice_pdf

    actor.require(Permission.CASES_READ)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    organisation = get_organisation(database)
    with database.session() as session:
        appointment = _load(session, actor, appointment_id)
        spoken: list[str] = []
        if appointment.participant_id is not None:
            participant = load_participant(session, actor, appointment.participant_id)
            person = f"{participant.first_name} {participant.last_name}"
            spoken = list(
                session.exec(
                    select(ParticipantLanguage.language_code)
                    .where(ParticipantLanguage.participant_id == appointment.participant_id)
                    .order_by(col(ParticipantLanguage.language_code))
                )
            )
        else:
            person = appointment.name or ""
        advisor = session.get(User, appointment.advisor_id)
        assert advisor is not None
        # A club's template that cannot be read stops here, before the audit entry.
        templates = templates_for(NoticeKind.APPOINTMENT, spoken)
        # The letter names the person: audited before the file is written.
        record(session, actor, AuditAction.EXPORT, ENTITY, appointment_id, reason=path.name)
        session.commit()
        values = {
            **organisation_values(organisation),
            # How to cancel: e-mail and phone, else where the club is, else its name.
            "contact": " · ".join(x for x in (organisation.email, organisation.phone) if x)
            or ", ".join(organisation.address_lines())
            or organisation.name,
            "person": person or "—",
            "time": f"{appointment.start_time:%H:%M}",
            "place": appointment.place or ", ".join(organisation.address_lines()) or "—",
            "advisor": advisor.display_name,
        }
    documents = []
    for template in templates:
        values = in_language(values, {"date": appointment.date}, template.language)
        details = template.sections.get("details", ())
        documents.append(
            NoticeDocument(
                language=template.language,
                title=fill_text(template.title, values),
                version=template.version,
                intro=fill_blocks(template.intro, values),
                consents=(fill_blocks(details, values),) if details else (),
                closing=fill_blocks(template.sections.get("closing", ()), values),
            )
        )
    write_notice_pdf(letterhead(database), documents, path, documents[0].title)
    return path
