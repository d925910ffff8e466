"""Two case files of the same person become one; a wrong enrollment can be removed.

Everything recorded for the person moves to the case file that is kept –
consultations, enrollments, follow-ups, consents, tandems and volunteer hours
given to them, nationalities and languages – and the other case file is removed.
Its case number is never handed out again. The merge is one transaction and is
audited with both case numbers and the reason.
"""

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from app.domain.enums import AuditAction, Role
from app.domain.models import (
    Course,
    CourseParticipant,
    Enrollment,
    Participant,
    ParticipantLanguage,
    ParticipantNationality,
    Project,
)
from app.domain.models._columns import utcnow
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.domain.search_text import participant_search_key
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.cases import load_participant
from app.services.consultations import renumber_kinds
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.i18n import translate
from app.services.recognition import unlink_placements
from app.storage.database import Database

# Tables whose rows merge by rule (no duplicates) rather than simply moving.
CODE_TABLES = ("participant_nationality", "participant_language")


def moving_tables() -> list[sa.Table]:
    """Every table that refers to a person: its rows move with a merge. Read from the
    models, so a table added later (appointments, documents …) moves without a change here."""
    return [
        model_table
        for model_table in SQLModel.metadata.sorted_tables
        if model_table.name not in CODE_TABLES
        and any(
            foreign_key.column.table.name == "participant"
            for column in model_table.columns
            for foreign_key in column.foreign_keys
        )
    ]


def _refuse_double_enrollments(session: Session, keep: Participant, other: Participant) -> None:
    """A person is in a project once: both files in the same project cannot be merged."""
    kept = set(
        session.exec(select(Enrollment.project_id).where(Enrollment.participant_id == keep.id))
    )
    both = [
        project_id
        for project_id in session.exec(
            select(Enrollment.project_id).where(Enrollment.participant_id == other.id)
        )
        if project_id in kept
    ]
    if both:
        codes = ", ".join(
            str(session.get(Project, project_id).code)  # type: ignore[union-attr]
            for project_id in both
        )
        raise ValidationError(
            "other",
            translate(
                "Errors",
                "Both case files are enrolled in {projects}. Remove the wrong enrollment first "
                "(Projects tab, \u201cRemove enrollment\u201d), then merge.",
            ).format(projects=codes),
        )


def _refuse_double_courses(session: Session, keep: Participant, other: Participant) -> None:
    """A person is on a course's list once: both files on the same course cannot be merged."""
    cp = table(CourseParticipant).c
    kept = select(cp.course_id).where(cp.participant_id == keep.id)
    titles = list(
        session.exec(
            select(Course.title)
            .join(CourseParticipant, CourseParticipant.course_id == Course.id)  # type: ignore[arg-type]
            .where(CourseParticipant.participant_id == other.id)
            .where(table(Course).c.id.in_(kept))
        )
    )
    if titles:
        raise ValidationError(
            "other",
            translate(
                "Errors",
                "Both case files are enrolled in the course {courses}. Remove the wrong "
                "enrollment first (Courses section), then merge.",
            ).format(courses=", ".join(titles)),
        )


def merge_cases(
    database: Database, actor: Actor, keep_id: int, other_id: int, reason: str
) -> Participant:
    """Move everything of case ``other_id`` into case ``keep_id`` and remove ``other_id``."""
    actor.require(Permission.CASES_WRITE)
    reason_text = validation.required_text(
        "reason", translate("Fields", "Reason for merging"), reason, 500
    )
    if keep_id == other_id:
        raise ValidationError(
            "other", translate("Errors", "Choose a different case file to merge with this one.")
        )
    with database.session() as session:
        keep = load_participant(session, actor, keep_id, for_change=True)
        other = load_participant(session, actor, other_id, for_change=True)
        _refuse_double_enrollments(session, keep, other)
        _refuse_double_courses(session, keep, other)
        for moving in moving_tables():
            for column in moving.columns:
                if any(fk.column.table.name == "participant" for fk in column.foreign_keys):
                    session.execute(
                        sa.update(moving).where(column == other_id).values({column.name: keep_id})
                    )
        nationality = table(ParticipantNationality).c
        kept_codes = set(
            session.exec(
                select(ParticipantNationality.country_code).where(
                    ParticipantNationality.participant_id == keep_id
                )
            )
        )
        position = len(kept_codes)
        for code in session.exec(
            select(ParticipantNationality.country_code)
            .where(ParticipantNationality.participant_id == other_id)
            .order_by(nationality.position)
        ):
            if code not in kept_codes:
                session.add(
                    ParticipantNationality(
                        participant_id=keep_id, country_code=code, position=position
                    )
                )
                position += 1
        kept_languages = set(
            session.exec(
                select(ParticipantLanguage.language_code).where(
                    ParticipantLanguage.participant_id == keep_id
                )
            )
        )
        for code in session.exec(
            select(ParticipantLanguage.language_code).where(
                ParticipantLanguage.participant_id == other_id
            )
        ):
            if code not in kept_languages:
                session.add(ParticipantLanguage(participant_id=keep_id, language_code=code))
        for codes in (table(ParticipantNationality), table(ParticipantLanguage)):
            session.execute(sa.delete(codes).where(codes.c.participant_id == other_id))
        # What only the removed file knew fills gaps of the kept one; nothing is overwritten.
        for name in Participant.model_fields:
            if name in ("id", "case_number", "search_text", "created_at", "status"):
                continue
            if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
                setattr(keep, name, getattr(other, name))
        # A phone taken over from the removed file must be findable in the kept one.
        keep.search_text = participant_search_key(
            keep.first_name, keep.last_name, keep.case_number, keep.phone
        )
        keep.updated_at = utcnow()
        other_number = other.case_number
        session.add(keep)
        session.flush()
        session.delete(other)
        session.flush()
        renumber_kinds(session, keep_id)
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "participant",
            keep_id,
            ["merged"],
            reason=f"{other_number} merged into {keep.case_number}: {reason_text}",
        )
        record(session, actor, AuditAction.DELETE, "participant", other_id,
               reason=f"merged into {keep.case_number}")  # fmt: skip
        session.commit()
        return keep


def delete_enrollment(database: Database, actor: Actor, enrollment_id: int, reason: str) -> None:
    """Remove an enrollment entered by mistake (administrators, with a reason)."""
    actor.require(Permission.CASES_WRITE)
    if actor.current_role() != Role.ADMIN:
        raise PermissionDenied(
            translate("Errors", "Only an administrator may remove an enrollment.")
        )
    reason_text = validation.required_text(
        "reason", translate("Fields", "Reason for removing"), reason, 500
    )
    with database.session() as session:
        enrollment = session.get(Enrollment, enrollment_id)
        if enrollment is None:
            raise NotFound(translate("Errors", "This project enrollment no longer exists."))
        load_participant(session, actor, enrollment.participant_id)
        # A placement stays a fact about the person; only its link to this exit goes.
        unlink_placements(session, actor, enrollment_id)
        session.delete(enrollment)
        record(session, actor, AuditAction.DELETE, "enrollment", enrollment_id, reason=reason_text)
        session.commit()
