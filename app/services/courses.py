"""Courses (Kurse): sessions, the case files enrolled, attendance per session, certificates.

A course and its sessions name no person; everyone with case access (``CASES_READ``)
sees the list of courses and those who may write case files (``CASES_WRITE``) plan
them. Who takes part, who attended and who got a certificate is case data: it follows
the case file's scope (``services/scope.py``), so an advisor limited to their own cases
sees and ticks only the participants of those cases, and every reading of it is
audited (``view``), every file naming people audited before it is written (``export``).

Attendance cells stay empty until someone ticks them (no row); clearing a cell removes
its row. Attended hours come from ``reports/course_hours.py`` on every path.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.domain.courses import MAX_SESSION_MINUTES, MIN_SESSION_MINUTES
from app.domain.enums import AttendanceState, AuditAction, CourseKind
from app.domain.formatting import format_date, format_hours_in
from app.domain.models import (
    Attendance,
    Course,
    CourseParticipant,
    CourseSession,
    Participant,
    ParticipantLanguage,
    Project,
)
from app.domain.models.tables import table
from app.domain.notice_templates import CLOSING, fill_blocks, fill_text
from app.domain.permissions import Permission
from app.domain.sheet_labels import COURSE_KIND, label_of
from app.reports.course_hours import AttendedHours as AttendedHours
from app.reports.course_hours import attended_hours
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.errors import NotFound, Problems, ValidationError
from app.services.i18n import translate
from app.services.notices import (
    KIND_SECTION,
    NoticeKind,
    in_language,
    organisation_values,
    templates_for,
)
from app.services.organisation import get_organisation, letterhead
from app.services.scope import CaseScope, case_scope
from app.storage.database import Database


@dataclass(frozen=True)
class CourseInput:
    title: str
    kind: CourseKind | None  # None: not chosen yet (the form pre-selects nothing)
    start_date: date | None
    end_date: date | None
    provider: str | None = None
    project_id: int | None = None
    location: str | None = None
    remarks: str | None = None


@dataclass(frozen=True)
class SessionInput:
    date: date | None
    start_time: time | None
    duration_minutes: int


@dataclass(frozen=True)
class CourseRow:
    id: int
    title: str
    kind: CourseKind
    provider: str
    project: str
    start_date: date
    end_date: date
    sessions: int
    participants: int  # in the actor's case scope
    next_session: date | None


@dataclass(frozen=True)
class SessionView:
    id: int
    date: date
    start_time: time
    duration_minutes: int


@dataclass(frozen=True)
class CourseMember:
    """One enrolled case file in the actor's scope, with its ticked cells."""

    id: int  # course_participant id
    participant_id: int
    case_number: str
    name: str
    enrolled_on: date
    certificate_issued_on: date | None
    attendance: dict[int, AttendanceState]  # session id -> ticked state
    attended_sessions: int
    attended_minutes: int


@dataclass(frozen=True)
class CourseView:
    course: Course
    project: str
    sessions: list[SessionView]
    members: list[CourseMember]
    # Enrolled case files outside the actor's scope (counted, never named).
    hidden_members: int = 0


@dataclass(frozen=True)
class CourseParticipation:
    """A course in a case file: what the person attended of it."""

    course_id: int
    title: str
    kind: CourseKind
    start_date: date
    end_date: date
    sessions: int
    attended_sessions: int
    attended_minutes: int
    certificate_issued_on: date | None


# -- checks ----------------------------------------------------------------------------


def check_course(data: CourseInput) -> dict[str, object]:
    """Every field of the course form at once; the values to store."""
    problems = Problems()
    title = problems.check(
        lambda: validation.required_text("title", translate("Fields", "Title"), data.title)
    )
    if data.kind is None:
        problems.add(
            ValidationError(
                "kind",
                translate("Errors", "Kind: please choose the kind of course from the list."),
            )
        )
    provider = problems.check(
        lambda: validation.optional_text("provider", translate("Fields", "Provider"), data.provider)
    )
    location = problems.check(
        lambda: validation.optional_text("location", translate("Fields", "Location"), data.location)
    )
    remarks = problems.check(
        lambda: validation.optional_text(
            "remarks", translate("Fields", "Remarks"), data.remarks, 2000
        )
    )
    if data.start_date is None:
        problems.add(
            ValidationError(
                "start_date",
                translate("Errors", "{label}: this field is required.").format(
                    label=translate("Fields", "First day")
                ),
            )
        )
    if data.end_date is None:
        problems.add(
            ValidationError(
                "end_date",
                translate("Errors", "{label}: this field is required.").format(
                    label=translate("Fields", "Last day")
                ),
            )
        )
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.add(
            ValidationError(
                "end_date",
                translate("Errors", "Last day: {end} lies before the first day {start}.").format(
                    end=format_date(data.end_date), start=format_date(data.start_date)
                ),
            )
        )
    problems.raise_any()
    return {
        "title": title,
        "kind": data.kind,
        "provider": provider,
        "location": location,
        "remarks": remarks,
        "project_id": data.project_id,
        "start_date": data.start_date,
        "end_date": data.end_date,
    }


def check_session(course: Course, data: SessionInput) -> None:
    """Date within the course's days, a start time, a duration in the allowed range."""
    problems = Problems()
    if data.date is None:
        problems.add(
            ValidationError(
                "date",
                translate("Errors", "{label}: this field is required.").format(
                    label=translate("Fields", "Date")
                ),
            )
        )
    elif not course.start_date <= data.date <= course.end_date:
        problems.add(
            ValidationError(
                "date",
                translate(
                    "Errors",
                    "Date: {date} lies outside the course ({start} – {end}); choose a day "
                    "within it or change the course's dates first.",
                ).format(
                    date=format_date(data.date),
                    start=format_date(course.start_date),
                    end=format_date(course.end_date),
                ),
            )
        )
    if data.start_time is None:
        problems.add(
            ValidationError(
                "start_time",
                translate("Errors", "{label}: this field is required.").format(
                    label=translate("Fields", "Start time")
                ),
            )
        )
    if not MIN_SESSION_MINUTES <= data.duration_minutes <= MAX_SESSION_MINUTES:
        problems.add(
            ValidationError(
                "duration_minutes",
                translate(
                    "Errors",
                    "Duration: {minutes} minutes is not allowed; a session lasts "
                    "{low} to {high} minutes.",
                ).format(
                    minutes=data.duration_minutes, low=MIN_SESSION_MINUTES, high=MAX_SESSION_MINUTES
                ),
            )
        )
    problems.raise_any()


def _course(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise NotFound(translate("Errors", "This course no longer exists."))
    return course


def _session(session: Session, session_id: int) -> CourseSession:
    found = session.get(CourseSession, session_id)
    if found is None:
        raise NotFound(translate("Errors", "This course session no longer exists."))
    return found


# -- courses and sessions --------------------------------------------------------------


def save_course(
    database: Database, actor: Actor, data: CourseInput, course_id: int | None = None
) -> Course:
    """A new course, or changes to one; its sessions must stay within its days."""
    actor.require(Permission.CASES_WRITE)
    values = check_course(data)
    with database.session() as session:
        if data.project_id is not None and session.get(Project, data.project_id) is None:
            raise ValidationError("project_id", translate("Errors", "This project does not exist."))
        if course_id is None:
            course = Course(**values)  # type: ignore[arg-type]
            action = AuditAction.CREATE
        else:
            course = _course(session, course_id)
            outside = [
                s.date
                for s in session.exec(
                    select(CourseSession).where(CourseSession.course_id == course_id)
                )
                if not values["start_date"] <= s.date <= values["end_date"]  # type: ignore[operator]
            ]
            if outside:
                raise ValidationError(
                    "start_date",
                    translate(
                        "Errors",
                        "First day / last day: the sessions on {dates} would lie outside the "
                        "course; move or remove them first.",
                    ).format(dates=", ".join(format_date(d) for d in sorted(outside))),
                )
            for name, value in values.items():
                setattr(course, name, value)
            action = AuditAction.UPDATE
        session.add(course)
        session.flush()
        assert course.id is not None
        record(session, actor, action, "course", course.id, list(values))
        session.commit()
        session.refresh(course)
        return course


def delete_course(database: Database, actor: Actor, course_id: int) -> None:
    """A course planned by mistake, with its sessions and list; not once attendance is
    recorded (attended hours never vanish with a click)."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        course = _course(session, course_id)
        ticked = session.exec(
            select(sa.func.count())
            .select_from(table(Attendance))
            .join(table(CourseSession), table(CourseSession).c.id == table(Attendance).c.session_id)
            .where(table(CourseSession).c.course_id == course_id)
        ).one()
        if ticked:
            raise ValidationError(
                "course",
                translate(
                    "Errors",
                    "Course {course}: attendance is recorded in {n} cells; a course with "
                    "attendance cannot be deleted.",
                ).format(course=course.title, n=ticked),
            )
        session.delete(course)
        record(session, actor, AuditAction.DELETE, "course", course_id)
        session.commit()


def add_session(database: Database, actor: Actor, course_id: int, data: SessionInput) -> int:
    """One session (Termin) of the course."""
    return add_sessions(database, actor, course_id, data)[0]


def add_sessions(
    database: Database, actor: Actor, course_id: int, data: SessionInput, weekly: bool = False
) -> list[int]:
    """The session, and with ``weekly`` the same weekday and time every week up to the
    course's last day: all of them, or none when one clashes with a session there is."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        course = _course(session, course_id)
        check_session(course, data)
        assert data.date is not None and data.start_time is not None
        days = [data.date]
        while weekly and days[-1] + timedelta(weeks=1) <= course.end_date:
            days.append(days[-1] + timedelta(weeks=1))
        held = table(CourseSession).c
        taken = set(
            session.execute(
                sa.select(held.date).where(
                    held.course_id == course_id,
                    held.start_time == data.start_time,
                    held.date.in_(days),
                )
            ).scalars()
        )
        if taken:
            raise ValidationError(
                "start_time",
                translate(
                    "Errors", "Start time: the course already has a session on {date} at {time}."
                ).format(
                    date=", ".join(format_date(d) for d in sorted(taken)),
                    time=f"{data.start_time:%H:%M}",
                ),
            )
        added = [
            CourseSession(
                course_id=course_id,
                date=day,
                start_time=data.start_time,
                duration_minutes=data.duration_minutes,
            )
            for day in days
        ]
        session.add_all(added)
        session.flush()
        record(session, actor, AuditAction.UPDATE, "course", course_id, ["sessions"])
        session.commit()
        return [s.id for s in added if s.id is not None]


def remove_session(database: Database, actor: Actor, session_id: int) -> None:
    """Only a session without ticks: attended hours never vanish with a click."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        found = _session(session, session_id)
        ticked = session.exec(
            select(sa.func.count()).where(col(Attendance.session_id) == session_id)
        ).one()
        if ticked:
            raise ValidationError(
                "session",
                translate(
                    "Errors",
                    "Session on {date}: attendance is recorded for {n} people; clear their "
                    "cells first.",
                ).format(date=format_date(found.date), n=ticked),
            )
        session.delete(found)
        record(session, actor, AuditAction.UPDATE, "course", found.course_id, ["sessions"])
        session.commit()


def list_courses(database: Database, actor: Actor) -> list[CourseRow]:
    """Every course, newest first, counting only the participants in the actor's scope."""
    with database.read_session() as session:
        scope = case_scope(session, actor)
        c, s = table(Course).c, table(CourseSession).c
        cp, p = table(CourseParticipant).c, table(Participant).c
        sessions = dict(
            session.execute(sa.select(s.course_id, sa.func.count()).group_by(s.course_id)).all()
        )
        upcoming = dict(
            session.execute(
                sa.select(s.course_id, sa.func.min(s.date))
                .where(s.date >= date.today())
                .group_by(s.course_id)
            ).all()
        )
        members = dict(
            session.execute(
                sa.select(cp.course_id, sa.func.count())
                .join(table(Participant), p.id == cp.participant_id)
                .where(*scope.conditions())
                .group_by(cp.course_id)
            ).all()
        )
        projects = dict(
            session.execute(sa.select(table(Project).c.id, table(Project).c.code)).all()
        )
        rows = session.execute(
            sa.select(table(Course)).order_by(c.start_date.desc(), c.id.desc())
        ).all()
    return [
        CourseRow(
            id=r.id,
            title=r.title,
            kind=CourseKind(r.kind),
            provider=r.provider or "",
            project=projects.get(r.project_id, "") if r.project_id else "",
            start_date=r.start_date,
            end_date=r.end_date,
            sessions=int(sessions.get(r.id, 0)),
            participants=int(members.get(r.id, 0)),
            next_session=upcoming.get(r.id),
        )
        for r in rows
    ]


def _members(
    session: Session, scope: CaseScope, course_id: int
) -> tuple[list[tuple[CourseParticipant, Participant]], int]:
    """The enrolled case files in the scope (by name) and how many lie outside it."""
    everyone = list(
        session.exec(
            select(CourseParticipant, Participant)
            .join(Participant, Participant.id == CourseParticipant.participant_id)  # type: ignore[arg-type]
            .where(CourseParticipant.course_id == course_id)
            .order_by(col(Participant.last_name), col(Participant.first_name))
        )
    )
    shown = [(m, p) for m, p in everyone if scope.allows(p.advisor_id)]
    return shown, len(everyone) - len(shown)


def read_course(database: Database, actor: Actor, course_id: int) -> CourseView:
    """The course with its sessions and its participants in the actor's scope, their
    ticked cells and attended hours; the reading of names is audited."""
    with database.session() as session:
        scope = case_scope(session, actor)
        course = _course(session, course_id)
        project = session.get(Project, course.project_id) if course.project_id else None
        sessions = [
            SessionView(s.id or 0, s.date, s.start_time, s.duration_minutes)
            for s in session.exec(
                select(CourseSession)
                .where(CourseSession.course_id == course_id)
                .order_by(col(CourseSession.date), col(CourseSession.start_time))
            )
        ]
        shown, hidden = _members(session, scope, course_id)
        cells: dict[int, dict[int, AttendanceState]] = {}
        for tick in session.exec(
            select(Attendance)
            .join(CourseSession, CourseSession.id == Attendance.session_id)  # type: ignore[arg-type]
            .where(CourseSession.course_id == course_id)
        ):
            cells.setdefault(tick.course_participant_id, {})[tick.session_id] = AttendanceState(
                tick.state
            )
        hours = attended_hours(session.connection(), course_id=course_id)
        members = []
        for member, person in shown:
            assert member.id is not None and person.id is not None
            attended = hours.get((person.id, course_id), AttendedHours(person.id, course_id, 0, 0))
            members.append(
                CourseMember(
                    id=member.id,
                    participant_id=person.id,
                    case_number=person.case_number,
                    name=f"{person.last_name}, {person.first_name}",
                    enrolled_on=member.enrolled_on,
                    certificate_issued_on=member.certificate_issued_on,
                    attendance=cells.get(member.id, {}),
                    attended_sessions=attended.sessions,
                    attended_minutes=attended.minutes,
                )
            )
        if members:
            record(session, actor, AuditAction.VIEW, "course", course_id, ["participants"])
            session.commit()
        return CourseView(
            course=course,
            project=f"{project.code} – {project.name}" if project else "",
            sessions=sessions,
            members=members,
            hidden_members=hidden,
        )


def case_courses(session: Session, participant_id: int) -> list[CourseParticipation]:
    """The courses of one case file with the hours attended (the case file reads it after
    its own scope and audit checks)."""
    hours = attended_hours(session.connection(), participant_id=participant_id)
    s, cp = table(CourseSession).c, table(CourseParticipant).c
    planned = dict(
        session.execute(
            sa.select(s.course_id, sa.func.count())
            .where(
                s.course_id.in_(sa.select(cp.course_id).where(cp.participant_id == participant_id))
            )
            .group_by(s.course_id)
        ).all()
    )
    result = []
    for member, course in session.exec(
        select(CourseParticipant, Course)
        .join(Course, Course.id == CourseParticipant.course_id)  # type: ignore[arg-type]
        .where(CourseParticipant.participant_id == participant_id)
        .order_by(col(Course.start_date).desc())
    ):
        assert course.id is not None
        attended = hours.get((participant_id, course.id), AttendedHours(0, 0, 0, 0))
        result.append(
            CourseParticipation(
                course_id=course.id,
                title=course.title,
                kind=CourseKind(course.kind),
                start_date=course.start_date,
                end_date=course.end_date,
                sessions=int(planned.get(course.id, 0)),
                attended_sessions=attended.sessions,
                attended_minutes=attended.minutes,
                certificate_issued_on=member.certificate_issued_on,
            )
        )
    return result


# -- participants and attendance -------------------------------------------------------


def enroll_participant(
    database: Database,
    actor: Actor,
    course_id: int,
    participant_id: int,
    enrolled_on: date | None = None,
) -> int:
    """Puts a case file on the course's list (once)."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        course = _course(session, course_id)
        person = load_participant(session, actor, participant_id)
        already = session.exec(
            select(CourseParticipant).where(
                CourseParticipant.course_id == course_id,
                CourseParticipant.participant_id == participant_id,
            )
        ).first()
        if already is not None:
            raise ValidationError(
                "participant_id",
                translate(
                    "Errors", "Participant: {name} ({case}) is already enrolled in {course}."
                ).format(
                    name=f"{person.first_name} {person.last_name}",
                    case=person.case_number,
                    course=course.title,
                ),
            )
        member = CourseParticipant(
            course_id=course_id,
            participant_id=participant_id,
            enrolled_on=enrolled_on or date.today(),
        )
        session.add(member)
        session.flush()
        assert member.id is not None
        record(session, actor, AuditAction.CREATE, "course_participant", member.id, ["course_id"])
        session.commit()
        return member.id


def _member(session: Session, actor: Actor, course_participant_id: int) -> CourseParticipant:
    member = session.get(CourseParticipant, course_participant_id)
    if member is None:
        raise NotFound(translate("Errors", "This course participation no longer exists."))
    load_participant(session, actor, member.participant_id)
    return member


def remove_participant(database: Database, actor: Actor, course_participant_id: int) -> None:
    """Takes a case file off the course's list, with its ticked cells."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        member = _member(session, actor, course_participant_id)
        session.delete(member)
        record(session, actor, AuditAction.DELETE, "course_participant", course_participant_id)
        session.commit()


def set_attendance(
    database: Database,
    actor: Actor,
    session_id: int,
    participant_id: int,
    state: AttendanceState | None,
    today: date | None = None,
) -> AttendedHours:
    """Ticks one cell (present, excused, absent) or clears it (None: no answer). Before a
    session has taken place only an excuse can be recorded. Returns what the person has
    now attended of the course (for the grid's totals, without reading the course again)."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        course_session = _session(session, session_id)
        person = load_participant(session, actor, participant_id)
        if course_session.date > (today or date.today()) and state in (
            AttendanceState.PRESENT,
            AttendanceState.ABSENT,
        ):
            raise ValidationError(
                "state",
                translate(
                    "Errors",
                    "Attendance: the session on {date} has not taken place yet; only "
                    "\u201cexcused\u201d can be recorded in advance.",
                ).format(date=format_date(course_session.date)),
            )
        member = session.exec(
            select(CourseParticipant).where(
                CourseParticipant.course_id == course_session.course_id,
                CourseParticipant.participant_id == participant_id,
            )
        ).first()
        if member is None or member.id is None:
            raise ValidationError(
                "participant_id",
                translate(
                    "Errors",
                    "Attendance: {name} ({case}) is not enrolled in this course; enrol the "
                    "person first.",
                ).format(name=f"{person.first_name} {person.last_name}", case=person.case_number),
            )
        tick = session.get(Attendance, (session_id, member.id))
        changed = True
        if state is None:
            changed = tick is not None
            if tick is not None:
                session.delete(tick)
        elif tick is None:
            session.add(
                Attendance(session_id=session_id, course_participant_id=member.id, state=state)
            )
        else:
            tick.state = state
            session.add(tick)
        if changed:
            record(
                session, actor, AuditAction.UPDATE, "course_participant", member.id, ["attendance"]
            )
        session.flush()
        course_id = course_session.course_id
        attended = attended_hours(
            session.connection(), participant_id=participant_id, course_id=course_id
        ).get((participant_id, course_id), AttendedHours(participant_id, course_id, 0, 0))
        session.commit()
        return attended


# -- papers ----------------------------------------------------------------------------


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text).strip("-")[:40]


def attendance_list_name(course_title: str, day: date) -> str:
    return f"Unterschriftenliste-{_safe(course_title)}-{day:%Y-%m-%d}.pdf"


def certificate_name(course_title: str, case_number: str) -> str:
    return f"Teilnahmebescheinigung-{_safe(course_title)}-{case_number}.pdf"


def write_attendance_list(database: Database, actor: Actor, session_id: int, path: Path) -> Path:
    """The list to sign for one session: the participants in the actor's scope."""
    # reportlab loads when a list is printed, not with the case window.
    from app.reports.course_papers import AttendanceListData, write_attendance_list_pdf

    with database.session() as session:
        scope = case_scope(session, actor)
        course_session = _session(session, session_id)
        course = _course(session, course_session.course_id)
        shown, hidden = _members(session, scope, course_session.course_id)
        # The list names people: audited before the file is written.
        record(session, actor, AuditAction.EXPORT, "course", course.id,
               reason=f"{path.name}: {len(shown)}")  # fmt: skip
        session.commit()
        data = AttendanceListData(
            organisation=letterhead(database),
            course=course.title,
            kind=label_of(COURSE_KIND, course.kind),
            provider=course.provider or "",
            location=course.location or "",
            day=course_session.date,
            start=course_session.start_time,
            minutes=course_session.duration_minutes,
            people=[(p.case_number, f"{p.last_name}, {p.first_name}") for _, p in shown],
            not_listed=hidden,
        )
    write_attendance_list_pdf(data, path)
    return path


def write_certificate(
    database: Database,
    actor: Actor,
    course_participant_id: int,
    path: Path,
    issued_on: date | None = None,
) -> Path:
    """The Teilnahmebescheinigung of one person, in German and in each of the person's
    languages with a translation of ``notices/<language>/certificate.txt``; records the
    day it was issued."""
    # reportlab loads when a certificate is printed, not with the courses page.
    from app.reports.notices import NoticeDocument, write_notice_pdf

    actor.require(Permission.CASES_WRITE)
    issued = issued_on or date.today()
    with database.session() as session:
        member = _member(session, actor, course_participant_id)
        person = load_participant(session, actor, member.participant_id)
        course = _course(session, member.course_id)
        assert course.id is not None and person.id is not None
        hours = attended_hours(session.connection(), participant_id=person.id, course_id=course.id)
        attended = hours.get((person.id, course.id), AttendedHours(person.id, course.id, 0, 0))
        if not attended.sessions:
            raise ValidationError(
                "certificate",
                translate(
                    "Errors",
                    "Certificate: {name} ({case}) has attended no session of {course} yet "
                    "(only sessions ticked \u201cpresent\u201d count).",
                ).format(
                    name=f"{person.first_name} {person.last_name}",
                    case=person.case_number,
                    course=course.title,
                ),
            )
        spoken = list(
            session.exec(
                select(ParticipantLanguage.language_code)
                .where(ParticipantLanguage.participant_id == person.id)
                .order_by(col(ParticipantLanguage.language_code))
            )
        )
        # A club's template that cannot be read stops here, before anything is recorded.
        templates = templates_for(NoticeKind.CERTIFICATE, spoken)
        member.certificate_issued_on = issued
        session.add(member)
        record(session, actor, AuditAction.EXPORT, "course_participant", member.id,
               ["certificate_issued_on"], reason=path.name)  # fmt: skip
        session.commit()
        organisation = get_organisation(database)
        values = {
            **organisation_values(organisation),
            "person": f"{person.first_name} {person.last_name}",
            "course": course.title,
            "kind": label_of(COURSE_KIND, course.kind),
            "provider": course.provider or "",
            "sessions": str(attended.sessions),
        }
        dates = {"start": course.start_date, "end": course.end_date, "date": issued}
        if person.birth_date is not None:
            dates["birth_date"] = person.birth_date
    documents = []
    for template in templates:
        code = template.language
        # The type of course as this language's template names it (German label if not).
        kind = template.sections.get(KIND_SECTION.format(kind=CourseKind(course.kind).value))
        named = {"kind": " ".join(block.text for block in kind)} if kind else {}
        filled = in_language(
            {**values, **named, "hours": format_hours_in(attended.minutes, code)}, dates, code
        )
        if person.birth_date is not None and "born" in template.sections:
            # "Amira Haddad, geboren am 03.04.1990," stands for the name in the sentence.
            born = fill_blocks(template.sections["born"], filled)
            filled["person"] = " ".join(block.text for block in born)
        details = template.sections.get("details", ())
        if course.provider:
            details += template.sections.get("provider", ())
        documents.append(
            NoticeDocument(
                language=template.language,
                title=fill_text(template.title, filled),
                version=template.version,
                intro=fill_blocks(template.intro, filled),
                consents=(fill_blocks(details, filled),),
                closing=fill_blocks(template.sections.get(CLOSING, ()), filled),
                signature=template.headers.get("Signature"),
            )
        )
    write_notice_pdf(letterhead(database), documents, path, documents[0].title)
    return path
