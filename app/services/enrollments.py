"""Project enrollments: entry questionnaire, exit, 6-month answers, closing and reopening.

Entry answers describe the situation on the entry date. Changing them later
than four weeks after entry needs a reason, which goes into the audit trail.
The ESF questionnaires exist only for ESF projects, and only answers the person
gave are stored: a question not yet asked stays ``None``, and the entry (exit)
data count as recorded only once every question was answered.
"""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.domain.countries import is_third_country_national
from app.domain.deadlines import entry_data_due
from app.domain.enums import (
    Answer,
    AuditAction,
    CaseStatus,
    ConsentKind,
    EducationLevel,
    EmploymentStatus,
    ExitStatus,
    SensitiveAnswer,
)
from app.domain.esf import EMPLOYED_AT_ENTRY, missing_entry_answers, missing_exit_answers
from app.domain.models import Consent, Enrollment, ExitReason, ParticipantNationality, Project
from app.domain.models._columns import utcnow
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.errors import NotFound, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.recognition import WORK_EXITS, unlink_placements
from app.services.row_versions import require_unchanged
from app.storage.database import Database


@dataclass(frozen=True)
class EntryAnswers:
    """The ESF entry questionnaire; ``None`` is a question not yet asked."""

    employment_status: EmploymentStatus | None = None
    unemployed_months: int | None = None
    education_level: EducationLevel | None = None
    disability: SensitiveAnswer | None = None
    minority: SensitiveAnswer | None = None
    foreign_origin: Answer | None = None
    homeless: Answer | None = None
    rural_area: Answer | None = None

    def missing(self) -> list[str]:
        return missing_entry_answers(self.__dict__)


@dataclass(frozen=True)
class ExitAnswers:
    """An exit: the date and reason for every project, the ESF questions for ESF projects."""

    exit_date: date
    exit_status: ExitStatus | None = None
    qualification_gained: bool | None = None
    exit_reason_id: int | None = None

    def esf_answers(self) -> dict[str, object]:
        return {
            "exit_status": self.exit_status,
            "qualification_gained": self.qualification_gained,
        }


# The enrollment forms' fields by their labels, for an edit conflict (``row_versions``).
ANSWER_LABELS = {
    "employment_status": QT_TRANSLATE_NOOP("Fields", "Employment status at entry"),
    "unemployed_months": QT_TRANSLATE_NOOP("Fields", "Months unemployed"),
    "education_level": QT_TRANSLATE_NOOP("Fields", "Highest education"),
    "disability": QT_TRANSLATE_NOOP("Fields", "Disability"),
    "minority": QT_TRANSLATE_NOOP("Fields", "Minority"),
    "foreign_origin": QT_TRANSLATE_NOOP("Fields", "Foreign origin"),
    "homeless": QT_TRANSLATE_NOOP("Fields", "Homeless or excluded from housing"),
    "rural_area": QT_TRANSLATE_NOOP("Fields", "Rural area"),
    "exit_date": QT_TRANSLATE_NOOP("Fields", "Exit date"),
    "exit_status": QT_TRANSLATE_NOOP("Fields", "Status within 4 weeks after exit"),
    "qualification_gained": QT_TRANSLATE_NOOP("Fields", "Qualification gained"),
    "exit_reason_id": QT_TRANSLATE_NOOP("Fields", "Exit reason"),
    "employed_after_6_months": QT_TRANSLATE_NOOP("Fields", "Employed after 6 months"),
    "improved_after_6_months": QT_TRANSLATE_NOOP("Fields", "Situation improved"),
}


def _require_unchanged(
    session: Session,
    enrollment: Enrollment,
    expected_version: int | None,
    yours: dict[str, object],
) -> None:
    """Refuse a form's save over answers someone else saved since it was opened."""
    project = _project_of(session, enrollment)
    require_unchanged(
        translate("Errors", "The enrollment in {project}").format(project=project.code),
        enrollment.row_version,
        expected_version,
        {name: getattr(enrollment, name) for name in yours},
        yours,
        {name: translate("Fields", label) for name, label in ANSWER_LABELS.items()},
    )


def _label(text: str) -> str:
    return translate("Fields", text)


def _check_entry(answers: EntryAnswers) -> None:
    months = answers.unemployed_months
    if months is not None:
        if answers.employment_status != EmploymentStatus.UNEMPLOYED:
            raise ValidationError(
                "unemployed_months",
                translate("Errors", "{label}: only allowed for unemployed people.").format(
                    label=translate("Fields", "Unemployed for months")
                ),
            )
        if not 0 <= months <= 600:
            raise ValidationError(
                "unemployed_months",
                translate("Errors", "{label}: a whole number from 0 to 600 is allowed.").format(
                    label=translate("Fields", "Unemployed for months")
                ),
            )


def _not_in_future(field_name: str, label: str, value: date, today: date) -> None:
    if value > today:
        raise ValidationError(
            field_name,
            translate("Errors", "{label}: must not lie in the future.").format(label=label),
        )


def _load_enrollment(session: Session, actor: Actor, enrollment_id: int) -> Enrollment:
    # Read for a change of its answers: locked like a case file (cases.load_participant).
    enrollment = session.get(
        Enrollment, enrollment_id, with_for_update=True, populate_existing=True
    )
    if enrollment is None:
        raise NotFound(translate("Errors", "This project enrollment no longer exists."))
    load_participant(session, actor, enrollment.participant_id)
    return enrollment


def _project_of(session: Session, enrollment: Enrollment) -> Project:
    project = session.get(Project, enrollment.project_id)
    assert project is not None  # a foreign key
    return project


def _refuse_questionnaire(field: str, project: Project) -> None:
    raise ValidationError(
        field,
        translate(
            "Errors",
            "The ESF questionnaires are only asked in ESF projects; {project} is not one.",
        ).format(project=project.code),
    )


def _entry_recorded_on(answers: EntryAnswers, before: date | None, today: date) -> date | None:
    """The entry data count as recorded on the day the last question was answered."""
    if answers.missing():
        return None
    return before or today


def enroll(
    database: Database,
    actor: Actor,
    participant_id: int,
    project_id: int,
    entry_date: date,
    answers: EntryAnswers | None = None,
    today: date | None = None,
) -> Enrollment:
    """Enroll a case in a project; entry answers (if given) are frozen with it."""
    actor.require(Permission.CASES_WRITE)
    today = today or date.today()
    _not_in_future("entry_date", translate("Fields", "Entry date"), entry_date, today)
    if answers is not None:
        _check_entry(answers)
    with database.session() as session:
        participant = load_participant(session, actor, participant_id, for_change=True)
        project = session.get(Project, project_id)
        if project is None:
            raise ValidationError("project", translate("Errors", "Project: please choose one."))
        taken = session.exec(
            select(Enrollment.id).where(
                Enrollment.participant_id == participant_id, Enrollment.project_id == project_id
            )
        ).first()
        if taken is not None:
            raise ValidationError(
                "project",
                translate(
                    "Errors", "Project: case {case} is already enrolled in {project}."
                ).format(case=participant.case_number, project=project.code),
            )
        if answers is not None and not project.esf:
            _refuse_questionnaire("employment_status", project)
        if entry_date < project.start_date or (project.end_date and entry_date > project.end_date):
            raise ValidationError(
                "entry_date",
                translate("Errors", "{label}: must lie within the project period.").format(
                    label=translate("Fields", "Entry date")
                ),
            )
        nationalities = list(
            session.exec(
                select(ParticipantNationality.country_code).where(
                    ParticipantNationality.participant_id == participant_id
                )
            )
        )
        third_country = is_third_country_national(nationalities)
        enrollment = Enrollment(
            participant_id=participant_id,
            project_id=project_id,
            entry_date=entry_date,
            third_country_national=Answer.UNKNOWN
            if third_country is None
            else (Answer.YES if third_country else Answer.NO),
            **(answers.__dict__ if answers else {}),
            entry_recorded_on=_entry_recorded_on(answers, None, today) if answers else None,
        )
        session.add(enrollment)
        session.flush()
        fields = ["project_id", "entry_date", "third_country_national"]
        if answers:
            fields += [key for key, value in answers.__dict__.items() if value is not None]
        record(session, actor, AuditAction.CREATE, "enrollment", enrollment.id, fields)
        session.commit()
        return enrollment


def update_entry_answers(
    database: Database,
    actor: Actor,
    enrollment_id: int,
    answers: EntryAnswers,
    reason: str | None = None,
    today: date | None = None,
    expected_version: int | None = None,
) -> Enrollment:
    """Record or correct the entry questionnaire; after the 4-week deadline a reason is needed.
    ``expected_version`` is the ``row_version`` the form showed (see ``row_versions``)."""
    actor.require(Permission.CASES_WRITE)
    today = today or date.today()
    _check_entry(answers)
    with database.session() as session:
        enrollment = _load_enrollment(session, actor, enrollment_id)
        project = _project_of(session, enrollment)
        if not project.esf:
            _refuse_questionnaire("employment_status", project)
        _require_unchanged(session, enrollment, expected_version, dict(answers.__dict__))
        changed = [k for k, v in answers.__dict__.items() if getattr(enrollment, k) != v]
        late = today > entry_data_due(enrollment.entry_date)
        reason_text = (reason or "").strip()
        if changed and late and enrollment.entry_recorded_on is not None and not reason_text:
            raise ValidationError(
                "reason",
                translate(
                    "Errors",
                    "{label}: entry answers describe the entry date; changing them more than "
                    "four weeks after entry needs a reason.",
                ).format(label=translate("Fields", "Reason for the change")),
            )
        for key, value in answers.__dict__.items():
            setattr(enrollment, key, value)
        enrollment.entry_recorded_on = _entry_recorded_on(
            answers, enrollment.entry_recorded_on, today
        )
        session.add(enrollment)
        if changed:
            record(
                session,
                actor,
                AuditAction.UPDATE,
                "enrollment",
                enrollment_id,
                changed,
                reason=reason_text or None,
            )
        session.commit()
        return enrollment


def _check_exit_reason(session: Session, enrollment: Enrollment, reason_id: int | None) -> None:
    if reason_id is None or reason_id == enrollment.exit_reason_id:
        return
    reason = session.get(ExitReason, reason_id)
    if reason is None or reason.project_id != enrollment.project_id or not reason.active:
        raise ValidationError(
            "exit_reason_id",
            translate("Errors", "{label}: please choose one of the project's reasons.").format(
                label=translate("Fields", "Exit reason")
            ),
        )


def _apply_exit(
    session: Session, enrollment: Enrollment, exit_answers: ExitAnswers, today: date
) -> list[str]:
    project = _project_of(session, enrollment)
    esf_answers = exit_answers.esf_answers()
    if not project.esf and any(value is not None for value in esf_answers.values()):
        _refuse_questionnaire("exit_status", project)
    _check_exit_reason(session, enrollment, exit_answers.exit_reason_id)
    _not_in_future("exit_date", translate("Fields", "Exit date"), exit_answers.exit_date, today)
    if exit_answers.exit_date < enrollment.entry_date:
        raise ValidationError(
            "exit_date",
            translate("Errors", "{label}: must not be before the entry date {entry}.").format(
                label=translate("Fields", "Exit date"),
                entry=enrollment.entry_date.strftime("%d.%m.%Y"),
            ),
        )
    changed = [k for k, v in exit_answers.__dict__.items() if getattr(enrollment, k) != v]
    for key, value in exit_answers.__dict__.items():
        setattr(enrollment, key, value)
    complete = project.esf and not missing_exit_answers(esf_answers)
    enrollment.exit_recorded_on = (enrollment.exit_recorded_on or today) if complete else None
    return changed


def record_exit(
    database: Database,
    actor: Actor,
    enrollment_id: int,
    exit_answers: ExitAnswers,
    today: date | None = None,
    expected_version: int | None = None,
) -> Enrollment:
    actor.require(Permission.CASES_WRITE)
    today = today or date.today()
    with database.session() as session:
        enrollment = _load_enrollment(session, actor, enrollment_id)
        _require_unchanged(session, enrollment, expected_version, dict(exit_answers.__dict__))
        changed = _apply_exit(session, enrollment, exit_answers, today)
        session.add(enrollment)
        record(session, actor, AuditAction.UPDATE, "enrollment", enrollment_id, changed)
        if enrollment.exit_status not in WORK_EXITS:
            # A corrected exit that is no longer into work explains no placement.
            unlink_placements(session, actor, enrollment_id)
        session.commit()
        return enrollment


def record_six_month_answers(
    database: Database,
    actor: Actor,
    enrollment_id: int,
    employed: Answer | None,
    improved: Answer | None,
    today: date | None = None,
    expected_version: int | None = None,
) -> Enrollment:
    """EECR05 for everyone, EECR06 only for people employed at entry; None: not asked."""
    actor.require(Permission.CASES_WRITE)
    with database.session() as session:
        enrollment = _load_enrollment(session, actor, enrollment_id)
        _require_unchanged(
            session,
            enrollment,
            expected_version,
            {"employed_after_6_months": employed, "improved_after_6_months": improved},
        )
        if not _project_of(session, enrollment).esf:
            _refuse_questionnaire("employed_after_6_months", _project_of(session, enrollment))
        if enrollment.exit_date is None:
            raise ValidationError(
                "employed_after_6_months",
                translate("Errors", "6-month answers: record the exit first."),
            )
        if improved is not None and enrollment.employment_status not in EMPLOYED_AT_ENTRY:
            raise ValidationError(
                "improved_after_6_months",
                translate(
                    "Errors",
                    "{label}: only asked of people who were employed or self-employed at entry.",
                ).format(label=translate("Fields", "Situation improved")),
            )
        enrollment.employed_after_6_months = employed
        enrollment.improved_after_6_months = improved
        answered = employed is not None and (
            improved is not None or enrollment.employment_status not in EMPLOYED_AT_ENTRY
        )
        enrollment.six_month_recorded_on = (today or date.today()) if answered else None
        session.add(enrollment)
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "enrollment",
            enrollment_id,
            ["employed_after_6_months", "improved_after_6_months"],
        )
        session.commit()
        return enrollment


def close_case(
    database: Database,
    actor: Actor,
    participant_id: int,
    closed_on: date,
    exits: dict[int, ExitAnswers],
    today: date | None = None,
) -> None:
    """Close a case; every enrollment without an exit gets the exit answers given for it."""
    actor.require(Permission.CASES_WRITE)
    today = today or date.today()
    _not_in_future("closed_on", translate("Fields", "Closing date"), closed_on, today)
    with database.session() as session:
        participant = load_participant(session, actor, participant_id, for_change=True)
        open_enrollments = session.exec(
            select(Enrollment).where(
                Enrollment.participant_id == participant_id,
                Enrollment.exit_date == None,  # noqa: E711
            )
        ).all()
        for enrollment in open_enrollments:
            assert enrollment.id is not None
            exit_answers = exits.get(enrollment.id) or ExitAnswers(exit_date=closed_on)
            changed = _apply_exit(session, enrollment, exit_answers, today)
            session.add(enrollment)
            record(session, actor, AuditAction.UPDATE, "enrollment", enrollment.id, changed)
        participant.status = CaseStatus.CLOSED
        participant.closed_on = closed_on
        participant.updated_at = utcnow()
        session.add(participant)
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "participant",
            participant_id,
            ["status", "closed_on"],
        )
        session.commit()


def reopen_case(database: Database, actor: Actor, participant_id: int, reason: str) -> None:
    actor.require(Permission.CASES_WRITE)
    reason_text = validation.required_text(
        "reason", translate("Fields", "Reason for reopening"), reason, 500
    )
    with database.session() as session:
        participant = load_participant(session, actor, participant_id)
        if participant.status != CaseStatus.CLOSED:
            raise ValidationError(
                "status",
                translate("Errors", "Case {case} is not closed.").format(
                    case=participant.case_number
                ),
            )
        participant.status = CaseStatus.OPEN
        participant.closed_on = None
        participant.updated_at = utcnow()
        session.add(participant)
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "participant",
            participant_id,
            ["status", "closed_on"],
            reason=reason_text,
        )
        session.commit()


def record_consent(
    database: Database,
    actor: Actor,
    participant_id: int,
    kind: ConsentKind,
    given_on: date,
    version: str | None = None,
    today: date | None = None,
) -> Consent:
    """A consent or the notice without how it was given (``services/consents``)."""
    from app.services import consents  # consents reads cases, which imports this module

    return consents.record_consent(
        database, actor, participant_id, kind, given_on, version, today=today
    )
