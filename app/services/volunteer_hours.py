"""Volunteer hours: entering them under the rules, and approving what volunteers submit.

Rules (domain.md): quarter hours, 0.25 to 10 hours an entry, at most 10
hours per volunteer and day, no future dates. Hours volunteers enter
themselves stay "submitted" until a coordinator approves them; hours
entered by coordinators or admins count at once. Only approved hours count
in reports.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from sqlmodel import Session, select

from app.domain.enums import Activity, AuditAction, HoursStatus
from app.domain.formatting import format_hours
from app.domain.models import Participant, Volunteer, VolunteerHours
from app.domain.models._columns import utcnow
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.i18n import translate
from app.services.scope import may_book_for
from app.storage.database import Database

DAILY_LIMIT_MINUTES = 600

# The same limit the import has for the Notiz column.
NOTE_MAX = 4000


@dataclass(frozen=True)
class HoursInput:
    volunteer_id: int
    date: date
    hours: str  # as typed: "1,5", "2.25", "3"
    activity: Activity = Activity.OTHER
    project_id: int | None = None
    participant_id: int | None = None
    note: str | None = None
    event_id: int | None = None


def parse_minutes(hours: str) -> int:
    """Whole minutes of a quarter-hour amount from 0,25 to 10; ValidationError otherwise."""
    try:
        amount = Decimal(hours.strip().replace(",", "."))
    except InvalidOperation:
        amount = Decimal(-1)
    minutes = amount * 60
    if not (Decimal("0.25") <= amount <= 10) or minutes % 15:
        raise ValidationError(
            "hours",
            translate(
                "Errors",
                "{label}: '{value}' is not allowed. Enter 0,25 to 10 hours in quarter hours "
                "(e.g. 1,5 or 2,25).",
            ).format(label=translate("Fields", "Hours"), value=hours),
        )
    return int(minutes)


def own_volunteer_id(database: Database, actor: Actor) -> int | None:
    """The volunteer record linked to the actor's login, if any."""
    with database.session() as session:
        return session.exec(select(Volunteer.id).where(Volunteer.user_id == actor.user_id)).first()


def _require_entry_rights(database: Database, actor: Actor, volunteer_id: int) -> bool:
    """True when the actor enters for others (approved at once), False for own hours."""
    if actor.can(Permission.HOURS_ENTER_ANY):
        return True
    actor.require(Permission.HOURS_ENTER_OWN)
    if own_volunteer_id(database, actor) != volunteer_id:
        raise PermissionDenied(translate("Errors", "You may enter hours only for yourself."))
    return False


def add_entry(
    session: Session, actor: Actor, data: HoursInput, today: date, approved: bool
) -> VolunteerHours:
    """Check one entry against the rules and add it to the session, uncommitted."""
    minutes = parse_minutes(data.hours)
    if data.date > today:
        raise ValidationError(
            "date",
            translate("Errors", "{label}: must not lie in the future.").format(
                label=translate("Fields", "Date")
            ),
        )
    h = table(VolunteerHours).c
    if session.get(Volunteer, data.volunteer_id) is None:
        raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
    if data.participant_id is not None:
        participant = session.get(Participant, data.participant_id)
        if participant is None or not may_book_for(session, actor, data.volunteer_id, participant):
            raise ValidationError(
                "participant",
                translate(
                    "Errors",
                    "{label}: hours for a participant need a tandem of the volunteer with them.",
                ).format(label=translate("Fields", "Mentee")),
            )
    already = int(
        session.execute(
            sa.select(sa.func.coalesce(sa.func.sum(h.minutes), 0)).where(
                h.volunteer_id == data.volunteer_id,
                h.date == data.date,
                h.status != HoursStatus.REJECTED,
            )
        ).scalar_one()
    )
    if already + minutes > DAILY_LIMIT_MINUTES:
        raise ValidationError(
            "hours",
            translate(
                "Errors",
                "{label}: with these {hours} hours the day would have {total} hours; "
                "at most 10 hours a day count.",
            ).format(
                label=translate("Fields", "Hours"),
                hours=data.hours.strip(),
                total=format_hours(already + minutes),
            ),
        )
    entry = VolunteerHours(
        volunteer_id=data.volunteer_id,
        date=data.date,
        minutes=minutes,
        activity=data.activity,
        project_id=data.project_id,
        participant_id=data.participant_id,
        event_id=data.event_id,
        note=validation.optional_text("note", translate("Fields", "Note"), data.note, NOTE_MAX),
        status=HoursStatus.APPROVED if approved else HoursStatus.SUBMITTED,
        entered_by_id=actor.user_id,
        approved_by_id=actor.user_id if approved else None,
        approved_at=utcnow() if approved else None,
    )
    session.add(entry)
    session.flush()
    record(
        session,
        actor,
        AuditAction.CREATE,
        "volunteer_hours",
        entry.id,
        ["date", "minutes", "activity", "project_id", "participant_id", "status"],
    )
    return entry


def add_hours(
    database: Database, actor: Actor, data: HoursInput, today: date | None = None
) -> VolunteerHours:
    approved = _require_entry_rights(database, actor, data.volunteer_id)
    with database.session() as session:
        entry = add_entry(session, actor, data, today or date.today(), approved)
        session.commit()
        return entry


def add_week(
    database: Database, actor: Actor, entries: list[HoursInput], today: date | None = None
) -> int:
    """Save the filled days of a week grid together: all of them or, if one breaks a
    rule, none. The error's field is that day's ISO date so the grid can mark the cell."""
    today = today or date.today()
    with database.session() as session:
        for data in entries:
            approved = _require_entry_rights(database, actor, data.volunteer_id)
            try:
                add_entry(session, actor, data, today, approved)
            except ValidationError as error:
                session.rollback()
                raise ValidationError(
                    data.date.isoformat(), f"{data.date:%d.%m.%Y}: {error.message}"
                ) from error
        session.commit()
    return len(entries)


def day_minutes(
    database: Database, actor: Actor, volunteer_id: int, first: date, last: date
) -> dict[date, int]:
    """Minutes already recorded per day (not counting rejected entries), for the grid."""
    _require_entry_rights(database, actor, volunteer_id)
    h = table(VolunteerHours).c
    with database.read_connection() as connection:
        rows = connection.execute(
            sa.select(h.date, sa.func.sum(h.minutes))
            .where(
                h.volunteer_id == volunteer_id,
                h.date.between(first, last),
                h.status != HoursStatus.REJECTED,
            )
            .group_by(h.date)
        )
        return {
            (day if isinstance(day, date) else date.fromisoformat(day)): int(total)
            for day, total in rows
        }


def decide_hours(database: Database, actor: Actor, entry_ids: list[int], approve: bool) -> int:
    """Approve or reject submitted hours; returns how many were decided."""
    actor.require(Permission.HOURS_APPROVE)
    decided = 0
    with database.session() as session:
        for entry_id in entry_ids:
            entry = session.get(VolunteerHours, entry_id)
            if entry is None or entry.status != HoursStatus.SUBMITTED:
                continue
            entry.status = HoursStatus.APPROVED if approve else HoursStatus.REJECTED
            entry.approved_by_id = actor.user_id
            entry.approved_at = utcnow()
            session.add(entry)
            record(session, actor, AuditAction.UPDATE, "volunteer_hours", entry_id, ["status"])
            decided += 1
        session.commit()
    return decided


def submitted_hours(database: Database, actor: Actor) -> list[VolunteerHours]:
    actor.require(Permission.HOURS_APPROVE)
    with database.session() as session:
        return list(
            session.exec(
                select(VolunteerHours)
                .where(VolunteerHours.status == HoursStatus.SUBMITTED)
                .order_by(VolunteerHours.date)  # type: ignore[arg-type]
            )
        )


def count_submitted_hours(database: Database, actor: Actor) -> int:
    """How many entries wait for approval (the number on the approvals tab)."""
    actor.require(Permission.HOURS_APPROVE)
    with database.session() as session:
        return session.exec(
            select(sa.func.count())
            .select_from(VolunteerHours)
            .where(VolunteerHours.status == HoursStatus.SUBMITTED)
        ).one()


def own_hours(database: Database, actor: Actor) -> list[VolunteerHours]:
    """The hours of the volunteer linked to the actor's login, newest first."""
    actor.require(Permission.HOURS_ENTER_OWN)
    volunteer_id = own_volunteer_id(database, actor)
    if volunteer_id is None:
        return []
    with database.session() as session:
        return list(
            session.exec(
                select(VolunteerHours)
                .where(VolunteerHours.volunteer_id == volunteer_id)
                .order_by(VolunteerHours.date.desc())  # type: ignore[attr-defined]
            )
        )


def volunteer_labels(database: Database, actor: Actor) -> dict[int, str]:
    """ "Name (number)" of every volunteer, for lists of hours to approve."""
    actor.require(Permission.HOURS_APPROVE)
    with database.session() as session:
        return {
            v.id or 0: f"{v.first_name} {v.last_name} ({v.number})"
            for v in session.exec(select(Volunteer))
        }
