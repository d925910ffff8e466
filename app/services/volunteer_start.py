"""A volunteer's own start page: hours this month, the next tandem meeting, and whether
police clearance and training are in order. Volunteers read only their own record."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, func, select

from app.domain.enums import HoursStatus, MeetingRhythm, MentorshipStatus
from app.domain.models import Mentorship, Participant, Volunteer, VolunteerHours
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.volunteers import clearance_due, clearance_years
from app.storage.database import Database

# How often a tandem meets, by its agreed rhythm; an irregular one has no due date.
MEETING_INTERVAL = {
    MeetingRhythm.WEEKLY: timedelta(days=7),
    MeetingRhythm.BIWEEKLY: timedelta(days=14),
    MeetingRhythm.MONTHLY: timedelta(days=30),
}


@dataclass(frozen=True)
class TandemMeeting:
    mentee: str  # first name only: the volunteer knows whom it means
    rhythm: MeetingRhythm
    last_met: date | None  # the last day with mentoring hours for this mentee
    next_due: date | None  # by the rhythm; None for irregular tandems


@dataclass(frozen=True)
class VolunteerStart:
    name: str
    number: str
    month_minutes: int  # approved and submitted, this calendar month
    waiting_minutes: int  # submitted and not yet approved (any month)
    year_minutes: int  # approved, this calendar year
    tandems: list[TandemMeeting]
    clearance_seen_on: date | None
    clearance_due: date | None
    training_on: date | None


def volunteer_start(
    database: Database, actor: Actor, today: date | None = None
) -> VolunteerStart | None:
    """The start page of the volunteer linked to the actor's login; None without one."""
    actor.require(Permission.HOURS_ENTER_OWN)
    today = today or date.today()
    with database.session() as session:
        volunteer = session.exec(
            select(Volunteer).where(Volunteer.user_id == actor.user_id)
        ).first()
        if volunteer is None or volunteer.id is None:
            return None
        hours = col(VolunteerHours.minutes)
        own = VolunteerHours.volunteer_id == volunteer.id
        counted = col(VolunteerHours.status).in_([HoursStatus.APPROVED, HoursStatus.SUBMITTED])
        month_minutes = session.exec(
            select(func.coalesce(func.sum(hours), 0)).where(
                own,
                counted,
                VolunteerHours.date >= today.replace(day=1),
                VolunteerHours.date <= today,
            )
        ).one()
        waiting = session.exec(
            select(func.coalesce(func.sum(hours), 0)).where(
                own, VolunteerHours.status == HoursStatus.SUBMITTED
            )
        ).one()
        year_minutes = session.exec(
            select(func.coalesce(func.sum(hours), 0)).where(
                own,
                VolunteerHours.status == HoursStatus.APPROVED,
                VolunteerHours.date >= date(today.year, 1, 1),
            )
        ).one()
        tandems = []
        rows = session.exec(
            select(Mentorship, Participant.first_name)
            .join(Participant, col(Participant.id) == Mentorship.participant_id)
            .where(
                Mentorship.volunteer_id == volunteer.id,
                Mentorship.status == MentorshipStatus.ACTIVE,
            )
            .order_by(col(Mentorship.start_date))
        )
        for mentorship, first_name in rows:
            last_met = session.exec(
                select(func.max(VolunteerHours.date)).where(
                    own, VolunteerHours.participant_id == mentorship.participant_id
                )
            ).one()
            interval = MEETING_INTERVAL.get(MeetingRhythm(mentorship.rhythm))
            since = last_met or mentorship.start_date
            tandems.append(
                TandemMeeting(
                    first_name,
                    MeetingRhythm(mentorship.rhythm),
                    last_met,
                    since + interval if interval else None,
                )
            )
        return VolunteerStart(
            name=f"{volunteer.first_name} {volunteer.last_name}",
            number=volunteer.number,
            month_minutes=int(month_minutes),
            waiting_minutes=int(waiting),
            year_minutes=int(year_minutes),
            tandems=tandems,
            clearance_seen_on=volunteer.clearance_seen_on,
            clearance_due=clearance_due(volunteer.clearance_seen_on, clearance_years(database)),
            training_on=volunteer.training_on,
        )
