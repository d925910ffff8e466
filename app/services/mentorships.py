"""Mentoring tandems: suggesting mentors, agreeing a tandem, writing the agreement PDF."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.domain.ages import age_on
from app.domain.enums import (
    AuditAction,
    HoursStatus,
    MeetingRhythm,
    MentorshipGoal,
    MentorshipStatus,
    VolunteerStatus,
)
from app.domain.models import (
    ExitReason,
    Mentorship,
    MentorshipGoalLink,
    Participant,
    ParticipantLanguage,
    Volunteer,
    VolunteerHours,
    VolunteerLanguage,
)
from app.domain.models.tables import table
from app.domain.notice_templates import Block, fill_blocks, fill_text
from app.domain.permissions import Permission
from app.domain.tandems import next_meeting_due
from app.services import validation
from app.services.actor import Actor
from app.services.audit import record
from app.services.errors import NotFound, Problems, ValidationError
from app.services.i18n import translate
from app.services.notices import (
    GOAL_SECTION,
    RHYTHM_SECTION,
    NoticeKind,
    in_language,
    organisation_values,
    templates_for,
)
from app.services.organisation import get_organisation, letterhead
from app.services.scope import case_conditions, mentee_conditions
from app.services.search import participant_matches, typed_length
from app.services.settings import TANDEM_TRAINING_REQUIRED, get_setting, read_setting
from app.services.volunteer_hours import own_volunteer_id
from app.services.volunteers import clearance_due, clearance_years
from app.storage.database import Database


@dataclass(frozen=True)
class MentorSuggestion:
    volunteer_id: int
    name: str
    shared_languages: tuple[str, ...]
    same_place: bool
    clearance_valid_until: date


@dataclass(frozen=True)
class MentorshipInput:
    volunteer_id: int
    participant_id: int
    start_date: date
    # None: not agreed yet, which the form must not save (the start page checks the
    # tandem against its rhythm).
    rhythm: MeetingRhythm | None = None
    goals: tuple[MentorshipGoal, ...] = ()
    goals_text: str | None = None
    project_id: int | None = None


@dataclass(frozen=True)
class MentorshipRow:
    id: int
    mentor: str
    mentee: str
    case_number: str
    start_date: date
    end_date: date | None
    rhythm: MeetingRhythm
    status: MentorshipStatus
    goals: tuple[MentorshipGoal, ...]
    goals_text: str | None
    # Approved hours the mentor gave to this mentee: shown on both the
    # volunteer's and the participant's side of the tandem.
    minutes_given: int
    project_id: int | None = None
    end_reason: str | None = None


def list_mentorships(database: Database, actor: Actor) -> list[MentorshipRow]:
    """All tandems, newest first, with the hours the mentor recorded for the mentee."""
    actor.require(Permission.MENTORSHIPS_MANAGE)
    with database.session() as session:
        goals: dict[int, list[MentorshipGoal]] = {}
        # In the goals' code order, as the agreement lists them: a table has no order of
        # its own (SQLite happened to give the order of saving, PostgreSQL another one).
        links = select(MentorshipGoalLink).order_by(
            col(MentorshipGoalLink.mentorship_id), col(MentorshipGoalLink.goal)
        )
        for link in session.exec(links):
            goals.setdefault(link.mentorship_id, []).append(MentorshipGoal(link.goal))
        minutes = {
            (volunteer_id, participant_id): total
            for volunteer_id, participant_id, total in session.exec(
                select(
                    VolunteerHours.volunteer_id,
                    VolunteerHours.participant_id,
                    sa.func.sum(VolunteerHours.minutes),
                )
                .where(VolunteerHours.status == "approved")
                .where(VolunteerHours.participant_id != None)  # noqa: E711
                .group_by(col(VolunteerHours.volunteer_id), col(VolunteerHours.participant_id))
            )
        }
        reasons = dict(session.exec(select(ExitReason.id, ExitReason.name)).all())
        rows = session.exec(
            select(Mentorship, Volunteer, Participant)
            .join(Volunteer, Volunteer.id == Mentorship.volunteer_id)  # type: ignore[arg-type]
            .join(Participant, Participant.id == Mentorship.participant_id)  # type: ignore[arg-type]
            .order_by(Mentorship.start_date.desc(), Mentorship.id.desc())  # type: ignore[attr-defined, union-attr]
        ).all()
        return [
            MentorshipRow(
                id=m.id or 0,
                mentor=f"{v.first_name} {v.last_name}",
                mentee=f"{p.first_name} {p.last_name}",
                case_number=p.case_number,
                start_date=m.start_date,
                end_date=m.end_date,
                rhythm=MeetingRhythm(m.rhythm),
                status=MentorshipStatus(m.status),
                goals=tuple(goals.get(m.id or 0, ())),
                goals_text=m.goals_text,
                minutes_given=minutes.get((m.volunteer_id, m.participant_id), 0),
                project_id=m.project_id,
                end_reason=reasons.get(m.end_reason_id),
            )
            for m, v, p in rows
        ]


@dataclass(frozen=True)
class MenteeMatch:
    """A participant found to agree a tandem with: no more than a tandem needs."""

    participant_id: int
    case_number: str
    name: str
    birth_year: int | None


MENTEE_MATCHES = 20


def find_mentees(
    database: Database, actor: Actor, text: str, limit: int = MENTEE_MATCHES
) -> list[MenteeMatch]:
    """Open cases (and participants of tandems) whose name or case number contains every
    typed word; nothing without a search, so the case list cannot be browsed this way."""
    actor.require(Permission.MENTORSHIPS_MANAGE)
    if typed_length(text) < 2:
        return []
    p = table(Participant).c
    statement = (
        sa.select(p.id, p.case_number, p.first_name, p.last_name, p.birth_date)
        .where(*mentee_conditions(actor))
        .where(*participant_matches(database.engine.dialect.name, table(Participant), text))
        .order_by(p.last_name, p.first_name, p.id)
        .limit(limit)
    )
    with database.session() as session:
        if actor.can(Permission.CASES_READ):
            statement = statement.where(*case_conditions(session, actor))
        return [
            MenteeMatch(row[0], row[1], f"{row[2]} {row[3]}", row[4].year if row[4] else None)
            for row in session.execute(statement)
        ]


def _mentee(session: Session, actor: Actor, participant_id: int) -> Participant:
    """A participant a tandem may be agreed with (``services/scope.mentee_conditions``)."""
    p = table(Participant).c
    found = session.execute(
        sa.select(p.id).where(p.id == participant_id, *mentee_conditions(actor))
    ).first()
    participant = session.get(Participant, participant_id) if found else None
    if participant is None:
        raise NotFound(
            translate("Errors", "Case {id} does not exist (any more).").format(id=participant_id)
        )
    return participant


def suggest_mentors(
    database: Database, actor: Actor, participant_id: int, today: date | None = None
) -> list[MentorSuggestion]:
    """Active volunteers with a valid police clearance (and the club's training, where
    the club requires it), best matches first: shared languages, then the same town."""
    actor.require(Permission.MENTORSHIPS_MANAGE)
    today = today or date.today()
    years = clearance_years(database)
    training_required = bool(get_setting(database, TANDEM_TRAINING_REQUIRED))
    with database.session() as session:
        participant = _mentee(session, actor, participant_id)
        wanted = set(
            session.exec(
                select(ParticipantLanguage.language_code).where(
                    ParticipantLanguage.participant_id == participant_id
                )
            )
        )
        spoken: dict[int, set[str]] = {}
        for row in session.exec(select(VolunteerLanguage)):
            spoken.setdefault(row.volunteer_id, set()).add(row.language_code)
        suggestions = []
        for v in session.exec(select(Volunteer).where(Volunteer.status == VolunteerStatus.ACTIVE)):
            due = clearance_due(v.clearance_seen_on, years)
            if due is None or due <= today or v.id is None:
                continue
            if training_required and (v.training_on is None or v.training_on > today):
                continue
            shared = tuple(sorted(wanted & spoken.get(v.id, set())))
            same_place = bool(
                participant.city and v.city and participant.city.casefold() == v.city.casefold()
            )
            suggestions.append(
                MentorSuggestion(v.id, f"{v.first_name} {v.last_name}", shared, same_place, due)
            )
    suggestions.sort(key=lambda s: (-len(s.shared_languages), not s.same_place, s.name))
    return suggestions


def create_mentorship(
    database: Database, actor: Actor, data: MentorshipInput, today: date | None = None
) -> Mentorship:
    actor.require(Permission.MENTORSHIPS_MANAGE)
    today = today or date.today()
    problems = Problems()
    goals_text = problems.check(
        lambda: validation.optional_text(
            "goals_text", translate("Fields", "Further goals"), data.goals_text, 1000
        )
    )
    if not data.goals and not goals_text:
        problems.add(
            ValidationError(
                "goals", translate("Errors", "Goals: choose at least one goal or describe one.")
            )
        )
    if data.rhythm is None:
        problems.add(
            ValidationError(
                "rhythm", translate("Errors", "Meetings: choose how often the tandem meets.")
            )
        )
    problems.raise_any()
    assert data.rhythm is not None
    with database.session() as session:
        volunteer = session.get(Volunteer, data.volunteer_id)
        if volunteer is None:
            raise NotFound(translate("Errors", "This volunteer does not exist (any more)."))
        _mentee(session, actor, data.participant_id)
        due = clearance_due(volunteer.clearance_seen_on, clearance_years(database))
        if due is None or due <= data.start_date:
            raise ValidationError(
                "volunteer",
                translate(
                    "Errors",
                    "Volunteer: {name} has no valid police clearance on {date}; a tandem "
                    "needs one.",
                ).format(
                    name=f"{volunteer.first_name} {volunteer.last_name}",
                    date=data.start_date.strftime("%d.%m.%Y"),
                ),
            )
        trained = volunteer.training_on is not None and volunteer.training_on <= data.start_date
        if not trained and read_setting(session, TANDEM_TRAINING_REQUIRED):
            raise ValidationError(
                "volunteer",
                translate(
                    "Errors",
                    "Volunteer: {name} has not taken part in the club's training by {date}; "
                    "the club requires it before a tandem (Settings → General).",
                ).format(
                    name=f"{volunteer.first_name} {volunteer.last_name}",
                    date=data.start_date.strftime("%d.%m.%Y"),
                ),
            )
        mentorship = Mentorship(
            volunteer_id=data.volunteer_id,
            participant_id=data.participant_id,
            project_id=data.project_id,
            start_date=data.start_date,
            rhythm=data.rhythm,
            status=MentorshipStatus.ACTIVE,
            goals_text=goals_text,
        )
        session.add(mentorship)
        session.flush()
        assert mentorship.id is not None
        for goal in dict.fromkeys(data.goals):
            session.add(MentorshipGoalLink(mentorship_id=mentorship.id, goal=goal))
        record(
            session,
            actor,
            AuditAction.CREATE,
            "mentorship",
            mentorship.id,
            ["volunteer_id", "participant_id", "start_date", "rhythm", "goals"],
        )
        session.commit()
        return mentorship


ADULT_AGE = 18


def _section_text(
    sections: Mapping[str, tuple[Block, ...]], name: str, values: Mapping[str, str]
) -> str:
    """A template section as one line of filled text (a goal, a meeting rhythm)."""
    return " ".join(fill_text(block.text, values) for block in sections.get(name, ()))


def write_agreement(database: Database, actor: Actor, mentorship_id: int, path: Path) -> Path:
    """The agreement in German and in each of the mentee's languages that has a template
    (the club's texts, ``notices/<language>/agreement.txt``); a mentee under 18 at the
    start gets a line for a parent or guardian to sign."""
    # reportlab loads when an agreement is printed, not with the start page.
    from app.reports.agreement import AgreementDocument, write_agreement_pdf

    actor.require(Permission.MENTORSHIPS_MANAGE)
    organisation = get_organisation(database)
    with database.session() as session:
        mentorship = session.get(Mentorship, mentorship_id)
        if mentorship is None:
            raise NotFound(translate("Errors", "This tandem no longer exists."))
        volunteer = session.get(Volunteer, mentorship.volunteer_id)
        participant = session.get(Participant, mentorship.participant_id)
        assert volunteer is not None and participant is not None
        goals = [
            MentorshipGoal(g)
            for g in session.exec(
                select(MentorshipGoalLink.goal)
                .where(MentorshipGoalLink.mentorship_id == mentorship_id)
                .order_by(col(MentorshipGoalLink.goal))
            )
        ]
        spoken = list(
            session.exec(
                select(ParticipantLanguage.language_code)
                .where(ParticipantLanguage.participant_id == participant.id)
                .order_by(col(ParticipantLanguage.language_code))
            )
        )
        # A club's template that cannot be read stops here, before the audit entry.
        templates = templates_for(NoticeKind.AGREEMENT, spoken)
        # The agreement names both people: audited before the file is written.
        record(session, actor, AuditAction.EXPORT, "mentorship", mentorship_id,
               reason=path.name)  # fmt: skip
        session.commit()
    minor = (
        participant.birth_date is not None
        and age_on(participant.birth_date, mentorship.start_date) < ADULT_AGE
    )
    values = {
        **organisation_values(organisation),
        "mentor": f"{volunteer.first_name} {volunteer.last_name}",
        "mentee": f"{participant.first_name} {participant.last_name}",
    }
    documents = []
    for template in templates:
        language = template.language
        sections = template.sections
        values = in_language(values, {"start": mentorship.start_date}, language)

        rhythm = _section_text(
            sections, RHYTHM_SECTION.format(rhythm=MeetingRhythm(mentorship.rhythm).value), values
        )
        filled = {**values, "rhythm": rhythm}
        signatures = [block.text for block in sections.get("signatures", ())]
        if minor:
            signatures += [block.text for block in sections.get("guardian", ())]
        documents.append(
            AgreementDocument(
                language=language,
                title=fill_text(template.title, filled),
                version=template.version,
                intro=fill_blocks(template.intro, filled),
                goals_heading=fill_blocks(sections.get("goals", ()), filled),
                goals=tuple(
                    [
                        _section_text(sections, GOAL_SECTION.format(goal=goal.value), filled)
                        for goal in goals
                    ]
                    + ([mentorship.goals_text] if mentorship.goals_text else [])
                ),
                body=fill_blocks(
                    sections.get("cooperation", ()) + sections.get("privacy", ()), filled
                ),
                signatures=tuple(fill_text(caption, filled) for caption in signatures),
            )
        )
    write_agreement_pdf(letterhead(database), documents, path, documents[0].title)
    return path


def change_status(
    database: Database,
    actor: Actor,
    mentorship_id: int,
    status: MentorshipStatus,
    end_date: date | None,
    end_reason_id: int | None = None,
    goals_reached: Mapping[MentorshipGoal, bool | None] | None = None,
) -> None:
    """Pause, resume or end a tandem; an ended tandem needs its end date, and may say why
    it ended (from its project's exit reasons) and which agreed goals were reached."""
    actor.require(Permission.MENTORSHIPS_MANAGE)
    with database.session() as session:
        mentorship = session.get(Mentorship, mentorship_id)
        if mentorship is None:
            raise NotFound(translate("Errors", "This tandem no longer exists."))
        label = translate("Fields", "End")
        if status == MentorshipStatus.ENDED and end_date is None:
            raise ValidationError(
                "end_date",
                translate("Errors", "{label}: an ended tandem needs the day it ended.").format(
                    label=label
                ),
            )
        if end_date is not None and end_date < mentorship.start_date:
            raise ValidationError(
                "end_date",
                translate("Errors", "{label}: must not lie before the start ({start}).").format(
                    label=label, start=mentorship.start_date.strftime("%d.%m.%Y")
                ),
            )
        ended = status == MentorshipStatus.ENDED
        if ended and end_reason_id is not None:
            reason = session.get(ExitReason, end_reason_id)
            if reason is None or reason.project_id != mentorship.project_id:
                raise ValidationError(
                    "end_reason_id",
                    translate(
                        "Errors", "{label}: please choose one of the project's reasons."
                    ).format(label=translate("Fields", "End reason")),
                )
        mentorship.status = status
        mentorship.end_date = end_date if ended else None
        mentorship.end_reason_id = end_reason_id if ended else None
        reached = goals_reached or {}
        for link in session.exec(
            select(MentorshipGoalLink).where(MentorshipGoalLink.mentorship_id == mentorship_id)
        ):
            link.reached = reached.get(MentorshipGoal(link.goal)) if ended else None
            session.add(link)
        record(
            session,
            actor,
            AuditAction.UPDATE,
            "mentorship",
            mentorship_id,
            ["status", "end_date", "end_reason_id", "goals_reached"],
        )
        session.commit()


@dataclass(frozen=True)
class QuietTandem:
    """An active tandem whose agreed rhythm says a meeting should have been logged."""

    mentorship_id: int
    volunteer_id: int
    mentor: str
    mentee: str
    rhythm: MeetingRhythm
    last_meeting: date | None
    due: date


def quiet_tandems(database: Database, actor: Actor, today: date | None = None) -> list[QuietTandem]:
    """Active tandems without a logged meeting (the mentor's hours booked to the mentee,
    not rejected) for longer than their rhythm plus a grace period; longest first."""
    actor.require(Permission.MENTORSHIPS_MANAGE)
    today = today or date.today()
    m, v, p, h = (
        table(Mentorship).c,
        table(Volunteer).c,
        table(Participant).c,
        table(VolunteerHours).c,
    )
    last_meeting = (
        sa.select(sa.func.max(h.date))
        .where(
            h.volunteer_id == m.volunteer_id,
            h.participant_id == m.participant_id,
            h.status != HoursStatus.REJECTED,
        )
        .scalar_subquery()
    )
    statement = (
        sa.select(
            m.id,
            m.volunteer_id,
            v.first_name,
            v.last_name,
            p.first_name,
            p.last_name,
            m.rhythm,
            m.start_date,
            last_meeting,
        )
        .join(table(Volunteer), v.id == m.volunteer_id)
        .join(table(Participant), p.id == m.participant_id)
        .where(m.status == MentorshipStatus.ACTIVE)
    )
    quiet = []
    with database.read_connection() as connection:
        for row in connection.execute(statement):
            rhythm = MeetingRhythm(row[6])
            last = None if row[8] is None else date.fromisoformat(str(row[8]))
            due = next_meeting_due(rhythm, row[7], last)
            if due is not None and due < today:
                mentor, mentee = f"{row[2]} {row[3]}", f"{row[4]} {row[5]}"
                quiet.append(QuietTandem(row[0], row[1], mentor, mentee, rhythm, last, due))
    quiet.sort(key=lambda tandem: (tandem.due, tandem.mentor))
    return quiet


def mentees_of(database: Database, actor: Actor, volunteer_id: int) -> list[tuple[int, str]]:
    """(participant id, name) of the volunteer's active or paused tandems, for booking
    mentoring hours to a mentee. Volunteers may ask for their own tandems only."""
    if not actor.can(Permission.HOURS_ENTER_ANY):
        actor.require(Permission.HOURS_ENTER_OWN)
        if own_volunteer_id(database, actor) != volunteer_id:
            return []
    with database.session() as session:
        rows = session.exec(
            select(Participant.id, Participant.first_name, Participant.last_name)
            .join(Mentorship, col(Mentorship.participant_id) == Participant.id)
            .where(Mentorship.volunteer_id == volunteer_id)
            .where(col(Mentorship.status).in_([MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED]))
            .order_by(col(Participant.last_name))
        ).all()
    return [(pid, f"{first} {last}") for pid, first, last in rows if pid is not None]
