"""Reading one whole case file, with what the actor's role may see."""

from dataclasses import dataclass, field
from datetime import date, time

import sqlalchemy as sa
from sqlmodel import col, select

from app.domain.deadlines import entry_data_due, exit_data_due, six_months_after
from app.domain.enums import (
    AuditAction,
    ConsentKind,
    ConsultationFormat,
    ConsultationKind,
    HoursStatus,
    MentorshipStatus,
    Role,
)
from app.domain.esf import SPECIAL_CATEGORY_QUESTIONS, missing_entry_answers
from app.domain.models import (
    Consent,
    Consultation,
    ConsultationTopic,
    Enrollment,
    ExitReason,
    FollowUp,
    Mentorship,
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
    Partner,
    Placement,
    Project,
    RecognitionProcedure,
    Topic,
    User,
    Volunteer,
    VolunteerHours,
)
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import SENSITIVE_FIELDS, load_participant
from app.services.courses import CourseParticipation, case_courses
from app.services.recognition import placements_of, procedures_of
from app.storage.database import Database


@dataclass(frozen=True)
class EnrollmentView:
    enrollment: Enrollment
    project_code: str
    project_name: str
    esf: bool
    entry_due: date
    exit_due: date | None
    six_month_due: date | None
    exit_reason: str | None = None
    # The ESF entry questions not yet asked (none for other projects), known to every
    # role even where the answers themselves are hidden.
    missing_answers: tuple[str, ...] = ()

    def entry_missing(self) -> bool:
        return self.esf and self.enrollment.entry_recorded_on is None

    def entry_overdue(self, today: date) -> bool:
        return self.entry_missing() and today > self.entry_due

    def exit_overdue(self, today: date) -> bool:
        return (
            self.esf
            and self.exit_due is not None
            and self.enrollment.exit_recorded_on is None
            and today > self.exit_due
        )


@dataclass(frozen=True)
class ConsultationView:
    id: int
    date: date
    start_time: time | None
    duration_minutes: int
    kind: ConsultationKind
    format: ConsultationFormat
    language_code: str | None
    interpreter: bool
    topics: tuple[str, ...]
    advisor: str | None
    project_code: str | None
    note: str | None  # None for roles that may not read notes
    # The actor may correct or delete it (its author, or an administrator).
    editable: bool = False


@dataclass(frozen=True)
class FollowUpView:
    id: int
    due_date: date
    subject: str
    assignee: str | None
    done: bool


@dataclass(frozen=True)
class MentorshipView:
    volunteer: str
    start_date: date
    end_date: date | None
    status: MentorshipStatus
    minutes_given: int  # approved hours the mentor recorded for this participant


@dataclass(frozen=True)
class CaseFile:
    participant: Participant
    nationalities: list[str]
    languages: list[str]
    advisor: str | None
    enrollments: list[EnrollmentView]
    consultations: list[ConsultationView]
    follow_ups: list[FollowUpView]
    consents: list[Consent]
    mentorships: list[MentorshipView]
    courses: list[CourseParticipation]
    can_read_sensitive: bool
    can_read_notes: bool
    # Names of the partners the consents name (retired ones too).
    partner_names: dict[int, str] = field(default_factory=dict)
    # Recognition procedures (newest application first) and placements: case data.
    procedures: list[RecognitionProcedure] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)

    @property
    def art13_notice_missing(self) -> bool:
        return not any(c.kind == ConsentKind.ART13_NOTICE for c in self.consents)


def read_case_file(database: Database, actor: Actor, participant_id: int) -> CaseFile:
    """The whole case file as the actor's role may see it; every reading is audited."""
    with database.session() as session:
        participant = load_participant(session, actor, participant_id)
        sensitive = actor.can(Permission.CASES_READ_SENSITIVE)
        notes = actor.can(Permission.NOTES_READ)
        if not sensitive:
            participant = participant.model_copy(update=dict.fromkeys(SENSITIVE_FIELDS))
        nationalities = list(
            session.exec(
                select(ParticipantNationality.country_code)
                .where(ParticipantNationality.participant_id == participant_id)
                .order_by(ParticipantNationality.position)  # type: ignore[arg-type]
            )
        )
        languages = sorted(
            session.exec(
                select(ParticipantLanguage.language_code).where(
                    ParticipantLanguage.participant_id == participant_id
                )
            )
        )
        advisor = session.get(User, participant.advisor_id) if participant.advisor_id else None
        enrollments = []
        reasons = dict(session.exec(select(ExitReason.id, ExitReason.name)).all())
        for enrollment, project in session.exec(
            select(Enrollment, Project)
            .join(Project, Project.id == Enrollment.project_id)  # type: ignore[arg-type]
            .where(Enrollment.participant_id == participant_id)
            .order_by(Enrollment.entry_date)  # type: ignore[arg-type]
        ):
            missing = tuple(missing_entry_answers(enrollment.__dict__)) if project.esf else ()
            if not sensitive:
                # Hidden from this role: shown as not known, never as an answer.
                enrollment = enrollment.model_copy(update=dict.fromkeys(SPECIAL_CATEGORY_QUESTIONS))
            enrollments.append(
                EnrollmentView(
                    enrollment=enrollment,
                    project_code=project.code,
                    project_name=project.name,
                    esf=project.esf,
                    entry_due=entry_data_due(enrollment.entry_date),
                    exit_due=exit_data_due(enrollment.exit_date) if enrollment.exit_date else None,
                    six_month_due=six_months_after(enrollment.exit_date)
                    if enrollment.exit_date
                    else None,
                    exit_reason=reasons.get(enrollment.exit_reason_id),
                    missing_answers=missing,
                )
            )
        consultations = []
        if actor.can(Permission.CONSULTATIONS_READ):
            topic_names: dict[int, list[str]] = {}
            for consultation_id, name in session.exec(
                select(ConsultationTopic.consultation_id, Topic.name)
                .join(Topic, Topic.id == ConsultationTopic.topic_id)  # type: ignore[arg-type]
                .join(Consultation, Consultation.id == ConsultationTopic.consultation_id)  # type: ignore[arg-type]
                .where(Consultation.participant_id == participant_id)
            ):
                topic_names.setdefault(consultation_id, []).append(name)
            users = {u.id: u.display_name for u in session.exec(select(User))}
            role = actor.current_role()
            may_correct = actor.can(Permission.CONSULTATIONS_WRITE)
            projects = {p.id: p.code for p in session.exec(select(Project))}
            for c in session.exec(
                select(Consultation)
                .where(Consultation.participant_id == participant_id)
                .order_by(Consultation.date.desc(), Consultation.id.desc())  # type: ignore[attr-defined,union-attr]
            ):
                assert c.id is not None
                consultations.append(
                    ConsultationView(
                        id=c.id,
                        date=c.date,
                        start_time=c.start_time,
                        duration_minutes=c.duration_minutes,
                        kind=c.kind,
                        format=c.format,
                        language_code=c.language_code,
                        interpreter=c.interpreter,
                        topics=tuple(sorted(topic_names.get(c.id, []))),
                        advisor=users.get(c.advisor_id),
                        project_code=projects.get(c.project_id),
                        note=c.note if notes else None,
                        editable=may_correct
                        and (c.advisor_id == actor.user_id or role == Role.ADMIN),
                    )
                )
        follow_ups = []
        if actor.can(Permission.CONSULTATIONS_READ):
            for follow_up, assignee in session.exec(
                select(FollowUp, User)
                .join(User, User.id == FollowUp.assignee_id, isouter=True)  # type: ignore[arg-type]
                .where(FollowUp.participant_id == participant_id)
                .order_by(FollowUp.due_date)  # type: ignore[arg-type]
            ):
                assert follow_up.id is not None
                follow_ups.append(
                    FollowUpView(
                        follow_up.id,
                        follow_up.due_date,
                        follow_up.subject,
                        assignee.display_name if assignee else None,
                        follow_up.done_at is not None,
                    )
                )
        consents = list(
            session.exec(
                select(Consent)
                .where(Consent.participant_id == participant_id)
                .order_by(Consent.given_on)  # type: ignore[arg-type]
            )
        )
        given = dict(
            session.exec(
                select(VolunteerHours.volunteer_id, sa.func.sum(VolunteerHours.minutes))
                .where(VolunteerHours.participant_id == participant_id)
                .where(VolunteerHours.status == HoursStatus.APPROVED)
                .group_by(col(VolunteerHours.volunteer_id))
            ).all()
        )
        mentorships = [
            MentorshipView(
                f"{v.first_name} {v.last_name}",
                m.start_date,
                m.end_date,
                m.status,
                int(given.get(m.volunteer_id, 0)),
            )
            for m, v in session.exec(
                select(Mentorship, Volunteer)
                .join(Volunteer, Volunteer.id == Mentorship.volunteer_id)  # type: ignore[arg-type]
                .where(Mentorship.participant_id == participant_id)
            )
        ]
        procedures = procedures_of(session, participant_id)
        placements = placements_of(session, participant_id)
        courses = case_courses(session, participant_id)
        # The view is in the audit trail before the case file leaves the service.
        record(
            session,
            actor,
            AuditAction.VIEW,
            "participant",
            participant_id,
            [
                "case_file",
                *(["sensitive"] if sensitive else []),
                *(["notes"] if notes and consultations else []),
                *(["recognition"] if procedures else []),
                *(["placements"] if placements else []),
            ],
        )
        session.commit()
        return CaseFile(
            participant=participant,
            nationalities=nationalities,
            languages=languages,
            advisor=advisor.display_name if advisor else None,
            enrollments=enrollments,
            consultations=consultations,
            follow_ups=follow_ups,
            consents=consents,
            mentorships=mentorships,
            courses=courses,
            can_read_sensitive=sensitive,
            can_read_notes=notes,
            partner_names={
                p.id: p.name
                for p in session.exec(select(Partner))
                if p.id is not None and any(c.partner_id == p.id for c in consents)
            },
            procedures=procedures,
            placements=placements,
        )
