"""Information events, workshops and office hours: attendees and the volunteers who helped."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import col, select

from app.domain.enums import Activity, AuditAction, EventKind, HoursStatus
from app.domain.models import Event, Project, Volunteer, VolunteerHours
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import ValidationError
from app.services.i18n import translate
from app.services.volunteer_hours import HoursInput, add_entry
from app.storage.database import Database


@dataclass(frozen=True)
class EventInput:
    kind: EventKind
    title: str
    date: date
    attendees_total: int
    attendees_female: int | None = None
    attendees_male: int | None = None
    attendees_diverse: int | None = None
    project_id: int | None = None
    location: str | None = None
    remarks: str | None = None
    # (volunteer id, hours as typed) of the volunteers who helped
    helpers: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class EventRow:
    id: int
    date: date
    kind: EventKind
    title: str
    project: str
    attendees_total: int
    attendees_female: int | None
    attendees_male: int | None
    attendees_diverse: int | None
    helpers: int
    helper_minutes: int


def _check_attendees(data: EventInput) -> None:
    label = translate("Fields", "Attendees")
    by_gender = [
        n
        for n in (data.attendees_female, data.attendees_male, data.attendees_diverse)
        if n is not None
    ]
    if data.attendees_total < 0 or any(n < 0 for n in by_gender):
        raise ValidationError(
            "attendees_total",
            translate("Errors", "{label}: counts must not be negative.").format(label=label),
        )
    if sum(by_gender) > data.attendees_total:
        raise ValidationError(
            "attendees_total",
            translate(
                "Errors",
                "{label}: women, men and diverse add up to {sum}, more than the {total} "
                "attendees in total.",
            ).format(label=label, sum=sum(by_gender), total=data.attendees_total),
        )


def save_event(
    database: Database, actor: Actor, data: EventInput, today: date | None = None
) -> Event:
    """The event and its helpers' hours are saved together, or nothing is."""
    actor.require(Permission.EVENTS_WRITE)
    if data.helpers:
        actor.require(Permission.HOURS_ENTER_ANY)
    title = validation.required_text("title", translate("Fields", "Title"), data.title)
    location = validation.optional_text("location", translate("Fields", "Location"), data.location)
    remarks = validation.optional_text(
        "remarks", translate("Fields", "Remarks"), data.remarks, 2000
    )
    _check_attendees(data)
    with database.session() as session:
        event = Event(
            project_id=data.project_id,
            kind=data.kind,
            title=title,
            date=data.date,
            location=location,
            attendees_total=data.attendees_total,
            attendees_female=data.attendees_female,
            attendees_male=data.attendees_male,
            attendees_diverse=data.attendees_diverse,
            remarks=remarks,
        )
        session.add(event)
        session.flush()
        assert event.id is not None
        record(session, actor, AuditAction.CREATE, "event", event.id, ["kind", "date", "title"])
        for volunteer_id, hours in data.helpers:
            helper = HoursInput(
                volunteer_id, data.date, hours, Activity.EVENT, data.project_id, event_id=event.id
            )
            try:
                add_entry(session, actor, helper, today or date.today(), approved=True)
            except ValidationError as error:
                volunteer = session.get(Volunteer, volunteer_id)
                name = f"{volunteer.first_name} {volunteer.last_name}" if volunteer else "?"
                raise ValidationError("helpers", f"{name}: {error.message}") from error
        session.commit()
        return event


def list_events(database: Database, actor: Actor, year: int) -> list[EventRow]:
    """The year's events, newest first, with how many volunteers helped for how long."""
    actor.require(Permission.EVENTS_WRITE)
    with database.session() as session:
        helped = {
            event_id: (int(count), int(minutes))
            for event_id, count, minutes in session.exec(
                select(
                    VolunteerHours.event_id,
                    sa.func.count(sa.distinct(col(VolunteerHours.volunteer_id))),
                    sa.func.sum(VolunteerHours.minutes),
                )
                .where(VolunteerHours.event_id != None)  # noqa: E711
                .where(VolunteerHours.status == HoursStatus.APPROVED)
                .group_by(col(VolunteerHours.event_id))
            )
        }
        projects = {p.id: p.code for p in session.exec(select(Project))}
        events = session.exec(
            select(Event)
            .where(Event.date >= date(year, 1, 1), Event.date <= date(year, 12, 31))
            .order_by(col(Event.date).desc(), col(Event.id).desc())
        ).all()
    return [
        EventRow(
            id=e.id or 0,
            date=e.date,
            kind=EventKind(e.kind),
            title=e.title,
            project=projects.get(e.project_id, "") if e.project_id else "",
            attendees_total=e.attendees_total,
            attendees_female=e.attendees_female,
            attendees_male=e.attendees_male,
            attendees_diverse=e.attendees_diverse,
            helpers=helped.get(e.id or 0, (0, 0))[0],
            helper_minutes=helped.get(e.id or 0, (0, 0))[1],
        )
        for e in events
    ]
