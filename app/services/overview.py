"""Figures for the start page, limited to what the actor's role may see."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import select

from app.domain.enums import CaseStatus, HoursStatus, VolunteerStatus
from app.domain.models import Organisation, Participant, Volunteer, VolunteerHours
from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.scope import case_conditions
from app.storage.database import Database


@dataclass(frozen=True)
class OverviewFigures:
    organisation: str
    open_cases: int | None
    cases_total: int | None
    active_volunteers: int | None
    approved_minutes_this_month: int | None


def overview_figures(
    database: Database, actor: Actor, today: date | None = None
) -> OverviewFigures:
    """Aggregates only; each is None when the role may not see that area."""
    today = today or date.today()
    month_start = today.replace(day=1)
    with database.session() as session:
        organisation = session.exec(select(Organisation.name)).first() or ""
        open_cases = cases_total = volunteers = minutes = None
        if actor.can(Permission.CASES_READ):
            # The cases the actor may open, so the figure matches the case list.
            scope = case_conditions(session, actor)
            cases_total = session.exec(
                select(func.count()).select_from(Participant).where(*scope)
            ).one()
            open_cases = session.exec(
                select(func.count())
                .select_from(Participant)
                .where(Participant.status == CaseStatus.OPEN, *scope)
            ).one()
        if actor.can(Permission.VOLUNTEERS_READ):
            volunteers = session.exec(
                select(func.count())
                .select_from(Volunteer)
                .where(Volunteer.status == VolunteerStatus.ACTIVE)
            ).one()
            minutes = session.exec(
                select(func.coalesce(func.sum(VolunteerHours.minutes), 0)).where(
                    VolunteerHours.status == HoursStatus.APPROVED,
                    VolunteerHours.date >= month_start,
                    VolunteerHours.date <= today,
                )
            ).one()
    return OverviewFigures(organisation, open_cases, cases_total, volunteers, minutes)
