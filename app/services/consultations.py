"""Consultations: quick entry, first/follow-up decided automatically, and the filtered list."""

import datetime as dt
from dataclasses import dataclass, field
from datetime import date, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.domain.enums import AuditAction, ConsultationFormat, ConsultationKind, Role
from app.domain.models import (
    Consultation,
    ConsultationReferral,
    ConsultationTopic,
    FollowUp,
    Participant,
    Project,
    ReferralTarget,
    Topic,
    User,
)
from app.domain.models._columns import utcnow
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.appointments import mark_held
from app.services.audit import record
from app.services.case_list import _as_date
from app.services.cases import load_participant
from app.services.errors import NotFound, PermissionDenied, Problems, ValidationError
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.row_versions import require_unchanged
from app.services.scope import consultation_conditions
from app.storage.database import Database


@dataclass(frozen=True)
class ConsultationInput:
    participant_id: int | None  # None: anonymous short contact
    date: dt.date
    duration_minutes: int
    format: ConsultationFormat = ConsultationFormat.IN_PERSON
    start_time: time | None = None
    language_code: str | None = None
    interpreter: bool = False
    topic_ids: tuple[int, ...] = ()
    note: str | None = None
    project_id: int | None = None
    # Services the person was referred to (the club's list of referral targets).
    referral_target_ids: tuple[int, ...] = ()
    follow_up_on: dt.date | None = None
    follow_up_subject: str | None = None
    # The appointment this consultation is the record of: marked held and linked to it
    # in the same transaction (``appointments.mark_held``).
    appointment_id: int | None = None


def _label(text: str) -> str:
    return translate("Fields", text)


# The consultation form's fields by their labels, for an edit conflict.
FIELD_LABELS = {
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "start_time": QT_TRANSLATE_NOOP("Fields", "Time"),
    "duration_minutes": QT_TRANSLATE_NOOP("Fields", "Duration"),
    "format": QT_TRANSLATE_NOOP("Fields", "Format"),
    "language_code": QT_TRANSLATE_NOOP("Fields", "Language"),
    "interpreter": QT_TRANSLATE_NOOP("Fields", "Interpreter"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "project_id": QT_TRANSLATE_NOOP("Fields", "Project"),
    "topics": QT_TRANSLATE_NOOP("Fields", "Topics"),
    "referrals": QT_TRANSLATE_NOOP("Fields", "Referred to"),
}


def list_topics(database: Database, actor: Actor) -> list[Topic]:
    actor.require(Permission.CONSULTATIONS_READ)
    with database.session() as session:
        return list(
            session.exec(
                select(Topic)
                .where(Topic.active == True)  # noqa: E712
                .order_by(Topic.position, Topic.name)  # type: ignore[arg-type]
            )
        )


def list_referral_targets(database: Database, actor: Actor) -> list[ReferralTarget]:
    actor.require(Permission.CONSULTATIONS_READ)
    with database.session() as session:
        return list(
            session.exec(
                select(ReferralTarget)
                .where(ReferralTarget.active == True)  # noqa: E712
                .order_by(ReferralTarget.position, ReferralTarget.name)  # type: ignore[arg-type]
            )
        )


def _validate(data: ConsultationInput, today: date) -> str | None:
    """The checked language code; raises one ValidationError naming every field in error."""
    problems = Problems()
    if data.date > today:
        problems.add(
            ValidationError(
                "date",
                translate("Errors", "{label}: must not lie in the future.").format(
                    label=translate("Fields", "Date")
                ),
            )
        )
    if not 1 <= data.duration_minutes <= 600:
        problems.add(
            ValidationError(
                "duration",
                translate("Errors", "{label}: from 1 to 600 minutes are allowed.").format(
                    label=translate("Fields", "Duration")
                ),
            )
        )
    if data.follow_up_on is not None and data.follow_up_on < data.date:
        problems.add(
            ValidationError(
                "follow_up_on",
                translate("Errors", "{label}: must not be before the consultation.").format(
                    label=translate("Fields", "Follow-up on")
                ),
            )
        )
    if data.follow_up_on is not None and data.participant_id is None:
        problems.add(
            ValidationError(
                "follow_up_on",
                translate("Errors", "{label}: anonymous contacts cannot have a follow-up.").format(
                    label=translate("Fields", "Follow-up on")
                ),
            )
        )
    code = problems.check(
        lambda: validation.language("language", translate("Fields", "Language"), data.language_code)
    )
    problems.raise_any()
    return code


def check_consultation(data: ConsultationInput, today: date | None = None) -> None:
    """Checks a consultation's fields without saving; raises one ValidationError naming
    every field in error."""
    _validate(data, today or date.today())


def renumber_kinds(session: Session, participant_id: int) -> None:
    """The earliest consultation of a case is the first consultation, all others follow-ups."""
    consultations = session.exec(
        select(Consultation)
        .where(Consultation.participant_id == participant_id)
        # Without a time first on its day, as SQLite sorts NULL (PostgreSQL is told so).
        .order_by(
            col(Consultation.date),
            col(Consultation.start_time).nulls_first(),
            col(Consultation.id),
        )
    ).all()
    for position, consultation in enumerate(consultations):
        kind = ConsultationKind.FIRST if position == 0 else ConsultationKind.FOLLOW_UP
        if consultation.kind != kind:
            consultation.kind = kind
            session.add(consultation)


def add_consultation(
    database: Database, actor: Actor, data: ConsultationInput, today: date | None = None
) -> Consultation:
    actor.require(Permission.CONSULTATIONS_WRITE)
    today = today or date.today()
    language = _validate(data, today)
    note = validation.optional_text("note", translate("Fields", "Note"), data.note, 20_000)
    with database.session() as session:
        if data.participant_id is not None:
            load_participant(session, actor, data.participant_id, for_change=True)
        known_topics = set(session.exec(select(Topic.id)))
        unknown = [t for t in data.topic_ids if t not in known_topics]
        if unknown:
            raise ValidationError("topics", translate("Errors", "Topics: unknown topic chosen."))
        known_targets = set(session.exec(select(ReferralTarget.id)))
        if any(t not in known_targets for t in data.referral_target_ids):
            raise ValidationError(
                "referrals", translate("Errors", "Referred to: unknown service chosen.")
            )
        consultation = Consultation(
            participant_id=data.participant_id,
            project_id=data.project_id,
            advisor_id=actor.user_id,
            date=data.date,
            start_time=data.start_time,
            duration_minutes=data.duration_minutes,
            kind=ConsultationKind.FIRST,
            format=data.format,
            language_code=language,
            interpreter=data.interpreter,
            note=note,
        )
        session.add(consultation)
        session.flush()
        assert consultation.id is not None
        for topic_id in dict.fromkeys(data.topic_ids):
            session.add(ConsultationTopic(consultation_id=consultation.id, topic_id=topic_id))
        for target_id in dict.fromkeys(data.referral_target_ids):
            session.add(
                ConsultationReferral(consultation_id=consultation.id, referral_target_id=target_id)
            )
        if data.participant_id is not None:
            renumber_kinds(session, data.participant_id)
        fields = ["date", "duration_minutes", "format", "topics"]
        fields += [
            name
            for name in ("start_time", "language_code", "note", "project_id")
            if getattr(consultation, name)
        ]
        if data.referral_target_ids:
            fields.append("referrals")
        record(session, actor, AuditAction.CREATE, "consultation", consultation.id, fields)
        if data.appointment_id is not None:
            mark_held(session, actor, data.appointment_id, consultation.id)
        if data.follow_up_on is not None and data.participant_id is not None:
            subject = (data.follow_up_subject or "").strip() or translate(
                "Consultations", "Follow-up from the consultation on {date}"
            ).format(date=data.date.strftime("%d.%m.%Y"))
            follow_up = FollowUp(
                participant_id=data.participant_id,
                consultation_id=consultation.id,
                assignee_id=actor.user_id,
                due_date=data.follow_up_on,
                subject=subject[:200],
            )
            session.add(follow_up)
            session.flush()
            record(
                session,
                actor,
                AuditAction.CREATE,
                "follow_up",
                follow_up.id,
                ["due_date", "subject", "assignee_id"],
            )
        session.commit()
        session.refresh(consultation)
        return consultation


def _own_or_admin(session: Session, actor: Actor, consultation_id: int) -> Consultation:
    """A consultation its author or an administrator may correct."""
    actor.require(Permission.CONSULTATIONS_WRITE)
    # Locked for the change like a case file (cases.load_participant).
    consultation = session.get(
        Consultation, consultation_id, with_for_update=True, populate_existing=True
    )
    if consultation is None:
        raise NotFound(translate("Errors", "This consultation does not exist (any more)."))
    if consultation.participant_id is not None:
        load_participant(session, actor, consultation.participant_id, for_change=True)
    if consultation.advisor_id != actor.user_id and actor.current_role() != Role.ADMIN:
        raise PermissionDenied(
            translate(
                "Errors",
                "Only the advisor who wrote a consultation or an administrator may "
                "change or delete it.",
            )
        )
    return consultation


def _links(session: Session, consultation_id: int) -> tuple[set[int], set[int]]:
    topics = set(
        session.exec(
            select(ConsultationTopic.topic_id).where(
                ConsultationTopic.consultation_id == consultation_id
            )
        )
    )
    targets = set(
        session.exec(
            select(ConsultationReferral.referral_target_id).where(
                ConsultationReferral.consultation_id == consultation_id
            )
        )
    )
    return topics, targets


def update_consultation(
    database: Database,
    actor: Actor,
    consultation_id: int,
    data: ConsultationInput,
    today: date | None = None,
    expected_version: int | None = None,
) -> Consultation:
    """Correct a consultation; the audit names the changed fields, never the old text.

    ``expected_version`` is the ``row_version`` the form showed (see ``row_versions``)."""
    today = today or date.today()
    language = _validate(data, today)
    note = validation.optional_text("note", translate("Fields", "Note"), data.note, 20_000)
    with database.session() as session:
        consultation = _own_or_admin(session, actor, consultation_id)
        known_topics = set(session.exec(select(Topic.id)))
        if any(t not in known_topics for t in data.topic_ids):
            raise ValidationError("topics", translate("Errors", "Topics: unknown topic chosen."))
        values = {
            "date": data.date,
            "start_time": data.start_time,
            "duration_minutes": data.duration_minutes,
            "format": data.format,
            "language_code": language,
            "interpreter": data.interpreter,
            "note": note,
            "project_id": data.project_id,
        }
        topics, targets = _links(session, consultation_id)
        require_unchanged(
            translate("Errors", "The consultation of {day}").format(
                day=f"{consultation.date:%d.%m.%Y}"
            ),
            consultation.row_version,
            expected_version,
            {
                **{k: getattr(consultation, k) for k in values},
                "topics": sorted(topics),
                "referrals": sorted(targets),
            },
            {
                **values,
                "topics": sorted(set(data.topic_ids)),
                "referrals": sorted(set(data.referral_target_ids)),
            },
            {name: _label(str(label)) for name, label in FIELD_LABELS.items()},
        )
        changed = [k for k, v in values.items() if getattr(consultation, k) != v]
        for key in changed:
            setattr(consultation, key, values[key])
        if topics != set(data.topic_ids):
            session.execute(
                sa.delete(table(ConsultationTopic)).where(
                    table(ConsultationTopic).c.consultation_id == consultation_id
                )
            )
            for topic_id in dict.fromkeys(data.topic_ids):
                session.add(ConsultationTopic(consultation_id=consultation_id, topic_id=topic_id))
            changed.append("topics")
        if targets != set(data.referral_target_ids):
            session.execute(
                sa.delete(table(ConsultationReferral)).where(
                    table(ConsultationReferral).c.consultation_id == consultation_id
                )
            )
            for target_id in dict.fromkeys(data.referral_target_ids):
                session.add(
                    ConsultationReferral(
                        consultation_id=consultation_id, referral_target_id=target_id
                    )
                )
            changed.append("referrals")
        consultation.updated_at = utcnow()
        session.add(consultation)
        if consultation.participant_id is not None and "date" in changed:
            session.flush()
            renumber_kinds(session, consultation.participant_id)
        if changed:
            record(session, actor, AuditAction.UPDATE, "consultation", consultation_id, changed)
        session.commit()
        session.refresh(consultation)
        return consultation


# The reason of the case's audit event when one of its consultations is deleted.
DELETED_CONSULTATION = "deleted consultation"


def delete_consultation(
    database: Database, actor: Actor, consultation_id: int, reason: str
) -> None:
    """Delete a consultation with a reason; the audit keeps who, when and why, not the note."""
    reason_text = validation.required_text(
        "reason", translate("Fields", "Reason for deleting"), reason, 500
    )
    with database.session() as session:
        consultation = _own_or_admin(session, actor, consultation_id)
        participant_id = consultation.participant_id
        for follow_up in session.exec(
            select(FollowUp).where(FollowUp.consultation_id == consultation_id)
        ):
            follow_up.consultation_id = None  # the follow-up itself stays to be done
            session.add(follow_up)
        session.delete(consultation)
        session.flush()
        if participant_id is not None:
            renumber_kinds(session, participant_id)
            # Ties the deletion (and its reason, which may quote the person) to the case,
            # so anonymising or erasing the case finds it (``privacy.deleted_consultations``).
            record(
                session,
                actor,
                AuditAction.UPDATE,
                "participant",
                participant_id,
                ["consultations"],
                reason=f"{DELETED_CONSULTATION} {consultation_id}",
            )
        record(
            session,
            actor,
            AuditAction.DELETE,
            "consultation",
            consultation_id,
            reason=reason_text,
        )
        session.commit()


def get_consultation(
    database: Database, actor: Actor, consultation_id: int
) -> tuple[Consultation, list[int], list[int]]:
    """A consultation with its topics and referral targets, to edit it."""
    with database.session() as session:
        consultation = _own_or_admin(session, actor, consultation_id)
        topics, targets = _links(session, consultation_id)
        return consultation, sorted(topics), sorted(targets)


@dataclass(frozen=True)
class ConsultationQuery:
    date_from: date | None = None
    date_to: date | None = None
    advisor_id: int | None = None
    topic_id: int | None = None
    format: ConsultationFormat | None = None
    language_code: str | None = None
    anonymous_only: bool = False


@dataclass(frozen=True)
class ConsultationRow:
    id: int
    date: dt.date
    participant_id: int | None
    case_number: str | None
    name: str | None
    advisor: str | None
    kind: ConsultationKind
    format: ConsultationFormat
    language_code: str | None
    interpreter: bool
    duration_minutes: int
    topics: str
    note: str | None = field(default=None)


def _conditions(
    session: Session, actor: Actor, query: ConsultationQuery
) -> list[sa.ColumnElement[bool]]:
    c, ct = table(Consultation).c, table(ConsultationTopic).c
    conditions = consultation_conditions(session, actor)
    if query.date_from:
        conditions.append(c.date >= query.date_from)
    if query.date_to:
        conditions.append(c.date <= query.date_to)
    if query.advisor_id is not None:
        conditions.append(c.advisor_id == query.advisor_id)
    if query.format is not None:
        conditions.append(c.format == query.format)
    if query.language_code:
        conditions.append(c.language_code == query.language_code)
    if query.anonymous_only:
        conditions.append(c.participant_id == None)  # noqa: E711
    if query.topic_id is not None:
        conditions.append(
            sa.exists(
                sa.select(1).where(
                    ct.consultation_id == c.id,
                    ct.topic_id == query.topic_id,
                )
            )
        )
    return conditions


def count_consultations(database: Database, actor: Actor, query: ConsultationQuery) -> int:
    with database.session() as session:
        statement = sa.select(sa.func.count()).select_from(table(Consultation))
        statement = statement.where(*_conditions(session, actor, query))
        return int(session.execute(statement).scalar_one())


def fetch_consultations(
    database: Database, actor: Actor, query: ConsultationQuery, offset: int, limit: int
) -> list[ConsultationRow]:
    """A page of the consultations in the actor's scope, newest first; notes only for
    roles that may read them, and a page with notes is audited before it is returned."""
    notes = actor.can(Permission.NOTES_READ)
    c, ct, p, t, u = (
        table(Consultation).c,
        table(ConsultationTopic).c,
        table(Participant).c,
        table(Topic).c,
        table(User).c,
    )
    topics = (
        sa.select(sa.func.aggregate_strings(t.name, ", "))
        .select_from(table(ConsultationTopic))
        .join(table(Topic), t.id == ct.topic_id)
        .where(ct.consultation_id == c.id)
        .scalar_subquery()
    )
    columns = (
        c.id,
        c.date,
        c.participant_id,
        p.case_number,
        p.first_name,
        p.last_name,
        u.display_name,
        c.kind,
        c.format,
        c.language_code,
        c.interpreter,
        c.duration_minutes,
        topics,
        c.note if notes else sa.null(),
    )
    with database.session() as session:
        statement = (
            sa.select(*columns)
            .select_from(table(Consultation))
            .join(table(Participant), p.id == c.participant_id, isouter=True)
            .join(table(User), u.id == c.advisor_id, isouter=True)
            .where(*_conditions(session, actor, query))
            .order_by(c.date.desc(), c.id.desc())
            .offset(offset)
            .limit(limit)
        )
        rows = [
            ConsultationRow(
                id=row[0],
                date=_as_date(row[1]) or date.min,
                participant_id=row[2],
                case_number=row[3],
                name=f"{row[4]} {row[5]}" if row[3] else None,
                advisor=row[6],
                kind=ConsultationKind(row[7]),
                format=ConsultationFormat(row[8]),
                language_code=row[9],
                interpreter=bool(row[10]),
                duration_minutes=row[11],
                topics=row[12] or "",
                note=row[13],
            )
            for row in session.execute(statement)
        ]
        if any(row.note for row in rows):
            record(
                session,
                actor,
                AuditAction.VIEW,
                "consultation",
                None,
                ["note"],
                reason=_describe(query, offset, len(rows)),
            )
            session.commit()
        return rows


def _describe(query: ConsultationQuery, offset: int, count: int) -> str:
    """The listing in the audit trail: which filter, which rows of it."""
    parts = [
        f"{name}={value}"
        for name, value in (
            ("from", query.date_from),
            ("to", query.date_to),
            ("advisor", query.advisor_id),
            ("topic", query.topic_id),
            ("format", query.format),
            ("language", query.language_code),
            ("anonymous", query.anonymous_only or None),
        )
        if value is not None and value != ""
    ]
    return f"list rows {offset + 1}-{offset + count} " + (" ".join(parts) or "all")


def consultation_languages(database: Database, actor: Actor) -> list[str]:
    actor.require(Permission.CONSULTATIONS_READ)
    with database.session() as session:
        return [
            code
            for code in session.exec(
                select(Consultation.language_code)
                .distinct()
                .where(Consultation.language_code != None)  # noqa: E711
                .order_by(Consultation.language_code)
            )
            if code
        ]


def project_choices(database: Database, actor: Actor) -> list[Project]:
    actor.require(Permission.CONSULTATIONS_READ)
    with database.session() as session:
        return list(
            session.exec(
                select(Project)
                .where(Project.archived == False)  # noqa: E712
                .order_by(Project.code)
            )
        )


FOLLOW_UP_DEFAULT_DAYS = 14


def default_follow_up(today: date) -> date:
    return today + timedelta(days=FOLLOW_UP_DEFAULT_DAYS)
