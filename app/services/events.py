"""Information events, workshops and office hours: attendees and the volunteers who helped."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import col, select

from app.domain.enums import Activity, AuditAction, EventKind, HoursStatus
from app.domain.models import (
    Event,
    EventLanguage,
    EventTopic,
    Project,
    Topic,
    Volunteer,
    VolunteerHours,
)
from app.domain.permissions import Permission
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import Problems, ValidationError
from app.services.i18n import translate
from app.services.volunteer_hours import HoursInput, add_entry
from app.storage.database import Database


@dataclass(frozen=True)
class EventInput:
    kind: EventKind | None  # None: not chosen yet, refused with a message
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
    partner_organisation: str | None = None
    people_reached: int | None = None  # beyond the attendees; None: not counted
    languages: tuple[str, ...] = ()  # as typed: names or codes
    topic_ids: tuple[int, ...] = ()


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
    partner_organisation: str = ""
    languages: tuple[str, ...] = ()  # ISO codes


# Longest name of a partner organisation, as for other names of organisations.
PARTNER_MAX = 200


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
    problems = Problems()
    if data.kind is None:
        problems.add(
            ValidationError("kind", translate("Errors", "Kind: choose what kind of event it was."))
        )
    title = problems.check(
        lambda: validation.required_text("title", translate("Fields", "Title"), data.title)
    )
    location = problems.check(
        lambda: validation.optional_text("location", translate("Fields", "Location"), data.location)
    )
    remarks = problems.check(
        lambda: validation.optional_text(
            "remarks", translate("Fields", "Remarks"), data.remarks, 2000
        )
    )
    partner = problems.check(
        lambda: validation.optional_text(
            "partner_organisation",
            translate("Fields", "Partner organisation"),
            data.partner_organisation,
            PARTNER_MAX,
        )
    )
    if data.people_reached is not None and data.people_reached < 0:
        problems.add(
            ValidationError(
                "people_reached",
                translate("Errors", "{label}: counts must not be negative.").format(
                    label=translate("Fields", "Further people reached")
                ),
            )
        )
    languages = problems.check(
        lambda: validation.language_codes(
            "languages", translate("Fields", "Languages"), data.languages
        )
    )
    problems.check(lambda: _check_attendees(data))
    problems.raise_any()
    assert data.kind is not None and title is not None
    with database.session() as session:
        known_topics = set(session.exec(select(Topic.id)))
        if not set(data.topic_ids) <= known_topics:
            raise ValidationError(
                "topics",
                translate("Errors", "Topics: choose topics from the club's list."),
            )
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
            partner_organisation=partner,
            people_reached=data.people_reached,
            remarks=remarks,
        )
        session.add(event)
        session.flush()
        assert event.id is not None
        for code in languages or []:
            session.add(EventLanguage(event_id=event.id, language_code=code))
        for topic_id in dict.fromkeys(data.topic_ids):
            session.add(EventTopic(event_id=event.id, topic_id=topic_id))
        record(
            session,
            actor,
            AuditAction.CREATE,
            "event",
            event.id,
            ["kind", "date", "title", "partner_organisation", "languages", "topics"],
        )
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
        spoken: dict[int, list[str]] = {}
        for link in session.exec(select(EventLanguage).order_by(col(EventLanguage.language_code))):
            spoken.setdefault(link.event_id, []).append(link.language_code)
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
            partner_organisation=e.partner_organisation or "",
            languages=tuple(spoken.get(e.id or 0, ())),
        )
        for e in events
    ]


def partner_organisations(database: Database, actor: Actor) -> list[str]:
    """The partner organisations named before, for completing the name as it is typed
    (one spelling per partner keeps the events report's groups together)."""
    actor.require(Permission.EVENTS_WRITE)
    with database.session() as session:
        names = session.exec(
            select(Event.partner_organisation)
            .where(Event.partner_organisation != None)  # noqa: E711
            .distinct()
        ).all()
    return sorted((name for name in names if name), key=str.casefold)


def event_topic_choices(database: Database, actor: Actor) -> list[tuple[int, str]]:
    """The club's active topics (the consultations' list) an event can be about: club
    data, no person's, so whoever records events may read it."""
    actor.require(Permission.EVENTS_WRITE)
    with database.session() as session:
        topics = session.exec(
            select(Topic)
            .where(Topic.active == True)  # noqa: E712
            .order_by(col(Topic.position), col(Topic.name))
        ).all()
    return [(topic.id, topic.name) for topic in topics if topic.id is not None]
