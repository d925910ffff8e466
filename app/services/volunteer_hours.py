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
from sqlmodel import select

from app.domain.enums import Activity, AuditAction, HoursStatus
from app.domain.models import Volunteer, VolunteerHours
from app.domain.models._columns import utcnow
from app.domain.models.tables import table
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.i18n import translate
from app.storage.database import Database

DAILY_LIMIT_MINUTES = 600


@dataclass(frozen=True)
class HoursInput:
    volunteer_id: int
    date: date
    hours: str  # as typed: "1,5", "2.25", "3"
    activity: Activity = Activity.OTHER
    project_id: int | None = None
    participant_id: int | None = None
    note: str | None = None


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


def add_hours(
    database: Database, actor: Actor, data: HoursInput, today: date | None = None
) -> VolunteerHours:
    today = today or date.today()
    entering_for_others = actor.can(Permission.HOURS_ENTER_ANY)
    if not entering_for_others:
        actor.require(Permission.HOURS_ENTER_OWN)
        if own_volunteer_id(database, actor) != data.volunteer_id:
            raise PermissionDenied(translate("Errors", "You may enter hours only for yourself."))
    minutes = parse_minutes(data.hours)
    if data.date > today:
        raise ValidationError(
            "date",
            translate("Errors", "{label}: must not lie in the future.").format(
                label=translate("Fields", "Date")
            ),
        )
    h = table(VolunteerHours).c
    with database.session() as session:
        if session.get(Volunteer, data.volunteer_id) is None:
            raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
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
                    total=str((already + minutes) / 60).replace(".", ","),
                ),
            )
        approved = entering_for_others
        entry = VolunteerHours(
            volunteer_id=data.volunteer_id,
            date=data.date,
            minutes=minutes,
            activity=data.activity,
            project_id=data.project_id,
            participant_id=data.participant_id,
            note=(data.note or "").strip() or None,
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
        session.commit()
        return entry


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
